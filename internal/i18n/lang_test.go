package i18n

import (
	"slices"
	"testing"
)

func TestMatch(t *testing.T) {
	for _, tc := range []struct {
		prefs []string
		want  string
	}{
		{nil, "en"},
		{[]string{}, "en"},
		{[]string{"es"}, "es"},
		{[]string{"de-AT", "en"}, "de"},
		{[]string{"es-419"}, "es"},
		{[]string{"fr_CA"}, "fr"},
		{[]string{"FR-be"}, "fr"},
		{[]string{"DE"}, "de"},
		{[]string{"ja", "zh-Hant-TW", "fr"}, "fr"},   // the first tag Kindly has
		{[]string{"pt-BR", "es-MX", "de"}, "es"},     // a region before a later exact tag
		{[]string{"ja", "ko"}, "en"},                 // nothing shipped
		{[]string{"", "*", "de"}, "de"},              // junk is skipped
		{[]string{"en-GB", "es"}, "en"},              // English when it comes first
		{[]string{"en-XA"}, "en-XA"},                 // pseudo-locales match themselves
		{[]string{"ar_xb"}, "ar-XB"},                 //
		{[]string{"ar-EG", "ar", "fr"}, "fr"},        // never a pseudo-locale by base
		{[]string{"ar-XB-u-nu-latn"}, "ar-XB"},       // extensions are shortened away
		{[]string{"es-ES-u-ca-gregory", "en"}, "es"}, //
	} {
		if got := Match(tc.prefs); got != tc.want {
			t.Errorf("Match(%q) = %q, want %q", tc.prefs, got, tc.want)
		}
	}
}

func TestCanon(t *testing.T) {
	for in, want := range map[string]string{
		"en": "en", "EN_us": "en-US", "zh-hant-tw": "zh-Hant-TW", "es-419": "es-419", " de ": "de", "": "",
	} {
		if got := canon(in); got != want {
			t.Errorf("canon(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestDir(t *testing.T) {
	for _, lang := range []string{"en", "es", "de", "fr", "en-XA"} {
		if d := Load(lang).Dir(); d != "ltr" {
			t.Errorf("%s: Dir() = %q, want ltr", lang, d)
		}
	}
	if d := Load("ar-XB").Dir(); d != "rtl" {
		t.Errorf("ar-XB: Dir() = %q, want rtl", d)
	}
	for _, lang := range []string{"ar", "fa-IR", "he", "ur", "ps", "sd", "ug", "yi", "dv", "ckb"} {
		if d := (&Catalog{lang: canon(lang)}).Dir(); d != "rtl" {
			t.Errorf("%s: Dir() = %q, want rtl", lang, d)
		}
	}
}

func TestLanguagesAndNames(t *testing.T) {
	langs := Languages()
	if !slices.Equal(langs, []string{"en", "es", "de", "fr"}) {
		t.Fatalf("Languages() = %q", langs)
	}
	langs[0] = "xx"
	if Languages()[0] != "en" {
		t.Error("Languages() shares its slice with the caller")
	}
	for lang, want := range map[string]string{
		"en": "English", "es": "Español", "de": "Deutsch", "fr": "Français", "ES": "Español", "ja": "ja",
	} {
		if got := Name(lang); got != want {
			t.Errorf("Name(%q) = %q, want %q", lang, got, want)
		}
	}
}
