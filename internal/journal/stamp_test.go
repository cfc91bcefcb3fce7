package journal

import (
	"context"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/sync"
)

// Every write stamps the entry after its last version; a delete knows
// only itself, and undoing it records that the undo saw the delete.
func TestSaveStamps(t *testing.T) {
	ctx := context.Background()
	at := time.Date(2026, 5, 1, 12, 0, 0, 0, time.UTC)
	j := Journal{Store: store.NewMemory(), Now: func() time.Time { return at }, Clock: &sync.Clock{Device: "0a"}}
	e, err := j.Save(ctx, New(KindNote, at), "")
	if err != nil {
		t.Fatal(err)
	}
	if e.Stamp.Device != "0a" || !e.Fence.IsZero() {
		t.Fatalf("a new entry: stamp %v fence %v", e.Stamp, e.Fence)
	}
	at = at.Add(-time.Hour) // the device's clock steps back
	edited, err := j.Save(ctx, e, "")
	if err != nil || edited.Stamp.Compare(e.Stamp) <= 0 {
		t.Fatalf("an edit after the clock stepped back: %v after %v (%v)", edited.Stamp, e.Stamp, err)
	}
	tomb, err := j.Delete(ctx, e.ID)
	if err != nil || tomb.Stamp.Compare(edited.Stamp) <= 0 || !tomb.Fence.IsZero() {
		t.Fatalf("delete: %v fence %v (%v)", tomb.Stamp, tomb.Fence, err)
	}
	back, err := j.Undo(ctx, e.ID)
	if err != nil || back.Fence != tomb.Stamp || back.Stamp.Compare(tomb.Stamp) <= 0 {
		t.Fatalf("undo: stamp %v fence %v, tombstone %v (%v)", back.Stamp, back.Fence, tomb.Stamp, err)
	}
	again, err := j.Save(ctx, back, "")
	if err != nil || again.Fence != tomb.Stamp {
		t.Fatalf("an edit after the undo lost its fence: %v (%v)", again.Fence, err)
	}
	// An entry from before sync orders by its update time.
	old := Entry{UpdatedAt: at}
	if old.Version() != sync.Legacy(at) || (Entry{}).Version() != (sync.Stamp{}) {
		t.Errorf("legacy version: %v", old.Version())
	}
}
