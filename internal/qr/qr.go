// Package qr encodes QR codes (ISO/IEC 18004) so that one device can show a
// short payload, such as a WebRTC pairing code, to another device's camera.
//
// It ships inside app.wasm, so it depends on no image or formatting packages:
// a Code renders itself as compact SVG path data (Path) or as a grey bitmap
// (Luma). Byte mode is always available; alphanumeric mode is chosen
// automatically when every byte is in the QR alphanumeric set, which packs
// upper-case base32 text into 5.5 bits per character.
package qr

import "errors"

// Level is the error correction level: the share of codewords that may be
// damaged and still be recovered is about 7% (L), 15% (M), 25% (Q), 30% (H).
type Level int

// Error correction levels, from the least redundant to the most.
const (
	L Level = iota
	M
	Q
	H
)

// ErrTooLong reports data that does not fit a version 40 symbol at the
// requested level.
var ErrTooLong = errors.New("qr: data too long")

var errLevel = errors.New("qr: invalid error correction level")

// Code is an encoded QR symbol.
type Code struct {
	// Size is the number of modules per side: 21 for version 1, plus 4 for
	// every version above it.
	Size int

	version int
	// mod holds one byte per module, row by row: bit 0 is dark, bit 1 marks
	// function patterns that data and masks must leave alone.
	mod []byte
}

const (
	dark     = 1
	function = 2
)

// Encode encodes data in the smallest version that holds it at the given
// level, in alphanumeric mode when it can and in byte mode otherwise.
func Encode(data []byte, level Level) (*Code, error) {
	return encode(data, level, -1)
}

// Version is the symbol version, 1 to 40.
func (c *Code) Version() int { return c.version }

// Dark reports whether the module in column x, row y is dark; modules
// outside the symbol, in the quiet zone, are light.
func (c *Code) Dark(x, y int) bool {
	if x < 0 || y < 0 || x >= c.Size || y >= c.Size {
		return false
	}
	return c.mod[y*c.Size+x]&dark != 0
}
