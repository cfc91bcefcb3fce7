package pairing

import (
	"bytes"
	"errors"
	"slices"
	"strings"
	"testing"
)

func FuzzDecode(f *testing.F) {
	for name, sdp := range captured(f) {
		code, err := Encode(inviteFor(name, sdp))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(code)
		f.Add(code[:len(code)/2])
	}
	f.Add(must(Encode(Invite{Answer: true, SDP: "v=0\r\nx"})))
	f.Add("KP1")
	f.Fuzz(func(t *testing.T, code string) {
		inv, err := Decode(code)
		if err != nil {
			if !errors.Is(err, ErrCode) {
				t.Fatalf("Decode error %v does not wrap ErrCode", err)
			}
			return
		}
		// Whatever decodes encodes again, to an equal invite.
		again, err := Encode(inv)
		if err != nil {
			return // a whole SDP may be too long to carry
		}
		back, err := Decode(again)
		if err != nil || back.Answer != inv.Answer || !bytes.Equal(back.Secret, inv.Secret) || back.SDP != inv.SDP {
			t.Fatalf("Decode(Encode(%+v)) = %+v, %v", inv, back, err)
		}
	})
}

// FuzzDecodeBody checksums what the fuzzer makes, so that it explores the
// binary form behind the CRC that stops most of FuzzDecode's inputs.
func FuzzDecodeBody(f *testing.F) {
	for name, sdp := range captured(f) {
		body, err := crockford.DecodeString(must(Encode(inviteFor(name, sdp)))[len(prefix):])
		if err != nil {
			f.Fatal(err)
		}
		f.Add(body[:len(body)-4])
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		_, err := Decode(prefix + crockford.EncodeToString(appendChecksum(body)))
		if err != nil && !errors.Is(err, ErrCode) {
			t.Fatalf("Decode error %v does not wrap ErrCode", err)
		}
	})
}

func FuzzRoundTrip(f *testing.F) {
	for name, sdp := range captured(f) {
		f.Add(sdp, strings.HasSuffix(name, "-answer"))
		f.Add(strings.ReplaceAll(sdp, "\r\n", "\n"), false)
	}
	f.Fuzz(func(t *testing.T, sdp string, answer bool) {
		inv := Invite{Answer: answer, SDP: sdp}
		if !answer {
			inv.Secret = secret
		}
		code, err := Encode(inv)
		if err != nil {
			if !errors.Is(err, ErrInvite) {
				t.Fatalf("Encode error %v does not wrap ErrInvite", err)
			}
			return
		}
		got, err := Decode(code)
		if err != nil {
			t.Fatalf("Decode(Encode(%q)): %v", sdp, err)
		}
		if got.Answer != answer || !bytes.Equal(got.Secret, inv.Secret) {
			t.Fatalf("answer=%v secret=%x, want %v %x", got.Answer, got.Secret, answer, inv.Secret)
		}
		if got.SDP == sdp {
			return
		}
		if want, have := fieldsOf(sdp), fieldsOf(got.SDP); !slices.Equal(want, have) {
			t.Fatalf("rebuilt SDP lost fields:\nwant %q\nhave %q", want, have)
		}
		if again, err := Encode(got); again != code {
			t.Fatalf("the rebuilt SDP encodes to %q, %v; want %q", again, err, code)
		}
	})
}
