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
	busy         string // what is being done, while it is
	done         string
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
	c.run("Encrypting your journal…", "The lock is on. Your journal is encrypted on this device.", func() error { return db.enable(pass) })
}

func (c *lockSettings) onChange(goapp.Context, goapp.Event) {
	cur, next := c.current, c.pass1
	c.run("Changing the passphrase…", "Passphrase changed.", func() error { return db.change(cur, next) })
}

func (c *lockSettings) onDisable(goapp.Context, goapp.Event) {
	cur := c.current
	c.run("Decrypting your journal…", "The lock is off. Your journal is stored unencrypted on this device again.", func() error { return db.disable(cur) })
}

// onBackup saves a backup before the lock is turned on, from the warning.
func (c *lockSettings) onBackup(goapp.Context, goapp.Event) {
	c.runKeep("Saving a backup…", "Backup saved. Keep it somewhere safe, away from this device.", true, func() error {
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
		return "Use at least 8 characters. Three or four unrelated words are strong and easy to remember."
	case n < 8:
		return "Too short: at least 8 characters."
	case n < 12 || !strings.ContainsAny(p, " -_.,0123456789"):
		return "Okay. Another word or two makes it much harder to guess."
	}
	return "Strong."
}

func (c *lockSettings) newPassphrase() goapp.UI {
	return goapp.Div().Body(
		goapp.Label().For("lock-pass-1").Class("field-label").Text("New passphrase"),
		goapp.Input().Type("password").ID("lock-pass-1").DataSet("testid", "passphrase").
			Attr("autocomplete", "new-password").OnInput(c.text(&c.pass1)),
		goapp.P().Class("hint").Aria("live", "polite").Text(strength(c.pass1)),
		goapp.Label().For("lock-pass-2").Class("field-label").Text("The same passphrase again"),
		goapp.Input().Type("password").ID("lock-pass-2").DataSet("testid", "passphrase").
			Attr("autocomplete", "new-password").OnInput(c.text(&c.pass2)),
		slot(c.pass2 != "" && c.pass1 != c.pass2, func() goapp.UI {
			return goapp.P().Class("hint").Text("The two passphrases differ.")
		}),
	)
}

func (c *lockSettings) currentPassphrase() goapp.UI {
	return goapp.Div().Body(
		goapp.Label().For("lock-current").Class("field-label").Text("Current passphrase"),
		goapp.Input().Type("password").ID("lock-current").DataSet("testid", "passphrase").
			Attr("autocomplete", "current-password").OnInput(c.text(&c.current)),
	)
}

func (c *lockSettings) Render() goapp.UI {
	ok := len([]rune(c.pass1)) >= 8 && c.pass1 == c.pass2 && c.busy == ""
	return goapp.Section().Class("card").DataSet("testid", "lock-settings").Aria("labelledby", "settings-lock").Body(
		goapp.H2().ID("settings-lock").Text("Privacy lock"),
		slot(c.busy != "", func() goapp.UI { return goapp.P().Aria("live", "polite").Text(c.busy) }),
		slot(c.done != "", func() goapp.UI {
			return goapp.P().Class("success").DataSet("testid", "lock-result").Aria("live", "polite").Text(c.done)
		}),
		slot(c.err != nil, func() goapp.UI { return alert(storageMessage(c.err)) }),
		goapp.If(!c.on, func() goapp.UI {
			return goapp.Div().Body(
				goapp.P().Text("With the lock on, everything you write is encrypted on this device with a passphrase only you know. Anyone who picks up the device, or copies the browser's files or a backup, sees only scrambled data."),
				goapp.If(!c.open, func() goapp.UI {
					return goapp.Button().Class("button").DataSet("testid", "lock-enable").OnClick(c.onOpen).Text("Turn on the lock")
				}).Else(func() goapp.UI {
					return goapp.Div().Body(
						goapp.P().Class("reminder").DataSet("testid", "lock-warning").Text("Please read this first: if you forget the passphrase, nobody can recover your journal, not even us. There is no reset. A backup saved now, kept somewhere safe, is your way back."),
						goapp.Button().Class("button quiet").DataSet("testid", "lock-backup").OnClick(c.onBackup).Text("Save a backup first"),
						c.newPassphrase(),
						goapp.Div().Class("actions").Body(
							goapp.Button().Class("button").DataSet("testid", "lock-confirm").Disabled(!ok).OnClick(c.onEnable).Text("Encrypt my journal"),
						),
					)
				}),
			)
		}).Else(func() goapp.UI {
			return goapp.Div().Body(
				goapp.P().Text("The lock is on: your journal is encrypted on this device."),
				goapp.Div().Class("actions").Body(
					goapp.Button().Class("button").DataSet("testid", "lock-now").OnClick(c.onLockNow).Text("Lock now"),
				),
				goapp.Label().For("lock-idle").Class("field-label").Text("Lock by itself after"),
				goapp.Select().ID("lock-idle").DataSet("testid", "lock-idle").OnChange(c.onIdle).Body(
					goapp.Range([]int{1, 5, 15, 60}).Slice(func(i int) goapp.UI {
						m := []int{1, 5, 15, 60}[i]
						label := strconv.Itoa(m) + " minutes without use"
						if m == 1 {
							label = "1 minute without use"
						}
						return goapp.Option().Value(strconv.Itoa(m)).Selected(m == c.idle).Text(label)
					}),
				),
				goapp.P().Class("hint").Text("It also locks shortly after you switch to another app or tab."),
				goapp.P().Class("legend").Text("Change the passphrase or turn the lock off"),
				c.currentPassphrase(),
				c.newPassphrase(),
				goapp.Div().Class("actions").Body(
					goapp.Button().Class("button quiet").DataSet("testid", "lock-change").Disabled(!ok || c.current == "").
						OnClick(c.onChange).Text("Change passphrase"),
					goapp.Button().Class("button quiet").DataSet("testid", "lock-disable").Disabled(c.current == "" || c.busy != "").
						OnClick(c.onDisable).Text("Turn the lock off"),
				),
			)
		}),
	)
}
