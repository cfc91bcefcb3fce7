//go:build js && wasm

package browser

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"syscall/js"
	"time"
)

// Live pairing: one RTCPeerConnection with one data channel. There is no
// signalling server: the pages carry the offer and the answer between the
// devices as pairing codes. Never any ICE server (DESIGN.md §3): only host
// candidates, so both devices must share a network.

const (
	gatherTimeout = 5 * time.Second
	// Messages go in frames of at most 16 KiB, the size every browser
	// takes; the first byte of each says whether more of it follows.
	frameSize  = 16 << 10
	frameMore  = 0
	frameLast  = 1
	maxMessage = 64 << 20 // what a frame sequence may add up to
	// Sending stops while the channel buffers more than highWater and goes
	// on once it is down to lowWater: a full buffer closes the channel.
	highWater = 1 << 20
	lowWater  = 256 << 10
)

// Peer is one side of a pairing connection. Its callbacks run on the
// JavaScript event loop and must not block.
type Peer struct {
	pc, dc js.Value
	funcs  []js.Func
	frame  js.Value // a Uint8Array reused for each frame sent

	mu        sync.Mutex
	onOpen    func()
	onClose   func()
	onMessage func([]byte)
	queue     [][]byte // frames waiting for room in the channel's buffer
	partial   []byte   // the message being received
	ended     bool     // closed, here or by the other side
}

// NewPeer makes a connection with no ICE server and one negotiated,
// ordered data channel (id 0 on both sides, so no datachannel event).
func NewPeer() (*Peer, error) {
	ctor := js.Global().Get("RTCPeerConnection")
	if !ctor.Truthy() {
		return nil, ErrNoWebRTC
	}
	p := &Peer{frame: js.Global().Get("Uint8Array").New(frameSize)}
	err := try(func() {
		p.pc = ctor.New(map[string]any{"iceServers": []any{}})
		p.dc = p.pc.Call("createDataChannel", "kindly", map[string]any{"negotiated": true, "id": 0, "ordered": true})
	})
	if err != nil {
		if p.pc.Truthy() {
			p.pc.Call("close")
		}
		return nil, fmt.Errorf("%w: %v", ErrNoWebRTC, err)
	}
	p.dc.Set("binaryType", "arraybuffer")
	p.dc.Set("bufferedAmountLowThreshold", lowWater)
	p.handle(p.dc, "onopen", func(js.Value) {
		p.mu.Lock()
		f := p.onOpen
		p.mu.Unlock()
		if f != nil {
			f()
		}
	})
	p.handle(p.dc, "onclose", func(js.Value) { p.end() })
	p.handle(p.dc, "onmessage", func(ev js.Value) { p.receive(ev.Get("data")) })
	p.handle(p.dc, "onbufferedamountlow", func(js.Value) {
		p.mu.Lock()
		err := p.pump()
		p.mu.Unlock()
		if err != nil {
			p.end()
		}
	})
	p.handle(p.pc, "onconnectionstatechange", func(js.Value) {
		if p.pc.Get("connectionState").String() == "failed" {
			p.end()
		}
	})
	return p, nil
}

func (p *Peer) handle(target js.Value, on string, f func(ev js.Value)) {
	fn := js.FuncOf(func(_ js.Value, args []js.Value) any {
		f(args[0])
		return nil
	})
	p.funcs = append(p.funcs, fn)
	target.Set(on, fn)
}

// OnOpen calls f once the channel is open, at once if it is already.
func (p *Peer) OnOpen(f func()) {
	p.mu.Lock()
	p.onOpen = f
	p.mu.Unlock()
	if p.dc.Get("readyState").String() == "open" {
		f()
	}
}

// OnClose calls f once when the other device closes the connection or it
// is lost; not after Close.
func (p *Peer) OnClose(f func()) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.onClose = f
}

// OnMessage calls f with each message, whole.
func (p *Peer) OnMessage(f func([]byte)) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.onMessage = f
}

// Offer makes the offer and calls done with the local SDP once ICE
// gathering is complete.
func (p *Peer) Offer(done func(sdp string, err error)) {
	go func() {
		offer, err := awaitPromise(p.pc.Call("createOffer"))
		if err == nil {
			_, err = awaitPromise(p.pc.Call("setLocalDescription", offer))
		}
		if err != nil {
			done("", fmt.Errorf("%w: making the offer: %v", ErrConnect, err))
			return
		}
		done(p.gathered())
	}()
}

// Answer takes the other device's offer and calls done with the answer.
func (p *Peer) Answer(offer string, done func(sdp string, err error)) {
	go func() {
		_, err := awaitPromise(p.pc.Call("setRemoteDescription", map[string]any{"type": "offer", "sdp": offer}))
		if err != nil {
			done("", fmt.Errorf("%w: reading the offer: %v", ErrConnect, err))
			return
		}
		answer, err := awaitPromise(p.pc.Call("createAnswer"))
		if err == nil {
			_, err = awaitPromise(p.pc.Call("setLocalDescription", answer))
		}
		if err != nil {
			done("", fmt.Errorf("%w: making the answer: %v", ErrConnect, err))
			return
		}
		done(p.gathered())
	}()
}

// Accept takes the other device's answer, on the offering side; the
// channel opens soon after if the devices can reach each other.
func (p *Peer) Accept(answer string, done func(err error)) {
	go func() {
		_, err := awaitPromise(p.pc.Call("setRemoteDescription", map[string]any{"type": "answer", "sdp": answer}))
		if err != nil {
			err = fmt.Errorf("%w: reading the answer: %v", ErrConnect, err)
		}
		done(err)
	}()
}

// gathered waits until ICE gathering is complete, or gatherTimeout, and
// returns the local SDP with what it found: the other device gets no
// later candidates.
func (p *Peer) gathered() (string, error) {
	if p.pc.Get("iceGatheringState").String() != "complete" {
		complete := make(chan struct{}, 1)
		onChange := js.FuncOf(func(js.Value, []js.Value) any {
			if p.pc.Get("iceGatheringState").String() == "complete" {
				select {
				case complete <- struct{}{}:
				default:
				}
			}
			return nil
		})
		p.pc.Call("addEventListener", "icegatheringstatechange", onChange)
		select {
		case <-complete:
		case <-time.After(gatherTimeout):
		}
		p.pc.Call("removeEventListener", "icegatheringstatechange", onChange)
		onChange.Release()
	}
	desc := p.pc.Get("localDescription")
	if !desc.Truthy() {
		return "", fmt.Errorf("%w: the connection was closed", ErrConnect)
	}
	sdp := desc.Get("sdp").String()
	if !strings.Contains(sdp, "\na=candidate:") {
		return "", ErrNoNetwork
	}
	return sdp, nil
}

// Send sends b as one binary message, in frames, and returns at once:
// frames wait in a queue while the channel's buffer is full. It keeps no
// reference to b.
func (p *Peer) Send(b []byte) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.ended || p.dc.Get("readyState").String() != "open" {
		return ErrClosed
	}
	for more := true; more; {
		n := min(len(b), frameSize-1)
		more = n < len(b)
		frame := make([]byte, 1+n)
		frame[0] = frameLast
		if more {
			frame[0] = frameMore
		}
		copy(frame[1:], b[:n])
		b = b[n:]
		p.queue = append(p.queue, frame)
	}
	return p.pump()
}

// pump hands queued frames to the channel while its buffer has room.
// The caller holds p.mu.
func (p *Peer) pump() error {
	for len(p.queue) > 0 && p.dc.Get("bufferedAmount").Int() < highWater {
		f := p.queue[0]
		p.queue[0] = nil
		p.queue = p.queue[1:]
		view := p.frame.Call("subarray", 0, len(f))
		js.CopyBytesToJS(view, f)
		// send copies the bytes, so the next frame may reuse the buffer.
		if err := try(func() { p.dc.Call("send", view) }); err != nil {
			p.queue = nil
			return fmt.Errorf("%w: %v", ErrClosed, err)
		}
	}
	return nil
}

// receive adds a frame to the message being received, and hands the
// message on at its last frame.
func (p *Peer) receive(data js.Value) {
	if data.Type() == js.TypeString {
		return // not a frame: Kindly sends bytes only
	}
	arr := js.Global().Get("Uint8Array").New(data)
	if arr.Length() == 0 {
		return
	}
	frame := make([]byte, arr.Length())
	js.CopyBytesToGo(frame, arr)
	p.mu.Lock()
	if p.partial == nil && frame[0] == frameLast {
		f := p.onMessage
		p.mu.Unlock()
		if f != nil {
			f(frame[1:])
		}
		return
	}
	p.partial = append(p.partial, frame[1:]...)
	if len(p.partial) > maxMessage {
		p.mu.Unlock()
		p.end()
		p.Close()
		return
	}
	if frame[0] != frameLast {
		p.mu.Unlock()
		return
	}
	msg, f := p.partial, p.onMessage
	p.partial = nil
	p.mu.Unlock()
	if f != nil {
		f(msg)
	}
}

// end marks the connection closed and tells OnClose's f, once.
func (p *Peer) end() {
	p.mu.Lock()
	if p.ended {
		p.mu.Unlock()
		return
	}
	p.ended = true
	p.queue = nil
	f := p.onClose
	p.mu.Unlock()
	if f != nil {
		f()
	}
}

// Close closes the channel and the connection and releases the handlers;
// OnClose's f is not called.
func (p *Peer) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.ended = true
	p.queue, p.partial = nil, nil
	if p.funcs == nil {
		return // closed before
	}
	// No handler may run once released: unset them first.
	for _, on := range []string{"onopen", "onclose", "onmessage", "onbufferedamountlow"} {
		p.dc.Set(on, js.Null())
	}
	p.pc.Set("onconnectionstatechange", js.Null())
	p.dc.Call("close")
	p.pc.Call("close")
	for _, f := range p.funcs {
		f.Release()
	}
	p.funcs = nil
}

// try turns a JavaScript exception thrown during f into an error with
// the exception's name and message, without its stack.
func try(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			jsErr, ok := r.(js.Error)
			if !ok {
				panic(r)
			}
			err = errors.New(jsErr.Value.Get("name").String() + ": " + jsErr.Value.Get("message").String())
		}
	}()
	f()
	return nil
}
