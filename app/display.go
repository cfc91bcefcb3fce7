package app

import (
	"strings"
	"sync"

	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// displayPref is a display preference kept in localStorage and, when it
// has an attr, mirrored on the root element as data-<attr> for the
// stylesheet. Its label and its options' labels are catalog keys.
type displayPref struct {
	key, attr, label, testid string
	options                  []option // the first is the default
}

var displayPrefs = []displayPref{
	{"kindly.theme", "theme", "display.theme", "pref-theme", []option{{"display.theme.system", "system"}, {"display.theme.light", "light"}, {"display.theme.dark", "dark"}}},
	{"kindly.text", "text", "display.text", "pref-text", []option{{"display.text.standard", ""}, {"display.text.large", "large"}, {"display.text.larger", "larger"}}},
	{"kindly.motion", "motion", "display.motion", "pref-motion", []option{{"display.motion.system", "system"}, {"display.motion.reduce", "reduce"}}},
	{weekStartPref, "", "display.week", "pref-week", []option{{"display.follow-language", ""}, {"display.week.monday", "monday"}, {"display.week.sunday", "sunday"}}},
	{datesPref, "", "display.dates", "pref-dates", []option{{"display.follow-language", ""}, {"display.dates.day-month", "day-month"}, {"display.dates.month-day", "month-day"}}},
	{clockPref, "", "display.clock", "pref-clock", []option{{"display.follow-language", ""}, {"display.clock.12", "12"}, {"display.clock.24", "24"}}},
}

// ApplyPreferences puts the display preferences (theme, text size, motion)
// on the root element, where the stylesheet reads them, and sets how dates
// are written and weeks counted. The wasm entry calls it before the first
// render; Settings calls it on every change.
func ApplyPreferences() {
	applyLanguage()
	lang := browser.Language()
	if base, _, _ := strings.Cut(msg.Lang(), "-"); !strings.EqualFold(base, strings.SplitN(lang, "-", 2)[0]) {
		lang = msg.Lang() // weeks and the clock follow the interface language
	}
	// The dial is asked of Intl when a clock time is first written: the
	// first Intl object a page makes costs tens of milliseconds, and the
	// first page rarely shows a clock time.
	hour12 := sync.OnceValue(func() bool { return browser.Hour12(lang) })
	local = localeFor(lang, hour12, intlTag(msg.Lang(), browser.Language()),
		browser.Preference(datesPref), browser.Preference(weekStartPref), browser.Preference(clockPref))
	for _, p := range displayPrefs {
		if p.attr == "" {
			continue
		}
		v := browser.Preference(p.key)
		if v == "system" {
			v = ""
		}
		browser.SetRootData(p.attr, v)
	}
}

// display is the Settings card of display preferences: language, theme,
// text size, motion, weeks, dates, clock, and the breathing guide's
// vibration.
type display struct {
	goapp.Compo

	values    map[string]string
	vibrateOn bool
	vibrates  bool
}

func (c *display) OnMount(ctx goapp.Context) {
	c.values = map[string]string{}
	for _, p := range displayPrefs {
		c.values[p.key] = browser.Preference(p.key)
	}
	c.vibrateOn, c.vibrates = flagOn(vibratePref), browser.CanVibrate()
}

func (c *display) onChoose(key string) goapp.EventHandler {
	return func(ctx goapp.Context, e goapp.Event) {
		v := ctx.JSSrc().Get("value").String()
		c.values[key] = v
		browser.SetPreference(key, v)
		ApplyPreferences()
	}
}

func (c *display) onVibrate(ctx goapp.Context, e goapp.Event) {
	c.vibrateOn = ctx.JSSrc().Get("checked").Bool()
	setFlag(vibratePref, c.vibrateOn)
}

func (c *display) Render() goapp.UI {
	return goapp.Section().Class("card").DataSet("testid", "display").Aria("labelledby", "settings-display").Body(
		goapp.H2().ID("settings-display").Text(tr("display.title")),
		&languagePicker{ID: "language", TestID: "language"},
		goapp.Range(displayPrefs).Slice(func(i int) goapp.UI {
			p := displayPrefs[i]
			return goapp.Div().Body(
				goapp.Label().For(p.testid).Class("field-label").Text(tr(p.label)),
				goapp.Select().ID(p.testid).DataSet("testid", p.testid).OnChange(c.onChoose(p.key), goapp.EventScope(p.key)).Body(
					goapp.Range(p.options).Slice(func(j int) goapp.UI {
						o := p.options[j]
						return goapp.Option().Value(o.value).Selected(o.value == c.values[p.key]).Text(tr(o.label))
					}),
				),
			)
		}),
		slot(c.vibrates, func() goapp.UI {
			return goapp.Label().Class("check").Body(
				goapp.Input().Type("checkbox").DataSet("testid", "pref-vibrate").Checked(c.vibrateOn).OnChange(c.onVibrate),
				goapp.Span().Text(tr("display.vibrate")),
			)
		}),
	)
}
