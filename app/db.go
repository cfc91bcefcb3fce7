package app

import (
	"bytes"
	"context"
	"crypto/rand"
	"sync"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/store"
	ksync "github.com/kindly/kindly/internal/sync"
	"github.com/kindly/kindly/internal/vault"
)

// storageNews tells Settings that the browser answered whether it keeps
// Kindly's data, which may come long after start, or never.
var storageNews signal

// db is the running app's one store, opened on first use and shared by every
// page. Pages reach storage only through it. When the privacy lock is on,
// it hands out the store through the vault while unlocked, and ErrLocked
// while locked.
var db database

type database struct {
	once sync.Once
	raw  store.Store
	err  error

	keepOnce sync.Once

	mu  sync.Mutex
	hdr *vault.Header // the lock's header, when the lock is on
	v   *vault.Vault  // the data key, while unlocked
	clk *ksync.Clock  // this device's clock, for merging with the person's others
}

// open opens the browser store once; later calls return the same store,
// or ErrLocked while the lock is on and locked. It blocks, so call it from
// ctx.Async, never from Render.
func (d *database) open() (store.Store, error) {
	d.once.Do(func() {
		d.raw, d.err = browser.OpenStore(context.Background())
		if d.err == nil {
			d.readHeader(false)
			clk := &ksync.Clock{Device: deviceID(d.raw)}
			d.mu.Lock()
			d.clk = clk
			d.mu.Unlock()
		}
		browser.OnChange(func() { // another tab wrote, while no page listens
			loaded.invalidate()
			go d.readHeader(true) // it may have turned the lock on or off
		})
		browser.WatchActivity(touch, setHidden, func() {
			autoLock(time.Now())
			remindWhileOpen(time.Now())
		})
	})
	if d.err != nil {
		return nil, d.err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	switch {
	case d.hdr == nil:
		return d.raw, nil
	case d.v == nil:
		return nil, ErrLocked
	}
	return vault.Store{Store: d.raw, V: d.v}, nil
}

// keep asks the browser, once and in the background, to keep Kindly's
// data under storage pressure. The shell calls it when the first page is
// ready, so a browser that asks the person first (Firefox) does so over a
// usable page, never before one.
func (d *database) keep() {
	d.keepOnce.Do(func() { browser.RequestPersistence(storageNews.send) })
}

// readHeader learns whether the lock is on, telling the shells if notify
// and it changed. A header that cannot be read keeps the journal locked
// rather than exposing or overwriting it.
func (d *database) readHeader(notify bool) {
	h, ok, err := vault.LoadHeader(context.Background(), d.raw)
	d.mu.Lock()
	was := d.hdr
	switch {
	case err != nil:
		d.hdr, d.v = &vault.Header{}, nil
	case !ok:
		d.hdr, d.v = nil, nil
	case d.hdr == nil || !bytes.Equal(d.hdr.Wrapped, h.Wrapped):
		d.hdr, d.v = &h, nil // turned on, or the passphrase changed, elsewhere
	}
	changed := was != d.hdr
	d.mu.Unlock()
	if changed && notify {
		lockNews.send()
	}
}

// deviceID is this browser's id among the person's devices: made once,
// kept in the settings (it says nothing about anyone), and made anew
// after a wipe. If it cannot be kept, a fresh one still orders this
// session's edits correctly.
func deviceID(raw store.Store) string {
	ctx := context.Background()
	if r, err := raw.Get(ctx, store.Settings, "device"); err == nil {
		if id := string(r.Data); id != "" && ksync.ValidDevice(id) {
			return id
		}
	}
	id, err := ksync.NewDevice(rand.Reader)
	if err != nil {
		return ""
	}
	_ = store.Put(ctx, raw, store.Settings, store.Record{ID: "device", Schema: 1, Updated: time.Now(), Data: []byte(id)})
	return id
}

// clock is this device's clock; nil before the store is open, which
// stamps for no device.
func (d *database) clock() *ksync.Clock {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.clk
}

// journalOf is the journal service on s, with the browser's clock and a
// pause that lets the page paint during long loads.
func journalOf(s store.Store) journal.Journal {
	return journal.Journal{Store: s, Now: time.Now, Pause: browser.Breathe, Clock: db.clock()}
}

// loaded is the whole journal as last read, shared by the pages that need
// all of it (Today's revisits and older wins, the journal's search, the
// growth story), so moving between them reads it once. Any change in this
// tab (changed) or another (the broadcast) makes it stale.
var loaded journalCache

type journalCache struct {
	mu       sync.Mutex
	gen      int // bumped on every change
	l        journal.Loaded
	lGen     int // the generation l was read at (l.Entries is nil before the first read)
	inflight chan struct{}
}

// fresh returns the cached journal if nothing changed since it was read.
func (c *journalCache) fresh() (journal.Loaded, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.l, c.lGen == c.gen && c.l.Entries != nil
}

// get returns the whole journal, reading it only if it changed; callers
// arriving while it is being read wait for that read. The result is shared:
// read it, never modify it.
func (c *journalCache) get(s store.Store) (journal.Loaded, error) {
	for {
		c.mu.Lock()
		if c.lGen == c.gen && c.l.Entries != nil {
			l := c.l
			c.mu.Unlock()
			return l, nil
		}
		if wait := c.inflight; wait != nil {
			c.mu.Unlock()
			<-wait
			continue
		}
		done, gen := make(chan struct{}), c.gen
		c.inflight = done
		c.mu.Unlock()

		l, err := journalOf(s).Load(context.Background())
		if l.Entries == nil {
			l.Entries = []journal.Entry{}
		}
		c.mu.Lock()
		c.inflight = nil
		if err == nil {
			c.l, c.lGen = l, gen
		}
		c.mu.Unlock()
		close(done)
		return l, err
	}
}

func (c *journalCache) invalidate() {
	c.mu.Lock()
	c.gen++
	c.mu.Unlock()
}

// forget drops the journal from memory (when locking).
func (c *journalCache) forget() {
	c.mu.Lock()
	c.gen++
	c.l = journal.Loaded{}
	c.mu.Unlock()
}

// changed is called after every write: the shared journal is stale and
// other tabs are told.
func changed() {
	loaded.invalidate()
	browser.AnnounceChange()
}

// onOtherTab calls f when another tab writes, after marking the shared
// journal stale, so that what f reloads is fresh.
func onOtherTab(f func()) (stop func()) {
	return browser.OnChange(func() {
		loaded.invalidate()
		f()
	})
}
