//go:build js && wasm

package browser

import (
	"context"
	"slices"
	"strings"
	"syscall/js"

	"github.com/kindly/kindly/internal/store"
)

// Reading from IndexedDB: one record, a whole collection in batches, or
// the last few by their sort key.

func (s *idb) Get(ctx context.Context, collection, id string) (store.Record, error) {
	if err := store.CheckCollection(collection); err != nil {
		return store.Record{}, err
	}
	var req js.Value
	err := s.transaction(ctx, []string{collection}, "readonly", func(tx js.Value) error {
		req = tx.Call("objectStore", collection).Call("get", id)
		return nil
	})
	if err != nil {
		return store.Record{}, err
	}
	v := req.Get("result")
	if v.IsUndefined() {
		return store.Record{}, missing{collection, id}
	}
	return fromJS(v)
}

// missing is ErrNotFound for one record, made without fmt: a first
// visit asks for records that are not there yet before the first page is
// ready, and fmt's formatter is not otherwise on that path.
type missing struct{ collection, id string }

func (m missing) Error() string { return store.ErrNotFound.Error() + ": " + m.collection + "/" + m.id }
func (m missing) Unwrap() error { return store.ErrNotFound }

// listBatch is how many records List reads per request: the browser
// decodes each batch in a task of its own, so a 10,000-entry journal never
// holds the page for the whole of it.
const listBatch = 1000

func (s *idb) List(ctx context.Context, collection string) ([]store.Record, error) {
	if err := store.CheckCollection(collection); err != nil {
		return nil, err
	}
	var out []store.Record
	after := js.Undefined() // the last key read, in IndexedDB's order
	for {
		var req js.Value
		err := s.transaction(ctx, []string{collection}, "readonly", func(tx js.Value) error {
			rng := js.Null()
			if !after.IsUndefined() {
				rng = js.Global().Get("IDBKeyRange").Call("lowerBound", after, true)
			}
			req = tx.Call("objectStore", collection).Call("getAll", rng, listBatch)
			return nil
		})
		if err != nil {
			return nil, err
		}
		all := req.Get("result")
		n := all.Length()
		for i := range n {
			r, err := fromJS(all.Index(i))
			if err != nil {
				return nil, err
			}
			out = append(out, r)
		}
		if n < listBatch {
			break
		}
		after = all.Index(n - 1).Get("id")
		Yield()
	}
	// IndexedDB orders keys by UTF-16 code units; the contract is Go order.
	slices.SortFunc(out, func(a, b store.Record) int { return strings.Compare(a.ID, b.ID) })
	return out, nil
}

func (s *idb) Last(ctx context.Context, collection string, n int) ([]store.Record, error) {
	if err := store.CheckCollection(collection); err != nil {
		return nil, err
	}
	var out []store.Record
	var failed error
	if n <= 0 {
		return nil, nil
	}
	var step js.Func
	defer func() {
		if step.Truthy() {
			step.Release()
		}
	}()
	err := s.transaction(ctx, []string{collection}, "readonly", func(tx js.Value) error {
		req := tx.Call("objectStore", collection).Call("index", sortIndex).Call("openCursor", js.Null(), "prev")
		step = js.FuncOf(func(js.Value, []js.Value) any {
			cur := req.Get("result")
			if !cur.Truthy() {
				return nil
			}
			r, err := fromJS(cur.Get("value"))
			if err != nil {
				failed = err
				return nil
			}
			if out = append(out, r); len(out) < n {
				cur.Call("continue")
			}
			return nil
		})
		req.Set("onsuccess", step)
		return nil
	})
	if err == nil {
		err = failed
	}
	return out, err
}
