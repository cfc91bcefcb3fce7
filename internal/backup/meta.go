package backup

import (
	"context"
	"encoding/json"
	"errors"
	"time"

	"github.com/kindly/kindly/internal/store"
)

// The settings record that remembers the last export.
const metaID = "backup"

// ReminderAfter is how long without a backup before Settings gently says so.
const ReminderAfter = 14 * 24 * time.Hour

type meta struct {
	LastExport time.Time `json:"lastExport"`
}

// MarkExported records that a backup was made at t.
func MarkExported(ctx context.Context, st store.Store, t time.Time) error {
	data, _ := json.Marshal(meta{LastExport: t})
	return store.Put(ctx, st, store.Settings, store.Record{ID: metaID, Schema: 1, Updated: t, Data: data})
}

// LastExport returns when the last backup was made (zero if never).
func LastExport(ctx context.Context, st store.Store) (time.Time, error) {
	r, err := st.Get(ctx, store.Settings, metaID)
	if errors.Is(err, store.ErrNotFound) {
		return time.Time{}, nil
	}
	if err != nil {
		return time.Time{}, err
	}
	var m meta
	if err := json.Unmarshal(r.Data, &m); err != nil {
		return time.Time{}, nil // a damaged note about backups only means "remind"
	}
	return m.LastExport, nil
}

// Remind reports whether to suggest a backup: there is something to lose
// and none was made in the last ReminderAfter.
func Remind(last, now time.Time, entries int) bool {
	return entries > 0 && (last.IsZero() || now.Sub(last) >= ReminderAfter)
}
