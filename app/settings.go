package app

import (
	"strconv"

	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// settings shows where data lives, installation and the app version.
type settings struct {
	goapp.Compo

	version     string
	status      browser.StorageStatus
	statusErr   error
	installable bool
	installed   bool
	apple       bool
	nudgeOn     bool
	unsub       func()
}

func (p *settings) OnMount(ctx goapp.Context) {
	p.version = goapp.Getenv("GOAPP_VERSION")
	p.nudgeOn = !flagOn(nudgeOff)
	p.install(ctx)
	p.readStatus(ctx)
	p.unsub = storageNews.subscribe(func() { p.readStatus(ctx) })
}

func (p *settings) OnDismount() { p.unsub() }

func (p *settings) readStatus(ctx goapp.Context) {
	ctx.Async(func() {
		st, err := browser.ReadStorageStatus()
		ctx.Dispatch(func(goapp.Context) { p.status, p.statusErr = st, err })
	})
}

func (p *settings) OnAppInstallChange(ctx goapp.Context) { p.install(ctx) }

func (p *settings) install(ctx goapp.Context) {
	p.installable, p.apple = ctx.IsAppInstallable(), ctx.IsAppleBrowser()
	p.installed = goapp.Window().Call("goappIsAppInstalled").Bool()
}

func (p *settings) prompt(ctx goapp.Context, e goapp.Event) { ctx.ShowAppInstallPrompt() }

func (p *settings) onNudge(ctx goapp.Context, e goapp.Event) {
	p.nudgeOn = ctx.JSSrc().Get("checked").Bool()
	setFlag(nudgeOff, !p.nudgeOn)
}

func (p *settings) Render() goapp.UI {
	return newShell("settings", tr("settings.title"),
		goapp.Section().Class("card").Aria("labelledby", "settings-storage").Body(
			goapp.H2().ID("settings-storage").Text(tr("settings.data.title")),
			goapp.P().Text(tr("settings.data.lead")),
			goapp.P().DataSet("testid", "storage-status").Text(p.storageText()),
		),
		&display{},
		&reminders{},
		&lockSettings{},
		&dataControls{},
		&devices{},
		goapp.Section().Class("card").Aria("labelledby", "settings-writing").Body(
			goapp.H2().ID("settings-writing").Text(tr("settings.writing.title")),
			goapp.Label().Class("check").Body(
				goapp.Input().Type("checkbox").DataSet("testid", "nudge-toggle").Checked(p.nudgeOn).OnChange(p.onNudge),
				goapp.Span().Text(tr("settings.nudge")),
			),
			goapp.P().Class("hint").Text(tr("settings.nudge.hint")),
		),
		goapp.Section().Class("card").Aria("labelledby", "settings-install").Body(
			goapp.H2().ID("settings-install").Text(tr("settings.install.title")),
			p.installUI(),
		),
		goapp.Section().Class("card").Aria("labelledby", "settings-about").Body(
			goapp.H2().ID("settings-about").Text(tr("settings.about.title")),
			goapp.P().Body(goapp.Text(tr("settings.version")+" "), goapp.Span().DataSet("testid", "app-version").Text(p.version)),
		),
	)
}

func (p *settings) storageText() string {
	switch {
	case p.statusErr != nil:
		return tr("settings.storage.error")
	case !p.status.Known:
		return tr("settings.storage.checking")
	}
	kept := tr("settings.storage.may-clear")
	if p.status.Persisted {
		kept = tr("settings.storage.kept")
	}
	return kept + " " + tr("settings.storage.used", "size", humanBytes(p.status.Used))
}

func (p *settings) installUI() goapp.UI {
	switch {
	case p.installed:
		return goapp.P().Text(tr("settings.install.done"))
	case p.apple:
		return goapp.P().DataSet("testid", "install").Text(tr("settings.install.apple"))
	case p.installable:
		return goapp.Div().Body(
			goapp.P().Text(tr("settings.install.lead")),
			goapp.Button().Class("button").DataSet("testid", "install").OnClick(p.prompt).Text(tr("settings.install.button")),
		)
	}
	return goapp.P().Text(tr("settings.install.menu"))
}

// humanBytes formats a size the way people read it.
func humanBytes(n int64) string {
	switch {
	case n < 1<<10:
		return trn("settings.bytes", int(n))
	case n < 1<<20:
		return tr("settings.kb", "n", strconv.FormatFloat(float64(n)/(1<<10), 'f', 0, 64))
	}
	return tr("settings.mb", "n", strconv.FormatFloat(float64(n)/(1<<20), 'f', 1, 64))
}
