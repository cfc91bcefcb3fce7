package app

import (
	"errors"
	"strconv"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/pairing"
	ksync "github.com/kindly/kindly/internal/sync"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

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
