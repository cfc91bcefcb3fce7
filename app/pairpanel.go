package app

import (
	"crypto/rand"
	"errors"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/pairing"
	"github.com/kindly/kindly/internal/qr"
	ksync "github.com/kindly/kindly/internal/sync"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// How long to wait for the channel to open before saying it could not.
const (
	pairWaitOffer  = 20 * time.Second // the first device, after the answer came back
	pairWaitAnswer = 3 * time.Minute  // the second, while the person carries its code back
)

// pairPanel connects this device with another of the person's over WebRTC,
// with no server of any kind in between: the first device shows its offer
// as a QR code and as text; the second reads it and shows its answer the
// same way; then each sends its records, sealed with the offer's secret,
// and merges what it receives.
type pairPanel struct {
	goapp.Compo

	Join bool   // this is the second device
	Done func() // the person closed the pairing

	ctx      goapp.Context
	step     string // making, show-offer, enter, show-answer, connecting, merging, confirm, done, failed
	code     string // the code this device shows
	qrPath   string
	qrSide   int
	typed    string
	scanning bool
	scanner  *browser.Scanner
	peer     *browser.Peer
	secret   string // the offer's secret, as a code
	plan     *backup.SyncPlan
	received bool // the other device's records are merged here
	sent     bool // this device sent what the other lacks
	mine     []ksync.Record
	mineRead chan struct{} // closed once mine (or mineErr) is set
	mineErr  error
	err      error
	timer    *time.Timer
}

func (p *pairPanel) OnMount(ctx goapp.Context) {
	p.ctx, p.mineRead = ctx, make(chan struct{})
	if p.Join {
		p.step = "enter"
		ctx.Defer(func(goapp.Context) { browser.Focus("pair-input") })
		return
	}
	p.step = "making"
	peer, err := p.newPeer()
	if err != nil {
		p.fail(err)
		return
	}
	secret := make([]byte, pairing.SecretSize)
	if _, err := rand.Read(secret); err != nil {
		p.fail(err)
		return
	}
	p.secret = ksync.SecretCode(secret)
	peer.Offer(func(sdp string, err error) {
		var code string
		if err == nil {
			code, err = pairing.Encode(pairing.Invite{Secret: secret, SDP: sdp})
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			if err != nil {
				p.fail(err)
				return
			}
			p.show(code)
			p.step = "show-offer"
		})
	})
}

func (p *pairPanel) OnDismount() {
	p.stopScan()
	if p.timer != nil {
		p.timer.Stop()
	}
	if p.peer != nil {
		p.peer.Close()
	}
}

// newPeer makes the connection and wires its events to this component.
func (p *pairPanel) newPeer() (*browser.Peer, error) {
	peer, err := browser.NewPeer()
	if err != nil {
		return nil, err
	}
	p.peer = peer
	peer.OnOpen(func() { p.ctx.Dispatch(func(goapp.Context) { p.exchange() }) })
	peer.OnMessage(func(b []byte) { p.ctx.Async(func() { p.receive(b) }) })
	// A connection lost before both sides are done says so, rather than
	// leaving the person waiting (a merge waiting for its question has
	// what it needs already).
	peer.OnClose(func() {
		p.ctx.Dispatch(func(goapp.Context) {
			if p.step != "done" && p.step != "failed" && p.step != "confirm" {
				p.fail(errNoChannel)
			}
		})
	})
	return peer, nil
}

// show draws the code this device shows, as a QR code and as text.
func (p *pairPanel) show(code string) {
	p.code = code
	if c, err := qr.Encode([]byte(code), qr.M); err == nil {
		p.qrPath, p.qrSide = c.Path(4), c.Size+8
	}
}

func (p *pairPanel) onTyped(ctx goapp.Context, e goapp.Event) {
	p.typed = ctx.JSSrc().Get("value").String()
}

func (p *pairPanel) onConnect(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	p.connect(p.typed)
}

// connect takes the other device's code: an offer on the second device,
// the answer on the first.
func (p *pairPanel) connect(text string) {
	inv, err := pairing.Decode(text)
	switch {
	case err != nil:
		p.err = err
		return
	case inv.Answer == p.Join:
		p.err = errWrongSide
		return
	}
	p.err, p.typed = nil, ""
	p.stopScan()
	if !p.Join {
		p.step = "connecting"
		p.peer.Accept(inv.SDP, func(err error) {
			p.ctx.Dispatch(func(goapp.Context) {
				if err != nil {
					p.fail(err)
				}
			})
		})
		p.wait(pairWaitOffer)
		return
	}
	p.secret = ksync.SecretCode(inv.Secret)
	peer, err := p.newPeer()
	if err != nil {
		p.fail(err)
		return
	}
	p.step = "making"
	peer.Answer(inv.SDP, func(sdp string, err error) {
		var code string
		if err == nil {
			code, err = pairing.Encode(pairing.Invite{Answer: true, SDP: sdp})
		}
		p.ctx.Dispatch(func(goapp.Context) {
			if err != nil {
				p.fail(err)
				return
			}
			p.show(code)
			p.step = "show-answer"
			p.wait(pairWaitAnswer)
		})
	})
}

// errWrongSide is a code from the wrong step: an answer where an offer
// was wanted, or the other way round.
var errWrongSide = errors.New("pairing: that code is for the other device")

// wait gives up on the channel after d.
func (p *pairPanel) wait(d time.Duration) {
	if p.timer != nil {
		p.timer.Stop()
	}
	p.timer = time.AfterFunc(d, func() {
		p.ctx.Dispatch(func(goapp.Context) {
			if p.step == "connecting" || p.step == "show-answer" {
				p.fail(errNoChannel)
			}
		})
	})
}

var errNoChannel = errors.New("pairing: the devices could not reach each other")

// settle shows the result once this device has both sent and merged.
func (p *pairPanel) settle() {
	if p.sent && p.received {
		p.step = "done"
		p.ctx.Defer(func(goapp.Context) { browser.Focus("pair-done") })
	}
}

func (p *pairPanel) onConfirm(ctx goapp.Context, e goapp.Event) {
	plan := *p.plan
	p.step = "merging"
	ctx.Async(func() {
		err := applyPlan(plan)
		ctx.Dispatch(func(goapp.Context) {
			if err != nil {
				p.fail(err)
				return
			}
			p.received = true
			p.settle()
		})
	})
}

func (p *pairPanel) fail(err error) {
	p.step, p.err = "failed", err
	p.stopScan()
	if p.peer != nil {
		p.peer.Close()
	}
}

func (p *pairPanel) onScan(ctx goapp.Context, e goapp.Event) {
	p.scanning = true
	ctx.Defer(func(ctx goapp.Context) {
		p.scanner = browser.Scan("pair-video", func(text string) {
			ctx.Dispatch(func(goapp.Context) { p.connect(text) })
		}, func(err error) {
			ctx.Dispatch(func(goapp.Context) { p.scanning, p.err = false, err })
		})
	})
}

func (p *pairPanel) stopScan() {
	if p.scanner != nil {
		p.scanner.Stop()
		p.scanner = nil
	}
	p.scanning = false
}

func (p *pairPanel) onClose(goapp.Context, goapp.Event) { p.Done() }
