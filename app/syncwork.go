package app

import (
	"context"
	"crypto/rand"
	"errors"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/backup"
	ksync "github.com/kindly/kindly/internal/sync"
)

// The work behind "Send to my other device", opening a sync file and
// pairing, apart from the components that show it.

// syncFileName is the sync file's name for a day: text, because share
// sheets refuse most other kinds of file.
func syncFileName(now time.Time) string {
	return "kindly-sync-" + now.Format("2006-01-02") + ".kindly.txt"
}

// pace is the pause for sync's long loops: the page gets the main thread
// back at least every 40 ms, so it stays responsive while 10,000 entries
// are sealed, opened or merged.
func pace() func() { return browser.Pacer(40 * time.Millisecond) }

// ourBundle is every record of this device, ready to travel.
func ourBundle(now time.Time) ([]byte, error) {
	s, err := db.open()
	if err != nil {
		return nil, err
	}
	recs, err := backup.SyncRecords(context.Background(), s, pace())
	if err != nil {
		return nil, err
	}
	return ksync.Bundle{Device: db.clock().Device, SentAt: now, Records: recs}.Encode(pace())
}

// sealedFile is this device's sync file: under the lock's key when the
// lock is on (the other device types the passphrase), else under a fresh
// one-time code, which it returns to be shown.
func sealedFile(now time.Time) (file []byte, code string, err error) {
	bundle, err := ourBundle(now)
	if err != nil {
		return nil, "", err
	}
	if v, h, ok := db.sealer(); ok {
		file, err = ksync.SealWithVault(bundle, v, h, rand.Reader, pace())
		return file, "", err
	}
	if code, err = ksync.NewCode(rand.Reader); err != nil {
		return nil, "", err
	}
	file, err = ksync.SealWithCode(bundle, code, ksync.CodeKDF, rand.Reader, pace())
	return file, code, err
}

// planFrom checks an opened bundle and plans its merge here.
func planFrom(bundle []byte) (backup.SyncPlan, error) {
	b, err := ksync.ParseBundle(bundle, pace())
	if err != nil {
		return backup.SyncPlan{}, err
	}
	if b.Device != "" && b.Device == db.clock().Device {
		return backup.SyncPlan{}, errSameDevice
	}
	s, err := db.open()
	if err != nil {
		return backup.SyncPlan{}, err
	}
	return backup.PlanSync(context.Background(), s, b.Records, pace())
}

// errSameDevice is a sync file opened on the device that made it.
var errSameDevice = errors.New("this sync file was made on this device")

// applyPlan writes a merge and moves this device's clock past it.
func applyPlan(p backup.SyncPlan) error {
	s, err := db.open()
	if err != nil {
		return err
	}
	now := time.Now()
	if err := backup.ApplySync(context.Background(), s, p, now); err != nil {
		return err
	}
	c := db.clock()
	for _, r := range p.Put {
		c.Observe(r.Stamp, now)
	}
	changed()
	return nil
}

// syncMessage explains why a sync file or pairing did not merge.
func syncMessage(err error) string {
	switch {
	case errors.Is(err, ksync.ErrWrongKey):
		return tr("sync.err.key")
	case errors.Is(err, ksync.ErrNewer):
		return tr("sync.err.newer")
	case errors.Is(err, errSameDevice):
		return tr("sync.err.same-device")
	case errors.Is(err, ksync.ErrNotSync), errors.Is(err, ksync.ErrDamaged),
		errors.Is(err, ksync.ErrRecord), errors.Is(err, ksync.ErrDuplicate), errors.Is(err, backup.ErrInvalid):
		return tr("sync.err.damaged")
	}
	return storageMessage(err)
}

// isSyncError is whether err came from a sync file or a merge.
func isSyncError(err error) bool {
	for _, target := range []error{ksync.ErrWrongKey, ksync.ErrNewer, ksync.ErrNotSync, ksync.ErrDamaged, ksync.ErrRecord, ksync.ErrDuplicate, errSameDevice} {
		if errors.Is(err, target) {
			return true
		}
	}
	return false
}

// changeSummary says in one sentence what a merge did or would do here:
// only the counts that are not zero, or that nothing changes at all.
func changeSummary(p backup.SyncPlan) string {
	var parts []string
	for _, c := range []struct {
		key string
		n   int
	}{{"sync.added", sum(p.Added)}, {"sync.changed", sum(p.Changed)}, {"sync.deleted", sum(p.Deleted)}} {
		if c.n > 0 {
			parts = append(parts, trn(c.key, c.n))
		}
	}
	if len(parts) == 0 && len(p.Conflicts) == 0 {
		return tr("sync.nothing")
	}
	return strings.Join(parts, " ")
}

func sum(m map[string]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}
