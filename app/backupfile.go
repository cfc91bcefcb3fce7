package app

import (
	"context"
	"time"

	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/mantra"
	"github.com/kindly/kindly/internal/people"
	"github.com/kindly/kindly/internal/store"
)

// exportFile is the whole of the user's Kindly as a backup file (JSON) or a
// readable document (Markdown).
func exportFile(s store.Store, markdown bool, now time.Time) (name, mime string, data []byte, err error) {
	ctx := context.Background()
	l, err := journalOf(s).Load(ctx)
	if err != nil {
		return "", "", nil, err
	}
	saved, unreadable, err := mantra.Book{Store: s}.All(ctx)
	if err != nil {
		return "", "", nil, err
	}
	if markdown {
		return backup.FileName(now, "md"), "text/markdown", []byte(backup.Markdown(l.Entries, saved, time.Local, now, voice())), nil
	}
	l.Unreadable = append(l.Unreadable, unreadable...)
	doc := backup.New(l, saved, now)
	if doc.People, err = (people.Book{Store: s}).All(ctx); err != nil {
		return "", "", nil, err
	}
	if data, err = doc.JSON(); err != nil {
		return "", "", nil, err
	}
	// With the lock on, the backup is locked too, by the same passphrase.
	if v, h, ok := db.sealer(); ok {
		data, err = backup.Encrypt(data, v, h)
	}
	return backup.FileName(now, "json"), "application/json", data, err
}

// voice is how a readable export speaks: as the app does to this user.
func voice() backup.Voice {
	return backup.Voice{Msg: msg, Day: local.longDayYear, Clock: local.clock}
}
