package importer

import (
	"errors"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// FreeCBT's backup is lz-string's compressToBase64 of the archive's JSON.
// lz-string is LZW over UTF-16 code units, written LSB-first in codes whose
// width grows with the dictionary, six bits to a base64 character. Codes 0
// and 1 bring an 8- or 16-bit literal into the dictionary, code 2 ends the
// stream; dictionary codes start at 3.

// lzMaxUnits caps a decompressed backup (64 MB as UTF-16): LZW output can
// grow quadratically with its input, so a small file could otherwise fill
// the phone's memory. The dictionary is capped at half as many entries:
// real text, whose phrases average well over two units, never reaches
// that, while codes of one unit each could otherwise take 16 bytes of
// dictionary per unit of output.
const lzMaxUnits = 32 << 20

var (
	errLZAlphabet = errors.New("lz-string: not base64")
	errLZCode     = errors.New("lz-string: code not in the dictionary")
	errLZShort    = errors.New("lz-string: ends before its end mark")
	errLZTooBig   = errors.New("lz-string: output too large")
)

const lzBase64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

// lzDecompressFromBase64 is lz-string's decompressFromBase64, returning
// UTF-8 (unpaired surrogates become U+FFFD). Unlike the JavaScript, which
// returns "" or null, it says why a stream is bad.
func lzDecompressFromBase64(s string) ([]byte, error) {
	return lzDecompress(s, lzMaxUnits)
}

func lzDecompress(s string, limit int) ([]byte, error) {
	// '=' padding carries no bits: lz-string reads it as zero.
	s = strings.TrimRight(s, "=")
	r := lzBits{in: s}
	if s == "" {
		// JavaScript returns null for "": there is not even an end mark.
		return nil, errLZShort
	}

	// Every dictionary entry beyond the first three codes is a run of the
	// output (a literal, once emitted, or the previous phrase plus the
	// first unit of the next one, which follows it), so entries are kept
	// as offsets into out rather than as copies.
	type span struct{ off, n int32 }
	var (
		out       []uint16
		dict      = make([]span, 3, 64)
		enlargeIn = 4
		numBits   = 3
	)
	literal := func(code int) (int, error) {
		width := 8
		if code == 1 {
			width = 16
		}
		u, err := r.read(width)
		if err != nil {
			return 0, err
		}
		if len(out)+1 > limit || len(dict) >= limit/2 {
			return 0, errLZTooBig
		}
		dict = append(dict, span{int32(len(out)), 1})
		out = append(out, uint16(u))
		return len(dict) - 1, nil
	}

	first, err := r.read(2)
	if err != nil {
		return nil, err
	}
	switch first {
	case 2:
		return []byte{}, nil
	case 3:
		return nil, errLZCode
	}
	if _, err := literal(first); err != nil {
		return nil, err
	}
	w := dict[3]

	for {
		c, err := r.read(numBits)
		if err != nil {
			return nil, err
		}
		var entry span
		switch c {
		case 0, 1:
			// The literal is both the new entry and this step's phrase,
			// already written to out.
			if c, err = literal(c); err != nil {
				return nil, err
			}
			entry = dict[c]
			enlargeIn--
			if enlargeIn == 0 {
				enlargeIn = 1 << numBits
				numBits++
			}
		case 2:
			return utf16ToUTF8(out), nil
		default:
			switch {
			case c < len(dict):
				entry = dict[c]
			case c == len(dict):
				// The code being defined now: the previous phrase plus
				// its own first unit (LZW's KwKwK case).
				entry = span{w.off, w.n + 1}
			default:
				return nil, errLZCode
			}
			if len(out)+int(entry.n) > limit {
				return nil, errLZTooBig
			}
			start := int32(len(out))
			// Copied unit by unit: in the KwKwK case the source overlaps
			// the destination.
			for i := range entry.n {
				out = append(out, out[entry.off+i])
			}
			entry.off = start
		}
		if len(dict) >= limit/2 {
			return nil, errLZTooBig
		}
		// w + entry's first unit, contiguous in out because entry follows w.
		dict = append(dict, span{w.off, w.n + 1})
		enlargeIn--
		w = entry
		if enlargeIn == 0 {
			enlargeIn = 1 << numBits
			numBits++
		}
	}
}

// utf16ToUTF8 converts without utf16.Decode's intermediate runes, four
// bytes a unit.
func utf16ToUTF8(u []uint16) []byte {
	b := make([]byte, 0, len(u))
	for i := 0; i < len(u); i++ {
		r := rune(u[i])
		if utf16.IsSurrogate(r) && i+1 < len(u) {
			if p := utf16.DecodeRune(r, rune(u[i+1])); p != utf8.RuneError {
				r = p
				i++
			}
		}
		b = utf8.AppendRune(b, r) // a lone surrogate becomes U+FFFD
	}
	return b
}

// lzBits reads lz-string's bit stream: codes least significant bit first,
// each base64 character's six bits most significant first.
type lzBits struct {
	in   string
	pos  int // next character
	val  int // the current character's value
	mask int // the next bit of val; 0 when val is used up
}

func (b *lzBits) read(width int) (int, error) {
	v := 0
	for i := range width {
		if b.mask == 0 {
			if b.pos >= len(b.in) {
				return 0, errLZShort
			}
			k := strings.IndexByte(lzBase64, b.in[b.pos])
			if k < 0 {
				return 0, errLZAlphabet
			}
			b.val, b.mask = k, 32
			b.pos++
		}
		if b.val&b.mask != 0 {
			v |= 1 << i
		}
		b.mask >>= 1
	}
	return v, nil
}
