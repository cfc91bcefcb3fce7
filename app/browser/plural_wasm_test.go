//go:build js && wasm

package browser

import (
	"syscall/js"
	"testing"

	"github.com/kindly/kindly/internal/i18n"
)

// Kindly's hand-written plural rules pick the same category as the
// browser's Intl.PluralRules (current CLDR) for 0…200 and the millions,
// which reach every category of the shipped languages and of Arabic.
func TestPluralMatchesIntl(t *testing.T) {
	rules := js.Global().Get("Intl").Get("PluralRules")
	ns := []int{1000000, 2000000, 3000000, 1000001, 1000011}
	for n := 0; n <= 200; n++ {
		ns = append(ns, n)
	}
	for _, lang := range []string{"en", "es", "de", "fr", "ar"} {
		r := rules.New(lang)
		if got := r.Call("resolvedOptions").Get("locale").String(); got != lang {
			t.Fatalf("Intl.PluralRules(%q) resolved to %q", lang, got)
		}
		for _, n := range ns {
			want := r.Call("select", n).String()
			if got := i18n.Plural(lang, n); got != want {
				t.Errorf("Plural(%q, %d) = %q, Intl.PluralRules says %q", lang, n, got, want)
			}
		}
	}
}
