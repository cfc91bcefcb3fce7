package sync

import (
	"bytes"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"strings"
	"testing"

	"github.com/kindly/kindly/internal/vault"
)

// fast is a KDF cheap enough for tests; files use vault.Default.
var fast = vault.Params{KDF: "argon2id", Memory: 8 * 1024, Time: 1, Threads: 1}

func sampleBundle(t testing.TB, n int) []byte {
	b := Bundle{Device: "0a", SentAt: day0}
	for i := range n {
		b.Records = append(b.Records, Record{Kind: Entry, ID: string(rune('a'+i%26)) + strings.Repeat("x", i/26), Stamp: Stamp{Wall: int64(i + 1), Device: "0a"}, Body: body(strings.Repeat("words ", 20))})
	}
	data, err := b.Encode(nil)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestFileWithCode(t *testing.T) {
	for _, n := range []int{0, 1, 600} { // 600 records span several chunks
		bundle := sampleBundle(t, n)
		code, err := NewCode(rand.Reader)
		if err != nil {
			t.Fatal(err)
		}
		file, err := SealWithCode(bundle, code, fast, rand.Reader, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !IsFile(file) || bytes.Contains(file, []byte("words")) {
			t.Fatalf("%d records: the file is not a sealed sync file", n)
		}
		s, err := Read(file, nil)
		if err != nil || s.Key != KeyCode {
			t.Fatalf("Read: %v, key %q", err, s.Key)
		}
		// Typed by hand: lower case, spaces, look-alikes.
		typed := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(code, "-", " "), "0", "o"))
		got, err := s.OpenWithCode(typed, nil)
		if err != nil || !bytes.Equal(got, bundle) {
			t.Fatalf("%d records: open with %q: %v", n, typed, err)
		}
		if _, err := ParseBundle(got, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := s.OpenWithCode("ABCD-EFGH-JKMN", nil); !errors.Is(err, ErrWrongKey) {
			t.Errorf("a wrong code: %v", err)
		}
		if _, err := s.OpenWithPassphrase("whatever it is", nil); !errors.Is(err, ErrWrongKey) {
			t.Errorf("a passphrase for a code file: %v", err)
		}
	}
}

func TestFileWithLock(t *testing.T) {
	v, h, err := vault.New("correct horse battery", fast, rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	bundle := sampleBundle(t, 30)
	file, err := SealWithVault(bundle, v, h, rand.Reader, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Read(file, nil)
	if err != nil || s.Key != KeyLock {
		t.Fatalf("Read: %v", err)
	}
	if got, err := s.OpenWithPassphrase("correct horse battery", nil); err != nil || !bytes.Equal(got, bundle) {
		t.Fatalf("open: %v", err)
	}
	if _, err := s.OpenWithPassphrase("wrong horse battery", nil); !errors.Is(err, ErrWrongKey) {
		t.Errorf("wrong passphrase: %v", err)
	}
}

// TestFileTampering changes a sealed file in every way an attacker or a
// mangling app might; each must be refused whole.
func TestFileTampering(t *testing.T) {
	bundle := sampleBundle(t, 1500) // three chunks
	file, err := SealWithCode(bundle, "AAAA-BBBB-CCCC", fast, rand.Reader, nil)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(file), "\n")
	body := strings.Join(lines[2:], "")
	raw, _ := base64.StdEncoding.DecodeString(body)
	rebuild := func(header string, sealed []byte) []byte {
		return []byte(lines[0] + "\n" + header + "\n" + base64.StdEncoding.EncodeToString(sealed) + "\n")
	}
	flip := func(i int) []byte {
		b := append([]byte(nil), raw...)
		b[i] ^= 1
		return b
	}
	chunk := chunkSize + 16
	swapped := append(append(append([]byte(nil), raw[chunk:2*chunk]...), raw[:chunk]...), raw[2*chunk:]...)
	for name, tc := range map[string]struct {
		file []byte
		want error
	}{
		"a bit in the first chunk": {rebuild(lines[1], flip(10)), ErrDamaged},
		"a bit in a later chunk":   {rebuild(lines[1], flip(chunk+10)), ErrDamaged},
		"a bit in the last tag":    {rebuild(lines[1], flip(len(raw)-1)), ErrDamaged},
		"chunks swapped":           {rebuild(lines[1], swapped), ErrDamaged},
		"cut short":                {rebuild(lines[1], raw[:len(raw)-100]), ErrDamaged},
		"header size edited":       {rebuild(strings.Replace(lines[1], `"size":`, `"size":1`, 1), raw), ErrDamaged},
		"header salt edited":       {rebuild(strings.Replace(lines[1], `"salt":"`, `"salt":"A`, 1), raw), nil},
		"key check removed":        {rebuild(strings.Replace(lines[1], `"check":"`, `"check":"A`, 1), raw), nil},
		"newer format":             {[]byte(strings.Replace(string(file), "KINDLY-SYNC 1", "KINDLY-SYNC 2", 1)), ErrNewer},
		"not a sync file":          {[]byte("hello"), ErrNotSync},
		"unknown key kind":         {rebuild(strings.Replace(lines[1], `"key":"code"`, `"key":"none"`, 1), raw), ErrDamaged},
		"not base64":               {rebuild(lines[1], nil), ErrDamaged},
	} {
		s, err := Read(tc.file, nil)
		if err == nil {
			_, err = s.OpenWithCode("AAAA-BBBB-CCCC", nil)
		}
		if err == nil {
			t.Errorf("%s: opened", name)
			continue
		}
		if tc.want != nil && !errors.Is(err, tc.want) {
			t.Errorf("%s: %v, want %v", name, err, tc.want)
		}
	}
}

func TestParseBundle(t *testing.T) {
	good := Record{Kind: Entry, ID: "a", Stamp: Stamp{Wall: 1}, Body: body("a")}
	for name, tc := range map[string]struct {
		b    Bundle
		want error
	}{
		"fine":          {Bundle{Records: []Record{good}}, nil},
		"a bad record":  {Bundle{Records: []Record{good, {Kind: Entry, ID: "b"}}}, ErrRecord},
		"a duplicate":   {Bundle{Records: []Record{good, good}}, ErrDuplicate},
		"newer version": {Bundle{Version: 2}, ErrNewer},
	} {
		data, _ := tc.b.Encode(nil)
		if tc.b.Version == 2 {
			data = bytes.Replace(data, []byte(`"version":1`), []byte(`"version":2`), 1)
		}
		if _, err := ParseBundle(data, nil); !errors.Is(err, tc.want) && (err != nil || tc.want != nil) {
			t.Errorf("%s: %v, want %v", name, err, tc.want)
		}
	}
	if _, err := ParseBundle([]byte(`{"format":"kindly-backup","version":1}`), nil); !errors.Is(err, ErrNotSync) {
		t.Errorf("a backup: %v", err)
	}
}

func TestCode(t *testing.T) {
	seen := map[string]bool{}
	for range 50 {
		c, err := NewCode(rand.Reader)
		if err != nil || len(c) != 14 || strings.Count(c, "-") != 2 || seen[c] {
			t.Fatalf("NewCode() = %q, %v", c, err)
		}
		seen[c] = true
		if NormalizeCode(c) != strings.ReplaceAll(c, "-", "") {
			t.Errorf("NormalizeCode(%q) = %q", c, NormalizeCode(c))
		}
	}
	if got := NormalizeCode(" ab1o-iL zz!"); got != "AB1011ZZ" {
		t.Errorf("NormalizeCode = %q", got)
	}
}

func FuzzRead(f *testing.F) {
	file, _ := SealWithCode(sampleBundle(f, 3), "AAAA-BBBB-CCCC", fast, rand.Reader, nil)
	f.Add(file)
	f.Add([]byte("KINDLY-SYNC 1\n{\"key\":\"code\",\"kdf\":{},\"size\":0}\nAAAA\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, err := Read(data, nil)
		if err != nil {
			return
		}
		if s.Key != KeyCode && s.Key != KeyLock {
			t.Fatalf("key %q", s.Key)
		}
		// Opening must fail cleanly (or succeed) without panicking; the
		// KDF is only run when the settings are cheap enough for fuzzing.
		if s.Key == KeyCode && s.h.KDF.Memory <= 8*1024 && s.h.KDF.Time <= 1 {
			_, _ = s.OpenWithCode("AAAA-BBBB-CCCC", nil)
		}
	})
}

func FuzzParseBundle(f *testing.F) {
	f.Add(sampleBundle(f, 2))
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ParseBundle(data, nil)
		if err != nil {
			return
		}
		for _, r := range b.Records {
			if r.Validate() != nil {
				t.Fatalf("an invalid record passed: %+v", r)
			}
		}
	})
}

func TestSecretCode(t *testing.T) {
	secret := bytes.Repeat([]byte{0xA5}, 16)
	code := SecretCode(secret)
	if len(code) != 26 || NormalizeCode(code) != code {
		t.Fatalf("SecretCode = %q: not a code NormalizeCode keeps as it is", code)
	}
	file, err := SealWithCode([]byte(`{}`), code, fast, rand.Reader, nil)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := Read(file, nil)
	if _, err := s.OpenWithCode(SecretCode(bytes.Repeat([]byte{0xA4}, 16)), nil); !errors.Is(err, ErrWrongKey) {
		t.Errorf("another secret opened it: %v", err)
	}
}

// A file that travelled through a mail client or an editor may come back
// with other line widths and CRLF endings; it must open the same. Long
// work pauses now and then, for the browser to paint.
func TestFileRewrappedAndPaused(t *testing.T) {
	bundle := sampleBundle(t, 1500)
	pauses := 0
	pause := Pause(func() { pauses++ })
	file, err := SealWithCode(bundle, "AAAA-BBBB-CCCC", fast, rand.Reader, pause)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitN(string(file), "\n", 3)
	body := strings.ReplaceAll(lines[2], "\n", "")
	var out strings.Builder
	out.WriteString(lines[0] + "\r\n" + lines[1] + "\r\n")
	for i := 0; i < len(body); i += 64 {
		out.WriteString(body[i:min(i+64, len(body))] + "\r\n")
	}
	s, err := Read([]byte(out.String()), pause)
	if err != nil {
		t.Fatal(err)
	}
	got, err := s.OpenWithCode("AAAA-BBBB-CCCC", pause)
	if err != nil || !bytes.Equal(got, bundle) {
		t.Fatalf("re-wrapped: %v", err)
	}
	if _, err := ParseBundle(got, pause); err != nil {
		t.Fatal(err)
	}
	if pauses < 5 {
		t.Errorf("sealing, reading, opening and parsing 1,500 records paused %d times", pauses)
	}
}
