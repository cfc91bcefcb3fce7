package i18n

import (
	"slices"
	"strings"
	"testing"
)

func TestAcceptLanguage(t *testing.T) {
	for _, tt := range []struct {
		header string
		want   []string
		match  string
	}{
		{"", []string{}, "en"},
		{"de-AT,de;q=0.9,en;q=0.5", []string{"de-AT", "de", "en"}, "de"},
		{"en;q=0.4, fr-CA ;q=0.8, es-MX", []string{"es-MX", "fr-CA", "en"}, "es"},
		{"fr;q=0, it, *;q=0.1", []string{"it"}, "en"},
		{"ja;q=2, ko;q=abc, <script>, es", []string{"es"}, "es"},
		{"pt-BR,pt;q=0.9,es;q=0.8,en;q=0.7", []string{"pt-BR", "pt", "es", "en"}, "es"},
	} {
		got := AcceptLanguage(tt.header)
		if !slices.Equal(got, tt.want) {
			t.Errorf("AcceptLanguage(%q) = %q, want %q", tt.header, got, tt.want)
		}
		if m := Match(got); m != tt.match {
			t.Errorf("Match(AcceptLanguage(%q)) = %q, want %q", tt.header, m, tt.match)
		}
	}
}

// FuzzAcceptLanguage: any header gives tags of the allowed characters,
// each from the header, and Match always picks a shipped language.
func FuzzAcceptLanguage(f *testing.F) {
	f.Add("de-AT,de;q=0.9,en;q=0.5")
	f.Add(";q=,,,*;q=1")
	f.Fuzz(func(t *testing.T, header string) {
		tags := AcceptLanguage(header)
		for _, tag := range tags {
			if tag == "" || !strings.Contains(header, tag) || strings.ContainsAny(tag, " ;,=") {
				t.Fatalf("tag %q from %q", tag, header)
			}
		}
		if m := Match(tags); !slices.Contains(Languages(), m) {
			t.Fatalf("Match gave %q", m)
		}
	})
}
