//go:build js && wasm

package browser

import (
	"bytes"
	"crypto/rand"
	"errors"
	"syscall/js"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/pairing"
)

// The peers' callbacks run on the JavaScript event loop; the test blocks
// on Go channels, which hands the loop back to JavaScript meanwhile.

const peerTimeout = 20 * time.Second

func waitFor[T any](t *testing.T, what string, ch <-chan T) T {
	t.Helper()
	var v T
	select {
	case v = <-ch:
	case <-time.After(peerTimeout):
		t.Fatalf("timed out waiting for %s", what)
	}
	return v
}

type sdpResult struct {
	sdp string
	err error
}

// throughCode carries an SDP the way a person would: as a pairing code.
func throughCode(t *testing.T, inv pairing.Invite) string {
	t.Helper()
	code, err := pairing.Encode(inv)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("answer=%v: %d-byte SDP, %d-character code", inv.Answer, len(inv.SDP), len(code))
	if len(code) > 250 {
		t.Errorf("the browser's SDP did not fit the compact form (%d characters)", len(code))
	}
	got, err := pairing.Decode(code)
	if err != nil {
		t.Fatal(err)
	}
	if got.SDP == inv.SDP {
		t.Errorf("the SDP was not rebuilt from the template")
	}
	return got.SDP
}

type testPeer struct {
	*Peer
	open     chan struct{}
	closed   chan struct{}
	messages chan []byte
}

func newTestPeer(t *testing.T) *testPeer {
	t.Helper()
	p, err := NewPeer()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(p.Close)
	if n := p.pc.Call("getConfiguration").Get("iceServers").Length(); n != 0 {
		t.Errorf("the connection has %d ICE servers, want none", n)
	}
	tp := &testPeer{Peer: p, open: make(chan struct{}), closed: make(chan struct{}), messages: make(chan []byte, 4)}
	p.OnOpen(func() { close(tp.open) })
	p.OnClose(func() { close(tp.closed) })
	p.OnMessage(func(b []byte) { tp.messages <- b })
	return tp
}

// pair connects two peers through their pairing codes: offer, code,
// answer, code, accept.
func pair(t *testing.T) (a, b *testPeer) {
	a, b = newTestPeer(t), newTestPeer(t)
	offered := make(chan sdpResult, 1)
	a.Offer(func(sdp string, err error) { offered <- sdpResult{sdp, err} })
	offer := waitFor(t, "the offer", offered)
	if offer.err != nil {
		t.Fatal(offer.err)
	}
	secret := make([]byte, pairing.SecretSize)
	rand.Read(secret)
	answered := make(chan sdpResult, 1)
	b.Answer(throughCode(t, pairing.Invite{Secret: secret, SDP: offer.sdp}), func(sdp string, err error) { answered <- sdpResult{sdp, err} })
	answer := waitFor(t, "the answer", answered)
	if answer.err != nil {
		t.Fatal(answer.err)
	}
	accepted := make(chan error, 1)
	a.Accept(throughCode(t, pairing.Invite{Answer: true, SDP: answer.sdp}), func(err error) { accepted <- err })
	if err := waitFor(t, "accepting the answer", accepted); err != nil {
		t.Fatal(err)
	}
	waitFor(t, "the offering side to open", a.open)
	waitFor(t, "the answering side to open", b.open)
	return a, b
}

func TestPeerPairsThroughCodes(t *testing.T) {
	a, b := pair(t)
	big := func() []byte {
		m := make([]byte, 3<<20+12345) // not a whole number of frames
		rand.Read(m)
		return m
	}
	for _, dir := range []struct {
		name     string
		from, to *testPeer
	}{{"offerer to answerer", a, b}, {"answerer to offerer", b, a}} {
		for _, msg := range [][]byte{[]byte("hello"), {}, big(), []byte("after")} {
			if err := dir.from.Send(msg); err != nil {
				t.Fatalf("%s: Send(%d bytes): %v", dir.name, len(msg), err)
			}
			got := waitFor(t, "a message", dir.to.messages)
			if !bytes.Equal(got, msg) {
				t.Fatalf("%s: sent %d bytes, received %d different ones", dir.name, len(msg), len(got))
			}
		}
	}
}

func TestPeerCloseReachesTheOtherSide(t *testing.T) {
	a, b := pair(t)
	a.Close()
	waitFor(t, "the other side to see the close", b.closed)
	if err := b.Send([]byte("late")); !errors.Is(err, ErrClosed) {
		t.Errorf("Send after the other side closed: %v, want ErrClosed", err)
	}
	select {
	case <-a.closed:
		t.Errorf("OnClose ran after Close on the same side")
	default:
	}
}

func TestPeerSendBeforeOpen(t *testing.T) {
	p := newTestPeer(t)
	if err := p.Send([]byte("early")); !errors.Is(err, ErrClosed) {
		t.Errorf("Send before the channel opened: %v, want ErrClosed", err)
	}
}

func TestPeerRejectsBadAnswer(t *testing.T) {
	p := newTestPeer(t)
	offered := make(chan sdpResult, 1)
	p.Offer(func(sdp string, err error) { offered <- sdpResult{sdp, err} })
	if r := waitFor(t, "the offer", offered); r.err != nil {
		t.Fatal(r.err)
	}
	accepted := make(chan error, 1)
	p.Accept("v=0\r\nnot an answer\r\n", func(err error) { accepted <- err })
	if err := waitFor(t, "the answer to be refused", accepted); !errors.Is(err, ErrConnect) {
		t.Errorf("Accept(garbage) = %v, want ErrConnect", err)
	}
}

// Scanning itself needs a camera (checked by hand with Chromium's fake
// camera playing a QR code); these check the failures that need none.
func TestScanWithoutVideoElement(t *testing.T) {
	failed := make(chan error, 1)
	Scan("no-such-video", func(string) { t.Error("found a code without a camera") }, func(err error) { failed <- err })
	if err := waitFor(t, "the scan to fail", failed); !errors.Is(err, ErrCamera) {
		t.Errorf("Scan without a <video>: %v, want ErrCamera", err)
	}
}

func TestScanReaderMissing(t *testing.T) {
	if js.Global().Get("jsQR").Truthy() {
		t.Skip("jsQR is already loaded")
	}
	// The test server has no /web/jsqr.js.
	done := make(chan error, 1)
	go func() { _, err := loadJSQR(); done <- err }()
	if err := waitFor(t, "loading jsQR to fail", done); !errors.Is(err, ErrNoReader) {
		t.Errorf("loading a missing jsQR: %v, want ErrNoReader", err)
	}
	if js.Global().Get("document").Call("getElementById", jsQRID).Truthy() {
		t.Errorf("the failed script stays in the page, so no later scan would retry")
	}
}
