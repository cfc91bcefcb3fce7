package app

import (
	"context"
	"crypto/rand"
	"errors"
	"runtime"
	"strconv"
	"sync"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/vault"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// ErrLocked is what storage gives while the privacy lock is locked.
var ErrLocked = errors.New("Kindly is locked")

// Preferences of the lock, kept in localStorage (harmless settings).
const (
	idlePref    = "kindly.lock-idle" // minutes of inactivity before locking
	defaultIdle = 5
)

// hiddenGrace is how long the app may stay hidden before it locks: long
// enough for the file picker of an import, which hides the page on phones.
const hiddenGrace = 10 * time.Second

// unlockedAction is sent when the journal is unlocked: each page on screen
// reads its data again (navigating to the same address does nothing in
// go-app).
const unlockedAction = "kindly-unlocked"

// reloadOnUnlock makes a page run again when the journal is unlocked.
func reloadOnUnlock(ctx goapp.Context, again func(goapp.Context)) {
	ctx.Handle(unlockedAction, func(ctx goapp.Context, _ goapp.Action) { again(ctx) })
}

// lockNews tells the mounted shells that the lock state changed.
var lockNews signal

// signal calls its subscribers each time it is sent.
type signal struct {
	mu   sync.Mutex
	next int
	subs map[int]func()
}

func (s *signal) send() {
	s.mu.Lock()
	subs := make([]func(), 0, len(s.subs))
	for _, f := range s.subs {
		subs = append(subs, f)
	}
	s.mu.Unlock()
	for _, f := range subs {
		f()
	}
}

func (s *signal) subscribe(f func()) (cancel func()) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.subs == nil {
		s.subs = map[int]func(){}
	}
	id := s.next
	s.next++
	s.subs[id] = f
	return func() {
		s.mu.Lock()
		defer s.mu.Unlock()
		delete(s.subs, id)
	}
}

// lockState says whether the lock is on and whether it is locked.
func (d *database) lockState() (on, locked bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.hdr != nil, d.hdr != nil && d.v == nil
}

// openVault unwraps the data key with passphrase; v is nil when the lock is off.
func (d *database) openVault(passphrase string) (*vault.Vault, error) {
	d.mu.Lock()
	h := d.hdr
	d.mu.Unlock()
	if h == nil {
		return nil, nil
	}
	return vault.Open(passphrase, *h, rand.Reader)
}

// unlock opens the data key with passphrase.
func (d *database) unlock(passphrase string) error {
	v, err := d.openVault(passphrase)
	if err != nil || v == nil {
		return err
	}
	d.mu.Lock()
	d.v = v
	d.mu.Unlock()
	touch()
	lockNews.send()
	return nil
}

// lock forgets the data key and every entry held in memory.
func (d *database) lock() {
	d.mu.Lock()
	was := d.v != nil
	d.v = nil
	d.mu.Unlock()
	loaded.forget()
	if was {
		lockNews.send()
		runtime.GC()
	}
}

// enable turns the lock on: a new data key, every record sealed with it.
func (d *database) enable(passphrase string) error {
	if _, err := d.open(); err != nil {
		return err
	}
	v, h, err := vault.New(passphrase, vault.Default, rand.Reader)
	if err != nil {
		return err
	}
	if err := vault.Lock(context.Background(), d.raw, v, h, time.Now()); err != nil {
		return err
	}
	d.mu.Lock()
	d.hdr, d.v = &h, v
	d.mu.Unlock()
	loaded.invalidate()
	touch()
	return nil
}

// disable turns the lock off after checking the passphrase.
func (d *database) disable(passphrase string) error {
	v, err := d.openVault(passphrase)
	if err != nil || v == nil {
		return err
	}
	if err := vault.Unlock(context.Background(), d.raw, v); err != nil {
		return err
	}
	d.mu.Lock()
	d.hdr, d.v = nil, nil
	d.mu.Unlock()
	loaded.invalidate()
	return nil
}

// change re-wraps the data key under a new passphrase; the records stay as
// they are.
func (d *database) change(current, next string) error {
	v, err := d.openVault(current)
	if err != nil || v == nil {
		return err
	}
	nh, err := v.Wrap(next, vault.Default)
	if err != nil {
		return err
	}
	if err := vault.SaveHeader(context.Background(), d.raw, nh, time.Now()); err != nil {
		return err
	}
	d.mu.Lock()
	d.hdr, d.v = &nh, v
	d.mu.Unlock()
	return nil
}

// sealer returns the vault and header for encrypting a backup, if the lock
// is on and unlocked.
func (d *database) sealer() (*vault.Vault, vault.Header, bool) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.hdr == nil || d.v == nil {
		return nil, vault.Header{}, false
	}
	return d.v, *d.hdr, true
}

// activity is when the user last touched the app, and when it was hidden.
var activity struct {
	mu     sync.Mutex
	last   time.Time
	hidden time.Time // zero while visible
}

// touch records activity.
func touch() {
	activity.mu.Lock()
	activity.last = time.Now()
	activity.mu.Unlock()
}

// setHidden records that the app was hidden or shown again.
func setHidden(hidden bool) {
	activity.mu.Lock()
	defer activity.mu.Unlock()
	activity.hidden = time.Time{}
	if hidden {
		activity.hidden = time.Now()
	}
}

// idleLimit is the chosen inactivity before locking.
func idleLimit() time.Duration {
	n, err := strconv.Atoi(browser.Preference(idlePref))
	if err != nil || n < 1 {
		n = defaultIdle
	}
	return time.Duration(n) * time.Minute
}

// autoLock locks when the app has been idle too long or hidden a moment;
// it runs every few seconds while Kindly is open.
func autoLock(now time.Time) {
	if _, locked := db.lockState(); locked {
		return
	}
	if on, _ := db.lockState(); !on {
		return
	}
	activity.mu.Lock()
	idle := now.Sub(activity.last) > idleLimit()
	hidden := !activity.hidden.IsZero() && now.Sub(activity.hidden) > hiddenGrace
	activity.mu.Unlock()
	if idle || hidden {
		db.lock()
	}
}
