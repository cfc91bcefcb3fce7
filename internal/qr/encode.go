package qr

// alnumIndex returns the value of c in the alphanumeric character set
// 0-9 A-Z space $ % * + - . / :, or -1 when c is not in it.
func alnumIndex(c byte) int {
	switch {
	case '0' <= c && c <= '9':
		return int(c - '0')
	case 'A' <= c && c <= 'Z':
		return int(c-'A') + 10
	}
	const punct = " $%*+-./:"
	for i := range len(punct) {
		if punct[i] == c {
			return 36 + i
		}
	}
	return -1
}

// isAlnum reports whether all of data can use alphanumeric mode.
func isAlnum(data []byte) bool {
	for _, c := range data {
		if alnumIndex(c) < 0 {
			return false
		}
	}
	return true
}

// countBits is the width of the character count field, which grows with
// the version (ISO/IEC 18004 table 3).
func countBits(v int, alnum bool) int {
	i := 0
	if v >= 10 {
		i++
	}
	if v >= 27 {
		i++
	}
	if alnum {
		return [3]int{9, 11, 13}[i]
	}
	return [3]int{8, 16, 16}[i]
}

// dataBits is the length of the segment, header included, that encodes n
// bytes in version v.
func dataBits(n, v int, alnum bool) int {
	b := 4 + countBits(v, alnum)
	if alnum {
		return b + 11*(n/2) + 6*(n%2)
	}
	return b + 8*n
}

// bitBuf writes a big-endian bit stream into a zeroed buffer known to be
// large enough.
type bitBuf struct {
	b []byte
	n int // bits written
}

func (w *bitBuf) put(v, n int) {
	for i := n - 1; i >= 0; i-- {
		w.b[w.n>>3] |= byte(v>>i&1) << (7 - w.n&7)
		w.n++
	}
}

// encode builds the symbol; mask -1 picks the mask with the lowest penalty,
// 0 to 7 forces one (for tests that compare with other encoders).
func encode(data []byte, level Level, mask int) (*Code, error) {
	if level < L || level > H {
		return nil, errLevel
	}
	alnum := isAlnum(data)
	v := 1
	for ; dataBits(len(data), v, alnum) > 8*dataCodewords(v, level); v++ {
		if v == 40 {
			return nil, ErrTooLong
		}
	}
	capacity := dataCodewords(v, level)

	// Mode indicator (0010 alphanumeric, 0100 byte), character count, data.
	mode, cb := 4, countBits(v, alnum)
	if alnum {
		mode = 2
	}
	w := bitBuf{b: make([]byte, capacity)}
	w.put(mode<<cb|len(data), 4+cb)
	for i := 0; i < len(data); i++ {
		val, n := int(data[i]), 8
		if alnum {
			// Pairs of characters take 11 bits, a last odd one 6.
			val, n = alnumIndex(data[i]), 6
			if i+1 < len(data) {
				i++
				val, n = val*45+alnumIndex(data[i]), 11
			}
		}
		w.put(val, n)
	}
	// A terminator of up to four zero bits, which the buffer already holds,
	// zeros to the byte boundary, then alternating pad codewords.
	pad := byte(0xec)
	for i := (min(w.n+4, 8*capacity) + 7) / 8; i < capacity; i++ {
		w.b[i] = pad
		pad ^= 0xec ^ 0x11
	}

	c := newCode(v)
	c.placeData(interleave(w.b, v, level))
	if mask < 0 {
		mask = c.bestMask(level)
	}
	c.applyMask(mask)
	c.drawFormat(level, mask)
	return c, nil
}
