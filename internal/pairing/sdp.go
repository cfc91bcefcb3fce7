package pairing

import (
	"cmp"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"net/netip"
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
)

// session is what varies between two browsers' data-channel SDPs; the
// rest is the template in build.
type session struct {
	ufrag, pwd  string
	fingerprint [32]byte // sha-256
	setup       byte     // index in setups
	candidates  []candidate
	sctpPort    uint16
	maxSize     uint64 // a=max-message-size
}

// A candidate is a UDP host candidate: an mDNS name (a UUID under .local)
// or an address.
type candidate struct {
	mdns bool
	addr [16]byte // the UUID, or the address as 16 bytes (IPv4 mapped)
	ipv4 bool
	port uint16
}

var setups = [...]string{"actpass", "active", "passive"}

// single are the attributes a session has exactly once, at either level:
// the template writes each of them.
var single = map[string]bool{
	"a=ice-ufrag": true, "a=ice-pwd": true, "a=fingerprint": true, "a=setup": true,
	"a=mid": true, "a=sctp-port": true, "a=max-message-size": true,
}

// The template's values for what most sessions share.
const (
	defaultSCTPPort = 5000
	defaultMaxSize  = 262144 // Chromium's and WebKit's
)

// parseSDP reads a data-channel-only SDP with host candidates. ok is
// false when the SDP holds anything the template would lose, and the
// caller sends it whole.
func parseSDP(sdp string) (s session, ok bool) {
	type ranked struct {
		c    candidate
		prio uint32
	}
	var (
		cands []ranked
		media int
		seen  = map[string]bool{}
	)
	lines := strings.Split(strings.TrimSuffix(sdp, "\n"), "\n")
	for _, line := range lines {
		line = strings.TrimSuffix(line, "\r")
		key, value, _ := strings.Cut(line, ":")
		if single[key] {
			if seen[key] {
				return s, false // the template has room for one
			}
			seen[key] = true
		}
		switch {
		case line == "v=0", line == "s=-", line == "t=0 0", line == "a=group:BUNDLE 0",
			line == "a=extmap-allow-mixed", line == "a=sendrecv", line == "a=ice-options:trickle",
			line == "a=end-of-candidates", strings.HasPrefix(line, "a=msid-semantic:"),
			strings.HasPrefix(line, "o="), strings.HasPrefix(line, "c="):
			// the template has these, or they do not matter to ICE, DTLS or SCTP
		case strings.HasPrefix(line, "m="):
			media++
			f := strings.Fields(line)
			if len(f) != 4 || f[0] != "m=application" || f[2] != "UDP/DTLS/SCTP" || f[3] != "webrtc-datachannel" {
				return s, false
			}
		case line == "a=mid:0":
		case key == "a=ice-ufrag":
			s.ufrag = value
		case key == "a=ice-pwd":
			s.pwd = value
		case key == "a=fingerprint":
			if !parseFingerprint(&s.fingerprint, value) {
				return s, false
			}
		case key == "a=setup":
			i := slices.Index(setups[:], value)
			if i < 0 {
				return s, false
			}
			s.setup = byte(i)
		case key == "a=sctp-port":
			p, ok := number(value, 16)
			if !ok {
				return s, false
			}
			s.sctpPort = uint16(p)
		case key == "a=max-message-size":
			if s.maxSize, ok = number(value, 64); !ok {
				return s, false
			}
		case key == "a=candidate":
			c, prio, keep, ok := parseCandidate(value)
			if !ok {
				return s, false
			}
			if keep {
				cands = append(cands, ranked{c, prio})
			}
		default:
			return s, false
		}
	}
	for key := range single {
		if !seen[key] {
			return s, false
		}
	}
	if media != 1 || !credential(s.ufrag) || !credential(s.pwd) || len(cands) > 255 {
		return s, false
	}
	// The template ranks candidates by their order, so order them by rank.
	slices.SortStableFunc(cands, func(a, b ranked) int { return cmp.Compare(b.prio, a.prio) })
	for _, c := range cands {
		s.candidates = append(s.candidates, c.c)
	}
	return s, true
}

// parseCandidate reads "foundation component transport priority address
// port typ type [extensions]". keep is false for an active TCP host
// candidate (Firefox's): it can reach only a passive one, which no
// browser offers.
func parseCandidate(value string) (c candidate, prio uint32, keep, ok bool) {
	f := strings.Fields(value)
	if len(f) < 8 || f[1] != "1" || f[6] != "typ" || f[7] != "host" {
		return c, 0, false, false
	}
	switch strings.ToLower(f[2]) {
	case "tcp":
		return c, 0, false, slices.Equal(f[8:], []string{"tcptype", "active"})
	case "udp":
	default:
		return c, 0, false, false
	}
	p, ok1 := number(f[3], 32)
	port, ok2 := number(f[5], 16)
	if !ok1 || !ok2 {
		return c, 0, false, false
	}
	c.port = uint16(port)
	if name, isMDNS := strings.CutSuffix(f[4], ".local"); isMDNS {
		id, err := uuid.Parse(name)
		if err != nil || id.String() != name {
			return c, 0, false, false
		}
		c.mdns, c.addr = true, id
	} else {
		a, err := netip.ParseAddr(f[4])
		if err != nil || a.Zone() != "" {
			return c, 0, false, false
		}
		c.ipv4, c.addr = a.Is4(), a.As16()
	}
	return c, uint32(p), true, true
}

// host is the candidate's address as the SDP spells it.
func (c candidate) host() string {
	switch {
	case c.mdns:
		return uuid.UUID(c.addr).String() + ".local"
	case c.ipv4:
		return netip.AddrFrom16(c.addr).Unmap().String()
	}
	return netip.AddrFrom16(c.addr).String()
}

// number reads a decimal number written as the template would write it.
func number(s string, bits int) (uint64, bool) {
	n, err := strconv.ParseUint(s, 10, bits)
	return n, err == nil && strconv.FormatUint(n, 10) == s
}

func parseFingerprint(fp *[32]byte, value string) bool {
	hexed, ok := strings.CutPrefix(value, "sha-256 ")
	if !ok || len(hexed) != 32*3-1 {
		return false
	}
	b, err := hex.DecodeString(strings.ReplaceAll(hexed, ":", ""))
	if err != nil || len(b) != 32 {
		return false
	}
	copy(fp[:], b)
	return true
}

// credential reports whether s is an ICE ufrag or password the compact
// form can carry: ice-chars only, at most 255 of them.
func credential(s string) bool {
	return s != "" && len(s) <= 255 && strings.Trim(s, iceChars) == ""
}

// build rebuilds an SDP from the template that Chromium, Firefox and
// WebKit accept for a data-channel-only session. The rank of each
// candidate follows its order; the session id follows the fingerprint,
// so the same code always gives the same SDP.
func (s session) build() string {
	var b strings.Builder
	id := binary.BigEndian.Uint64(s.fingerprint[:8]) >> 8
	fmt.Fprintf(&b, "v=0\r\no=- %d 2 IN IP4 127.0.0.1\r\ns=-\r\nt=0 0\r\n", id)
	b.WriteString("a=group:BUNDLE 0\r\na=msid-semantic: WMS\r\n")
	b.WriteString("m=application 9 UDP/DTLS/SCTP webrtc-datachannel\r\nc=IN IP4 0.0.0.0\r\n")
	for i, c := range s.candidates {
		// host type preference 126, local preference falling with order, component 1
		prio := 126<<24 | (65535-i)<<8 | 255
		fmt.Fprintf(&b, "a=candidate:%d 1 udp %d %s %d typ host\r\n", i+1, prio, c.host(), c.port)
	}
	b.WriteString("a=end-of-candidates\r\n")
	fmt.Fprintf(&b, "a=ice-ufrag:%s\r\na=ice-pwd:%s\r\na=ice-options:trickle\r\n", s.ufrag, s.pwd)
	fp := strings.ToUpper(hex.EncodeToString(s.fingerprint[:]))
	b.WriteString("a=fingerprint:sha-256 ")
	for i := 0; i < len(fp); i += 2 {
		if i > 0 {
			b.WriteByte(':')
		}
		b.WriteString(fp[i : i+2])
	}
	fmt.Fprintf(&b, "\r\na=setup:%s\r\na=mid:0\r\n", setups[s.setup])
	fmt.Fprintf(&b, "a=sctp-port:%d\r\na=max-message-size:%d\r\n", s.sctpPort, s.maxSize)
	return b.String()
}
