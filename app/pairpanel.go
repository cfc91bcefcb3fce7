package app

import (
	"context"
	"crypto/rand"
	"errors"
	"strconv"
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

// exchange starts the exchange once the channel is open: each device
// first sends a summary of its records (their versions, no words), then
// only the records that change the other. A journal of 10,000 entries that
// differs in 500 sends 500, not 10,000.
func (p *pairPanel) exchange() {
	if p.timer != nil {
		p.timer.Stop()
	}
	p.step = "merging"
	p.ctx.Async(func() {
		err := p.readMine()
		var summary []byte
		if err == nil {
			summary, err = ksync.Summarize(p.mine, db.clock().Device).Encode()
		}
		if err == nil {
			err = p.send(summary)
		}
		if err != nil {
			p.ctx.Dispatch(func(goapp.Context) { p.fail(err) })
		}
	})
}

// readMine reads this device's records once; the other device's summary
// may arrive while they are still being read, and waits for them.
func (p *pairPanel) readMine() error {
	defer close(p.mineRead)
	s, err := db.open()
	if err == nil {
		p.mine, err = backup.SyncRecords(context.Background(), s, pace())
	}
	p.mineErr = err
	return err
}

// send seals a message with the pairing's secret, as a sync file is
// sealed, and sends it.
func (p *pairPanel) send(message []byte) error {
	file, err := ksync.SealWithCode(message, p.secret, ksync.CodeKDF, rand.Reader, pace())
	if err != nil {
		return err
	}
	return p.peer.Send(file)
}

// receive opens a message from the other device: its summary, answered
// with what it lacks, or the records it sends, merged here.
func (p *pairPanel) receive(b []byte) {
	s, err := ksync.Read(b, pace())
	var data []byte
	if err == nil {
		data, err = s.OpenWithCode(p.secret, pace())
	}
	if err == nil && ksync.FormatOf(data) == ksync.SummaryFormat {
		err = p.answer(data)
		p.ctx.Dispatch(func(goapp.Context) {
			if err != nil {
				p.fail(err)
				return
			}
			p.sent = true
			p.settle()
		})
		return
	}
	var plan backup.SyncPlan
	if err == nil {
		plan, err = planFrom(data)
	}
	if err == nil && !plan.Drastic {
		err = applyPlan(plan)
	}
	p.ctx.Dispatch(func(goapp.Context) {
		if err != nil {
			p.fail(err)
			return
		}
		p.plan, p.received = &plan, !plan.Drastic
		if plan.Drastic {
			p.step = "confirm"
			return
		}
		p.settle()
	})
}

// answer sends the records the other device's summary shows it lacks.
func (p *pairPanel) answer(summary []byte) error {
	theirs, err := ksync.ParseSummary(summary)
	if err != nil {
		return err
	}
	<-p.mineRead
	if p.mineErr != nil {
		return p.mineErr
	}
	bundle, err := ksync.Bundle{Device: db.clock().Device, SentAt: time.Now(), Records: ksync.Needed(p.mine, theirs)}.Encode(pace())
	if err != nil {
		return err
	}
	return p.send(bundle)
}

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

func (p *pairPanel) Render() goapp.UI {
	return goapp.Div().Class("pairing").DataSet("testid", "pairing").Body(
		p.renderStep(),
		slot(p.err != nil && p.step != "failed", func() goapp.UI { return alert(pairMessage(p.err)) }),
		goapp.Div().Class("actions").Body(
			goapp.Button().Class("button quiet").DataSet("testid", "pair-close").OnClick(p.onClose).Text(p.closeLabel()),
		),
	)
}

func (p *pairPanel) closeLabel() string {
	if p.step == "done" || p.step == "failed" {
		return tr("pair.close")
	}
	return tr("pair.cancel")
}

func (p *pairPanel) renderStep() goapp.UI {
	switch p.step {
	case "show-offer":
		return goapp.Div().Body(
			p.renderCode(tr("pair.offer.lead")),
			p.renderInput(tr("pair.answer.label")),
		)
	case "enter":
		return p.renderInput(tr("pair.offer.label"))
	case "show-answer":
		return p.renderCode(tr("pair.answer.lead"))
	case "connecting":
		return goapp.P().Aria("live", "polite").Text(tr("pair.connecting"))
	case "merging":
		return goapp.P().Aria("live", "polite").Text(tr("pair.merging"))
	case "confirm":
		plan := *p.plan
		return goapp.Div().Body(
			goapp.P().Class("reminder").DataSet("testid", "sync-drastic").
				Text(trn("sync.drastic", plan.Deleted[ksync.Entry], "total", local.count(plan.LiveEntries))),
			goapp.Button().Class("button").DataSet("testid", "pair-confirm").OnClick(p.onConfirm).Text(tr("sync.confirm.drastic")),
		)
	case "done":
		return goapp.Div().ID("pair-done").TabIndex(-1).DataSet("testid", "pair-done").Aria("live", "polite").Body(
			goapp.P().Class("success").Text(tr("pair.done")+" "+changeSummary(*p.plan)),
			slot(len(p.plan.Conflicts) > 0, func() goapp.UI { return &lostEdits{Conflicts: p.plan.Conflicts} }),
		)
	case "failed":
		return alert(pairMessage(p.err))
	}
	return goapp.P().Aria("live", "polite").Text(tr("pair.making"))
}

// renderCode shows this device's code: a QR code to scan, and the same as
// text to copy, for a device without a camera.
func (p *pairPanel) renderCode(lead string) goapp.UI {
	side := strconv.Itoa(p.qrSide)
	return goapp.Div().Class("pair-code").Body(
		goapp.P().Text(lead),
		slot(p.qrPath != "", func() goapp.UI {
			const svg = "http://www.w3.org/2000/svg"
			return goapp.Elem("svg").XMLNS(svg).Class("qr").DataSet("testid", "pair-qr").
				Attr("viewBox", "0 0 "+side+" "+side).Attr("role", "img").Aria("label", tr("pair.qr.label")).Body(
				goapp.Elem("rect").XMLNS(svg).Class("qr-light").Attr("width", side).Attr("height", side),
				goapp.Elem("path").XMLNS(svg).Class("qr-dark").Attr("d", p.qrPath),
			)
		}),
		goapp.Label().For("pair-code").Class("field-label").Text(tr("pair.code.label")),
		goapp.Textarea().ID("pair-code").Class("pair-text").DataSet("testid", "pair-code").ReadOnly(true).
			Attr("spellcheck", "false").Rows(3).Text(p.code),
	)
}

// renderInput asks for the other device's code, pasted or scanned.
func (p *pairPanel) renderInput(label string) goapp.UI {
	return goapp.Form().Class("pair-input").OnSubmit(p.onConnect).Body(
		goapp.Label().For("pair-input").Class("field-label").Text(label),
		goapp.Textarea().ID("pair-input").DataSet("testid", "pair-input").Rows(3).
			Attr("spellcheck", "false").Attr("autocapitalize", "characters").OnInput(p.onTyped),
		goapp.Div().Class("actions").Body(
			goapp.Button().Type("submit").Class("button").DataSet("testid", "pair-connect").Text(tr("pair.connect")),
			goapp.Button().Type("button").Class("button quiet").DataSet("testid", "pair-scan").Disabled(p.scanning).OnClick(p.onScan).Text(tr("pair.scan")),
		),
		slot(p.scanning, func() goapp.UI {
			return goapp.Video().ID("pair-video").Class("pair-video").Attr("playsinline", true).Muted(true).Aria("label", tr("pair.camera"))
		}),
	)
}

// pairMessage explains why pairing stopped, and offers the sync file.
func pairMessage(err error) string {
	switch {
	case errors.Is(err, pairing.ErrCode):
		return tr("pair.err.code")
	case errors.Is(err, errWrongSide):
		return tr("pair.err.side")
	case errors.Is(err, errNoChannel):
		return tr("pair.err.unreachable")
	case errors.Is(err, browser.ErrCamera):
		return tr("pair.err.camera")
	case isSyncError(err), errors.Is(err, ErrLocked):
		return syncMessage(err)
	}
	return tr("pair.err.other")
}
