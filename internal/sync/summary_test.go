package sync

import (
	"errors"
	"math/rand/v2"
	"testing"
)

// Sending only what Needed picks, after exchanging summaries, must leave
// both devices exactly where sending everything would.
func TestNeededMatchesFullMerge(t *testing.T) {
	partial := 0 // histories where some records, not all, are needed
	for seed := range uint64(100) {
		r := rand.New(rand.NewPCG(seed, 9))
		w := newWorld(t, 2, seed)
		for i := range 120 {
			op := byte(r.IntN(256))
			if i >= 40 && op%5 > 2 { // share some records, then diverge
				op -= 2
			}
			w.step(op, byte(r.IntN(256)), byte(r.IntN(256)))
		}
		a, b := w.replicas[0], w.replicas[1]
		list := func(m map[string]Record) []Record {
			var out []Record
			for _, k := range sortedKeys(m) {
				out = append(out, m[k])
			}
			return out
		}
		full, err := Merge(list(b), list(a))
		if err != nil {
			t.Fatal(err)
		}
		part, err := Merge(list(b), Needed(list(a), Summarize(list(b), "0b")))
		if err != nil {
			t.Fatal(err)
		}
		if len(full.Put) > 0 && len(full.Put) < len(list(a)) {
			partial++
		}
		if len(full.Put) != len(part.Put) {
			t.Fatalf("seed %d: all records write %d, the needed ones %d", seed, len(full.Put), len(part.Put))
		}
		for i := range full.Put {
			if !equal(full.Put[i], part.Put[i]) {
				t.Fatalf("seed %d: %v differs from %v", seed, full.Put[i], part.Put[i])
			}
		}
	}
	if partial < 50 {
		t.Fatalf("only %d of 100 histories needed some records and not others", partial)
	}
}

func TestSummaryRoundTrip(t *testing.T) {
	recs := []Record{
		{Kind: Entry, ID: "a", Stamp: Stamp{Wall: 5, Device: "0a"}, Body: body("a")},
		{Kind: Mantra, ID: "b", Stamp: Stamp{Wall: 6}, Deleted: true},
	}
	data, err := Summarize(recs, "0a").Encode()
	if err != nil {
		t.Fatal(err)
	}
	if FormatOf(data) != SummaryFormat {
		t.Fatalf("FormatOf = %q", FormatOf(data))
	}
	s, err := ParseSummary(data)
	if err != nil || len(s.Versions) != 2 || s.Versions[1].Stamp != recs[1].Stamp || !s.Versions[1].Deleted {
		t.Fatalf("ParseSummary: %+v, %v", s, err)
	}
	dup := Summarize(append(recs, recs[0]), "0a")
	data, _ = dup.Encode()
	if _, err := ParseSummary(data); !errors.Is(err, ErrDuplicate) {
		t.Errorf("a duplicate: %v", err)
	}
	if FormatOf([]byte(`[1]`)) != "" || FormatOf([]byte(`{"version":1}`)) != "" {
		t.Error("FormatOf read a format that is not there")
	}
}

func FuzzParseSummary(f *testing.F) {
	data, _ := Summarize([]Record{{Kind: Entry, ID: "a", Stamp: Stamp{Wall: 5}, Body: body("a")}}, "0a").Encode()
	f.Add(data)
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := ParseSummary(data)
		if err != nil {
			return
		}
		for _, v := range s.Versions {
			if v.Stamp.IsZero() || !known(v.Kind) {
				t.Fatalf("an invalid version passed: %+v", v)
			}
		}
		FormatOf(data)
	})
}
