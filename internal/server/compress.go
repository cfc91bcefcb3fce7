package server

import (
	"compress/gzip"
	"net/http"
	"strings"
	"sync"
)

// Text responses (page shells, go-app's scripts, the stylesheet, the
// manifest) are small and many on a first visit: they travel gzipped when
// the client accepts it. app.wasm is precompressed at build time instead,
// and nothing already encoded is touched.

// compressible reports whether a Content-Type is worth compressing.
func compressible(ctype string) bool {
	t, _, _ := strings.Cut(ctype, ";")
	switch t = strings.TrimSpace(t); t {
	case "text/html", "text/css", "text/javascript", "application/javascript", "text/plain",
		"application/json", "application/manifest+json", "image/svg+xml":
		return true
	}
	return false
}

const gzipTag = "-gzip"

var gzipWriters = sync.Pool{New: func() any { w, _ := gzip.NewWriterLevel(nil, gzip.DefaultCompression); return w }}

// gzipWriter decides when the header is written: it compresses a 200 or
// 404 of a compressible type that carries no encoding yet, and tags its
// ETag so that caches keep the two forms apart.
type gzipWriter struct {
	http.ResponseWriter
	head    bool
	decided bool
	zipped  bool
	gz      *gzip.Writer // nil for HEAD, which has no body to compress
}

// withGzip wraps w for r when r accepts gzip and asks for no byte range.
// The returned finish must be called once the response is written. A
// conditional request naming the gzip form's ETag is rewritten to name the
// plain one, which is what the inner handlers know.
func withGzip(w http.ResponseWriter, r *http.Request) (http.ResponseWriter, *http.Request, func()) {
	if !acceptedEncodings(r.Header.Get("Accept-Encoding"))["gzip"] || r.Header.Get("Range") != "" {
		return w, r, func() {}
	}
	if inm := r.Header.Get("If-None-Match"); strings.HasSuffix(inm, gzipTag+`"`) {
		r = r.Clone(r.Context())
		r.Header.Set("If-None-Match", strings.TrimSuffix(inm, gzipTag+`"`)+`"`)
	}
	g := &gzipWriter{ResponseWriter: w, head: r.Method == http.MethodHead}
	return g, r, g.finish
}

func (g *gzipWriter) WriteHeader(code int) {
	if g.decided {
		g.ResponseWriter.WriteHeader(code)
		return
	}
	g.decided = true
	h := g.Header()
	if compressible(h.Get("Content-Type")) {
		h.Add("Vary", "Accept-Encoding")
		if etag := h.Get("ETag"); strings.HasSuffix(etag, `"`) {
			h.Set("ETag", strings.TrimSuffix(etag, `"`)+gzipTag+`"`)
		}
		if h.Get("Content-Encoding") == "" && (code == http.StatusOK || code == http.StatusNotFound) {
			h.Set("Content-Encoding", "gzip")
			h.Del("Content-Length")
			g.zipped = true
			if !g.head {
				g.gz = gzipWriters.Get().(*gzip.Writer)
				g.gz.Reset(g.ResponseWriter)
			}
		}
	}
	g.ResponseWriter.WriteHeader(code)
}

func (g *gzipWriter) Write(b []byte) (int, error) {
	if !g.decided {
		if g.Header().Get("Content-Type") == "" {
			g.Header().Set("Content-Type", http.DetectContentType(b))
		}
		g.WriteHeader(http.StatusOK)
	}
	switch {
	case g.gz != nil:
		return g.gz.Write(b)
	case g.zipped: // HEAD: the plain bytes must not pass for gzip
		return len(b), nil
	}
	return g.ResponseWriter.Write(b)
}

func (g *gzipWriter) finish() {
	if g.gz != nil {
		g.gz.Close()
		gzipWriters.Put(g.gz)
		g.gz = nil
	}
}
