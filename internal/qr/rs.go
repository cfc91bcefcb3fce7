package qr

// Error correction codewords per block and number of blocks, indexed by
// level and version-1 (ISO/IEC 18004 table 9).
var (
	eccPerBlock = [4][40]byte{
		{7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
		{10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
		{13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
		{17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
	}
	numBlocks = [4][40]byte{
		{1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
		{1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
		{1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
		{1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
	}
)

// rawModules is the number of modules left for codewords (data and error
// correction, plus 0 to 7 remainder bits) once the function patterns of
// version v are drawn.
func rawModules(v int) int {
	n := (16*v+128)*v + 64
	if v >= 2 {
		align := v/7 + 2
		n -= (25*align-10)*align - 55
		if v >= 7 {
			n -= 36 // two version information blocks
		}
	}
	return n
}

// dataCodewords is the number of 8-bit data codewords of version v at level l.
func dataCodewords(v int, l Level) int {
	return rawModules(v)/8 - int(eccPerBlock[l][v-1])*int(numBlocks[l][v-1])
}

// gfMul multiplies in GF(256) modulo the QR polynomial x⁸+x⁴+x³+x²+1. It
// shifts and adds rather than using log tables: smaller, and fast enough.
func gfMul(a, b byte) byte {
	var p byte
	for ; b != 0; b >>= 1 {
		if b&1 != 0 {
			p ^= a
		}
		a = a<<1 ^ byte(int8(a)>>7)&0x1d
	}
	return p
}

// generator returns the coefficients, highest degree first and the leading
// 1 left out, of the Reed–Solomon generator polynomial (x-α⁰)…(x-αⁿ⁻¹).
func generator(n int) []byte {
	g := make([]byte, n)
	g[n-1] = 1
	var root byte = 1
	for range n {
		for j := range g {
			g[j] = gfMul(g[j], root)
			if j+1 < n {
				g[j] ^= g[j+1]
			}
		}
		root = gfMul(root, 2)
	}
	return g
}

// remainder returns the error correction codewords of a block: the
// remainder of data·xⁿ divided by the generator g of degree n.
func remainder(data, g []byte) []byte {
	r := make([]byte, len(g))
	for _, b := range data {
		f := b ^ r[0]
		copy(r, r[1:])
		r[len(r)-1] = 0
		for i, c := range g {
			r[i] ^= gfMul(c, f)
		}
	}
	return r
}

// interleave splits data into the blocks of version v at level l and
// returns the codewords in the order they are placed in the symbol: the
// first data codeword of each block, then the second, and so on, then the
// error correction codewords likewise.
func interleave(data []byte, v int, l Level) []byte {
	nb := int(numBlocks[l][v-1])
	raw := rawModules(v) / 8
	g := generator(int(eccPerBlock[l][v-1]))
	// The first nShort blocks hold one data codeword fewer than the rest.
	short := raw/nb - len(g)
	nShort := nb - raw%nb
	out := make([]byte, raw)
	for j := range nb {
		n := short
		if j >= nShort {
			n++
		}
		block := data[:n]
		data = data[n:]
		for i, b := range block {
			k := i*nb + j
			if i == short {
				k -= nShort // only the long blocks reach this column
			}
			out[k] = b
		}
		for i, b := range remainder(block, g) {
			out[raw-len(g)*nb+i*nb+j] = b
		}
	}
	return out
}
