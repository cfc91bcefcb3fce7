package app

import (
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/reminder"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Preferences of the daily reminder, in localStorage (harmless settings).
const (
	reminderPref = "kindly.reminder" // HH:MM, or "" for none
	remindedPref = "kindly.reminded" // the day a notification was last shown
	notifyPref   = "kindly.notify"   // "1" to notify while Kindly is open
)

// icsFile is the name of the reminder's calendar file.
const icsFile = "kindly-checkin.ics"

// reminders is the Settings card of the daily check-in reminder: a time,
// a calendar file for any calendar app, and notifications while Kindly is
// open, with honest words about what a web app can do.
type reminders struct {
	goapp.Compo

	at         string // HH:MM
	notifyOn   bool
	permission string
	err        error
	saved      bool // the calendar file was saved
}

func (c *reminders) OnMount(ctx goapp.Context) {
	c.at = browser.Preference(reminderPref)
	if c.at == "" {
		c.at = "20:00"
	}
	c.notifyOn = flagOn(notifyPref)
	c.permission = browser.NotificationState()
	ctx.Defer(func(goapp.Context) { browser.SetValue("reminder-time", c.at) })
}

func (c *reminders) onTime(ctx goapp.Context, e goapp.Event) {
	v := ctx.JSSrc().Get("value").String()
	if _, _, err := reminder.Parse(v); err == nil {
		c.at = v
		browser.SetPreference(reminderPref, v)
	}
}

// onCalendar downloads the reminder as an .ics file.
func (c *reminders) onCalendar(ctx goapp.Context, e goapp.Event) {
	h, m, err := reminder.Parse(c.at)
	if err == nil {
		browser.SetPreference(reminderPref, c.at)
		err = browser.SaveFile(icsFile, "text/calendar", []byte(reminder.ICS(h, m, time.Now(), msg)))
	}
	c.err, c.saved = err, err == nil
}

func (c *reminders) onNotify(ctx goapp.Context, e goapp.Event) {
	on := ctx.JSSrc().Get("checked").Bool()
	c.notifyOn = on
	if on {
		browser.SetPreference(reminderPref, c.at)
	}
	setFlag(notifyPref, on)
	if on && c.permission != "granted" {
		ctx.Async(func() {
			p := browser.AskNotifications()
			ctx.Dispatch(func(goapp.Context) { c.permission = p })
		})
	}
}

func (c *reminders) Render() goapp.UI {
	return goapp.Section().Class("card").DataSet("testid", "reminders").Aria("labelledby", "settings-reminder").Body(
		goapp.H2().ID("settings-reminder").Text(tr("reminders.title")),
		goapp.Label().For("reminder-time").Class("field-label").Text(tr("reminders.time")),
		goapp.Input().Type("time").ID("reminder-time").DataSet("testid", "reminder-time").OnChange(c.onTime),
		goapp.Div().Class("actions").Body(
			goapp.Button().Class("button").DataSet("testid", "reminder-ics").OnClick(c.onCalendar).Text(tr("reminders.calendar")),
		),
		goapp.P().Class("hint").Text(tr("reminders.calendar.hint")),
		slot(c.saved, func() goapp.UI {
			return goapp.P().Class("success").DataSet("testid", "reminder-result").Text(tr("reminders.calendar.saved", "file", icsFile))
		}),
		slot(c.err != nil, func() goapp.UI { return alert(storageMessage(c.err)) }),
		goapp.Label().Class("check").Body(
			goapp.Input().Type("checkbox").DataSet("testid", "reminder-notify").Checked(c.notifyOn).OnChange(c.onNotify),
			goapp.Span().Text(tr("reminders.notify")),
		),
		goapp.P().Class("hint").Text(c.notifyHint()),
	)
}

// notifyHint is honest about what a web app can do.
func (c *reminders) notifyHint() string {
	switch c.permission {
	case "":
		return tr("reminders.notify.unsupported")
	case "denied":
		return tr("reminders.notify.denied")
	}
	return tr("reminders.notify.hint")
}

// reminderDue reports whether the reminder time has passed today.
func reminderDue(now time.Time) bool {
	at := browser.Preference(reminderPref)
	if at == "" { // no reminder: nothing to parse, and no error made with fmt at start-up
		return false
	}
	h, m, err := reminder.Parse(at)
	if err != nil {
		return false
	}
	return !now.Before(time.Date(now.Year(), now.Month(), now.Day(), h, m, 0, 0, now.Location()))
}

// remindWhileOpen notifies once a day at the reminder time while Kindly is
// open, if the user asked for it and the browser allows it.
func remindWhileOpen(now time.Time) {
	today := now.Format("2006-01-02")
	if !flagOn(notifyPref) || browser.NotificationState() != "granted" || !reminderDue(now) || browser.Preference(remindedPref) == today {
		return
	}
	browser.SetPreference(remindedPref, today)
	browser.Notify(tr("reminders.notification.title"), tr("reminders.notification.body"))
}
