//go:build !wasm

package app

import (
	"bytes"
	"errors"
	"net/http"
	"net/http/httptest"
)

// go-app's app.js wraps the downloaded app.wasm in a new Response built
// from a JavaScript stream, only to count bytes for the loading label.
// That copies every chunk through the main thread (46 to 58 ms of it in a
// CPU profile of a first visit) and hands the compiler a response without
// its URL. Kindly's app.js hands the real response to the compiler and
// counts a clone's bytes instead.
const (
	goappFetch = `async function fetchWithProgress(url, progess) {`
	kindFetch  = `async function fetchWithProgress(url, progress) {
  const response = await fetch(url);
  const total = parseInt(goappWasmContentLength, 10) ||
    parseInt(response.headers.get("Content-Length"), 10);
  if (!response.ok || !response.body || !total) {
    return response;
  }
  const reader = response.clone().body.getReader();
  let loaded = 0;
  let shown = -1;
  (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      loaded += value.byteLength;
      const percent = Math.min(100, Math.floor((loaded * 100) / total));
      if (percent !== shown) {
        shown = percent;
        progress(percent);
      }
    }
  })().catch(() => {});
  return response;
}
`
)

// ErrAppJS reports that go-app's app.js no longer has the shape AppJS
// rewrites: go-app was upgraded and AppJS must be looked at again.
var ErrAppJS = errors.New("go-app's app.js changed: its fetchWithProgress was not found")

// AppJS returns the app.js that h (go-app's handler) serves, with
// fetchWithProgress replaced.
func AppJS(h http.Handler) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/app.js", nil))
	js := rec.Body.Bytes()
	start := bytes.Index(js, []byte(goappFetch))
	if start < 0 {
		return nil, ErrAppJS
	}
	// The function ends at the first closing brace alone on its line.
	end := bytes.Index(js[start:], []byte("\n}\n"))
	if end < 0 {
		return nil, ErrAppJS
	}
	out := append([]byte{}, js[:start]...)
	out = append(out, kindFetch...)
	return append(out, js[start+end+3:]...), nil
}
