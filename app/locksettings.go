package app

import (
	"context"
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/backup"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// lockSettings is the Settings card of the privacy lock: turn it on (the
// passphrase twice, an honest warning, a backup first), lock now, the idle
// time, change the passphrase, turn it off.
type lockSettings struct {
	goapp.Compo

	on, open     bool
	pass1, pass2 string
	current      string
	idle         int
	busy         string // the key of what is being done, while it is
	done         string // the key of what was done
	err          error
	ctx          goapp.Context
}

func (c *lockSettings) OnMount(ctx goapp.Context) {
	c.ctx = ctx
	c.idle = int(idleLimit() / time.Minute)
	reloadOnUnlock(ctx, func(goapp.Context) { c.refresh() })
	c.refresh()
}

func (c *lockSettings) refresh() {
	ctx := c.ctx
	ctx.Async(func() {
		db.open()
		on, _ := db.lockState()
		ctx.Dispatch(func(goapp.Context) { c.on = on })
	})
}

func (c *lockSettings) text(dst *string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) { *dst = ctx.JSSrc().Get("value").String() }
}

func (c *lockSettings) onOpen(goapp.Context, goapp.Event) {
	c.open = true
	c.ctx.Defer(func(goapp.Context) { browser.Focus("lock-pass-1") })
}

// run does one lock operation in the background, then clears the
// passphrase fields: passphrases are kept no longer than needed.
func (c *lockSettings) run(busy, done string, f func() error) {
	c.runKeep(busy, done, false, f)
}

func (c *lockSettings) runKeep(busy, done string, keepOpen bool, f func() error) {
	ctx := c.ctx
	c.busy, c.done, c.err = busy, "", nil
	ctx.Async(func() {
		err := f()
		ctx.Dispatch(func(goapp.Context) {
			c.busy, c.err = "", err
			if err != nil {
				return
			}
			c.done, c.open = done, keepOpen
			c.pass1, c.pass2, c.current = "", "", ""
			for _, id := range []string{"lock-pass-1", "lock-pass-2", "lock-current"} {
				browser.SetValue(id, "")
			}
			changed()
			c.refresh()
		})
	})
}

func (c *lockSettings) onEnable(goapp.Context, goapp.Event) {
	pass := c.pass1
	c.run("locksettings.encrypting", "locksettings.enabled", func() error { return db.enable(pass) })
}

func (c *lockSettings) onChange(goapp.Context, goapp.Event) {
	cur, next := c.current, c.pass1
	c.run("locksettings.changing", "locksettings.changed", func() error { return db.change(cur, next) })
}

func (c *lockSettings) onDisable(goapp.Context, goapp.Event) {
	cur := c.current
	c.run("locksettings.decrypting", "locksettings.disabled", func() error { return db.disable(cur) })
}

// onBackup saves a backup before the lock is turned on, from the warning.
func (c *lockSettings) onBackup(goapp.Context, goapp.Event) {
	c.runKeep("locksettings.saving-backup", "locksettings.backup-saved", true, func() error {
		s, err := db.open()
		if err != nil {
			return err
		}
		now := time.Now()
		name, mime, data, err := exportFile(s, false, now)
		if err == nil {
			err = browser.SaveFile(name, mime, data)
		}
		if err == nil {
			err = backup.MarkExported(context.Background(), s, now)
		}
		return err
	})
}

func (c *lockSettings) onLockNow(goapp.Context, goapp.Event) { db.lock() }

func (c *lockSettings) onIdle(ctx goapp.Context, e goapp.Event) {
	v := ctx.JSSrc().Get("value").String()
	c.idle, _ = strconv.Atoi(v)
	browser.SetPreference(idlePref, v)
}

// strength is an honest, simple hint: length matters most.
func strength(p string) string {
	n := len([]rune(p))
	switch {
	case n == 0:
		return tr("locksettings.strength.empty")
	case n < 8:
		return tr("locksettings.strength.short")
	case n < 12 || !strings.ContainsAny(p, " -_.,0123456789"):
		return tr("locksettings.strength.okay")
	}
	return tr("locksettings.strength.strong")
}

func (c *lockSettings) newPassphrase() goapp.UI {
	return goapp.Div().Body(
		goapp.Label().For("lock-pass-1").Class("field-label").Text(tr("locksettings.new")),
		goapp.Input().Type("password").ID("lock-pass-1").DataSet("testid", "passphrase").
			Attr("autocomplete", "new-password").OnInput(c.text(&c.pass1)),
		goapp.P().Class("hint").Aria("live", "polite").Text(strength(c.pass1)),
		goapp.Label().For("lock-pass-2").Class("field-label").Text(tr("locksettings.again")),
		goapp.Input().Type("password").ID("lock-pass-2").DataSet("testid", "passphrase").
			Attr("autocomplete", "new-password").OnInput(c.text(&c.pass2)),
		slot(c.pass2 != "" && c.pass1 != c.pass2, func() goapp.UI {
			return goapp.P().Class("hint").Text(tr("locksettings.differ"))
		}),
	)
}

func (c *lockSettings) currentPassphrase() goapp.UI {
	return goapp.Div().Body(
		goapp.Label().For("lock-current").Class("field-label").Text(tr("locksettings.current")),
		goapp.Input().Type("password").ID("lock-current").DataSet("testid", "passphrase").
			Attr("autocomplete", "current-password").OnInput(c.text(&c.current)),
	)
}

func (c *lockSettings) Render() goapp.UI {
	ok := len([]rune(c.pass1)) >= 8 && c.pass1 == c.pass2 && c.busy == ""
	return goapp.Section().Class("card").DataSet("testid", "lock-settings").Aria("labelledby", "settings-lock").Body(
		goapp.H2().ID("settings-lock").Text(tr("locksettings.title")),
		slot(c.busy != "", func() goapp.UI { return goapp.P().Aria("live", "polite").Text(tr(c.busy)) }),
		slot(c.done != "", func() goapp.UI {
			return goapp.P().Class("success").DataSet("testid", "lock-result").Aria("live", "polite").Text(tr(c.done))
		}),
		slot(c.err != nil, func() goapp.UI { return alert(storageMessage(c.err)) }),
		goapp.If(!c.on, func() goapp.UI {
			return goapp.Div().Body(
				goapp.P().Text(tr("locksettings.about")),
				goapp.If(!c.open, func() goapp.UI {
					return goapp.Button().Class("button").DataSet("testid", "lock-enable").OnClick(c.onOpen).Text(tr("locksettings.enable"))
				}).Else(func() goapp.UI {
					return goapp.Div().Body(
						goapp.P().Class("reminder").DataSet("testid", "lock-warning").Text(tr("locksettings.warning")),
						goapp.Button().Class("button quiet").DataSet("testid", "lock-backup").OnClick(c.onBackup).Text(tr("locksettings.backup")),
						c.newPassphrase(),
						goapp.Div().Class("actions").Body(
							goapp.Button().Class("button").DataSet("testid", "lock-confirm").Disabled(!ok).OnClick(c.onEnable).Text(tr("locksettings.confirm")),
						),
					)
				}),
			)
		}).Else(func() goapp.UI {
			return goapp.Div().Body(
				goapp.P().Text(tr("locksettings.on")),
				goapp.Div().Class("actions").Body(
					goapp.Button().Class("button").DataSet("testid", "lock-now").OnClick(c.onLockNow).Text(tr("locksettings.lock-now")),
				),
				goapp.Label().For("lock-idle").Class("field-label").Text(tr("locksettings.idle")),
				goapp.Select().ID("lock-idle").DataSet("testid", "lock-idle").OnChange(c.onIdle).Body(
					goapp.Range([]int{1, 5, 15, 60}).Slice(func(i int) goapp.UI {
						m := []int{1, 5, 15, 60}[i]
						return goapp.Option().Value(strconv.Itoa(m)).Selected(m == c.idle).Text(trn("locksettings.idle.minutes", m))
					}),
				),
				goapp.P().Class("hint").Text(tr("locksettings.idle.hint")),
				goapp.P().Class("legend").Text(tr("locksettings.change")),
				c.currentPassphrase(),
				c.newPassphrase(),
				goapp.Div().Class("actions").Body(
					goapp.Button().Class("button quiet").DataSet("testid", "lock-change").Disabled(!ok || c.current == "").
						OnClick(c.onChange).Text(tr("locksettings.change.button")),
					goapp.Button().Class("button quiet").DataSet("testid", "lock-disable").Disabled(c.current == "" || c.busy != "").
						OnClick(c.onDisable).Text(tr("locksettings.disable")),
				),
			)
		}),
	)
}
