package i18n

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestPseudo(t *testing.T) {
	l := libraryOf(testFS)
	en := l.load("en")
	xa, xb := l.load("en-XA"), l.load("ar-XB")
	if xa.Dir() != "ltr" || xb.Dir() != "rtl" {
		t.Errorf("Dir: en-XA %s, ar-XB %s", xa.Dir(), xb.Dir())
	}
	for _, key := range en.keys {
		for cat := range categories {
			s := en.lookup(key).raw(cat)
			if s == "" {
				continue
			}
			a, b := xa.lookup(key).raw(cat), xb.lookup(key).raw(cat)
			if !slices.Equal(names(a), names(s)) || !slices.Equal(names(b), names(s)) {
				t.Errorf("%s: placeholders changed: %q → %q, %q", key, s, a, b)
			}
			if !strings.HasPrefix(a, "⟦") || !strings.HasSuffix(a, "⟧") || strings.ContainsAny(plain(a), "aeiouAEIOU") {
				t.Errorf("%s: en-XA %q is not marked and accented", key, a)
			}
			if n := utf8.RuneCountInString(s); n >= 5 && float64(utf8.RuneCountInString(a)) < 1.3*float64(n) {
				t.Errorf("%s: en-XA %q is not 30 %% longer than %q", key, a, s)
			}
			if b != "\u202e"+s+"\u202c" {
				t.Errorf("%s: ar-XB %q", key, b)
			}
		}
	}
	if got := xa.T("journal.saved", "title", "Monday", "time", "9:00"); !strings.HasPrefix(got, "⟦Šáṽéð Monday áţ 9:00 ") {
		t.Errorf("en-XA: T = %q", got)
	}
	if got := xa.N("journal.count", 1); !strings.HasPrefix(got, "⟦1 éñţŕý ") {
		t.Errorf("en-XA: N = %q", got)
	}
	if got := xa.T("journal.nowhere"); got != "journal.nowhere" {
		t.Errorf("en-XA: a missing key gives %q", got)
	}
}

func TestAccent(t *testing.T) {
	for in, want := range map[string]string{
		"OK":             "⟦ÓĶ ⟧",
		"Save {n} now!":  "⟦Šáṽé {n} ñóŵ! óñé ţ⟧",
		"{a}{b}":         "⟦{a}{b} óñ⟧",
		"é 1":            "⟦é 1 ó⟧",
		"{ not a name }": "⟦{ ñóţ á ñáɱé } óñé ţ⟧",
	} {
		if got := accent(in); got != want {
			t.Errorf("accent(%q) = %q, want %q", in, got, want)
		}
	}
}

// plain is s without its placeholders.
func plain(s string) string {
	var b strings.Builder
	split(s, func(text string, name bool) {
		if !name {
			b.WriteString(text)
		}
	})
	return b.String()
}
