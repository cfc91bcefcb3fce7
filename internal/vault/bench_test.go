package vault_test

import (
	"crypto/rand"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/journal/journaltest"
	"github.com/kindly/kindly/internal/store"
	"github.com/kindly/kindly/internal/vault"
)

// Sealing and opening a whole 10,000-entry journal, as turning the lock
// on and reading the journal after unlocking do.

func records(b *testing.B) []store.Record {
	entries := journaltest.Entries(10_000, 1, time.Date(2026, 11, 20, 9, 30, 0, 0, time.UTC))
	recs := make([]store.Record, len(entries))
	size := 0
	for i, e := range entries {
		r, err := journal.Encode(e)
		if err != nil {
			b.Fatal(err)
		}
		recs[i] = r
		size += len(r.Data)
	}
	b.SetBytes(int64(size))
	return recs
}

func newVault(b *testing.B) *vault.Vault {
	v, _, err := vault.New("a long passphrase", vault.Params{KDF: "argon2id", Memory: 8 * 1024, Time: 1, Threads: 1}, rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	return v
}

func BenchmarkSeal10k(b *testing.B) {
	recs, v := records(b), newVault(b)
	for b.Loop() {
		for _, r := range recs {
			if _, err := v.Seal(r.ID, r.Data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkUnseal10k(b *testing.B) {
	recs, v := records(b), newVault(b)
	sealed := make([][]byte, len(recs))
	for i, r := range recs {
		sealed[i], _ = v.Seal(r.ID, r.Data)
	}
	b.ResetTimer()
	for b.Loop() {
		for i, r := range recs {
			if _, err := v.Unseal(r.ID, sealed[i]); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkDeriveDefault(b *testing.B) {
	_, h, err := vault.New("a long passphrase", vault.Default, rand.Reader)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := vault.Open("a long passphrase", h, rand.Reader); err != nil {
			b.Fatal(err)
		}
	}
}
