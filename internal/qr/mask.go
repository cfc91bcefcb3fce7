package qr

// masked reports whether mask pattern m inverts the module at x, y.
func masked(m, x, y int) bool {
	switch m {
	case 0:
		return (x+y)%2 == 0
	case 1:
		return y%2 == 0
	case 2:
		return x%3 == 0
	case 3:
		return (x+y)%3 == 0
	case 4:
		return (x/3+y/2)%2 == 0
	case 5:
		return x*y%2+x*y%3 == 0
	case 6:
		return (x*y%2+x*y%3)%2 == 0
	}
	return ((x+y)%2+x*y%3)%2 == 0
}

// applyMask inverts the data modules that mask m selects; applying it twice
// undoes it.
func (c *Code) applyMask(m int) {
	for y := range c.Size {
		for x := range c.Size {
			if i := y*c.Size + x; c.mod[i]&function == 0 && masked(m, x, y) {
				c.mod[i] ^= dark
			}
		}
	}
}

// bestMask tries the eight masks and returns the one with the lowest penalty,
// the first on ties, leaving the data unmasked.
func (c *Code) bestMask(l Level) int {
	best, bestScore := 0, -1
	for m := range 8 {
		c.applyMask(m)
		c.drawFormat(l, m)
		if s := c.penalty(); bestScore < 0 || s < bestScore {
			best, bestScore = m, s
		}
		c.applyMask(m)
	}
	return best
}

// penalty scores the symbol by the four rules of ISO/IEC 18004 7.8.3; lower
// is easier to read.
func (c *Code) penalty() int {
	s, m := c.Size, c.mod
	score, darkCount := 0, 0
	for y := range s {
		for x := range s {
			i := y*s + x
			d := m[i] & dark
			darkCount += int(d)
			// Rule 2: 3 for each 2×2 block of one colour.
			if x > 0 && y > 0 && d == m[i-1]&dark && d == m[i-s]&dark && d == m[i-s-1]&dark {
				score += 3
			}
		}
		score += c.line(y*s, 1) + c.line(y, s)
	}
	// Rule 4: 10 for every full 5% that dark modules stray from half.
	return score + 10*(abs(2*darkCount-s*s)*10/(s*s))
}

// line applies rules 1 and 3 to the row or column whose modules are at
// i, i+step, … in c.mod.
func (c *Code) line(i, step int) int {
	n := c.Size
	score, run, w := 0, 0, 0
	for k := range n + 4 {
		d := 0
		if k < n {
			d = int(c.mod[i+k*step] & dark)
		}
		// Rule 1: 3 for each run of five or more modules of one colour,
		// plus 1 for every module beyond five.
		if k > 0 && k < n && d == w&1 {
			run++
		} else {
			if run >= 5 {
				score += run - 2
			}
			run = 1
		}
		// Rule 3: 40 for each dark-light-dark×3-light-dark pattern with four
		// light modules before or after it. w holds the last 15 modules, and
		// those outside the symbol are light, like the quiet zone.
		w = w<<1&0x7fff | d
		if k >= 10 && w>>4&0x7f == 0b1011101 && (w>>11 == 0 || w&0xf == 0) {
			score += 40
		}
	}
	return score
}
