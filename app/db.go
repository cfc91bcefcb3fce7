package app

import (
	"context"
	"sync"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/store"
)

// db is the running app's one store, opened on first use and shared by every
// page. Pages reach storage only through it.
var db database

type database struct {
	once sync.Once
	s    store.Store
	err  error
}

// open opens the browser store once; later calls return the same result.
// It blocks, so call it from ctx.Async, never from Render.
func (d *database) open() (store.Store, error) {
	d.once.Do(func() { d.s, d.err = openBrowserStore(context.Background()) })
	return d.s, d.err
}

// journalOf is the journal service on s, with the browser's clock and a
// pause that lets the page paint during long loads.
func journalOf(s store.Store) journal.Journal {
	return journal.Journal{Store: s, Now: time.Now, Pause: breathe}
}

// breathe yields to the browser's event loop: in wasm a goroutine that
// never blocks keeps the page from painting.
func breathe() { time.Sleep(time.Millisecond) }
