//go:build js && wasm

package browser

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"sync"
	"syscall/js"

	"github.com/kindly/kindly/internal/store"
)

// The IndexedDB adapter: one database, one object store per collection, one
// record per item (never one big blob). Values are {id, schema, updated,
// data} with data as a Uint8Array, so bytes round-trip exactly.

// Database versions: 1 had the object stores; 2 adds the "sort" index
// that Last reads a first page through; 3 adds the "people" store. The
// upgrade creates whatever is missing, so any older version upgrades.
const (
	dbName    = "kindly"
	dbVersion = 3
	sortIndex = "sort"
)

// idb implements store.Store on IndexedDB.
type idb struct {
	mu     sync.Mutex
	db     js.Value
	closed bool
}

// OpenStore opens Kindly's IndexedDB database, creating or upgrading it.
func OpenStore(ctx context.Context) (store.Store, error) {
	s, err := openIDB(ctx, dbName)
	if err != nil {
		return nil, err // not a nil *idb in a non-nil interface
	}
	return s, nil
}

// openIDB opens (and on first use creates) the named database.
func openIDB(ctx context.Context, name string) (*idb, error) {
	factory := js.Global().Get("indexedDB")
	if !factory.Truthy() {
		return nil, fmt.Errorf("%w: IndexedDB is missing", store.ErrUnavailable)
	}
	var req js.Value
	if err := catch(func() { req = factory.Call("open", name, dbVersion) }); err != nil {
		return nil, fmt.Errorf("%w: %v", store.ErrUnavailable, err)
	}
	upgrade := js.FuncOf(func(this js.Value, args []js.Value) any {
		db, tx := req.Get("result"), req.Get("transaction")
		names := db.Get("objectStoreNames")
		for _, c := range store.Collections {
			if !names.Call("contains", c).Bool() {
				db.Call("createObjectStore", c, map[string]any{"keyPath": "id"})
			}
			if os := tx.Call("objectStore", c); !os.Get("indexNames").Call("contains", sortIndex).Bool() {
				os.Call("createIndex", sortIndex, "sort")
			}
		}
		return nil
	})
	defer upgrade.Release()
	req.Set("onupgradeneeded", upgrade)

	blocked := make(chan struct{}, 1)
	onBlocked := js.FuncOf(func(js.Value, []js.Value) any {
		select {
		case blocked <- struct{}{}:
		default:
		}
		return nil
	})
	defer onBlocked.Release()
	req.Set("onblocked", onBlocked)

	res, err := await(ctx, req, blocked)
	if errors.Is(err, store.ErrBlocked) {
		return nil, err
	}
	if err != nil {
		return nil, fmt.Errorf("%w: opening the database: %v", store.ErrUnavailable, err)
	}
	s := &idb{db: res}
	// Another tab upgrading the schema must not be blocked by this one.
	onVersionChange := js.FuncOf(func(js.Value, []js.Value) any {
		s.mu.Lock()
		defer s.mu.Unlock()
		s.db.Call("close")
		s.closed = true
		return nil
	})
	res.Set("onversionchange", onVersionChange)
	return s, nil
}

// await waits for an IDBRequest to succeed or fail. Each callback answers
// once and the channel is buffered, so late events never block JavaScript.
func await(ctx context.Context, req js.Value, blocked <-chan struct{}) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	onSuccess := js.FuncOf(func(js.Value, []js.Value) any {
		done <- result{v: req.Get("result")}
		return nil
	})
	onError := js.FuncOf(func(_ js.Value, args []js.Value) any {
		if len(args) > 0 {
			args[0].Call("preventDefault") // keep the failure ours, not the console's
		}
		done <- result{err: domError(req.Get("error"))}
		return nil
	})
	defer onSuccess.Release()
	defer onError.Release()
	req.Set("onsuccess", onSuccess)
	req.Set("onerror", onError)
	select {
	case r := <-done:
		return r.v, r.err
	case <-blocked:
		return js.Undefined(), store.ErrBlocked
	case <-ctx.Done():
		return js.Undefined(), ctx.Err()
	}
}

// transaction runs fill inside a transaction and waits for it to commit or
// abort, so a write is only reported done once it is durable.
func (s *idb) transaction(ctx context.Context, stores []string, mode string, fill func(tx js.Value) error) error {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return store.ErrClosed
	}
	var tx js.Value
	err := catch(func() { tx = s.db.Call("transaction", toJSArray(stores), mode) })
	s.mu.Unlock()
	if err != nil {
		return fmt.Errorf("%w: %v", store.ErrUnavailable, err)
	}
	done := make(chan error, 1)
	onComplete := js.FuncOf(func(js.Value, []js.Value) any { done <- nil; return nil })
	onAbort := js.FuncOf(func(js.Value, []js.Value) any {
		done <- domError(tx.Get("error"))
		return nil
	})
	defer onComplete.Release()
	defer onAbort.Release()
	tx.Set("oncomplete", onComplete)
	tx.Set("onabort", onAbort)
	tx.Set("onerror", js.Null()) // request errors bubble to abort

	var failed error
	if err := catch(func() { failed = fill(tx) }); err != nil {
		failed = err
	}
	if failed != nil {
		catch(func() { tx.Call("abort") })
		<-done
		return failed
	}
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		catch(func() { tx.Call("abort") })
		return ctx.Err()
	}
}

func (s *idb) Apply(ctx context.Context, changes ...store.Change) error {
	if err := store.Check(changes); err != nil {
		return err
	}
	var names []string
	for _, c := range changes {
		if !slices.Contains(names, c.Collection) {
			names = append(names, c.Collection)
		}
	}
	if len(names) == 0 {
		return nil
	}
	var ops []func(tx js.Value) js.Value
	for _, c := range changes {
		for _, r := range c.Put {
			ops = append(ops, func(tx js.Value) js.Value { return tx.Call("objectStore", c.Collection).Call("put", toJS(r)) })
		}
		for _, id := range c.Delete {
			ops = append(ops, func(tx js.Value) js.Value { return tx.Call("objectStore", c.Collection).Call("delete", id) })
		}
	}
	// The writes go in batches, each queued when the last request of the
	// one before succeeds: the transaction stays open (a request is always
	// pending) and stays one, all or nothing, while the page gets the main
	// thread back between batches, so importing years of history never
	// freezes it.
	var tx js.Value
	var next js.Func
	i := 0
	issue := func() {
		end := min(i+writeBatch, len(ops))
		var last js.Value
		for ; i < end; i++ {
			last = ops[i](tx)
		}
		if i < len(ops) {
			last.Set("onsuccess", next)
		}
	}
	next = js.FuncOf(func(js.Value, []js.Value) any {
		if err := catch(issue); err != nil {
			catch(func() { tx.Call("abort") })
		}
		return nil
	})
	defer next.Release()
	return s.transaction(ctx, names, "readwrite", func(t js.Value) error {
		tx = t
		issue()
		return nil
	})
}

// writeBatch is how many writes Apply queues in one task.
const writeBatch = 200

func (s *idb) Clear(ctx context.Context) error {
	return s.transaction(ctx, store.Collections, "readwrite", func(tx js.Value) error {
		for _, c := range store.Collections {
			tx.Call("objectStore", c).Call("clear")
		}
		return nil
	})
}

func (s *idb) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if !s.closed {
		s.db.Call("close")
		s.closed = true
	}
	return nil
}
