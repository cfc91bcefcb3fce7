package sync

import (
	"fmt"
	"testing"
)

// journals returns two 10,000-record journals that differ in 500 records:
// 250 edited on one side, 150 deleted, 100 new.
func journals() (a, b []Record) {
	for i := range 10_000 {
		r := Record{Kind: Entry, ID: fmt.Sprintf("%08d-0000-7000-8000-000000000000", i), Stamp: Stamp{Wall: int64(1_700_000_000_000 + i), Device: "0a"},
			Body: body(fmt.Sprintf("entry %d, a few sentences of what happened and what it taught", i))}
		a = append(a, r)
		switch {
		case i < 250:
			r.Stamp = Stamp{Wall: r.Stamp.Wall + 1_000_000, Device: "0b"}
			r.Body = body("edited on the other device")
		case i < 400:
			r = Record{Kind: Entry, ID: r.ID, Stamp: Stamp{Wall: r.Stamp.Wall + 1_000_000, Device: "0b"}, Deleted: true}
		}
		b = append(b, r)
	}
	for i := range 100 {
		b = append(b, Record{Kind: Entry, ID: fmt.Sprintf("new-%d", i), Stamp: Stamp{Wall: 1_800_000_000_000, Count: uint32(i), Device: "0b"}, Body: body("new")})
	}
	return a, b
}

// BenchmarkMerge is DESIGN §4's merge budget, natively: two 10,000-entry
// journals differing in 500 records (≤ 1 s).
func BenchmarkMerge(b *testing.B) {
	local, incoming := journals()
	for b.Loop() {
		p, err := Merge(local, incoming)
		if err != nil || len(p.Put) != 500 {
			b.Fatalf("%d to write, %v", len(p.Put), err)
		}
	}
}
