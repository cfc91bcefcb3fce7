package sync

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// world simulates devices editing, deleting, restoring and syncing a few
// records, with clocks that disagree, and keeps every version ever made.
type world struct {
	t        *testing.T
	now      time.Time
	skew     []time.Duration
	clocks   []*Clock
	replicas []map[string]Record
	versions map[string][]Record // every version of each record, by key
	next     int
}

func newWorld(t *testing.T, devices int, seed uint64) *world {
	w := &world{t: t, now: time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC), versions: map[string][]Record{}}
	r := rand.New(rand.NewPCG(seed, 1))
	for i := range devices {
		w.clocks = append(w.clocks, &Clock{Device: fmt.Sprintf("%02x", i+10)})
		w.replicas = append(w.replicas, map[string]Record{})
		w.skew = append(w.skew, time.Duration(r.IntN(7200)-3600)*time.Second)
	}
	return w
}

func (w *world) clock(d int) time.Time { return w.now.Add(w.skew[d]) }

func (w *world) write(d int, r Record) {
	if err := r.Validate(); err != nil {
		w.t.Fatalf("the simulation made an invalid record: %v", err)
	}
	w.replicas[d][r.key()] = r
	w.versions[r.key()] = append(w.versions[r.key()], r)
}

func body(s string) json.RawMessage { return json.RawMessage(`{"text":"` + s + `"}`) }

// step does one thing chosen by op on device d to a record chosen by pick.
func (w *world) step(op, d, pick byte) {
	dev := int(d) % len(w.replicas)
	w.now = w.now.Add(time.Duration(op%97) * time.Minute)
	rep := w.replicas[dev]
	keys := sortedKeys(rep)
	var cur Record
	have := len(keys) > 0
	if have {
		cur = rep[keys[int(pick)%len(keys)]]
	}
	c := w.clocks[dev]
	switch k := op % 5; {
	case k == 0 || !have:
		w.next++
		w.write(dev, Record{Kind: Entry, ID: fmt.Sprint("e", w.next), Stamp: c.Next(w.clock(dev), Stamp{}), Body: body(fmt.Sprint("new ", w.next))})
	case k == 1 && !cur.Deleted:
		w.write(dev, Record{Kind: Entry, ID: cur.ID, Stamp: c.Next(w.clock(dev), cur.Stamp), Fence: cur.Fence, Body: body(fmt.Sprint("edit ", op, dev))})
	case k == 2 && !cur.Deleted:
		w.write(dev, Record{Kind: Entry, ID: cur.ID, Stamp: c.Next(w.clock(dev), cur.Stamp), Deleted: true})
	case k == 2 && cur.Deleted: // undo
		w.write(dev, Record{Kind: Entry, ID: cur.ID, Stamp: c.Next(w.clock(dev), cur.Stamp), Fence: cur.Stamp, Body: body("restored")})
	default: // sync from another device
		from := (dev + 1 + int(pick)%(len(w.replicas)-1)) % len(w.replicas)
		w.sync(from, dev)
	}
}

// sync merges everything from device a into device b, as a file would.
func (w *world) sync(a, b int) {
	var local, in []Record
	for _, r := range w.replicas[b] {
		local = append(local, r)
	}
	for _, r := range w.replicas[a] {
		in = append(in, r)
	}
	p, err := Merge(local, in)
	if err != nil {
		w.t.Fatal(err)
	}
	for _, r := range p.Put {
		w.replicas[b][r.key()] = r
		w.clocks[b].Observe(r.Stamp, w.clock(b))
	}
}

func sortedKeys(m map[string]Record) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for i := range keys { // insertion sort: tiny maps, no import
		for j := i; j > 0 && keys[j] < keys[j-1]; j-- {
			keys[j], keys[j-1] = keys[j-1], keys[j]
		}
	}
	return keys
}

// fold merges versions left to right.
func fold(vs []Record) Record {
	r := vs[0]
	for _, v := range vs[1:] {
		r = Winner(r, v)
	}
	return r
}

func equal(a, b Record) bool { return same(a, b) && string(a.Body) == string(b.Body) }

// checkLaws checks, over every version of every record the history made,
// that Winner is idempotent, commutative and associative, and that any
// order of merging gives one result: the newest of the versions that
// survive the newest delete.
func checkLaws(t *testing.T, w *world, r *rand.Rand) {
	for key, vs := range w.versions {
		for _, a := range vs {
			if !equal(Winner(a, a), a) {
				t.Fatalf("%s: Winner(a, a) is not a", key)
			}
			b, c := vs[r.IntN(len(vs))], vs[r.IntN(len(vs))]
			if !equal(Winner(a, b), Winner(b, a)) {
				t.Fatalf("%s: Winner is not commutative for %v and %v", key, a.Stamp, b.Stamp)
			}
			if !equal(Winner(Winner(a, b), c), Winner(a, Winner(b, c))) {
				t.Fatalf("%s: Winner is not associative for %v, %v, %v", key, a.Stamp, b.Stamp, c.Stamp)
			}
		}
		want := fold(vs)
		for range 5 {
			shuffled := append([]Record(nil), vs...)
			r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
			if got := fold(shuffled); !equal(got, want) {
				t.Fatalf("%s: merging in another order gives %v, want %v", key, got.Stamp, want.Stamp)
			}
		}
	}
}

// checkConverged syncs every device with every other, twice round, and
// checks that they all hold the same records.
func checkConverged(t *testing.T, w *world) {
	for range 2 {
		for a := range w.replicas {
			for b := range w.replicas {
				if a != b {
					w.sync(a, b)
				}
			}
		}
	}
	for d := 1; d < len(w.replicas); d++ {
		if len(w.replicas[d]) != len(w.replicas[0]) {
			t.Fatalf("device %d has %d records, device 0 has %d", d, len(w.replicas[d]), len(w.replicas[0]))
		}
		for k, r := range w.replicas[0] {
			if !equal(w.replicas[d][k], r) {
				t.Fatalf("device %d holds %s at %v, device 0 at %v", d, k, w.replicas[d][k].Stamp, r.Stamp)
			}
		}
	}
}

func FuzzMergeLaws(f *testing.F) {
	f.Add([]byte{0, 0, 0, 1, 1, 0, 2, 0, 0, 3, 1, 0, 1, 0, 0, 4, 0, 0})
	f.Add([]byte{0, 0, 0, 4, 1, 0, 2, 0, 0, 1, 1, 0, 4, 0, 0, 2, 0, 0, 4, 1, 0})
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 600 {
			return
		}
		w := newWorld(t, 3, uint64(len(ops)))
		for i := 0; i+2 < len(ops); i += 3 {
			w.step(ops[i], ops[i+1], ops[i+2])
		}
		checkLaws(t, w, rand.New(rand.NewPCG(uint64(len(ops)), 2)))
		checkConverged(t, w)
	})
}

// TestRandomHistories runs many longer histories than the fuzz seeds.
func TestRandomHistories(t *testing.T) {
	for seed := range uint64(200) {
		r := rand.New(rand.NewPCG(seed, 3))
		w := newWorld(t, 2+int(seed%3), seed)
		for range 150 {
			w.step(byte(r.IntN(256)), byte(r.IntN(256)), byte(r.IntN(256)))
		}
		checkLaws(t, w, r)
		checkConverged(t, w)
	}
}
