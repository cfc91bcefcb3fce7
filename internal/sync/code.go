package sync

import (
	"encoding/base32"
	"io"
	"strings"
)

// crockford is Crockford's base32 alphabet: no I, L, O or U, so a code
// read aloud or copied by hand has fewer look-alikes.
const crockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"

// NewCode returns a one-time code of 12 characters (60 random bits), in
// groups of four: typed once, on the other device, then never used again.
// Guessing 60 bits is out of reach even at a few milliseconds a guess
// (CodeKDF), and a code opens one file only.
func NewCode(rand io.Reader) (string, error) {
	b := make([]byte, 12)
	if _, err := io.ReadFull(rand, b); err != nil {
		return "", err
	}
	var sb strings.Builder
	for i, c := range b {
		if i > 0 && i%4 == 0 {
			sb.WriteByte('-')
		}
		sb.WriteByte(crockford[c&31])
	}
	return sb.String(), nil
}

// NormalizeCode reads a code as typed: case, spaces and dashes do not
// matter, and the look-alikes O, I and L read as 0, 1 and 1.
func NormalizeCode(code string) string {
	var sb strings.Builder
	for _, r := range strings.ToUpper(code) {
		switch {
		case r == 'O':
			sb.WriteByte('0')
		case r == 'I' || r == 'L':
			sb.WriteByte('1')
		case strings.ContainsRune(crockford, r):
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// SecretCode writes random key material (a pairing's secret) as a code
// that OpenWithCode and SealWithCode take, like one a person types.
func SecretCode(secret []byte) string {
	return base32.NewEncoding(crockford).WithPadding(base32.NoPadding).EncodeToString(secret)
}
