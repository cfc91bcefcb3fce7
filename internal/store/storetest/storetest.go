// Package storetest is the conformance suite every store.Store must pass:
// the in-memory store natively, the IndexedDB adapter in a real browser.
package storetest

import (
	"bytes"
	"context"
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/store"
)

// Run runs the suite. open must return a new, empty store each time it is
// called; Run closes it.
func Run(t *testing.T, open func(t *testing.T) store.Store) {
	for _, tc := range []struct {
		name string
		run  func(t *testing.T, s store.Store)
	}{
		{"RoundTrip", testRoundTrip},
		{"ExactBytes", testExactBytes},
		{"NotFound", testNotFound},
		{"UnknownCollection", testUnknownCollection},
		{"AllOrNothing", testAllOrNothing},
		{"AcrossCollections", testAcrossCollections},
		{"ListOrder", testListOrder},
		{"Last", testLast},
		{"Replace", testReplace},
		{"Delete", testDelete},
		{"CollectionsIsolated", testIsolated},
		{"Clear", testClear},
		{"NoSharedBuffers", testNoSharedBuffers},
		{"Closed", testClosed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := open(t)
			defer s.Close()
			tc.run(t, s)
		})
	}
}

var when = time.Date(2026, 11, 3, 21, 4, 5, 123456789, time.FixedZone("", -5*3600))

func rec(id, data string) store.Record {
	return store.Record{ID: id, Schema: 1, Updated: when, Data: []byte(data)}
}

func equal(a, b store.Record) bool {
	return a.ID == b.ID && a.Schema == b.Schema && a.Updated.Equal(b.Updated) && a.Sort == b.Sort && bytes.Equal(a.Data, b.Data)
}

func mustPut(t *testing.T, s store.Store, c string, rs ...store.Record) {
	t.Helper()
	if err := store.Put(context.Background(), s, c, rs...); err != nil {
		t.Fatalf("Put(%s): %v", c, err)
	}
}

func ids(t *testing.T, s store.Store, c string) []string {
	t.Helper()
	rs, err := s.List(context.Background(), c)
	if err != nil {
		t.Fatalf("List(%s): %v", c, err)
	}
	out := []string{}
	for _, r := range rs {
		out = append(out, r.ID)
	}
	return out
}

func testRoundTrip(t *testing.T, s store.Store) {
	want := store.Record{ID: "a1", Schema: 3, Updated: when, Sort: "2026-11-03T21:04:05Z|a1", Data: []byte(`{"text":"hello"}`)}
	mustPut(t, s, store.Entries, want)
	got, err := s.Get(context.Background(), store.Entries, "a1")
	if err != nil {
		t.Fatal(err)
	}
	if !equal(got, want) {
		t.Fatalf("Get = %+v, want %+v", got, want)
	}
}

func testExactBytes(t *testing.T, s store.Store) {
	cases := map[string][]byte{
		"empty":  {},
		"binary": {0, 1, 0xfe, 0xff, 0x80, '\n'},
		"markup": []byte(`<script>alert(1)</script><img src=x onerror=alert(2)>`),
		"text":   []byte("\u202eright-to-left \U0001F49C caf\u00e9 \x00 end"),
		"large":  bytes.Repeat([]byte("kind words "), 10_000),
	}
	for id, data := range cases {
		mustPut(t, s, store.Entries, store.Record{ID: id, Schema: 1, Updated: when, Data: data})
	}
	for id, data := range cases {
		got, err := s.Get(context.Background(), store.Entries, id)
		if err != nil {
			t.Fatalf("Get(%s): %v", id, err)
		}
		if !bytes.Equal(got.Data, data) {
			t.Errorf("Get(%s).Data differs: got %d bytes, want %d", id, len(got.Data), len(data))
		}
	}
}

func testNotFound(t *testing.T, s store.Store) {
	_, err := s.Get(context.Background(), store.Entries, "missing")
	if !errors.Is(err, store.ErrNotFound) {
		t.Fatalf("Get(missing) error = %v, want ErrNotFound", err)
	}
}

func testUnknownCollection(t *testing.T, s store.Store) {
	ctx := context.Background()
	const c = "no-such-collection"
	_, errGet := s.Get(ctx, c, "x")
	_, errList := s.List(ctx, c)
	for name, err := range map[string]error{
		"Get":    errGet,
		"List":   errList,
		"Put":    store.Put(ctx, s, c, rec("x", "")),
		"Delete": store.Delete(ctx, s, c, "x"),
	} {
		if !errors.Is(err, store.ErrUnknownCollection) {
			t.Errorf("%s error = %v, want ErrUnknownCollection", name, err)
		}
	}
}

func testAllOrNothing(t *testing.T, s store.Store) {
	mustPut(t, s, store.Entries, rec("keep", "before"))
	bad := store.Record{ID: "", Schema: 1, Updated: when}
	err := store.Put(context.Background(), s, store.Entries, rec("keep", "after"), rec("new", "x"), bad)
	if !errors.Is(err, store.ErrInvalidRecord) {
		t.Fatalf("Put with an invalid record: error = %v, want ErrInvalidRecord", err)
	}
	if got := ids(t, s, store.Entries); !slices.Equal(got, []string{"keep"}) {
		t.Fatalf("after a failed Put, ids = %v, want [keep]", got)
	}
	got, _ := s.Get(context.Background(), store.Entries, "keep")
	if string(got.Data) != "before" {
		t.Fatalf("after a failed Put, keep = %q, want %q", got.Data, "before")
	}
	if err := store.Put(context.Background(), s, store.Entries, store.Record{ID: "z", Schema: 0, Updated: when}); !errors.Is(err, store.ErrInvalidRecord) {
		t.Fatalf("Put schema 0: error = %v, want ErrInvalidRecord", err)
	}
}

func testAcrossCollections(t *testing.T, s store.Store) {
	ctx := context.Background()
	mustPut(t, s, store.Drafts, rec("d1", "draft"))
	err := s.Apply(ctx,
		store.Change{Collection: store.Entries, Put: []store.Record{rec("e1", "entry")}},
		store.Change{Collection: store.Drafts, Delete: []string{"d1"}},
	)
	if err != nil {
		t.Fatal(err)
	}
	if e, d := ids(t, s, store.Entries), ids(t, s, store.Drafts); !slices.Equal(e, []string{"e1"}) || len(d) != 0 {
		t.Fatalf("after Apply: entries %v drafts %v, want [e1] and none", e, d)
	}
	// Changes with nothing in them (an import that finds nothing new).
	done := make(chan error, 1)
	go func() {
		done <- s.Apply(ctx, store.Change{Collection: store.Entries}, store.Change{Collection: store.Quarantine})
	}()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("empty Apply: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("an empty Apply never finished")
	}
	// One bad change anywhere: nothing happens anywhere.
	err = s.Apply(ctx,
		store.Change{Collection: store.Entries, Delete: []string{"e1"}},
		store.Change{Collection: store.Mantras, Put: []store.Record{rec("m1", "x")}},
		store.Change{Collection: store.Drafts, Put: []store.Record{{ID: "", Schema: 1}}},
	)
	if !errors.Is(err, store.ErrInvalidRecord) {
		t.Fatalf("Apply with a bad record: %v, want ErrInvalidRecord", err)
	}
	if e, m := ids(t, s, store.Entries), ids(t, s, store.Mantras); !slices.Equal(e, []string{"e1"}) || len(m) != 0 {
		t.Fatalf("after a failed Apply: entries %v mantras %v, want [e1] and none", e, m)
	}
	err = s.Apply(ctx,
		store.Change{Collection: store.Entries, Delete: []string{"e1"}},
		store.Change{Collection: "nope", Put: []store.Record{rec("x", "")}},
	)
	if !errors.Is(err, store.ErrUnknownCollection) || len(ids(t, s, store.Entries)) != 1 {
		t.Fatalf("Apply with an unknown collection: %v", err)
	}
}

func testLast(t *testing.T, s store.Store) {
	ctx := context.Background()
	mk := func(id, sort string) store.Record {
		r := rec(id, id)
		r.Sort = sort
		return r
	}
	mustPut(t, s, store.Entries, mk("a", "2026-01-03"), mk("b", "2026-01-01"), mk("c", "2026-01-02"), mk("d", ""), mk("e", "2026-01-03"))
	for _, tc := range []struct {
		n    int
		want []string
	}{{0, nil}, {1, []string{"e"}}, {3, []string{"e", "a", "c"}}, {9, []string{"e", "a", "c", "b", "d"}}} {
		got, err := s.Last(ctx, store.Entries, tc.n)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, r := range got {
			ids = append(ids, r.ID)
		}
		if !slices.Equal(ids, tc.want) {
			t.Errorf("Last(%d) = %v, want %v", tc.n, ids, tc.want)
		}
		if len(got) > 0 && got[0].Sort != "2026-01-03" {
			t.Errorf("Last(%d) lost the Sort key: %q", tc.n, got[0].Sort)
		}
	}
	if _, err := s.Last(ctx, "nope", 1); !errors.Is(err, store.ErrUnknownCollection) {
		t.Errorf("Last of an unknown collection: %v", err)
	}
}

func testListOrder(t *testing.T, s store.Store) {
	mustPut(t, s, store.Entries, rec("b", "2"), rec("c", "3"), rec("a", "1"))
	if got := ids(t, s, store.Entries); !slices.Equal(got, []string{"a", "b", "c"}) {
		t.Fatalf("List ids = %v, want [a b c]", got)
	}
	if got := ids(t, s, store.Mantras); len(got) != 0 {
		t.Fatalf("List of an empty collection = %v, want none", got)
	}
}

func testReplace(t *testing.T, s store.Store) {
	mustPut(t, s, store.Entries, rec("a", "old"))
	later := rec("a", "new")
	later.Updated = when.Add(time.Minute)
	later.Schema = 2
	mustPut(t, s, store.Entries, later)
	got, err := s.Get(context.Background(), store.Entries, "a")
	if err != nil {
		t.Fatal(err)
	}
	if !equal(got, later) {
		t.Fatalf("after replace Get = %+v, want %+v", got, later)
	}
	if n := len(ids(t, s, store.Entries)); n != 1 {
		t.Fatalf("after replace %d records, want 1", n)
	}
}

func testDelete(t *testing.T, s store.Store) {
	mustPut(t, s, store.Entries, rec("a", "1"), rec("b", "2"), rec("c", "3"))
	if err := store.Delete(context.Background(), s, store.Entries, "a", "c", "never-was"); err != nil {
		t.Fatal(err)
	}
	if got := ids(t, s, store.Entries); !slices.Equal(got, []string{"b"}) {
		t.Fatalf("after Delete ids = %v, want [b]", got)
	}
}

func testIsolated(t *testing.T, s store.Store) {
	mustPut(t, s, store.Entries, rec("same", "entry"))
	mustPut(t, s, store.Drafts, rec("same", "draft"))
	e, _ := s.Get(context.Background(), store.Entries, "same")
	d, _ := s.Get(context.Background(), store.Drafts, "same")
	if string(e.Data) != "entry" || string(d.Data) != "draft" {
		t.Fatalf("collections share records: entry %q, draft %q", e.Data, d.Data)
	}
}

func testClear(t *testing.T, s store.Store) {
	for _, c := range store.Collections {
		mustPut(t, s, c, rec("x-"+c, c))
	}
	if err := s.Clear(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, c := range store.Collections {
		if got := ids(t, s, c); len(got) != 0 {
			t.Errorf("after Clear %s holds %v", c, got)
		}
	}
	mustPut(t, s, store.Entries, rec("after", "still works"))
	if got := ids(t, s, store.Entries); !slices.Equal(got, []string{"after"}) {
		t.Fatalf("Put after Clear: ids = %v", got)
	}
}

func testNoSharedBuffers(t *testing.T, s store.Store) {
	r := rec("a", "original")
	mustPut(t, s, store.Entries, r)
	copy(r.Data, "XXXXXXXX")
	got, _ := s.Get(context.Background(), store.Entries, "a")
	if string(got.Data) != "original" {
		t.Fatalf("changing the caller's buffer changed the store: %q", got.Data)
	}
	copy(got.Data, "YYYYYYYY")
	again, _ := s.Get(context.Background(), store.Entries, "a")
	if !strings.HasPrefix(string(again.Data), "original") {
		t.Fatalf("changing a returned buffer changed the store: %q", again.Data)
	}
}

func testClosed(t *testing.T, s store.Store) {
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Get(context.Background(), store.Entries, "a"); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Get after Close: %v, want ErrClosed", err)
	}
	if err := store.Put(context.Background(), s, store.Entries, rec("a", "")); !errors.Is(err, store.ErrClosed) {
		t.Errorf("Put after Close: %v, want ErrClosed", err)
	}
}
