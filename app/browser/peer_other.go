//go:build !(js && wasm)

package browser

import "fmt"

// Outside the browser there is no WebRTC and no camera: pairing never
// runs during server-side rendering.

// Peer has no connection outside the browser.
type Peer struct{}

// NewPeer fails outside the browser, with ErrNoWebRTC.
func NewPeer() (*Peer, error) { return nil, fmt.Errorf("%w: %w", ErrNoWebRTC, errNoBrowser) }

// Offer fails outside the browser.
func (p *Peer) Offer(done func(sdp string, err error)) { done("", errNoBrowser) }

// Answer fails outside the browser.
func (p *Peer) Answer(offer string, done func(sdp string, err error)) { done("", errNoBrowser) }

// Accept fails outside the browser.
func (p *Peer) Accept(answer string, done func(err error)) { done(errNoBrowser) }

// OnOpen never calls f outside the browser.
func (p *Peer) OnOpen(f func()) {}

// OnClose never calls f outside the browser.
func (p *Peer) OnClose(f func()) {}

// OnMessage never calls f outside the browser.
func (p *Peer) OnMessage(f func([]byte)) {}

// Send fails outside the browser, with ErrClosed.
func (p *Peer) Send(b []byte) error { return fmt.Errorf("%w: %w", ErrClosed, errNoBrowser) }

// Close has nothing to close outside the browser.
func (p *Peer) Close() {}

// Scanner has no camera outside the browser.
type Scanner struct{}

// Scan fails at once outside the browser, with ErrCamera.
func Scan(videoID string, found func(text string), failed func(err error)) *Scanner {
	failed(fmt.Errorf("%w: %w", ErrCamera, errNoBrowser))
	return &Scanner{}
}

// Stop has no camera to stop outside the browser.
func (s *Scanner) Stop() {}
