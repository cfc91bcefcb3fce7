//go:build js && wasm

package browser

import (
	"context"
	"errors"
	"fmt"
	"syscall/js"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/store/storetest"
)

// The IndexedDB adapter passes the same conformance suite as the in-memory
// store, in a real browser (run by wasmbrowsertest in Chromium).
func TestIndexedDBConformance(t *testing.T) {
	n := 0
	storetest.Run(t, func(t *testing.T) store.Store {
		n++
		name := fmt.Sprintf("kindly-test-%d", n)
		s, err := openIDB(context.Background(), name)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			s.Close()
			awaitRequest(t, js.Global().Get("indexedDB").Call("deleteDatabase", name))
		})
		return s
	})
}

func TestIndexedDBSurvivesReopen(t *testing.T) {
	ctx := context.Background()
	s, err := openIDB(ctx, "kindly-test-reopen")
	if err != nil {
		t.Fatal(err)
	}
	if err := store.Put(ctx, s, store.Entries, store.Record{ID: "a", Schema: 1, Data: []byte("kept")}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2, err := openIDB(ctx, "kindly-test-reopen")
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	r, err := s2.Get(ctx, store.Entries, "a")
	if err != nil || string(r.Data) != "kept" {
		t.Fatalf("after reopening: %q, %v", r.Data, err)
	}
}

func TestIndexedDBMissing(t *testing.T) {
	g := js.Global()
	saved := g.Get("indexedDB")
	// indexedDB is a getter on window; shadow it with an own property.
	js.Global().Get("Object").Call("defineProperty", g, "indexedDB", map[string]any{"value": js.Undefined(), "configurable": true})
	defer js.Global().Get("Object").Call("defineProperty", g, "indexedDB", map[string]any{"value": saved, "configurable": true})
	_, err := openIDB(context.Background(), "kindly-test-missing")
	if !errors.Is(err, store.ErrUnavailable) {
		t.Fatalf("open without IndexedDB: %v, want ErrUnavailable", err)
	}
}

func TestDOMErrorMapping(t *testing.T) {
	newErr := func(name string) js.Value {
		return js.Global().Get("DOMException").New("test message", name)
	}
	for name, want := range map[string]error{
		"QuotaExceededError": store.ErrQuota,
		"InvalidStateError":  store.ErrUnavailable,
		"SecurityError":      store.ErrUnavailable,
	} {
		if err := domError(newErr(name)); !errors.Is(err, want) {
			t.Errorf("domError(%s) = %v, want %v", name, err, want)
		}
	}
	if err := domError(newErr("ConstraintError")); err == nil || errors.Is(err, store.ErrQuota) || errors.Is(err, store.ErrUnavailable) {
		t.Errorf("domError(ConstraintError) = %v, want a plain error", err)
	}
}

// go-app's Value.Then drops rejections; awaitPromise must return them.
func TestAwaitPromiseRejects(t *testing.T) {
	p := js.Global().Get("Promise").Call("reject", js.Global().Get("Error").New("no way"))
	if _, err := awaitPromise(p); err == nil {
		t.Fatal("a rejected promise returned no error")
	}
	v, err := awaitPromise(js.Global().Get("Promise").Call("resolve", 42))
	if err != nil || v.Int() != 42 {
		t.Fatalf("resolved promise: %v, %v", v, err)
	}
}

func awaitRequest(t *testing.T, req js.Value) {
	t.Helper()
	if _, err := await(context.Background(), req, nil); err != nil {
		t.Errorf("request failed: %v", err)
	}
}

// A database made by the first layout (object stores, no "sort" index)
// upgrades in place and keeps its records.
func TestIndexedDBUpgradesFromVersion1(t *testing.T) {
	const name = "kindly-test-v1"
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req := js.Global().Get("indexedDB").Call("open", name, 1)
	up := js.FuncOf(func(js.Value, []js.Value) any {
		db := req.Get("result")
		for _, c := range store.Collections {
			db.Call("createObjectStore", c, map[string]any{"keyPath": "id"})
		}
		return nil
	})
	defer up.Release()
	req.Set("onupgradeneeded", up)
	db, err := await(ctx, req, nil)
	if err != nil {
		t.Fatal(err)
	}
	v1 := &idb{db: db}
	if err := store.Put(ctx, v1, store.Entries, store.Record{ID: "old", Schema: 1, Data: []byte("abc")}); err != nil {
		t.Fatal(err)
	}
	v1.Close()

	s, err := openIDB(ctx, name)
	if err != nil {
		t.Fatalf("upgrading: %v", err)
	}
	r, err := s.Get(ctx, store.Entries, "old")
	if err != nil || string(r.Data) != "abc" {
		t.Fatalf("the version 1 record after the upgrade: %+v, %v", r, err)
	}
	if last, err := s.Last(ctx, store.Entries, 5); err != nil || len(last) != 1 {
		t.Fatalf("Last after the upgrade: %d records, %v", len(last), err)
	}
	s.Close()
	if _, err := await(ctx, js.Global().Get("indexedDB").Call("deleteDatabase", name), nil); err != nil {
		t.Error(err)
	}
}

// TestIndexedDBBatches: a change larger than one batch lands whole, in one
// transaction, puts and deletes in several collections alike.
func TestIndexedDBBatches(t *testing.T) {
	ctx := context.Background()
	s, err := openIDB(ctx, "kindly-test-batches")
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		s.Close()
		awaitRequest(t, js.Global().Get("indexedDB").Call("deleteDatabase", "kindly-test-batches"))
	}()
	n := 3*writeBatch + 17
	var puts, mantras []store.Record
	for i := range n {
		puts = append(puts, store.Record{ID: fmt.Sprintf("e%04d", i), Schema: 1, Data: []byte("x")})
		if i%10 == 0 {
			mantras = append(mantras, store.Record{ID: fmt.Sprintf("m%04d", i), Schema: 1, Data: []byte("y")})
		}
	}
	if err := s.Apply(ctx, store.Change{Collection: store.Entries, Put: puts}, store.Change{Collection: store.Mantras, Put: mantras}); err != nil {
		t.Fatal(err)
	}
	var gone []string
	for i := range n / 2 {
		gone = append(gone, fmt.Sprintf("e%04d", i))
	}
	if err := s.Apply(ctx, store.Change{Collection: store.Entries, Delete: gone}); err != nil {
		t.Fatal(err)
	}
	es, err := s.List(ctx, store.Entries)
	ms, err2 := s.List(ctx, store.Mantras)
	if err != nil || err2 != nil || len(es) != n-n/2 || len(ms) != len(mantras) {
		t.Fatalf("%d entries and %d mantras (%v, %v); want %d and %d", len(es), len(ms), err, err2, n-n/2, len(mantras))
	}
}

// List reads in batches of listBatch, each after the last key of the one
// before: every record comes back once, in Go's order, at any count
// around the batch's edges (IDs with characters whose UTF-16 order
// differs from Go's included).
func TestIndexedDBListInBatches(t *testing.T) {
	ctx := context.Background()
	s, err := openIDB(ctx, "kindly-test-list")
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		s.Close()
		awaitRequest(t, js.Global().Get("indexedDB").Call("deleteDatabase", "kindly-test-list"))
	}()
	have := 0
	for _, n := range []int{listBatch - 1, listBatch, 2*listBatch + 1} {
		var puts []store.Record
		for i := have; i < n; i++ {
			id := fmt.Sprintf("e%05d", i)
			if i%7 == 0 {
				id += "\U0001F49C" // outside the BMP: UTF-16 orders it before U+FFxx
			}
			puts = append(puts, store.Record{ID: id, Schema: 1, Data: []byte("x")})
		}
		if err := s.Apply(ctx, store.Change{Collection: store.Entries, Put: puts}); err != nil {
			t.Fatal(err)
		}
		have = n
		got, err := s.List(ctx, store.Entries)
		if err != nil || len(got) != n {
			t.Fatalf("%d stored: List gave %d (%v)", n, len(got), err)
		}
		for i := 1; i < len(got); i++ {
			if got[i-1].ID >= got[i].ID {
				t.Fatalf("%d stored: %q before %q", n, got[i-1].ID, got[i].ID)
			}
		}
	}
}
