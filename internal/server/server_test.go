package server

import (
	"bytes"
	"compress/gzip"
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

var wasm = bytes.Repeat([]byte("\x00asm fake module "), 1000)

func gz(b []byte) []byte {
	var buf bytes.Buffer
	w := gzip.NewWriter(&buf)
	w.Write(b)
	w.Close()
	return buf.Bytes()
}

// fakeApp stands in for go-app's handler: it answers every path with a page.
var fakeApp = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html")
	io.WriteString(w, "<html>page "+r.URL.Path+"</html>")
})

func newTest(logTo io.Writer) http.Handler {
	cfg := Config{
		App: fakeApp,
		Routed: func(p string) bool {
			return p == "/" || p == "/journal" || p == "/app.js" || strings.HasPrefix(p, "/journal/")
		},
		Assets: fstest.MapFS{
			"app.wasm":           {Data: wasm},
			"app.wasm.br":        {Data: []byte("brotli bytes")},
			"app.wasm.gz":        {Data: gz(wasm)},
			"kindly.css":         {Data: []byte("body{}")},
			"icons/icon-192.png": {Data: []byte("png")},
		},
		Files:   map[string]File{"/manifest.webmanifest": {ContentType: "application/manifest+json", Body: []byte(`{"id":"/"}`)}},
		Version: "v1",
	}
	if logTo != nil {
		cfg.Log = log.New(logTo, "", 0)
	}
	return New(cfg)
}

func do(h http.Handler, method, target string, header map[string]string) *httptest.ResponseRecorder {
	r := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	h := newTest(nil)
	for _, target := range []string{"/", "/journal/abc", "/web/app.wasm", "/web/kindly.css", "/nope", "/web/", "/web/missing", "/manifest.webmanifest", "/web/../go.mod"} {
		for _, method := range []string{"GET", "HEAD", "POST"} {
			w := do(h, method, target, nil)
			for k, v := range Headers {
				if got := w.Header().Get(k); got != v {
					t.Errorf("%s %s: %s = %q, want %q", method, target, k, got, v)
				}
			}
		}
	}
}

func TestCSPIsTheDesignedOne(t *testing.T) {
	csp := Headers["Content-Security-Policy"]
	for _, want := range []string{"default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP lacks %q", want)
		}
	}
	if strings.Contains(csp, "unsafe-inline") {
		t.Error("CSP allows unsafe-inline")
	}
	pp := Headers["Permissions-Policy"]
	for _, f := range []string{"camera=(self)", "microphone=()", "geolocation=()"} {
		if !strings.Contains(pp, f) {
			t.Errorf("Permissions-Policy lacks %q", f)
		}
	}
}

func TestPaths(t *testing.T) {
	h := newTest(nil)
	for _, tc := range []struct {
		method, target string
		status         int
		body           string // substring
	}{
		{"GET", "/", 200, "page /"},
		{"GET", "/journal", 200, "page /journal"},
		{"GET", "/journal/0193-abc?x=1", 200, "page /journal/0193-abc"},
		{"GET", "/app.js", 200, "page /app.js"},
		{"GET", "/web/kindly.css", 200, "body{}"},
		{"GET", "/web/icons/icon-192.png", 200, "png"},
		{"GET", "/manifest.webmanifest", 200, `"id":"/"`},
		{"GET", "/no/such/page", 404, "page /no/such/page"}, // the friendly page, with a 404
		{"GET", "/web/", 404, ""},                           // no listing
		{"GET", "/web/icons", 404, ""},
		{"GET", "/web/icons/", 404, ""},
		{"GET", "/web/missing.css", 404, ""},
		{"GET", "/web/../go.mod", 404, ""},
		{"GET", "/web/%2e%2e/go.mod", 404, ""},
		{"GET", "/web/icons/../kindly.css", 404, ""},
		{"GET", "/web//kindly.css", 404, ""},
		{"GET", "/web/..%5cgo.mod", 404, ""},
		{"POST", "/", 405, ""},
		{"PUT", "/web/kindly.css", 405, ""},
		{"DELETE", "/journal", 405, ""},
		{"HEAD", "/web/kindly.css", 200, ""},
	} {
		w := do(h, tc.method, tc.target, nil)
		if w.Code != tc.status {
			t.Errorf("%s %s: status %d, want %d", tc.method, tc.target, w.Code, tc.status)
		}
		if !strings.Contains(w.Body.String(), tc.body) {
			t.Errorf("%s %s: body %q lacks %q", tc.method, tc.target, w.Body.String(), tc.body)
		}
		if tc.status == 405 && w.Header().Get("Allow") != "GET, HEAD" {
			t.Errorf("%s %s: Allow = %q", tc.method, tc.target, w.Header().Get("Allow"))
		}
	}
}

func TestNotFoundIgnoresConditional(t *testing.T) {
	w := do(newTest(nil), "GET", "/missing", map[string]string{"If-None-Match": `"v1"`})
	if w.Code != 404 || !strings.Contains(w.Body.String(), "page /missing") {
		t.Fatalf("conditional GET of an unknown path: %d %q, want the 404 page", w.Code, w.Body.String())
	}
}

func TestPrecompressedWasm(t *testing.T) {
	h := newTest(nil)
	for _, tc := range []struct {
		accept, encoding string
		body             []byte
	}{
		{"gzip, deflate, br, zstd", "br", []byte("brotli bytes")},
		{"br;q=1.0, gzip;q=0.8", "br", []byte("brotli bytes")},
		{"gzip", "gzip", gz(wasm)},
		{"br;q=0, gzip", "gzip", gz(wasm)},
		{"BR", "br", []byte("brotli bytes")},
		{"*", "br", []byte("brotli bytes")},
		{"*, br;q=0", "gzip", gz(wasm)},
		{"", "", wasm},
		{"identity", "", wasm},
		{"deflate", "", wasm},
	} {
		w := do(h, "GET", "/web/app.wasm", map[string]string{"Accept-Encoding": tc.accept})
		if w.Code != 200 {
			t.Fatalf("Accept-Encoding %q: status %d", tc.accept, w.Code)
		}
		if got := w.Header().Get("Content-Encoding"); got != tc.encoding {
			t.Errorf("Accept-Encoding %q: Content-Encoding %q, want %q", tc.accept, got, tc.encoding)
		}
		if got := w.Header().Get("Vary"); got != "Accept-Encoding" {
			t.Errorf("Accept-Encoding %q: Vary %q", tc.accept, got)
		}
		if got := w.Header().Get("Content-Type"); got != "application/wasm" {
			t.Errorf("Accept-Encoding %q: Content-Type %q", tc.accept, got)
		}
		if !bytes.Equal(w.Body.Bytes(), tc.body) {
			t.Errorf("Accept-Encoding %q: wrong body (%d bytes)", tc.accept, w.Body.Len())
		}
		if got, want := w.Header().Get("Content-Length"), strconv.Itoa(len(tc.body)); got != want {
			t.Errorf("Accept-Encoding %q: Content-Length %s, want %s", tc.accept, got, want)
		}
	}
}

func TestAssetsWithoutVariantHaveNoVary(t *testing.T) {
	w := do(newTest(nil), "GET", "/web/kindly.css", map[string]string{"Accept-Encoding": "br"})
	if w.Header().Get("Content-Encoding") != "" || w.Header().Get("Vary") != "" {
		t.Fatalf("css: Content-Encoding %q Vary %q, want neither", w.Header().Get("Content-Encoding"), w.Header().Get("Vary"))
	}
	if w.Header().Get("Content-Type") != "text/css; charset=utf-8" {
		t.Fatalf("css Content-Type %q", w.Header().Get("Content-Type"))
	}
}

func TestConditionalAsset(t *testing.T) {
	h := newTest(nil)
	first := do(h, "GET", "/web/app.wasm", map[string]string{"Accept-Encoding": "br"})
	etag := first.Header().Get("ETag")
	if etag == "" {
		t.Fatal("no ETag")
	}
	again := do(h, "GET", "/web/app.wasm", map[string]string{"Accept-Encoding": "br", "If-None-Match": etag})
	if again.Code != http.StatusNotModified {
		t.Fatalf("If-None-Match with the same ETag: %d, want 304", again.Code)
	}
	other := do(h, "GET", "/web/app.wasm", map[string]string{"Accept-Encoding": "gzip", "If-None-Match": etag})
	if other.Code != 200 {
		t.Fatalf("the br ETag matched the gzip variant: %d", other.Code)
	}
}

func TestLogHasNoQueryOrBody(t *testing.T) {
	var buf bytes.Buffer
	h := newTest(&buf)
	do(h, "GET", "/journal?q=my+secret+words", nil)
	line := buf.String()
	if !strings.Contains(line, "GET /journal 200") {
		t.Fatalf("log line %q lacks the request", line)
	}
	if strings.Contains(line, "secret") {
		t.Fatalf("log line %q contains the query", line)
	}
}

func TestListenNamesAddressWhenBusy(t *testing.T) {
	l, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	addr := l.Addr().String()
	_, err = Listen(addr)
	if err == nil {
		t.Fatal("second Listen on a busy address succeeded")
	}
	if msg := err.Error(); !strings.Contains(msg, addr) || strings.Count(msg, addr) != 1 || strings.Contains(msg, "\n") {
		t.Fatalf("error %q should name %s once, on one line", msg, addr)
	}
}

func TestServeShutsDownGracefully(t *testing.T) {
	l, err := Listen("127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	started := make(chan struct{})
	release := make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		io.WriteString(w, "finished")
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Serve(ctx, l, slow) }()

	got := make(chan string, 1)
	go func() {
		res, err := http.Get("http://" + l.Addr().String() + "/")
		if err != nil {
			got <- "error: " + err.Error()
			return
		}
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		got <- string(b)
	}()
	<-started
	cancel() // shutdown begins while a request is under way
	time.Sleep(50 * time.Millisecond)
	close(release)
	if body := <-got; body != "finished" {
		t.Fatalf("request under way during shutdown got %q, want it finished", body)
	}
	if err := <-done; err != nil {
		t.Fatalf("Serve returned %v", err)
	}
	if _, err := http.Get("http://" + l.Addr().String() + "/"); err == nil {
		t.Fatal("server still answers after shutdown")
	}
}

func TestTimeoutsAreSet(t *testing.T) {
	s := NewHTTPServer(http.NotFoundHandler())
	if s.ReadHeaderTimeout == 0 || s.ReadTimeout == 0 || s.WriteTimeout == 0 || s.IdleTimeout == 0 {
		t.Fatalf("a timeout is unset: %+v", s)
	}
}

func TestAcceptedEncodings(t *testing.T) {
	for _, tc := range []struct {
		header   string
		br, gzip bool
	}{
		{"", false, false},
		{"br", true, false},
		{"gzip;q=0.5,br;q=0", false, true},
		{" gzip ; q=1 , br ", true, true},
		{"*;q=0", false, false},
		{"br;q=abc", false, false},
		{"x-gzip", false, false},
	} {
		got := acceptedEncodings(tc.header)
		if got["br"] != tc.br || got["gzip"] != tc.gzip {
			t.Errorf("acceptedEncodings(%q) = %v, want br=%v gzip=%v", tc.header, got, tc.br, tc.gzip)
		}
	}
}

func FuzzAcceptedEncodings(f *testing.F) {
	for _, s := range []string{"", "br", "gzip;q=0.5, br;q=0", "*", "*;q=0, gzip", ";;;,,=q"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, header string) {
		got := acceptedEncodings(header)
		if len(got) != len(encodings) {
			t.Fatalf("acceptedEncodings(%q) has %d codings", header, len(got))
		}
	})
}
