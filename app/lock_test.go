//go:build !wasm

package app

import (
	"crypto/rand"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/vault"
)

// The auto-lock forgets the data key after the idle time, or a moment after
// the app is hidden, and only then.
func TestAutoLock(t *testing.T) {
	quick := vault.Params{KDF: "argon2id", Memory: 8 * 1024, Time: 1, Threads: 1}
	v, h, err := vault.New("a long passphrase", quick, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	unlocked := func() {
		db.mu.Lock()
		db.hdr, db.v = &h, v
		db.mu.Unlock()
		setHidden(false)
		touch()
	}
	t.Cleanup(func() { db.hdr, db.v = nil, nil })
	now := time.Now()
	tests := []struct {
		name   string
		hidden bool
		at     time.Duration // after the last activity
		locked bool
	}{
		{"active", false, time.Minute, false},
		{"idle past the default limit", false, defaultIdle*time.Minute + time.Second, true},
		{"hidden a moment", true, 2 * time.Second, false},
		{"hidden past the grace", true, hiddenGrace + time.Second, true},
	}
	for _, tt := range tests {
		unlocked()
		if tt.hidden {
			setHidden(true)
		}
		autoLock(now.Add(tt.at))
		if _, locked := db.lockState(); locked != tt.locked {
			t.Errorf("%s: locked = %v, want %v", tt.name, locked, tt.locked)
		}
	}
	db.mu.Lock()
	db.hdr, db.v = nil, nil
	db.mu.Unlock()
	autoLock(now.Add(time.Hour))
	if on, _ := db.lockState(); on {
		t.Error("without a lock there is nothing to lock")
	}
}
