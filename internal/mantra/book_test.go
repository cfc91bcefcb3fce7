package mantra

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/store"
)

func newBook() (Book, *time.Time) {
	now := time.Date(2026, 11, 22, 9, 0, 0, 0, time.UTC)
	return Book{Store: store.NewMemory(), Now: func() time.Time { now = now.Add(time.Second); return now }}, &now
}

func TestBook(t *testing.T) {
	ctx := context.Background()
	b, _ := newBook()
	own, err := b.Add(ctx, "  I am learning, and that is enough for today.  ", "self-compassion-break")
	if err != nil {
		t.Fatal(err)
	}
	if own.Text != "I am learning, and that is enough for today." || !own.Own() || own.From != "self-compassion-break" {
		t.Errorf("added %+v", own)
	}
	for name, text := range map[string]string{"empty": "   ", "too long": strings.Repeat("a", MaxLen+1)} {
		if _, err := b.Add(ctx, text, ""); !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrTooLong) {
			t.Errorf("%s: err = %v", name, err)
		}
	}
	if _, err := b.Edit(ctx, own.ID, "Kinder words."); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Edit(ctx, own.ID, ""); !errors.Is(err, ErrEmpty) {
		t.Errorf("editing to nothing: %v", err)
	}
	if _, err := b.Favourite(ctx, "m-again-3", true); err != nil {
		t.Fatal(err)
	}
	if _, err := b.Edit(ctx, "m-again-3", "new words"); !errors.Is(err, ErrInvalid) {
		t.Errorf("editing a built-in: %v", err)
	}
	if _, err := b.Favourite(ctx, "no-such", true); !errors.Is(err, ErrNotFound) {
		t.Errorf("favourite of an unknown id: %v", err)
	}
	list, err := b.List(ctx)
	if err != nil || len(list) != 2 || list[0].Text != "Kinder words." || !list[1].Favourite {
		t.Fatalf("list = %+v, %v", list, err)
	}
	if !list[0].UpdatedAt.After(list[0].CreatedAt) {
		t.Error("an edit moves updatedAt on")
	}
	if err := b.Delete(ctx, own.ID); err != nil {
		t.Fatal(err)
	}
	list, _ = b.List(ctx)
	all, _, _ := b.All(ctx)
	if len(list) != 1 || len(all) != 2 || all[0].DeletedAt == nil {
		t.Errorf("after delete: live %d, all %d (%+v)", len(list), len(all), all)
	}
	if err := b.Delete(ctx, "missing"); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting a missing mantra: %v", err)
	}
}

func TestAllKeepsUnreadable(t *testing.T) {
	ctx := context.Background()
	b, _ := newBook()
	b.Add(ctx, "Mine.", "")
	bad := store.Record{ID: "x", Schema: 9, Updated: time.Now(), Data: []byte("?")}
	store.Put(ctx, b.Store, store.Mantras, bad)
	saved, unreadable, err := b.All(ctx)
	if err != nil || len(saved) != 1 || len(unreadable) != 1 || unreadable[0].ID != "x" {
		t.Errorf("All = %d saved, %v unreadable, %v", len(saved), unreadable, err)
	}
	if _, err := b.Store.Get(ctx, store.Mantras, "x"); err != nil {
		t.Error("an unreadable mantra was removed")
	}
}

func TestRotation(t *testing.T) {
	ctx := context.Background()
	b, _ := newBook()
	gone, _ := b.Add(ctx, "Gone.", "")
	b.Delete(ctx, gone.ID)
	own, _ := b.Add(ctx, "Mine.", "")
	fav, _ := b.Add(ctx, "My favourite.", "")
	b.Favourite(ctx, fav.ID, true)
	b.Favourite(ctx, "m-critic-8", true)
	b.Favourite(ctx, "m-again-1", true)
	b.Favourite(ctx, "m-again-1", false)
	saved, _ := b.List(ctx)
	r := Rotation(saved)
	if len(r) != len(Builtin)+2 {
		t.Fatalf("rotation has %d mantras, want %d", len(r), len(Builtin)+2)
	}
	want := []string{fav.ID, "m-critic-8", own.ID, Builtin[0].ID}
	for i, id := range want {
		if r[i].ID != id {
			t.Errorf("rotation[%d] = %s, want %s", i, r[i].ID, id)
		}
	}
	if Key(r[1].ID) == "" || r[2].Text != "Mine." {
		t.Error("a favourite built-in keeps its key, an own mantra its words")
	}
	seen := map[string]bool{}
	for _, m := range r {
		if seen[m.ID] {
			t.Errorf("%s shown twice", m.ID)
		}
		seen[m.ID] = true
	}
}

func FuzzDecode(f *testing.F) {
	f.Add("m-again-1", []byte(`{"id":"m-again-1","favourite":true,"createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-01T00:00:00Z"}`))
	f.Add("0192f0c0-0000-7000-8000-000000000001", []byte(`{"id":"0192f0c0-0000-7000-8000-000000000001","text":"Mine.","createdAt":"2026-01-01T00:00:00Z","updatedAt":"2026-01-02T00:00:00Z"}`))
	f.Fuzz(func(t *testing.T, id string, data []byte) {
		s, err := Decode(store.Record{ID: id, Schema: 1, Data: data})
		if err != nil {
			return
		}
		if _, err := Encode(s); err != nil {
			t.Errorf("a decoded mantra does not encode: %v", err)
		}
	})
}
