package importer

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"
)

// lzVectors were made with the lz-string npm package's compressToBase64
// (1.5.0), the library FreeCBT uses.
var lzVectors = []struct{ plain, b64 string }{
	{"", "Q==="},
	{"a", "IZA="},
	{"hello", "BYUwNmD2Q==="},
	{strings.Repeat("a", 43), "IY18ZWUA"},
	{"Ω emoji 😀 and ü", "pXAAIKYLYPYFYJYkLwbgAPZAQwHYBMQB+g=="},
	{"abababababababababab", "IYI17SIo"},
	{`{"v":"Archive-v1","thoughts":[]}`, "N4IgbiBcIIIE4GMAWBLMBTAtGAjCANCAC5ID2ArgOZJEDOUA2gLoC+QA"},
	{"Tobeornottobeortobeornot", "CoewRgpiBOB2IBcHitZkbwUA"},
	{"日本語のテキスト、日本語のテキスト", "qemhpzR5UYdgyGMMi1DInQyAmGQgAykrRQ=="},
	{strings.Repeat("x", 300) + "yyyyy", "B418ZXTt/DFOS1b0c1gnr3Q="},
}

func TestLZStringVectors(t *testing.T) {
	for _, v := range lzVectors {
		got, err := lzDecompressFromBase64(v.b64)
		if err != nil || string(got) != v.plain {
			t.Errorf("decompress(%q) = %q, %v; want %q", v.b64, got, err, v.plain)
		}
		// The test's compressor is the reference for round trips and the
		// fuzzer, so it must agree with the library byte for byte.
		if c := lzCompressToBase64(v.plain); c != v.b64 {
			t.Errorf("compress(%q) = %q; want %q", v.plain, c, v.b64)
		}
	}
}

func TestLZStringRoundTrip(t *testing.T) {
	var long strings.Builder
	for i := range 20000 {
		long.WriteString("thought ")
		long.WriteByte(byte('a' + i%26))
		long.WriteString(" ✓ 😀\n")
	}
	for _, s := range []string{
		"x", "xx", "xxx", strings.Repeat("ab", 5000), long.String(),
		"\u00ff\u0100\uffff", string(rune(0)) + "nul", "𝄞𝄞𝄞𝄞𝄞𝄞𝄞𝄞𝄞𝄞",
	} {
		got, err := lzDecompressFromBase64(lzCompressToBase64(s))
		if err != nil || string(got) != s {
			t.Errorf("round trip of %d bytes: %v, equal %v", len(s), err, string(got) == s)
		}
	}
}

func TestLZStringMalformed(t *testing.T) {
	for _, c := range []struct {
		name, in string
		want     error
	}{
		{"empty", "", errLZShort},
		{"padding only", "====", errLZShort},
		{"not base64", "BYUw*mD2Q", errLZAlphabet},
		{"truncated", "BYUwNm", errLZShort},
		{"first code 3", "w", errLZCode},
		// "a" then code 7, beyond the dictionary's next code (4).
		{"code from the future", lzCodes(t, 0, 'a', 7), errLZCode},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := lzDecompressFromBase64(c.in)
			if !errors.Is(err, c.want) {
				t.Errorf("decompress(%q) = %q, %v; want %v", c.in, got, err, c.want)
			}
		})
	}
}

// A few hundred bytes that decompress to far more must stop at the cap.
func TestLZStringBomb(t *testing.T) {
	b64 := lzCompressToBase64(strings.Repeat("a", 1<<20))
	if len(b64) > 4096 {
		t.Fatalf("bomb is %d bytes, expected it small", len(b64))
	}
	if _, err := lzDecompress(b64, 1<<19); !errors.Is(err, errLZTooBig) {
		t.Errorf("with a cap below the output: %v, want errLZTooBig", err)
	}
	if s, err := lzDecompress(b64, 1<<20); err != nil || len(s) != 1<<20 {
		t.Errorf("at the cap exactly: %d bytes, %v", len(s), err)
	}
}

// Codes of one unit each grow the dictionary faster than the output; that
// is capped too.
func TestLZStringDictionaryCap(t *testing.T) {
	var distinct []rune
	for r := rune(0x4E00); len(distinct) < 1000; r++ {
		distinct = append(distinct, r)
	}
	b64 := lzCompressToBase64(string(distinct))
	if _, err := lzDecompress(b64, 1500); !errors.Is(err, errLZTooBig) {
		t.Errorf("1000 literals under a 1500 cap: %v, want errLZTooBig", err)
	}
	if s, err := lzDecompress(b64, 4100); err != nil || string(s) != string(distinct) {
		t.Errorf("under a 4100 cap: %v", err)
	}
}

// JavaScript strings may hold unpaired surrogates; they become U+FFFD.
func TestUTF16ToUTF8(t *testing.T) {
	in := []uint16{0xD83D, 'a', 0xDE00, 0xD83D, 0xDE00, 0xE9, 0xD800}
	if got, want := string(utf16ToUTF8(in)), "\uFFFDa\uFFFD😀é\uFFFD"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

func FuzzLZString(f *testing.F) {
	for _, v := range lzVectors {
		f.Add(v.b64)
	}
	paths, _ := filepath.Glob("testdata/freecbt-backup*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(strings.TrimSuffix(strings.TrimPrefix(string(b), freeCBTMark), freeCBTMark))
	}
	f.Fuzz(func(t *testing.T, s string) {
		out, err := lzDecompress(s, 1<<20)
		switch {
		case err == nil && !utf8.Valid(out):
			t.Errorf("decompress(%q) is not UTF-8", s)
		case err != nil && !errors.Is(err, errLZShort) && !errors.Is(err, errLZAlphabet) &&
			!errors.Is(err, errLZCode) && !errors.Is(err, errLZTooBig):
			t.Errorf("decompress(%q): unexpected error %v", s, err)
		}
		if utf8.ValidString(s) {
			if got, err := lzDecompressFromBase64(lzCompressToBase64(s)); err != nil || string(got) != s {
				t.Errorf("round trip of %q = %q, %v", s, got, err)
			}
		}
	})
}

// lzCodes writes a stream by hand: first a 2-bit literal marker and an
// 8-bit unit, then codes at lz-string's growing widths, unended.
func lzCodes(t *testing.T, marker, unit int, codes ...int) string {
	t.Helper()
	var w lzWriter
	w.write(marker, 2)
	w.write(unit, 8)
	width, enlarge := 3, 4
	for _, c := range codes {
		w.write(c, width)
		enlarge--
		if enlarge == 0 {
			enlarge = 1 << width
			width++
		}
	}
	return w.finish()
}

// lzCompressToBase64 is lz-string's compressToBase64, kept in the test as
// the reference the decompressor is checked against: LZW over UTF-16 units
// with a lazily grown code width, new units announced as literals.
func lzCompressToBase64(s string) string {
	// Phrases are kept as (code of the phrase minus its last unit, last
	// unit), the usual LZW trie, so that long runs stay linear.
	type ext struct {
		prefix int
		unit   uint16
	}
	var (
		w         lzWriter
		units     = map[uint16]int{}
		toCreate  = map[uint16]bool{}
		phrases   = map[ext]int{}
		cur       = -1 // the current phrase's code; -1 before the first unit
		curUnit   uint16
		curLen    int
		dictSize  = 3
		numBits   = 2
		enlargeIn = 2
	)
	grow := func() {
		enlargeIn--
		if enlargeIn == 0 {
			enlargeIn = 1 << numBits
			numBits++
		}
	}
	emit := func() {
		if curLen == 1 && toCreate[curUnit] {
			// A unit not yet sent: 0 or 1, then 8 or 16 bits.
			if curUnit < 256 {
				w.write(0, numBits)
				w.write(int(curUnit), 8)
			} else {
				w.write(1, numBits)
				w.write(int(curUnit), 16)
			}
			grow()
			delete(toCreate, curUnit)
		} else {
			w.write(cur, numBits)
		}
		grow()
	}
	for _, u := range utf16.Encode([]rune(s)) {
		if _, ok := units[u]; !ok {
			units[u] = dictSize
			dictSize++
			toCreate[u] = true
		}
		if cur >= 0 {
			if code, ok := phrases[ext{cur, u}]; ok {
				cur = code
				curLen++
				continue
			}
			emit()
			phrases[ext{cur, u}] = dictSize
			dictSize++
		}
		cur, curUnit, curLen = units[u], u, 1
	}
	if cur >= 0 {
		emit()
	}
	w.write(2, numBits)
	out := w.finish()
	return out + "==="[:(4-len(out)%4)%4]
}

// lzWriter packs values least significant bit first into six-bit base64
// characters, most significant bit first within each.
type lzWriter struct {
	out strings.Builder
	val int
	pos int
}

func (w *lzWriter) write(v, width int) {
	for range width {
		w.val = w.val<<1 | v&1
		v >>= 1
		w.pos++
		if w.pos == 6 {
			w.out.WriteByte(lzBase64[w.val])
			w.val, w.pos = 0, 0
		}
	}
}

// finish pads the last character with zero bits, as lz-string does even
// when it is already complete.
func (w *lzWriter) finish() string {
	for {
		w.val <<= 1
		if w.pos == 5 {
			w.out.WriteByte(lzBase64[w.val])
			break
		}
		w.pos++
	}
	return w.out.String()
}
