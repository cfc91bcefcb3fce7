package app

import (
	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/backup"
	ksync "github.com/kindly/kindly/internal/sync"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// syncPreview opens a sync file from the person's other device: it asks
// for the code that device showed (or its lock's passphrase), checks every
// record, shows what the merge will change, and merges only on
// confirmation, all or nothing.
type syncPreview struct {
	goapp.Compo

	// File is the chosen file; Done is told the result (nil: cancelled)
	// or the error that stopped the merge.
	File *browser.ChosenFile
	Done func(result func() string, err error)

	ctx    goapp.Context
	sealed *ksync.Sealed
	typed  string // the code or passphrase, kept when it is wrong
	busy   bool
	err    error // shown here, where the person can try again
	plan   *backup.SyncPlan
	lost   []ksync.Conflict // edits that lost to a delete, after merging
	merged bool
}

func (p *syncPreview) OnMount(ctx goapp.Context) {
	p.ctx, p.busy = ctx, true
	f := p.File
	ctx.Async(func() {
		data, err := f.All()
		var s *ksync.Sealed
		if err == nil {
			s, err = ksync.Read(data, pace())
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			p.busy = false
			if err != nil {
				p.Done(nil, err)
				return
			}
			p.sealed = s
			ctx.Defer(func(goapp.Context) { browser.Focus("sync-key") })
		})
	})
}

func (p *syncPreview) onTyped(ctx goapp.Context, e goapp.Event) {
	p.typed = ctx.JSSrc().Get("value").String()
}

// onOpen opens the file with what was typed and plans the merge; a wrong
// code leaves the field as it is, for another try.
func (p *syncPreview) onOpen(ctx goapp.Context, e goapp.Event) {
	e.PreventDefault()
	if p.busy || p.typed == "" {
		return
	}
	p.busy, p.err = true, nil
	s, typed := p.sealed, p.typed
	ctx.Async(func() {
		var bundle []byte
		var err error
		if s.Key == ksync.KeyLock {
			bundle, err = s.OpenWithPassphrase(typed, pace())
		} else {
			bundle, err = s.OpenWithCode(typed, pace())
		}
		var plan backup.SyncPlan
		if err == nil {
			plan, err = planFrom(bundle)
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			p.busy, p.err = false, err
			if err == nil {
				p.plan = &plan
				ctx.Defer(func(goapp.Context) { browser.Focus("import-preview-heading") })
			}
		})
	})
}

func (p *syncPreview) onConfirm(ctx goapp.Context, e goapp.Event) {
	if p.busy || p.plan == nil {
		return
	}
	p.busy = true
	plan := *p.plan
	ctx.Async(func() {
		err := applyPlan(plan)
		ctx.Dispatch(func(goapp.Context) {
			p.busy = false
			if err != nil {
				p.Done(nil, err)
				return
			}
			if len(plan.Conflicts) == 0 {
				p.Done(func() string { return tr("sync.merged") + " " + changeSummary(plan) }, nil)
				return
			}
			p.merged, p.lost = true, plan.Conflicts
		})
	})
}

func (p *syncPreview) onCancel(goapp.Context, goapp.Event) {
	p.Done(func() string { return tr("import.cancelled") }, nil)
}

func (p *syncPreview) onFinish(goapp.Context, goapp.Event) {
	plan := *p.plan
	p.Done(func() string { return tr("sync.merged") + " " + changeSummary(plan) }, nil)
}

func (p *syncPreview) Render() goapp.UI {
	switch {
	case p.sealed == nil:
		return goapp.P().Class("hint").Text(tr("sync.reading"))
	case p.merged:
		return goapp.Section().Class("import-preview").DataSet("testid", "sync-merged").Body(
			goapp.P().Class("success").Aria("live", "polite").Text(tr("sync.merged")+" "+changeSummary(*p.plan)),
			&lostEdits{Conflicts: p.lost},
			goapp.Div().Class("actions").Body(
				goapp.Button().Class("button").DataSet("testid", "sync-finish").OnClick(p.onFinish).Text(tr("sync.finish")),
			),
		)
	case p.plan == nil:
		return p.renderKey()
	}
	plan := *p.plan
	return goapp.Section().Class("import-preview").DataSet("testid", "import-preview").Aria("labelledby", "import-preview-heading").Body(
		goapp.H3().ID("import-preview-heading").TabIndex(-1).Text(tr("sync.preview.heading")),
		goapp.P().DataSet("testid", "sync-summary").Text(changeSummary(plan)),
		slot(plan.Drastic, func() goapp.UI {
			return goapp.P().Class("reminder").DataSet("testid", "sync-drastic").
				Text(trn("sync.drastic", plan.Deleted[ksync.Entry], "total", local.count(plan.LiveEntries)))
		}),
		slot(len(plan.Conflicts) > 0, func() goapp.UI {
			return goapp.P().DataSet("testid", "sync-conflicts").Text(trn("sync.conflicts", len(plan.Conflicts)))
		}),
		goapp.Div().Class("actions").Body(
			goapp.Button().Class("button").DataSet("testid", "import-confirm").Disabled(p.busy || plan.Total() == 0 && len(plan.Conflicts) == 0).
				OnClick(p.onConfirm).Text(p.confirmLabel(plan)),
			goapp.Button().Class("button quiet").DataSet("testid", "import-cancel").OnClick(p.onCancel).Text(tr("import.cancel")),
		),
	)
}

func (p *syncPreview) confirmLabel(plan backup.SyncPlan) string {
	if plan.Drastic {
		return tr("sync.confirm.drastic")
	}
	return tr("sync.confirm")
}

// renderKey asks for what opens the file: the one-time code, or the
// passphrase of the journal it came from.
func (p *syncPreview) renderKey() goapp.UI {
	label, testid, kind := tr("sync.key.code"), "sync-code-input", "text"
	if p.sealed.Key == ksync.KeyLock {
		label, testid, kind = tr("sync.key.passphrase"), "passphrase", "password"
	}
	return goapp.Form().Class("import-preview").DataSet("testid", "sync-open-form").OnSubmit(p.onOpen).Body(
		goapp.H3().Text(tr("sync.open.heading")),
		goapp.Label().For("sync-key").Class("field-label").Text(label),
		goapp.Input().ID("sync-key").Type(kind).DataSet("testid", testid).AutoComplete(false).
			Attr("autocapitalize", "characters").Attr("spellcheck", "false").OnInput(p.onTyped),
		slot(p.err != nil, func() goapp.UI { return alert(syncMessage(p.err)) }),
		goapp.Div().Class("actions").Body(
			goapp.Button().Type("submit").Class("button").DataSet("testid", "sync-open").Disabled(p.busy).Text(tr("sync.open")),
			goapp.Button().Type("button").Class("button quiet").DataSet("testid", "import-cancel").OnClick(p.onCancel).Text(tr("import.cancel")),
		),
		slot(p.busy, func() goapp.UI { return goapp.P().Class("hint").Aria("live", "polite").Text(tr("sync.opening")) }),
	)
}
