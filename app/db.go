package app

import (
	"context"
	"sync"

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
