package backup

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/mantra"
	"github.com/kindly/kindly/internal/people"
	"github.com/kindly/kindly/internal/store"
)

// The user's mantras and favourites travel with a backup and merge like
// entries: new ones added, newer versions win, deletions carry through,
// and the same file twice changes nothing.
func TestMantrasMerge(t *testing.T) {
	ctx := context.Background()
	clock := now
	tick := func() time.Time { clock = clock.Add(time.Second); return clock }
	phone := mantra.Book{Store: store.NewMemory(), Now: tick}
	kept, _ := phone.Add(ctx, "Mine, from the phone.", "")
	gone, _ := phone.Add(ctx, "Soon deleted.", "")
	phone.Favourite(ctx, "m-alone-4", true)

	laptop := mantra.Book{Store: store.NewMemory(), Now: tick}
	export := func(b mantra.Book) []byte {
		saved, _, _ := b.All(ctx)
		data, err := New(journal.Loaded{}, saved, tick()).JSON()
		if err != nil {
			t.Fatal(err)
		}
		return data
	}
	first := export(phone)
	if s, err := Import(ctx, laptop.Store, first); err != nil || s.Mantras != 3 {
		t.Fatalf("first import: %+v, %v", s, err)
	}
	phone.Edit(ctx, kept.ID, "Mine, edited.")
	phone.Delete(ctx, gone.ID)
	if s, err := Import(ctx, laptop.Store, export(phone)); err != nil || s.Mantras != 2 {
		t.Fatalf("second import: %+v, %v", s, err)
	}
	if s, _ := Import(ctx, laptop.Store, first); s.Mantras != 0 {
		t.Errorf("an older backup changed %d mantras", s.Mantras)
	}
	live, _ := laptop.List(ctx)
	if len(live) != 2 || live[0].Text != "Mine, edited." || live[1].ID != "m-alone-4" || !live[1].Favourite {
		t.Errorf("laptop has %+v", live)
	}
}

func TestParseBadMantra(t *testing.T) {
	doc := `{"format":"kindly-backup","version":1,"entries":[],"mantras":[
		{"id":"0192f0c0-0000-7000-8000-000000000001","text":"  ","createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}]}`
	_, err := Parse([]byte(doc))
	if !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "mantra 1") {
		t.Errorf("err = %v, want one naming mantra 1", err)
	}
}

// The user's people travel with a backup too, merged the same way.
func TestPeopleMerge(t *testing.T) {
	ctx := context.Background()
	clock := now
	tick := func() time.Time { clock = clock.Add(time.Second); return clock }
	phone := people.Book{Store: store.NewMemory(), Now: tick}
	phone.Add(ctx, "Sam", "+44 7700 900123")
	gone, _ := phone.Add(ctx, "Old number", "555")
	phone.Remove(ctx, gone.ID)
	all, _ := phone.All(ctx)
	doc := New(journal.Loaded{}, nil, tick())
	doc.People = all
	data, err := doc.JSON()
	if err != nil {
		t.Fatal(err)
	}
	laptop := people.Book{Store: store.NewMemory(), Now: tick}
	for range 2 { // twice: the second import changes nothing
		if _, err := Import(ctx, laptop.Store, data); err != nil {
			t.Fatal(err)
		}
	}
	list, _ := laptop.List(ctx)
	if len(list) != 1 || list[0].Name != "Sam" {
		t.Errorf("laptop's people: %+v", list)
	}
	bad := strings.Replace(string(data), `"name": "Sam"`, `"name": ""`, 1)
	if _, err := Parse([]byte(bad)); !errors.Is(err, ErrInvalid) || !strings.Contains(err.Error(), "person 1") {
		t.Errorf("a nameless person: %v", err)
	}
}
