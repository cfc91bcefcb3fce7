package pairing

import (
	"encoding/binary"
	"fmt"
	"strings"
)

// The compact form, after the flags byte and an offer's secret:
//
//	ufrag, password  a length in characters, then the characters packed:
//	                 4 bits each when both are lower-case hex (Firefox),
//	                 else 6 bits each (ice-char is 64 characters)
//	fingerprint      32 bytes
//	candidates       a count, then each: a kind (candMDNS, candIPv4,
//	                 candIPv6), 16 or 4 address bytes, a 2-byte port
//	sctp-port        2 bytes, if flagSCTPPort
//	max-message-size a uvarint, if flagMaxSize
//
// Numbers are big-endian.

const (
	iceChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	hexChars = "0123456789abcdef"
)

const (
	candMDNS = iota
	candIPv4
	candIPv6
)

func (s session) appendTo(b []byte) []byte {
	b[0] |= s.setup << setupShift
	alphabet, bits := iceChars, 6
	if strings.Trim(s.ufrag+s.pwd, hexChars) == "" {
		b[0] |= flagHexCreds
		alphabet, bits = hexChars, 4
	}
	for _, cred := range []string{s.ufrag, s.pwd} {
		b = append(b, byte(len(cred)))
		b = pack(b, cred, alphabet, bits)
	}
	b = append(b, s.fingerprint[:]...)
	b = append(b, byte(len(s.candidates)))
	for _, c := range s.candidates {
		switch {
		case c.mdns:
			b = append(b, candMDNS)
			b = append(b, c.addr[:]...)
		case c.ipv4:
			b = append(b, candIPv4)
			b = append(b, c.addr[12:]...)
		default:
			b = append(b, candIPv6)
			b = append(b, c.addr[:]...)
		}
		b = binary.BigEndian.AppendUint16(b, c.port)
	}
	if s.sctpPort != defaultSCTPPort {
		b[0] |= flagSCTPPort
		b = binary.BigEndian.AppendUint16(b, s.sctpPort)
	}
	if s.maxSize != defaultMaxSize {
		b[0] |= flagMaxSize
		b = binary.AppendUvarint(b, s.maxSize)
	}
	return b
}

// readSession reads the compact form and rebuilds the SDP.
func readSession(flags byte, r *reader) (string, error) {
	s := session{sctpPort: defaultSCTPPort, maxSize: defaultMaxSize}
	s.setup = flags >> setupShift & 3
	if int(s.setup) >= len(setups) {
		return "", fmt.Errorf("%w: unknown DTLS role", ErrCode)
	}
	alphabet, bits := iceChars, 6
	if flags&flagHexCreds != 0 {
		alphabet, bits = hexChars, 4
	}
	for _, cred := range []*string{&s.ufrag, &s.pwd} {
		n := int(r.byte())
		*cred = r.unpack(n, alphabet, bits)
		if n == 0 {
			r.fail()
		}
	}
	copy(s.fingerprint[:], r.next(32))
	s.candidates = make([]candidate, r.byte())
	for i := range s.candidates {
		c := &s.candidates[i]
		switch r.byte() {
		case candMDNS:
			c.mdns = true
			copy(c.addr[:], r.next(16))
		case candIPv4:
			c.ipv4 = true
			c.addr[10], c.addr[11] = 0xff, 0xff
			copy(c.addr[12:], r.next(4))
		case candIPv6:
			copy(c.addr[:], r.next(16))
		default:
			r.fail()
		}
		c.port = binary.BigEndian.Uint16(r.next(2))
	}
	if flags&flagSCTPPort != 0 {
		s.sctpPort = binary.BigEndian.Uint16(r.next(2))
	}
	if flags&flagMaxSize != 0 {
		s.maxSize = r.uvarint()
	}
	if r.bad || len(r.b) != 0 {
		return "", fmt.Errorf("%w: its fields do not add up", ErrCode)
	}
	return s.build(), nil
}

// pack appends the characters of s (all in alphabet) at bits each,
// high bits first, the last byte padded with zeros.
func pack(b []byte, s, alphabet string, bits int) []byte {
	var acc uint32
	n := 0
	for i := range len(s) {
		acc = acc<<bits | uint32(strings.IndexByte(alphabet, s[i]))
		n += bits
		for n >= 8 {
			n -= 8
			b = append(b, byte(acc>>n))
		}
	}
	if n > 0 {
		b = append(b, byte(acc<<(8-n)))
	}
	return b
}

// reader reads the compact form; past the first problem it reads zeros,
// so the caller checks bad once at the end.
type reader struct {
	b   []byte
	bad bool
}

func (r *reader) fail() { r.bad = true }

func (r *reader) next(n int) []byte {
	if r.bad || len(r.b) < n {
		r.fail()
		return make([]byte, n)
	}
	out := r.b[:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) byte() byte { return r.next(1)[0] }

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if r.bad || n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// unpack reads n characters packed by pack; padding bits must be zero,
// so each code has one spelling.
func (r *reader) unpack(n int, alphabet string, bits int) string {
	packed := r.next((n*bits + 7) / 8)
	out := make([]byte, n)
	var acc uint32
	have, j := 0, 0
	for i := range out {
		for have < bits {
			acc = acc<<8 | uint32(packed[j])
			j++
			have += 8
		}
		have -= bits
		out[i] = alphabet[acc>>have&(1<<bits-1)]
	}
	if acc&(1<<have-1) != 0 {
		r.fail()
	}
	return string(out)
}
