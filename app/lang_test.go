//go:build !wasm

package app

import "testing"

func TestLanguageFor(t *testing.T) {
	for _, tt := range []struct {
		saved   string
		browser []string
		want    string
	}{
		{"de", []string{"es-MX"}, "de"},           // the choice wins
		{"en", []string{"fr-FR"}, "en"},           // English chosen on a French browser
		{"", []string{"it", "fr-CA", "es"}, "fr"}, // the first language Kindly has
		{"xx", []string{"es-419"}, "es"},          // a choice that no longer exists
		{"", nil, "en"},                           // nothing known
		{"en-XA", []string{"de"}, "en-XA"},        // the pseudo-locales, for the suite
		{"AR_xb", []string{"de"}, "ar-XB"},        // in any spelling
		{"", []string{"pt-BR", "ja", "ko"}, "en"}, // none Kindly has
	} {
		if got := languageFor(tt.saved, tt.browser); got != tt.want {
			t.Errorf("languageFor(%q, %q) = %q, want %q", tt.saved, tt.browser, got, tt.want)
		}
	}
}
