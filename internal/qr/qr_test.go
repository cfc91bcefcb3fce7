package qr

import (
	"bytes"
	"errors"
	"math/rand/v2"
	"strconv"
	"sync/atomic"
	"testing"
)

const base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"

var levels = []Level{L, M, Q, H}

// maxLen is the longest payload that version v holds at level l.
func maxLen(v int, l Level, alnum bool) int {
	bits := 8*dataCodewords(v, l) - 4 - countBits(v, alnum)
	if alnum {
		return bits/11*2 + min(bits%11/6, 1)
	}
	return bits / 8
}

func randomPayload(r *rand.Rand, n int, alnum bool) []byte {
	b := make([]byte, n)
	for i := range b {
		if alnum {
			b[i] = base32[r.IntN(len(base32))]
		} else {
			b[i] = byte(r.IntN(256))
		}
	}
	if !alnum && n > 0 && isAlnum(b) {
		b[0] = 'a' // keep byte-mode cases in byte mode
	}
	return b
}

// TestRoundTrip encodes random payloads sized for every version, level and
// mode and reads them back with the independent decoder. The groups follow
// the version ranges in which the character count field has one width.
func TestRoundTrip(t *testing.T) {
	var total, detected atomic.Int64
	t.Run("group", func(t *testing.T) {
		for _, rg := range []struct{ lo, hi int }{{1, 9}, {10, 26}, {27, 40}} {
			for _, l := range levels {
				for _, alnum := range []bool{false, true} {
					mode := map[bool]string{false: "bytes", true: "base32"}[alnum]
					name := "v" + strconv.Itoa(rg.lo) + "-" + strconv.Itoa(rg.hi) + "/" + "LMQH"[l:l+1] + "/" + mode
					t.Run(name, func(t *testing.T) {
						t.Parallel()
						r := rand.New(rand.NewPCG(uint64(rg.lo), uint64(l)<<1|uint64(len(mode))))
						for v := rg.lo; v <= rg.hi; v++ {
							lo := 1
							if v > 1 {
								lo = maxLen(v-1, l, alnum) + 1
							}
							n := lo + r.IntN(maxLen(v, l, alnum)-lo+1)
							data := randomPayload(r, n, alnum)
							c, err := Encode(data, l)
							if err != nil {
								t.Fatalf("Encode(%d bytes): %v", n, err)
							}
							if c.Version() != v || c.Size != 4*v+17 {
								t.Fatalf("%d bytes: version %d size %d, want version %d", n, c.Version(), c.Size, v)
							}
							total.Add(1)
							if checkDecode(t, c, data, l).detected {
								detected.Add(1)
							}
						}
					})
				}
			}
		}
	})
	// The detector's misses are its own (see decode), but a symbol whose
	// finder, timing or alignment patterns were off would miss far more often.
	t.Logf("detector found %d of %d symbols", detected.Load(), total.Load())
	if detected.Load() < total.Load()*9/10 {
		t.Errorf("detector found only %d of %d symbols", detected.Load(), total.Load())
	}
}

func TestEncodeErrors(t *testing.T) {
	tests := []struct {
		name  string
		n     int
		alnum bool
		level Level
		want  error
	}{
		{"bytes fill version 40 L", 2953, false, L, nil},
		{"bytes one over at L", 2954, false, L, ErrTooLong},
		{"bytes one over at H", 1274, false, H, ErrTooLong},
		{"base32 fill version 40 L", 4296, true, L, nil},
		{"base32 one over at L", 4297, true, L, ErrTooLong},
		{"far too long", 1 << 20, false, L, ErrTooLong},
		{"level below L", 1, false, L - 1, errLevel},
		{"level above H", 1, false, H + 1, errLevel},
	}
	r := rand.New(rand.NewPCG(1, 2))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Encode(randomPayload(r, tt.n, tt.alnum), tt.level)
			if !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
			if err == nil && c.Version() != 40 {
				t.Errorf("version %d, want 40", c.Version())
			}
		})
	}
}

func TestEmpty(t *testing.T) {
	c, err := Encode(nil, H)
	if err != nil {
		t.Fatal(err)
	}
	if c.Version() != 1 {
		t.Errorf("version %d, want 1", c.Version())
	}
	checkDecode(t, c, []byte{}, H)
}

func TestDarkOutside(t *testing.T) {
	c, err := Encode([]byte("HELLO"), L)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range [][2]int{{-1, 0}, {0, -1}, {c.Size, 0}, {0, c.Size}, {-5, -5}} {
		if c.Dark(p[0], p[1]) {
			t.Errorf("Dark(%d, %d) outside the symbol", p[0], p[1])
		}
	}
	if !c.Dark(0, 0) || !c.Dark(c.Size-1, 0) || !c.Dark(0, c.Size-1) {
		t.Error("finder pattern corners not dark")
	}
}

func TestLuma(t *testing.T) {
	c, err := Encode([]byte("LUMA"), M)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ scale, quiet int }{{1, 0}, {4, 4}, {3, 2}} {
		side, pix := c.Luma(tt.scale, tt.quiet)
		if want := (c.Size + 2*tt.quiet) * tt.scale; side != want || len(pix) != side*side {
			t.Fatalf("Luma(%d, %d): side %d, %d pixels; want side %d", tt.scale, tt.quiet, side, len(pix), want)
		}
		for i, p := range pix {
			x, y := i%side/tt.scale-tt.quiet, i/side/tt.scale-tt.quiet
			if want := byte(255); c.Dark(x, y) && p != 0 || !c.Dark(x, y) && p != want {
				t.Fatalf("Luma(%d, %d): pixel %d = %d, module (%d, %d) dark %v", tt.scale, tt.quiet, i, p, x, y, c.Dark(x, y))
			}
		}
	}
}

// formatLevel reads the first copy of the format information back into a
// level and mask, or reports that it is not a valid codeword.
func formatLevel(c *Code) (Level, int, bool) {
	bits := 0
	for i := range 15 {
		var x, y int
		switch {
		case i < 6:
			x, y = 8, i
		case i < 8:
			x, y = 8, i+1
		case i == 8:
			x, y = 7, 8
		default:
			x, y = 14-i, 8
		}
		if c.Dark(x, y) {
			bits |= 1 << i
		}
	}
	bits ^= 0x5412
	data := bits >> 10
	if bch(data, 0x537, 10)&0x3ff != bits&0x3ff {
		return 0, 0, false
	}
	return Level([4]int{1, 0, 3, 2}[data>>3]), data & 7, true
}

var finder = [7]string{
	"#######",
	"#.....#",
	"#.###.#",
	"#.###.#",
	"#.###.#",
	"#.....#",
	"#######",
}

// finderIntact reports whether the finder pattern with its top left corner
// at x0, y0 is drawn, with the light separator around it inside the symbol.
func finderIntact(c *Code, x0, y0 int) bool {
	for y := -1; y <= 7; y++ {
		for x := -1; x <= 7; x++ {
			want := x >= 0 && y >= 0 && x < 7 && y < 7 && finder[y][x] == '#'
			inside := x0+x >= 0 && y0+y >= 0 && x0+x < c.Size && y0+y < c.Size
			if inside && c.Dark(x0+x, y0+y) != want {
				return false
			}
		}
	}
	return true
}

// FuzzEncode checks that Encode never panics, refuses only data that is too
// long, and otherwise draws a symbol with intact finder patterns and format
// information that the independent decoder reads back exactly.
func FuzzEncode(f *testing.F) {
	f.Add([]byte("KINDLY:ABCDEFGH234567"), byte(M))
	f.Add([]byte{}, byte(L))
	f.Add([]byte("hello, world\x00\xff"), byte(H))
	f.Add(bytes.Repeat([]byte("Q"), 1000), byte(Q))
	f.Fuzz(func(t *testing.T, data []byte, lv byte) {
		l := Level(lv % 4)
		c, err := Encode(data, l)
		if errors.Is(err, ErrTooLong) {
			if len(data) <= maxLen(40, l, isAlnum(data)) {
				t.Fatalf("ErrTooLong for %d bytes", len(data))
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		for _, p := range [][2]int{{0, 0}, {c.Size - 7, 0}, {0, c.Size - 7}} {
			if !finderIntact(c, p[0], p[1]) {
				t.Fatalf("finder pattern at %v broken", p)
			}
		}
		if got, _, ok := formatLevel(c); !ok || got != l {
			t.Fatalf("format information reads level %d (valid %v), want %d", got, ok, l)
		}
		checkDecode(t, c, data, l)
	})
}

func BenchmarkEncode(b *testing.B) {
	data := randomPayload(rand.New(rand.NewPCG(3, 4)), 200, true)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Encode(data, M); err != nil {
			b.Fatal(err)
		}
	}
}
