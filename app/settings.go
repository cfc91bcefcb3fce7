package app

import (
	"fmt"

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
	return newShell("settings", "Settings",
		goapp.Section().Class("card").Aria("labelledby", "settings-storage").Body(
			goapp.H2().ID("settings-storage").Text("Your data"),
			goapp.P().Text("Everything you write stays in this browser, on this device. There is no account and no copy on any server."),
			goapp.P().DataSet("testid", "storage-status").Text(p.storageText()),
		),
		&display{},
		&reminders{},
		&lockSettings{},
		&dataControls{},
		goapp.Section().Class("card").Aria("labelledby", "settings-writing").Body(
			goapp.H2().ID("settings-writing").Text("Writing"),
			goapp.Label().Class("check").Body(
				goapp.Input().Type("checkbox").DataSet("testid", "nudge-toggle").Checked(p.nudgeOn).OnChange(p.onNudge),
				goapp.Span().Text("Suggest gentler words when I write in all-or-nothing terms"),
			),
			goapp.P().Class("hint").Text("Only a suggestion under the text box. It changes nothing unless you pick it."),
		),
		goapp.Section().Class("card").Aria("labelledby", "settings-install").Body(
			goapp.H2().ID("settings-install").Text("Install"),
			p.installUI(),
		),
		goapp.Section().Class("card").Aria("labelledby", "settings-about").Body(
			goapp.H2().ID("settings-about").Text("About"),
			goapp.P().Body(goapp.Text("Version "), goapp.Span().DataSet("testid", "app-version").Text(p.version)),
		),
	)
}

func (p *settings) storageText() string {
	switch {
	case p.statusErr != nil:
		return "Kindly can't read this browser's storage details right now."
	case !p.status.Known:
		return "Checking storage…"
	}
	kept := "The browser may clear it if the device runs low on space, so backups matter."
	if p.status.Persisted {
		kept = "The browser has agreed to keep it, even when space runs low."
	}
	return fmt.Sprintf("%s Kindly uses %s here.", kept, humanBytes(p.status.Used))
}

func (p *settings) installUI() goapp.UI {
	switch {
	case p.installed:
		return goapp.P().Text("Kindly is installed on this device.")
	case p.apple:
		return goapp.P().DataSet("testid", "install").Text("To install Kindly, tap the Share button in Safari, then \u201cAdd to Home Screen\u201d. It will then open like an app, even offline.")
	case p.installable:
		return goapp.Div().Body(
			goapp.P().Text("Install Kindly to open it from your home screen, even offline."),
			goapp.Button().Class("button").DataSet("testid", "install").OnClick(p.prompt).Text("Install Kindly"),
		)
	}
	return goapp.P().Text("Your browser may offer to install Kindly from its menu. Once you've visited, it works offline either way.")
}

// humanBytes formats a size the way people read it.
func humanBytes(n int64) string {
	switch {
	case n < 1<<10:
		return fmt.Sprintf("%d bytes", n)
	case n < 1<<20:
		return fmt.Sprintf("%.0f KB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
}
