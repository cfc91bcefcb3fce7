package qr

import (
	"math/rand/v2"
	"testing"

	"github.com/makiuchi-d/gozxing/qrcode/decoder"
	"github.com/makiuchi-d/gozxing/qrcode/encoder"
	skip2 "github.com/skip2/go-qrcode"
)

// TestMatchesZXing compares whole symbols, mask choice included, with
// gozxing's encoder (a port of ZXing's), which like Encode uses one segment
// in alphanumeric mode when it can. Every version is compared, in both modes,
// at levels taken in turn.
func TestMatchesZXing(t *testing.T) {
	zxLevels := []decoder.ErrorCorrectionLevel{decoder.ErrorCorrectionLevel_L, decoder.ErrorCorrectionLevel_M, decoder.ErrorCorrectionLevel_Q, decoder.ErrorCorrectionLevel_H}
	r := rand.New(rand.NewPCG(7, 8))
	for v := 1; v <= 40; v++ {
		for _, alnum := range []bool{false, true} {
			l := levels[(v+btoi(alnum))%4]
			n := maxLen(v, l, alnum) - r.IntN(3)
			data := make([]byte, n)
			for i := range data {
				if alnum {
					data[i] = base32[r.IntN(len(base32))]
				} else {
					data[i] = byte(' ' + r.IntN('~'-' '+1)) // printable ASCII: the same bytes in ZXing's default ISO-8859-1
				}
			}
			// Neither numeric (which ZXing would prefer) nor, for bytes, alphanumeric.
			data[0] = 'z'
			if alnum {
				data[0] = 'Z'
			}
			want, zerr := encoder.Encoder_encode(string(data), zxLevels[l], nil)
			if zerr != nil {
				t.Fatalf("gozxing: %v", zerr)
			}
			got, err := Encode(data, l)
			if err != nil {
				t.Fatal(err)
			}
			m := want.GetMatrix()
			if got.Version() != want.GetVersion().GetVersionNumber() || got.Size != m.GetWidth() {
				t.Fatalf("%s, %d bytes: version %d, gozxing chose %d", "LMQH"[l:l+1], n, got.Version(), want.GetVersion().GetVersionNumber())
			}
			for y := range got.Size {
				for x := range got.Size {
					if got.Dark(x, y) != (m.Get(x, y) == 1) {
						t.Fatalf("%s, version %d, %d bytes: module (%d, %d) differs from gozxing (mask %d, gozxing's %d)", "LMQH"[l:l+1], v, n, x, y, maskOf(got), want.GetMaskPattern())
					}
				}
			}
		}
	}
}

func maskOf(c *Code) int {
	_, m, _ := formatLevel(c)
	return m
}

// TestMatchesSkip2 compares whole symbols with a second encoder,
// skip2/go-qrcode, for payloads that it encodes as a single segment, as
// Encode does: upper-case letters (alphanumeric) and lower-case letters
// (bytes). Mask choice is a matter of penalty details, so the symbol is drawn
// with skip2's mask; everything else must match module for module. Every
// version is compared, at one level each in turn, since skip2 is slow.
func TestMatchesSkip2(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	for v := 1; v <= 40; v++ {
		l := levels[v%4]
		for _, alnum := range []bool{false, true} {
			n := maxLen(v, l, alnum)
			if v > 1 {
				n -= r.IntN(n - maxLen(v-1, l, alnum))
			}
			data := make([]byte, n)
			for i := range data {
				data[i] = byte('a' + r.IntN(26))
				if alnum {
					data[i] -= 'a' - 'A'
				}
			}
			want, err := skip2.New(string(data), skip2.RecoveryLevel(l))
			if err != nil {
				t.Fatalf("skip2: %v", err)
			}
			want.DisableBorder = true
			ref := fromBitmap(want.Bitmap())
			_, mask, ok := formatLevel(ref)
			if !ok {
				t.Fatalf("skip2 symbol for %d bytes has no valid format information", n)
			}
			got, err := encode(data, l, mask)
			if err != nil {
				t.Fatal(err)
			}
			if got.Version() != want.VersionNumber {
				t.Fatalf("%s, %d bytes: version %d, skip2 chose %d", "LMQH"[l:l+1], n, got.Version(), want.VersionNumber)
			}
			for i := range ref.mod {
				if ref.mod[i]&dark != got.mod[i]&dark {
					t.Fatalf("%s, version %d, %d bytes: module (%d, %d) differs from skip2", "LMQH"[l:l+1], v, n, i%ref.Size, i/ref.Size)
				}
			}
		}
	}
}

func fromBitmap(bm [][]bool) *Code {
	c := &Code{Size: len(bm), mod: make([]byte, len(bm)*len(bm))}
	for y, row := range bm {
		for x, d := range row {
			if d {
				c.mod[y*c.Size+x] = dark
			}
		}
	}
	return c
}
