//go:build !wasm

package app

import (
	"io"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/kindly/kindly/internal/i18n"
)

// TestLocalizedShells: the server renders each page shell in the
// language asked for (?lang=, else Accept-Language, else English), with
// <html lang> and the navigation in it, and leaves English in place for
// the next request.
func TestLocalizedShells(t *testing.T) {
	Routes()
	h := Localized(Handler("test", 1), IsPage)
	for _, tt := range []struct {
		url, accept, want string
	}{
		{"/journal", "de-AT,de;q=0.9,en;q=0.5", "de"},
		{"/journal?lang=fr", "de-AT,de;q=0.9", "fr"},
		{"/settings", "es-MX", "es"},
		{"/", "ja,ko;q=0.8", "en"},
		{"/journal?lang=xx", "", "en"},
	} {
		r := httptest.NewRequest("GET", tt.url, nil)
		r.Header.Set("Accept-Language", tt.accept)
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		body, _ := io.ReadAll(w.Result().Body)
		html := string(body)
		c := i18n.Load(tt.want)
		if !strings.Contains(html, `lang="`+tt.want+`"`) {
			t.Errorf("%s (%s): no <html lang=%q>", tt.url, tt.accept, tt.want)
		}
		if nav := ">" + c.T("shell.nav.journal") + "<"; !strings.Contains(html, nav) {
			t.Errorf("%s (%s): the navigation does not read %q", tt.url, tt.accept, nav)
		}
		if !strings.Contains(w.Header().Get("Vary"), "Accept-Language") {
			t.Errorf("%s: no Vary: Accept-Language", tt.url)
		}
		if msg.Lang() != "en" {
			t.Fatalf("after a %s render, the app's language is %s", tt.want, msg.Lang())
		}
	}
}
