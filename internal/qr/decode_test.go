package qr

import (
	"bytes"
	"errors"
	"image"
	"testing"

	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/common"
	"github.com/makiuchi-d/gozxing/qrcode/decoder"
	"github.com/makiuchi-d/gozxing/qrcode/detector"
)

// decoded is what the independent decoder (gozxing, a port of ZXing) reads.
type decoded struct {
	version  int
	level    string
	data     []byte
	byteMode bool
	detected bool // by the detector, not the pure-barcode fallback
}

// decode reads c from its Luma image (scale 4, quiet zone 4) the way a camera
// would: gozxing locates the finder patterns and samples the grid. That
// detector (gozxing 0.1.1) sometimes locks onto a finder-like pattern in the
// data, for a few percent of symbols whatever their mask, its own encoder's
// included; then decode falls back to reading the image as a pure barcode,
// whose grid comes from the top left finder pattern and the width of the top
// row. Either way gozxing reads, error corrects and parses the format,
// version and data.
func decode(c *Code) (decoded, error) {
	side, pix := c.Luma(4, 4)
	img := &image.Gray{Pix: pix, Stride: side, Rect: image.Rect(0, 0, side, side)}
	bmp, err := gozxing.NewBinaryBitmapFromImage(img)
	if err != nil {
		return decoded{}, err
	}
	black, err := bmp.GetBlackMatrix()
	if err != nil {
		return decoded{}, err
	}
	d, err := decodeBits(detector.NewDetector(black).Detect(nil))
	if err == nil {
		d.detected = true
		return d, nil
	}
	return decodeBits(pureBits(black))
}

// pureBits samples the module grid of an axis-aligned symbol, as gozxing's
// PURE_BARCODE mode does: the top row of the finder patterns spans the
// symbol, and the top left one is 7 modules wide.
func pureBits(black *gozxing.BitMatrix) (*common.DetectorResult, error) {
	tl := black.GetTopLeftOnBit()
	if tl == nil {
		return nil, errors.New("blank image")
	}
	x0, y0 := tl[0], tl[1]
	x := x0
	for x < black.GetWidth() && black.Get(x, y0) {
		x++
	}
	right := black.GetWidth() - 1
	for right > x0 && !black.Get(right, y0) {
		right--
	}
	module := (x - x0) / 7
	if module < 1 {
		return nil, errors.New("no finder pattern")
	}
	n := (right - x0 + 1) / module
	bits, err := gozxing.NewSquareBitMatrix(n)
	if err != nil {
		return nil, err
	}
	for y := range n {
		for x := range n {
			if black.Get(x0+x*module+module/2, y0+y*module+module/2) {
				bits.Set(x, y)
			}
		}
	}
	return common.NewDetectorResult(bits, nil), nil
}

func decodeBits(det *common.DetectorResult, err error) (decoded, error) {
	if err != nil {
		return decoded{}, err
	}
	bits := det.GetBits()
	res, err := decoder.NewDecoder().Decode(bits, nil)
	if err != nil {
		return decoded{}, err
	}
	if meta, ok := res.GetOther().(*decoder.QRCodeDecoderMetaData); ok && meta.IsMirrored() {
		return decoded{}, errors.New("read only when mirrored")
	}
	d := decoded{version: (bits.GetWidth() - 17) / 4, level: res.GetECLevel()}
	if segs := res.GetByteSegments(); len(segs) > 0 {
		d.byteMode = true
		d.data = bytes.Join(segs, nil)
	} else {
		d.data = []byte(res.GetText())
	}
	return d, nil
}

// checkDecode fails t unless the decoder reads c back as data at level l,
// in the expected mode and version, and returns what it read.
func checkDecode(t testing.TB, c *Code, data []byte, l Level) decoded {
	t.Helper()
	d, err := decode(c)
	if err != nil {
		t.Fatalf("decode of %d bytes at %s (version %d): %v", len(data), "LMQH"[l:l+1], c.Version(), err)
	}
	if !bytes.Equal(d.data, data) {
		t.Fatalf("decoded %q, want %q", d.data, data)
	}
	if want := "LMQH"[l : l+1]; d.level != want {
		t.Errorf("decoded level %s, want %s", d.level, want)
	}
	if d.version != c.Version() {
		t.Errorf("decoded version %d, want %d", d.version, c.Version())
	}
	if d.byteMode == isAlnum(data) && len(data) > 0 {
		t.Errorf("decoded byte mode %v for %q", d.byteMode, data)
	}
	return d
}
