package app

import (
	"slices"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/crisis"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// countryPref is where the person said they are, chosen on Support: an
// ISO 3166 code, or otherCountry. Without it (or when Kindly no longer
// lists the saved country) Kindly guesses from what the device says.
const countryPref = "kindly.country"

// otherCountry is the choice of everywhere else.
const otherCountry = "other"

// crisisCountry is the country whose lines Support and the crisis card
// show first; ok is false for everywhere else.
func crisisCountry() (crisis.Country, bool) {
	saved := browser.Preference(countryPref)
	if c, ok := crisis.Find(saved); ok || saved == otherCountry {
		return c, ok
	}
	first := ""
	if langs := browser.Languages(); len(langs) > 0 {
		first = langs[0]
	}
	return crisis.Find(crisis.Guess([]string{msg.Lang(), first}, browser.TimeZone()))
}

// countryPicker is the choice of where the person is: the listed countries
// by name, then everywhere else. chosen is the chosen code, "" for
// everywhere else.
func countryPicker(chosen string, onChange goapp.EventHandler) goapp.UI {
	countries := byName()
	return goapp.Div().Class("field").Body(
		goapp.Label().For("country").Class("field-label").Text(tr("support.country")),
		goapp.Select().ID("country").DataSet("testid", "country").OnChange(onChange).Body(
			goapp.Range(countries).Slice(func(i int) goapp.UI {
				c := countries[i]
				return goapp.Option().Value(c.Code).Selected(c.Code == chosen).Text(tr(c.Name))
			}),
			goapp.Option().Value(otherCountry).Selected(chosen == "").Text(tr("crisis.country.other")),
		),
	)
}

// byName are the listed countries in the order of their names in the
// interface language.
func byName() []crisis.Country {
	countries := slices.Clone(crisis.Countries)
	slices.SortFunc(countries, func(a, b crisis.Country) int {
		return strings.Compare(sortKey(tr(a.Name)), sortKey(tr(b.Name)))
	})
	return countries
}

// sortKey orders names as people expect, É with E and Ö with O, without
// a collation library in the wasm.
func sortKey(s string) string { return plainLetters.Replace(strings.ToLower(s)) }

var plainLetters = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "a", "é", "e", "è", "e", "ê", "e", "í", "i", "î", "i",
	"ó", "o", "ô", "o", "ö", "o", "ú", "u", "ü", "u", "ç", "c", "ñ", "n")

// callLinks are the call and text links of a line.
func callLinks(l crisis.Line) goapp.UI {
	return goapp.Span().Class("call-links").Body(
		goapp.Range(l.Call).Slice(func(i int) goapp.UI {
			return goapp.A().Class("button").Href("tel:" + l.Call[i].Dial).Text(tr("support.line.call", "number", l.Call[i].Shown))
		}),
		goapp.If(l.Text.Dial != "", func() goapp.UI {
			return goapp.A().Class("button quiet").Href("sms:" + l.Text.Dial).Text(tr("support.line.text", "number", l.Text.Shown))
		}),
	)
}

// lineList is a country's lines: the service's own name (never
// translated), its note, and its links.
func lineList(c crisis.Country) goapp.UI {
	return goapp.Ul().Class("lines").Body(
		goapp.Range(c.Lines).Slice(func(i int) goapp.UI {
			l := c.Lines[i]
			return goapp.Li().Class("line").Body(
				goapp.P().Body(goapp.Span().Class("feeling").Attr("translate", "no").Text(l.Name), goapp.Text(". "+tr(l.Note))),
				callLinks(l),
			)
		}),
	)
}

// emergencyNumbers are a country's emergency numbers as written, with
// what each is for when it is not the general one ("112 · 144 (medical
// help)").
func emergencyNumbers(c crisis.Country) string {
	var s []string
	for _, e := range c.Emergency {
		if e.For != "" {
			s = append(s, e.Shown+" ("+tr(e.For)+")")
		} else {
			s = append(s, e.Shown)
		}
	}
	return strings.Join(s, " · ")
}

// directories are the international directories of helplines, for the
// places Kindly lists no lines for.
func directories() goapp.UI {
	link := func(href, text string) goapp.UI {
		return goapp.Li().Body(goapp.A().Href(href).Attr("rel", "noopener noreferrer").Attr("translate", "no").Text(text))
	}
	return goapp.Ul().Class("phone-list").Body( // large enough to tap, as the numbers are
		link("https://findahelpline.com/", "findahelpline.com"),
		link("https://www.iasp.info/", "iasp.info"),
	)
}

// lastChecked is the oldest date a listed line was verified: the date the
// list as a whole can vouch for.
func lastChecked() time.Time {
	var oldest time.Time
	for _, c := range crisis.Countries {
		for _, l := range c.Lines {
			if v, err := time.Parse(time.DateOnly, l.Verified); err == nil && (oldest.IsZero() || v.Before(oldest)) {
				oldest = v
			}
		}
	}
	return oldest
}
