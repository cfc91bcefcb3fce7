package app

import (
	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/i18n"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// languagePicker chooses the interface language, in Settings and on the
// first welcome screen. Each language is listed by its own name, so a
// person can find theirs whatever language the page is in now.
type languagePicker struct {
	goapp.Compo

	ID, TestID string

	value string
}

func (c *languagePicker) OnMount(goapp.Context) { c.value = chosenLanguage() }

func (c *languagePicker) onChange(ctx goapp.Context, e goapp.Event) {
	c.value = ctx.JSSrc().Get("value").String()
	browser.SetPreference(languagePref, c.value)
	ApplyPreferences()
}

func (c *languagePicker) Render() goapp.UI {
	opts := languageOptions()
	return goapp.Div().Body(
		goapp.Label().For(c.ID).Class("field-label").Text(tr("settings.language")),
		goapp.Select().ID(c.ID).DataSet("testid", c.TestID).OnChange(c.onChange).Body(
			goapp.Range(opts).Slice(func(i int) goapp.UI {
				o := goapp.Option().Value(opts[i].value).Selected(opts[i].value == c.value).Text(opts[i].label)
				if opts[i].value != "" {
					o = o.Lang(opts[i].value) // read in its own language
				}
				return o
			}),
		),
	)
}

// languageOptions are the picker's choices: following the browser, then
// each shipped language by its own name.
func languageOptions() []option {
	opts := []option{{tr("settings.language.browser"), ""}}
	for _, l := range i18n.Languages() {
		opts = append(opts, option{i18n.Name(l), l})
	}
	return opts
}
