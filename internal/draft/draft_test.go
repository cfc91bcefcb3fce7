package draft

import (
	"context"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/store"
)

func TestSaveLoadDiscard(t *testing.T) {
	ctx := context.Background()
	s := store.NewMemory()
	if _, ok, err := Load(ctx, s, "entry:1"); ok || err != nil {
		t.Fatalf("empty store: ok=%v err=%v", ok, err)
	}
	d := Draft{ID: "entry:1", Fields: map[string]string{"text": "half a senten"}, Updated: time.Unix(1, 0)}
	if err := Save(ctx, s, d); err != nil {
		t.Fatal(err)
	}
	got, ok, err := Load(ctx, s, "entry:1")
	if !ok || err != nil || got.Fields["text"] != "half a senten" {
		t.Fatalf("Load = %+v %v %v", got, ok, err)
	}
	d.Fields["text"] = "half a sentence"
	Save(ctx, s, d)
	if got, _, _ := Load(ctx, s, "entry:1"); got.Fields["text"] != "half a sentence" {
		t.Fatalf("second save did not replace: %q", got.Fields["text"])
	}
	Save(ctx, s, Draft{ID: "entry:2", Fields: map[string]string{"text": "other"}})
	store.Put(ctx, s, store.Drafts, store.Record{ID: "broken", Schema: 1, Data: []byte("{")})
	if all, err := All(ctx, s); err != nil || len(all) != 2 || all[0].ID != "entry:1" {
		t.Fatalf("All = %+v, %v; want the two readable drafts", all, err)
	}
	if err := Discard(ctx, s, "entry:1"); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := Load(ctx, s, "entry:1"); ok {
		t.Fatal("draft still there after Discard")
	}
}

func TestUnreadableDraftIsAnError(t *testing.T) {
	ctx := context.Background()
	s := store.NewMemory()
	store.Put(ctx, s, store.Drafts, store.Record{ID: "x", Schema: 1, Data: []byte("{")})
	if _, ok, err := Load(ctx, s, "x"); ok || err == nil {
		t.Fatalf("broken draft: ok=%v err=%v", ok, err)
	}
}
