package journal_test

import (
	"testing"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/journal/journaltest"
	"github.com/kindly/kindly/internal/store"
)

// Benchmarks over 10,000 realistic entries (DESIGN §4: search ≤ 100 ms).

var sample = journaltest.Entries(10_000, 1, time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC))

func BenchmarkIndex10k(b *testing.B) {
	for b.Loop() {
		journal.NewIndex(sample)
	}
}

func BenchmarkSearch10k(b *testing.B) {
	ix := journal.NewIndex(sample)
	for b.Loop() {
		ix.Search(journal.Filter{Query: "cafe interview"}, 0, 50)
	}
}

func BenchmarkFirstPage10k(b *testing.B) {
	ix := journal.NewIndex(sample)
	for b.Loop() {
		ix.Search(journal.Filter{}, 0, 50)
	}
}

func BenchmarkDecode10k(b *testing.B) {
	recs := make([][]byte, len(sample))
	for i, e := range sample {
		r, _ := journal.Encode(e)
		recs[i] = r.Data
	}
	b.ResetTimer()
	for b.Loop() {
		for i, data := range recs {
			if _, err := journal.Decode(store.Record{ID: sample[i].ID, Schema: journal.Schema, Data: data}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
