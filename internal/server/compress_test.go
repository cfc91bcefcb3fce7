package server

import (
	"compress/gzip"
	"io"
	"net/http"
	"strings"
	"testing"
)

func gunzip(t *testing.T, b []byte) string {
	t.Helper()
	r, err := gzip.NewReader(strings.NewReader(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}

func TestTextTravelsGzipped(t *testing.T) {
	h := newTest(nil)
	for _, c := range []struct{ target, want string }{
		{"/journal", "<html>page /journal</html>"},
		{"/nope", "<html>page /nope</html>"},
		{"/web/kindly.css", "body{}"},
		{"/manifest.webmanifest", `{"id":"/"}`},
	} {
		w := do(h, "GET", c.target, map[string]string{"Accept-Encoding": "gzip, br"})
		if w.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(w.Header().Get("Vary"), "Accept-Encoding") {
			t.Errorf("%s: Content-Encoding %q, Vary %q", c.target, w.Header().Get("Content-Encoding"), w.Header().Get("Vary"))
			continue
		}
		if w.Header().Get("Content-Length") != "" {
			t.Errorf("%s: Content-Length %q of the plain body on a gzipped one", c.target, w.Header().Get("Content-Length"))
		}
		if got := gunzip(t, w.Body.Bytes()); got != c.want {
			t.Errorf("%s: %q, want %q", c.target, got, c.want)
		}
	}
}

func TestGzipLeavesAloneWhatItShould(t *testing.T) {
	h := newTest(nil)
	for _, c := range []struct {
		name, target string
		header       map[string]string
		encoding     string
	}{
		{"no gzip accepted", "/web/kindly.css", map[string]string{"Accept-Encoding": "br"}, ""},
		{"gzip refused", "/journal", map[string]string{"Accept-Encoding": "gzip;q=0"}, ""},
		{"byte range", "/web/kindly.css", map[string]string{"Accept-Encoding": "gzip", "Range": "bytes=0-1"}, ""},
		{"binary", "/web/icons/icon-192.png", map[string]string{"Accept-Encoding": "gzip"}, ""},
		{"precompressed wasm", "/web/app.wasm", map[string]string{"Accept-Encoding": "gzip"}, "gzip"},
	} {
		w := do(h, "GET", c.target, c.header)
		if got := w.Header().Get("Content-Encoding"); got != c.encoding {
			t.Errorf("%s: Content-Encoding %q, want %q", c.name, got, c.encoding)
		}
	}
	w := do(h, "GET", "/web/app.wasm", map[string]string{"Accept-Encoding": "gzip"})
	if w.Body.String() != string(gz(wasm)) {
		t.Error("the precompressed wasm was compressed twice")
	}
	w = do(h, "HEAD", "/journal", map[string]string{"Accept-Encoding": "gzip"})
	if w.Body.Len() != 0 || w.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("HEAD: %d body bytes, Content-Encoding %q", w.Body.Len(), w.Header().Get("Content-Encoding"))
	}
}

func TestGzipETagsAreTheirOwn(t *testing.T) {
	h := newTest(nil)
	plain := do(h, "GET", "/web/kindly.css", nil).Header().Get("ETag")
	zipped := do(h, "GET", "/web/kindly.css", map[string]string{"Accept-Encoding": "gzip"}).Header().Get("ETag")
	if plain == "" || zipped == plain {
		t.Fatalf("ETags plain %q, gzip %q: want two different ones", plain, zipped)
	}
	again := do(h, "GET", "/web/kindly.css", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": zipped})
	if again.Code != http.StatusNotModified || again.Header().Get("ETag") != zipped || again.Body.Len() != 0 {
		t.Fatalf("revalidating the gzip form: %d, ETag %q, %d bytes", again.Code, again.Header().Get("ETag"), again.Body.Len())
	}
	if w := do(h, "GET", "/web/kindly.css", map[string]string{"If-None-Match": zipped}); w.Code != http.StatusOK {
		t.Fatalf("the gzip ETag matched the plain form: %d", w.Code)
	}
}
