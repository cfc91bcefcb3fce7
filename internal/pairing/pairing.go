// Package pairing turns a browser's WebRTC offer or answer into a short
// code that travels as a QR code or as pasted text, and back. Two devices
// pair with no signalling server: each shows its code, the other scans or
// types it.
//
// A code is "KP1" followed by upper-case Crockford base32 (so a QR encoder
// can use its compact alphanumeric mode) of a small binary form ending in
// a CRC-32, so a mistyped code is reported instead of half-used. The
// binary form carries only what varies between data-channel sessions (ICE
// credentials, the DTLS fingerprint and role, the host candidates) and
// the SDP is rebuilt from a fixed template. An SDP the compact form
// cannot carry travels whole: longer, and rare (deflating it would bring
// the 100 KB flate writer into app.wasm for that rare case).
package pairing

import (
	"bytes"
	"encoding/base32"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"strings"
)

// Invite is what one device hands the other.
type Invite struct {
	Answer bool   // false: an offer
	Secret []byte // SecretSize random bytes, carried by offers only
	SDP    string
}

// SecretSize is the length of an offer's secret: the key material both
// devices use to encrypt what they exchange.
const SecretSize = 16

var (
	// ErrCode: a code is mistyped, truncated or not a pairing code.
	ErrCode = errors.New("not a valid pairing code")
	// ErrInvite: Encode was given something no code can carry.
	ErrInvite = errors.New("cannot make a pairing code")
)

const (
	prefix   = "KP1"
	maxChars = 8192     // the longest code Decode reads
	maxSDP   = 16 << 10 // the longest SDP a code may hold
)

// The first byte of the binary form.
const (
	flagAnswer   = 1 << 0
	flagWhole    = 1 << 1
	setupShift   = 2 // two bits: actpass, active, passive
	flagSCTPPort = 1 << 4
	flagMaxSize  = 1 << 5
	flagHexCreds = 1 << 6
	flagReserved = 1 << 7 // set only by a newer format
)

var crockford = base32.NewEncoding("0123456789ABCDEFGHJKMNPQRSTVWXYZ").WithPadding(base32.NoPadding)

// Encode makes the code for an invite.
func Encode(inv Invite) (string, error) {
	switch {
	case !inv.Answer && len(inv.Secret) != SecretSize:
		return "", fmt.Errorf("%w: an offer needs a %d-byte secret, not %d bytes", ErrInvite, SecretSize, len(inv.Secret))
	case inv.Answer && len(inv.Secret) != 0:
		return "", fmt.Errorf("%w: an answer carries no secret", ErrInvite)
	case !strings.HasPrefix(inv.SDP, "v=0"):
		return "", fmt.Errorf("%w: not an SDP", ErrInvite)
	case len(inv.SDP) > maxSDP:
		return "", fmt.Errorf("%w: the SDP has %d bytes, more than %d", ErrInvite, len(inv.SDP), maxSDP)
	}
	var flags byte
	if inv.Answer {
		flags |= flagAnswer
	}
	body := []byte{flags}
	body = append(body, inv.Secret...)
	if s, ok := parseSDP(inv.SDP); ok {
		body = s.appendTo(body)
	} else {
		body[0] |= flagWhole
		body = append(body, inv.SDP...)
	}
	code := prefix + crockford.EncodeToString(appendChecksum(body))
	if len(code) > maxChars {
		return "", fmt.Errorf("%w: the code would have %d characters, more than %d", ErrInvite, len(code), maxChars)
	}
	return code, nil
}

// Decode reads a code as shown or as pasted: spaces, dashes, line breaks
// and lower case are fine, and O, I and L are read as 0, 1 and 1.
func Decode(code string) (Invite, error) {
	text := normalize(code)
	if len(text) > maxChars {
		return Invite{}, fmt.Errorf("%w: too long", ErrCode)
	}
	rest, ok := strings.CutPrefix(text, prefix)
	if !ok {
		return Invite{}, fmt.Errorf("%w: it does not start with %s", ErrCode, prefix)
	}
	body, err := crockford.DecodeString(rest)
	// A stray last character can hide in the unused bits: only the one
	// spelling of these bytes is a code.
	if err != nil || crockford.EncodeToString(body) != rest {
		return Invite{}, fmt.Errorf("%w: it has a wrong character or a wrong length", ErrCode)
	}
	if len(body) < 1+4 {
		return Invite{}, fmt.Errorf("%w: too short", ErrCode)
	}
	body, sum := body[:len(body)-4], binary.BigEndian.Uint32(body[len(body)-4:])
	if crc32.ChecksumIEEE(body) != sum {
		return Invite{}, fmt.Errorf("%w: a character is mistyped or missing", ErrCode)
	}
	flags := body[0]
	if flags&flagReserved != 0 {
		return Invite{}, fmt.Errorf("%w: it comes from a newer version of Kindly", ErrCode)
	}
	inv := Invite{Answer: flags&flagAnswer != 0}
	r := &reader{b: body[1:]}
	if !inv.Answer {
		inv.Secret = bytes.Clone(r.next(SecretSize))
	}
	if r.bad {
		return Invite{}, fmt.Errorf("%w: too short", ErrCode)
	}
	if flags&flagWhole != 0 {
		if flags&^(flagAnswer|flagWhole) != 0 {
			return Invite{}, fmt.Errorf("%w: unknown flags", ErrCode)
		}
		inv.SDP, err = whole(r.b)
	} else {
		inv.SDP, err = readSession(flags, r)
	}
	if err != nil {
		return Invite{}, err
	}
	return inv, nil
}

func appendChecksum(body []byte) []byte {
	return binary.BigEndian.AppendUint32(body, crc32.ChecksumIEEE(body))
}

// normalize keeps the characters of a code, in upper case, with the
// Crockford look-alikes mapped to their digits.
func normalize(code string) string {
	return strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '\t', '\r', '\n':
			return -1
		case 'o', 'O':
			return '0'
		case 'i', 'I', 'l', 'L':
			return '1'
		}
		if 'a' <= r && r <= 'z' {
			return r - 'a' + 'A'
		}
		return r
	}, code)
}

// whole reads an SDP carried as it is.
func whole(b []byte) (string, error) {
	switch {
	case len(b) > maxSDP:
		return "", fmt.Errorf("%w: the SDP is too long", ErrCode)
	case !bytes.HasPrefix(b, []byte("v=0")):
		return "", fmt.Errorf("%w: the text is not an SDP", ErrCode)
	}
	return string(b), nil
}
