package qr

import "strconv"

// Path returns SVG path data that fills the dark modules, shifted by a quiet
// zone of quiet modules on each side, for a viewBox of 0 0 Size+2q Size+2q.
// Each horizontal run of dark modules is one rectangle; after the first, a
// subpath starts with a relative move from the previous one's start, which
// keeps the numbers, and so the DOM attribute, short.
func (c *Code) Path(quiet int) string {
	b := make([]byte, 0, 3*c.Size*c.Size) // about what a random symbol takes
	px, py := 0, 0
	for y := range c.Size {
		for x := 0; x < c.Size; x++ {
			if !c.Dark(x, y) {
				continue
			}
			n := 1
			for c.Dark(x+n, y) {
				n++
			}
			cmd, dx, dy := byte('m'), x-px, y-py
			if len(b) == 0 {
				cmd, dx, dy = 'M', x+quiet, y+quiet
			}
			b = append(b, cmd)
			for i, v := range [4]int{dx, dy, n, n} {
				b = strconv.AppendInt(b, int64(v), 10)
				b = append(b, [4]string{" ", "h", "v1h-", "z"}[i]...)
			}
			px, py = x, y
			x += n
		}
	}
	return string(b)
}

// Luma renders the symbol as an 8-bit grey image, side pixels square, with
// scale pixels per module and a light quiet zone of quiet modules; dark is 0
// and light 255.
func (c *Code) Luma(scale, quiet int) (side int, pix []byte) {
	scale, quiet = max(scale, 1), max(quiet, 0)
	side = (c.Size + 2*quiet) * scale
	pix = make([]byte, side*side)
	for i := range pix {
		x, y := i%side/scale-quiet, i/side/scale-quiet
		if !c.Dark(x, y) {
			pix[i] = 255
		}
	}
	return side, pix
}
