package qr

// newCode returns an empty symbol of version v with its function patterns
// drawn and the format area reserved.
func newCode(v int) *Code {
	size := 4*v + 17
	c := &Code{Size: size, version: v, mod: make([]byte, size*size)}

	for i := range size {
		c.setFunc(6, i, i%2 == 0)
		c.setFunc(i, 6, i%2 == 0)
	}
	// Finder patterns with their light separators; after the timing
	// patterns so that they overwrite them.
	for _, p := range [3][2]int{{3, 3}, {size - 4, 3}, {3, size - 4}} {
		for dy := -4; dy <= 4; dy++ {
			for dx := -4; dx <= 4; dx++ {
				x, y := p[0]+dx, p[1]+dy
				if x >= 0 && y >= 0 && x < size && y < size {
					d := max(abs(dx), abs(dy))
					c.setFunc(x, y, d != 2 && d != 4)
				}
			}
		}
	}
	pos := alignPositions(v)
	for i, x := range pos {
		for j, y := range pos {
			last := len(pos) - 1
			if i == 0 && j == 0 || i == 0 && j == last || i == last && j == 0 {
				continue // would overlap a finder pattern
			}
			for dy := -2; dy <= 2; dy++ {
				for dx := -2; dx <= 2; dx++ {
					c.setFunc(x+dx, y+dy, max(abs(dx), abs(dy)) != 1)
				}
			}
		}
	}
	// Reserve the format area now; its real bits are drawn after masking.
	c.drawFormat(0, 0)
	if v >= 7 {
		bits := v<<12 | bch(v, 0x1f25, 12)
		for i := range 18 {
			a, b := size-11+i%3, i/3
			c.setFunc(a, b, bits>>i&1 != 0)
			c.setFunc(b, a, bits>>i&1 != 0)
		}
	}
	return c
}

// alignPositions returns the row and column centres of version v's
// alignment patterns: 6, then evenly spaced (by an even step) up to Size-7.
func alignPositions(v int) []int {
	if v == 1 {
		return nil
	}
	n := v/7 + 2
	step := (v*8 + n*3 + 5) / (n*4 - 4) * 2
	pos := make([]int, n)
	pos[0] = 6
	for i, p := n-1, 4*v+10; i >= 1; i, p = i-1, p-step {
		pos[i] = p
	}
	return pos
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

func (c *Code) setFunc(x, y int, isDark bool) {
	m := byte(function)
	if isDark {
		m |= dark
	}
	c.mod[y*c.Size+x] = m
}

// bch returns the remainder of data·x^n divided by the generator poly, the
// check bits of the format and version information.
func bch(data, poly, n int) int {
	r := data
	for range n {
		r = r<<1 ^ (r>>(n-1))*poly
	}
	return r
}

// drawFormat draws both copies of the 15-bit format information: level and
// mask, BCH protected and XORed with 101010000010010 so it is never all light.
func (c *Code) drawFormat(l Level, mask int) {
	data := int([4]byte{1, 0, 3, 2}[l])<<3 | mask
	bits := (data<<10 | bch(data, 0x537, 10)) ^ 0x5412
	s := c.Size
	for i := range 15 {
		d := bits>>i&1 != 0
		if i < 8 {
			// Down column 8 beside the top left finder, stepping over the
			// timing pattern in row 6, and left under the top right one.
			y := i
			if i >= 6 {
				y++
			}
			c.setFunc(8, y, d)
			c.setFunc(s-1-i, 8, d)
		} else {
			// Left along row 8 under the top left finder, stepping over the
			// timing pattern in column 6, and down beside the bottom left one.
			x := 14 - i
			if i == 8 {
				x = 7
			}
			c.setFunc(x, 8, d)
			c.setFunc(8, s-15+i, d)
		}
	}
	c.setFunc(8, s-8, true) // the dark module
}

// placeData fills the non-function modules with the codewords, most
// significant bit first, in two-column strips zigzagging up and down from the
// bottom right and skipping the vertical timing pattern. Remainder bits stay light.
func (c *Code) placeData(cw []byte) {
	s := c.Size
	i := 0
	for right := s - 1; right >= 1; right -= 2 {
		if right == 6 {
			right = 5
		}
		up := (right+1)&2 == 0
		for vert := range s {
			y := vert
			if up {
				y = s - 1 - vert
			}
			for x := right; x > right-2; x-- {
				m := &c.mod[y*s+x]
				if *m&function == 0 && i < 8*len(cw) {
					*m = cw[i>>3] >> (7 - i&7) & 1
					i++
				}
			}
		}
	}
}
