//go:build !wasm

package app

import (
	"net/http"
	"slices"
	"sync"

	"github.com/kindly/kindly/internal/i18n"
)

// rendering serialises the server's page renders: Render reads the
// package's msg, which each render sets to the request's language.
var rendering sync.Mutex

// Localized serves the page shells (the paths pages says are pages) in
// the person's language: the ?lang= the service worker asks for once a
// language is chosen, else the request's Accept-Language (a first visit),
// else English. Everything else passes through. A static host cannot do
// this: its shells stay English until the wasm starts.
func Localized(h http.Handler, pages func(path string) bool) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead || !pages(r.URL.Path) {
			h.ServeHTTP(w, r)
			return
		}
		lang := r.URL.Query().Get("lang")
		if !slices.Contains(i18n.Languages(), lang) {
			lang = i18n.Match(i18n.AcceptLanguage(r.Header.Get("Accept-Language")))
		}
		w.Header().Add("Vary", "Accept-Language")
		rendering.Lock()
		defer rendering.Unlock()
		english := msg
		msg = i18n.Load(lang)
		defer func() { msg = english }()
		h.ServeHTTP(w, r)
	})
}
