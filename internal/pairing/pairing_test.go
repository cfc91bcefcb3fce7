package pairing

import (
	"bytes"
	"cmp"
	"errors"
	"net/netip"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

var secret = []byte("0123456789abcdef")

// The SDPs in testdata were captured from Debian's Chromium 156 and
// Firefox ESR 153, headless, each pairing with itself through a data
// channel that opened: "mdns" with the default .local names, "ip" with
// them turned off (--disable-features=WebRtcHideLocalIpsWithMdns, or
// media.peerconnection.ice.obfuscate_host_addresses=false).
func captured(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("testdata/*.sdp")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no SDPs in testdata: %v", err)
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".sdp")] = string(b)
	}
	return out
}

func inviteFor(name, sdp string) Invite {
	if strings.HasSuffix(name, "-answer") {
		return Invite{Answer: true, SDP: sdp}
	}
	return Invite{Secret: secret, SDP: sdp}
}

func isWhole(t *testing.T, code string) bool {
	t.Helper()
	body, err := crockford.DecodeString(code[len(prefix):])
	if err != nil {
		t.Fatal(err)
	}
	return body[0]&flagWhole != 0
}

func TestCapturedSDPsRoundTrip(t *testing.T) {
	for name, sdp := range captured(t) {
		t.Run(name, func(t *testing.T) {
			inv := inviteFor(name, sdp)
			code, err := Encode(inv)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: %d characters: %s", name, len(code), code)
			if isWhole(t, code) {
				t.Errorf("a browser's own SDP fell back to the whole form")
			}
			if len(code) > 200 {
				t.Errorf("code has %d characters, want at most 200", len(code))
			}
			got, err := Decode(code)
			if err != nil {
				t.Fatal(err)
			}
			if got.Answer != inv.Answer || !bytes.Equal(got.Secret, inv.Secret) {
				t.Errorf("decoded answer=%v secret=%x, want %v %x", got.Answer, got.Secret, inv.Answer, inv.Secret)
			}
			want, have := fieldsOf(sdp), fieldsOf(got.SDP)
			if !slices.Equal(want, have) {
				t.Errorf("rebuilt SDP lost fields:\nwant %q\nhave %q\n%s", want, have, got.SDP)
			}
			again, err := Encode(got)
			if err != nil || again != code {
				t.Errorf("encoding the rebuilt SDP gave %q, %v; want the same code", again, err)
			}
		})
	}
}

// fieldsOf lists what matters in an SDP for a data channel between two
// browsers, read independently of the package's parser: the ICE
// credentials, the fingerprint, the DTLS role, the UDP host candidates
// by rank, the SCTP port and message size, the media and its mid.
func fieldsOf(sdp string) []string {
	var out []string
	for _, attr := range []string{"ice-ufrag", "ice-pwd", "fingerprint", "setup", "mid", "sctp-port", "max-message-size"} {
		for _, m := range regexp.MustCompile(`(?m)^a=`+attr+`:(.*?)\r?$`).FindAllStringSubmatch(sdp, -1) {
			out = append(out, attr+"="+strings.ToUpper(m[1]))
		}
	}
	for _, m := range regexp.MustCompile(`(?m)^m=(\S+) \S+ (.*?)\r?$`).FindAllStringSubmatch(sdp, -1) {
		out = append(out, "m="+m[1]+" "+m[2])
	}
	type cand struct {
		prio uint64
		addr string
	}
	var cands []cand
	for _, m := range regexp.MustCompile(`(?mi)^a=candidate:\S+ 1 udp (\d+) (\S+) (\d+) typ host`).FindAllStringSubmatch(sdp, -1) {
		prio, _ := strconv.ParseUint(m[1], 10, 32)
		addr := m[2]
		if a, err := netip.ParseAddr(addr); err == nil {
			addr = a.String()
		}
		cands = append(cands, cand{prio, addr + " " + m[3]})
	}
	slices.SortStableFunc(cands, func(a, b cand) int { return cmp.Compare(b.prio, a.prio) })
	for _, c := range cands {
		out = append(out, "candidate="+c.addr)
	}
	return out
}

func TestUnusualSDPTravelsWhole(t *testing.T) {
	base := captured(t)["chromium-mdns-offer"]
	for name, sdp := range map[string]string{
		"audio":       base + "m=audio 9 UDP/TLS/RTP/SAVPF 111\r\na=mid:1\r\n",
		"srflx":       base + "a=candidate:9 1 udp 1677729535 203.0.113.7 41000 typ srflx raddr 0.0.0.0 rport 0\r\n",
		"ice-lite":    base + "a=ice-lite\r\n",
		"tcp passive": base + "a=candidate:5 1 tcp 1518280447 192.0.2.2 9 typ host tcptype passive\r\n",
		"sha-1":       strings.Replace(base, "a=fingerprint:sha-256 86:BB", "a=fingerprint:sha-1 86:BB", 1),
		"mid":         strings.Replace(base, "a=mid:0", "a=mid:data", 1),
		"no max size": strings.Replace(base, "a=max-message-size:262144\r\n", "", 1),
		"zone":        strings.Replace(base, "86575d58-938a-47ba-8a2b-682f922190ee.local", "fe80::1%eth0", 1),
		"upper uuid":  strings.Replace(base, "86575d58-938a-47ba", "86575D58-938A-47BA", 1),
		"no newline":  strings.TrimSuffix(base, "\r\n") + "\r\na=tls-id:1",
	} {
		t.Run(name, func(t *testing.T) {
			code, err := Encode(Invite{Secret: secret, SDP: sdp})
			if err != nil {
				t.Fatal(err)
			}
			if !isWhole(t, code) {
				t.Fatalf("the compact form would lose part of this SDP")
			}
			got, err := Decode(code)
			if err != nil || got.SDP != sdp || got.Answer || !bytes.Equal(got.Secret, secret) {
				t.Fatalf("Decode = %+v, %v; want the SDP unchanged", got, err)
			}
			t.Logf("%d characters", len(code))
		})
	}
}

func TestCompactKeepsUncommonValues(t *testing.T) {
	sdp := captured(t)["chromium-ip-offer"]
	sdp = strings.Replace(sdp, "a=sctp-port:5000", "a=sctp-port:5001", 1)
	sdp = strings.Replace(sdp, "a=setup:actpass", "a=setup:passive", 1)
	code, err := Encode(Invite{Secret: secret, SDP: sdp})
	if err != nil || isWhole(t, code) {
		t.Fatalf("Encode = %q, %v; want a compact code", code, err)
	}
	got, err := Decode(code)
	if err != nil {
		t.Fatal(err)
	}
	if want, have := fieldsOf(sdp), fieldsOf(got.SDP); !slices.Equal(want, have) {
		t.Errorf("rebuilt SDP lost fields:\nwant %q\nhave %q", want, have)
	}
}

func TestPastedCodes(t *testing.T) {
	code, err := Encode(inviteFor("offer", captured(t)["firefox-mdns-offer"]))
	if err != nil {
		t.Fatal(err)
	}
	var grouped strings.Builder
	for i, r := range code {
		if i > 0 && i%4 == 0 {
			grouped.WriteString([]string{"-", " ", "\n", "\r\n", "\t"}[i%5])
		}
		grouped.WriteRune(r)
	}
	lookAlikes := strings.NewReplacer("0", "O", "1", "l").Replace(code[3:])
	for name, pasted := range map[string]string{
		"as shown":    code,
		"lower case":  strings.ToLower(code),
		"grouped":     grouped.String(),
		"look-alikes": "kpI" + lookAlikes,
		"padded":      "  " + code + "\n",
	} {
		got, err := Decode(pasted)
		if err != nil {
			t.Errorf("%s: %v", name, err)
			continue
		}
		if again, _ := Encode(got); again != code {
			t.Errorf("%s: decoded to a different invite", name)
		}
	}
}

// Every single mistyped, missing, extra or swapped character is caught.
func TestMistypedCodes(t *testing.T) {
	code, err := Encode(inviteFor("offer", captured(t)["chromium-mdns-offer"]))
	if err != nil {
		t.Fatal(err)
	}
	const alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	check := func(what, bad string) {
		t.Helper()
		if _, err := Decode(bad); !errors.Is(err, ErrCode) {
			t.Fatalf("%s: Decode(%q) = %v, want ErrCode", what, bad, err)
		}
	}
	for i := len(prefix); i < len(code); i++ {
		for _, c := range alphabet {
			if byte(c) != code[i] {
				check("substitution", code[:i]+string(c)+code[i+1:])
			}
		}
		check("deletion", code[:i]+code[i+1:])
		check("insertion", code[:i]+"7"+code[i:])
		if i+1 < len(code) && code[i] != code[i+1] {
			check("swap", code[:i]+code[i+1:i+2]+code[i:i+1]+code[i+2:])
		}
	}
}

func TestDecodeRejects(t *testing.T) {
	answerCode := must(Encode(Invite{Answer: true, SDP: captured(t)["chromium-ip-answer"]}))
	answer, _ := crockford.DecodeString(answerCode[len(prefix):])
	answer = answer[:len(answer)-4]
	// withCRC makes a code of any body, with a good checksum.
	withCRC := func(body ...byte) string {
		return prefix + crockford.EncodeToString(appendChecksum(slices.Clone(body)))
	}
	edit := func(f func(b []byte) []byte) string { return withCRC(f(slices.Clone(answer))...) }
	candidateKind := 1 + 1 + 3 + 1 + 18 + 32 + 1 // flags, ufrag, pwd, fingerprint, count
	for name, code := range map[string]string{
		"empty":          "",
		"prefix only":    prefix,
		"other prefix":   "KP2" + answerCode[len(prefix):],
		"letter U":       prefix + "UUUUUUUU",
		"too long":       prefix + strings.Repeat("0", maxChars),
		"newer format":   edit(func(b []byte) []byte { b[0] |= flagReserved; return b }),
		"unknown role":   edit(func(b []byte) []byte { b[0] |= 3 << setupShift; return b }),
		"trailing bytes": edit(func(b []byte) []byte { return append(b, 0) }),
		"cut short":      edit(func(b []byte) []byte { return b[:len(b)-3] }),
		"bad candidate":  edit(func(b []byte) []byte { b[candidateKind] = 7; return b }),
		"no secret":      withCRC(0),
		"whole junk":     withCRC(flagAnswer|flagWhole, 1, 2, 3),
		"whole text":     withCRC(append([]byte{flagAnswer | flagWhole}, "hello"...)...),
		"whole flags":    withCRC(append([]byte{flagAnswer | flagWhole | flagHexCreds}, "v=0\r\n"...)...),
	} {
		if got, err := Decode(code); !errors.Is(err, ErrCode) {
			t.Errorf("%s: Decode = %+v, %v; want ErrCode", name, got, err)
		}
	}
	if _, err := Decode(edit(func(b []byte) []byte { return b })); err != nil {
		t.Errorf("the unedited body does not decode: %v", err)
	}
}

func must(s string, err error) string {
	if err != nil {
		panic(err)
	}
	return s
}

func TestEncodeRejects(t *testing.T) {
	sdp := captured(t)["chromium-mdns-offer"]
	for name, inv := range map[string]Invite{
		"offer without secret": {SDP: sdp},
		"short secret":         {Secret: secret[:8], SDP: sdp},
		"answer with secret":   {Answer: true, Secret: secret, SDP: sdp},
		"not an SDP":           {Answer: true, SDP: "hello"},
		"huge SDP":             {Answer: true, SDP: "v=0\r\n" + strings.Repeat("a=x\r\n", maxSDP)},
	} {
		if code, err := Encode(inv); !errors.Is(err, ErrInvite) {
			t.Errorf("%s: Encode = %q, %v; want ErrInvite", name, code, err)
		}
	}
}
