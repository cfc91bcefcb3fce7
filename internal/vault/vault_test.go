package vault

import (
	"bytes"
	"context"
	"crypto/aes"
	"crypto/cipher"
	"encoding/hex"
	"errors"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/store"
	"golang.org/x/crypto/argon2"
)

// counter is a deterministic "random" source for known-answer tests.
type counter struct{ b byte }

func (c *counter) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = c.b
		c.b++
	}
	return len(p), nil
}

// fast keeps the tests quick; Default is exercised once below.
var fast = Params{KDF: "argon2id", Memory: 8 * 1024, Time: 1, Threads: 1}

func TestKnownAnswer(t *testing.T) {
	v, h, err := New("correct horse battery", fast, &counter{})
	if err != nil {
		t.Fatal(err)
	}
	sealed, err := v.Seal("entry-1", []byte("I was brave today."))
	if err != nil {
		t.Fatal(err)
	}
	// Fixed inputs give fixed outputs: a change of algorithm, parameters or
	// layout cannot slip through unnoticed (it would lock people out).
	const wantWrapped = "303132333435363738393a3b5ca2ca449fd44ace80aaba879baf27c4ede00811a8decb38e88263ff18a5e0c5567771a905703ca8364a847b5dbf6fd1"
	const wantSealed = "004b5631"
	if got := hex.EncodeToString(h.Wrapped); got != wantWrapped {
		t.Errorf("wrapped key = %s\nwant          %s", got, wantWrapped)
	}
	if got := hex.EncodeToString(sealed[:4]); got != wantSealed {
		t.Errorf("sealed record starts %s, want the magic %s", got, wantSealed)
	}
	if hex.EncodeToString(h.Params.Salt) != "202122232425262728292a2b2c2d2e2f" {
		t.Errorf("salt %x", h.Params.Salt)
	}
	// The layout, checked with the primitives directly: the wrapped key is
	// nonce ‖ AES-256-GCM(Argon2id(passphrase, salt), data key, wrapAD).
	kek := argon2.IDKey([]byte("correct horse battery"), h.Params.Salt, 1, 8*1024, 1, 32)
	block, _ := aes.NewCipher(kek)
	aead, _ := cipher.NewGCM(block)
	key, err := aead.Open(nil, h.Wrapped[:12], h.Wrapped[12:], []byte("kindly vault v1 data key"))
	if err != nil || hex.EncodeToString(key) != "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f" {
		t.Errorf("the wrapped key does not open to the data key with the primitives: %x, %v", key, err)
	}
	block, _ = aes.NewCipher(key)
	aead, _ = cipher.NewGCM(block)
	if plain, err := aead.Open(nil, sealed[4:16], sealed[16:], []byte("entry-1")); err != nil || string(plain) != "I was brave today." {
		t.Errorf("the record does not open with the primitives: %q, %v", plain, err)
	}
}

func TestRoundTripAndErrors(t *testing.T) {
	v, h, err := New("correct horse battery", fast, &counter{})
	if err != nil {
		t.Fatal(err)
	}
	plain := []byte(`{"text":"the exact words"}`)
	sealed, _ := v.Seal("e1", plain)
	if bytes.Contains(sealed, []byte("exact words")) {
		t.Fatal("the sealed record holds the text")
	}
	reopened, err := Open("correct horse battery", h, &counter{})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := reopened.Unseal("e1", sealed); err != nil || !bytes.Equal(got, plain) {
		t.Fatalf("unseal = %q, %v", got, err)
	}
	if _, err := Open("correct horse batterY", h, &counter{}); !errors.Is(err, ErrWrongPassphrase) {
		t.Errorf("wrong passphrase: %v", err)
	}
	flipped := bytes.Clone(sealed)
	flipped[len(flipped)-1] ^= 1
	cases := map[string][]byte{
		"a flipped bit":  flipped,
		"truncated":      sealed[:len(sealed)-5],
		"only the magic": sealed[:4],
		"empty":          nil,
		"plain JSON":     plain,
	}
	for name, data := range cases {
		if _, err := reopened.Unseal("e1", data); !errors.Is(err, ErrTampered) {
			t.Errorf("%s: %v, want ErrTampered", name, err)
		}
	}
	if _, err := reopened.Unseal("e2", sealed); !errors.Is(err, ErrTampered) {
		t.Error("a record moved to another id opens")
	}
	if _, _, err := New("short", fast, &counter{}); !errors.Is(err, ErrWeak) {
		t.Errorf("a 5-character passphrase: %v", err)
	}
}

func TestRewrap(t *testing.T) {
	v, old, _ := New("first passphrase", fast, &counter{})
	sealed, _ := v.Seal("e1", []byte("kept"))
	h, err := v.Wrap("second passphrase", fast)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(h.Params.Salt, old.Params.Salt) {
		t.Error("a new wrap reuses the salt")
	}
	n, err := Open("second passphrase", h, &counter{})
	if err != nil {
		t.Fatal(err)
	}
	if got, err := n.Unseal("e1", sealed); err != nil || string(got) != "kept" {
		t.Errorf("records sealed before the change: %q, %v", got, err)
	}
	if _, err := Open("first passphrase", h, &counter{}); !errors.Is(err, ErrWrongPassphrase) {
		t.Error("the old passphrase opens the new header")
	}
}

func TestDefaultParams(t *testing.T) {
	if testing.Short() {
		t.Skip("derives a 46 MiB key")
	}
	// OWASP's minimums for Argon2id: 19 MiB × 2 passes or 46 MiB × 1.
	if Default.KDF != "argon2id" || Default.Memory < 46*1024 || Default.Time < 2 || Default.Threads != 1 {
		t.Fatalf("Default %+v is below the minimums", Default)
	}
	v, h, err := New("correct horse battery", Default, &counter{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Open("correct horse battery", h, &counter{}); err != nil || v == nil {
		t.Fatal(err)
	}
	data, _ := h.JSON()
	if _, err := ParseHeader(data); err != nil {
		t.Fatal(err)
	}
}

func TestDocument(t *testing.T) {
	v, _, _ := New("correct horse battery", fast, &counter{})
	nonce, ct, err := v.SealDocument([]byte(`{"format":"kindly-backup"}`))
	if err != nil {
		t.Fatal(err)
	}
	if got, err := v.OpenDocument(nonce, ct); err != nil || string(got) != `{"format":"kindly-backup"}` {
		t.Fatalf("%q %v", got, err)
	}
	if _, err := v.OpenDocument(nonce[:4], ct); !errors.Is(err, ErrTampered) {
		t.Error("a short nonce opens")
	}
	if _, err := v.Unseal("x", append(append([]byte{}, magic...), append(nonce, ct...)...)); !errors.Is(err, ErrTampered) {
		t.Error("a backup document opens as a record")
	}
}

func TestLockUnlockStore(t *testing.T) {
	ctx := context.Background()
	now := time.Now()
	raw := store.NewMemory()
	rec := func(id, text string) store.Record {
		return store.Record{ID: id, Schema: 1, Updated: now, Data: []byte(`{"text":"` + text + `"}`)}
	}
	raw.Apply(ctx,
		store.Change{Collection: store.Entries, Put: []store.Record{rec("e1", "secret one"), rec("e2", "secret two")}},
		store.Change{Collection: store.Drafts, Put: []store.Record{rec("d1", "half a secret")}},
		store.Change{Collection: store.Settings, Put: []store.Record{rec("backup", "2026-11-01")}},
	)
	v, h, _ := New("correct horse battery", fast, &counter{})
	if err := Lock(ctx, raw, v, h, now); err != nil {
		t.Fatal(err)
	}
	for _, c := range store.Collections {
		recs, _ := raw.List(ctx, c)
		for _, r := range recs {
			if bytes.Contains(r.Data, []byte("secret")) {
				t.Errorf("%s/%s is readable after locking", c, r.ID)
			}
		}
	}
	if got, ok, err := LoadHeader(ctx, raw); err != nil || !ok || !bytes.Equal(got.Wrapped, h.Wrapped) {
		t.Fatalf("header %v %v", ok, err)
	}
	s := Store{Store: raw, V: v}
	s.Apply(ctx, store.Change{Collection: store.Entries, Put: []store.Record{rec("e3", "secret three")}})
	all, err := s.List(ctx, store.Entries)
	if err != nil || len(all) != 3 || string(all[2].Data) != `{"text":"secret three"}` {
		t.Fatalf("through the vault: %v %v", all, err)
	}
	if r, _ := raw.Get(ctx, store.Entries, "e3"); bytes.Contains(r.Data, []byte("secret")) {
		t.Error("a record written while locked is stored readable")
	}
	if r, _ := s.Get(ctx, store.Settings, "backup"); string(r.Data) != `{"text":"2026-11-01"}` {
		t.Error("settings are not sealed")
	}
	if err := Unlock(ctx, raw, v); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := LoadHeader(ctx, raw); ok {
		t.Error("the header stays after turning the lock off")
	}
	if r, _ := raw.Get(ctx, store.Entries, "e3"); string(r.Data) != `{"text":"secret three"}` {
		t.Errorf("after unlocking: %q", r.Data)
	}
}

func FuzzParseHeader(f *testing.F) {
	_, h, _ := New("correct horse battery", fast, &counter{})
	good, _ := h.JSON()
	f.Add(good)
	f.Add([]byte(`{"version":1,"params":{"kdf":"argon2id","memory":1,"time":1,"threads":1}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		h, err := ParseHeader(data)
		if err != nil {
			return
		}
		// A header that parses is safe to derive from: at most 256 MiB, so a
		// crafted backup file cannot exhaust a phone.
		if h.Params.Memory > 256*1024 || h.Params.Time > 10 {
			t.Fatalf("unbounded parameters accepted: %+v", h.Params)
		}
	})
}

func FuzzUnseal(f *testing.F) {
	v, _, _ := New("correct horse battery", fast, &counter{})
	good, _ := v.Seal("e1", []byte("text"))
	f.Add(good)
	f.Add([]byte{0, 'K', 'V', '1', 1, 2, 3})
	f.Fuzz(func(t *testing.T, data []byte) {
		if plain, err := v.Unseal("e1", data); err == nil && !bytes.Equal(data, good) && string(plain) == "text" {
			t.Fatalf("forged data opened: %x", data)
		}
	})
}
