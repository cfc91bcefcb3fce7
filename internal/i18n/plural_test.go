package i18n

import (
	"strconv"
	"strings"
	"testing"
)

// CLDR's sample integers for each category (plurals.xml, current CLDR), plus
// the edges the rules turn on: 11 and 111 for Arabic's %100, the millions
// for Spanish and French "many", negatives counted by their size.
var pluralSamples = map[string]map[string]string{
	"en": {
		"one":   "1 -1",
		"other": "0 2 3 4 5 11 16 21 100 101 111 1000 10000 100000 1000000 2000000 -2",
	},
	"de": {
		"one":   "1",
		"other": "0 2 3 5 11 16 21 100 101 1000 1000000",
	},
	"es": {
		"one":   "1 -1",
		"many":  "1000000 2000000 3000000 6000000 1000000000 -1000000",
		"other": "0 2 3 5 11 16 21 100 101 111 1000 10000 100000 1000001 1100000 999999",
	},
	"fr": {
		"one":   "0 1",
		"many":  "1000000 2000000 3000000 6000000 1000000000",
		"other": "2 3 5 11 16 21 100 101 111 1000 10000 100000 1000001 -2",
	},
	"ar": {
		"zero":  "0",
		"one":   "1",
		"two":   "2",
		"few":   "3 4 5 10 103 104 110 1003 1010 1000003 -3",
		"many":  "11 12 26 99 111 126 199 1011 1099 1000011",
		"other": "100 101 102 200 201 202 300 302 500 502 600 1000 1001 1002 10000 100000 1000000 2000000",
	},
}

func TestPlural(t *testing.T) {
	for lang, cats := range pluralSamples {
		for want, ns := range cats {
			for _, s := range strings.Fields(ns) {
				n, err := strconv.Atoi(s)
				if err != nil {
					t.Fatal(err)
				}
				if got := Plural(lang, n); got != want {
					t.Errorf("Plural(%q, %d) = %q, CLDR says %q", lang, n, got, want)
				}
			}
		}
	}
}

// Regions count like their language; pseudo-locales and languages without
// rules count like English, whose text they show.
func TestPluralOtherTags(t *testing.T) {
	for _, tc := range []struct {
		lang string
		n    int
		want string
	}{
		{"es-MX", 1000000, "many"},
		{"FR_ca", 0, "one"},
		{"ar-EG", 3, "few"},
		{"ar-XB", 3, "other"},
		{"ar-XB", 1, "one"},
		{"en-XA", 0, "other"},
		{"ja", 1, "one"},
		{"", 2, "other"},
	} {
		if got := Plural(tc.lang, tc.n); got != tc.want {
			t.Errorf("Plural(%q, %d) = %q, want %q", tc.lang, tc.n, got, tc.want)
		}
	}
}

// The forms a plural message needs are the categories CLDR lists for each
// language's integers.
func TestForms(t *testing.T) {
	for lang, want := range map[string]string{
		"en": "other one", "de": "other one", "es": "other one many",
		"fr": "other one many", "ar": "other zero one two few many", "ar-XB": "other one",
	} {
		var got []string
		for cat, name := range categories {
			if forms(lang)&(1<<cat) != 0 {
				got = append(got, name)
			}
		}
		if strings.Join(got, " ") != want {
			t.Errorf("forms(%q) = %v, want %s", lang, got, want)
		}
	}
}
