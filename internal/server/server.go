// Package server is Kindly's HTTP side: plain net/http around the handler
// that renders the page shells. It adds the security headers, serves the
// static assets (precompressed when it can), turns unknown paths into a
// friendly 404, and runs with timeouts and a graceful shutdown. It never
// receives user data: there is no API, and only GET and HEAD are allowed.
package server

import (
	"io/fs"
	"log"
	"net/http"
	"path"
	"strings"
)

// Headers are set on every response. The CSP is DESIGN §3's, verbatim:
// wasm needs 'wasm-unsafe-eval' and nothing else may run or load. The
// camera is Kindly's own (never a frame's): pairing scans the other
// device's QR code, and the browser still asks the person first.
var Headers = map[string]string{
	"Content-Security-Policy":      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
	"X-Content-Type-Options":       "nosniff",
	"Referrer-Policy":              "no-referrer",
	"Permissions-Policy":           "camera=(self), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), midi=(), magnetometer=(), gyroscope=(), accelerometer=(), interest-cohort=()",
	"Cross-Origin-Opener-Policy":   "same-origin",
	"Cross-Origin-Resource-Policy": "same-origin",
}

// File is a generated file served at a fixed path.
type File struct {
	ContentType string
	Body        []byte
}

// Config says what the server serves.
type Config struct {
	// App renders page shells and go-app's generated scripts. It must
	// answer every path with a page (a not-found page for unknown ones); the
	// server sets the 404 status itself.
	App http.Handler
	// Routed reports whether App serves path as a real page or file.
	Routed func(path string) bool
	// Assets is the web/ folder, served under /web/.
	Assets fs.FS
	// Files are generated files that take precedence over App.
	Files map[string]File
	// Version is the build's version, used as the assets' ETag.
	Version string
	// Log receives one line per request (never bodies or query strings);
	// nil logs nothing.
	Log *log.Logger
}

// New returns the handler for cfg.
func New(cfg Config) http.Handler {
	s := &server{cfg: cfg}
	return s
}

type server struct {
	cfg Config
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for k, v := range Headers {
		w.Header().Set(k, v)
	}
	if s.cfg.Log != nil {
		rw := &recorder{ResponseWriter: w, status: http.StatusOK}
		w = rw
		defer func() { s.cfg.Log.Printf("%s %s %d %dB", r.Method, r.URL.Path, rw.status, rw.bytes) }()
	}

	w, r, finish := withGzip(w, r)
	defer finish()

	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if !cleanPath(p) {
		http.NotFound(w, r)
		return
	}
	if name, ok := strings.CutPrefix(p, "/web/"); ok {
		s.serveAsset(w, r, name)
		return
	}
	if f, ok := s.cfg.Files[p]; ok {
		serveFile(w, r, f, s.cfg.Version)
		return
	}
	if s.cfg.Routed(p) {
		s.cfg.App.ServeHTTP(w, r)
		return
	}
	s.notFound(w, r)
}

// notFound lets App render its friendly not-found page, with status 404.
func (s *server) notFound(w http.ResponseWriter, r *http.Request) {
	r2 := r.Clone(r.Context())
	r2.Header.Del("If-None-Match") // a 304 would hide the 404
	s.cfg.App.ServeHTTP(&notFoundWriter{ResponseWriter: w}, r2)
}

// cleanPath rejects anything that is not an absolute, already clean path,
// so no request can climb out of a folder or name a file by another name.
func cleanPath(p string) bool {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") {
		return false
	}
	c := path.Clean(p)
	return c == p || c+"/" == p
}

func serveFile(w http.ResponseWriter, r *http.Request, f File, version string) {
	w.Header().Set("Content-Type", f.ContentType)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Set("ETag", `"`+version+`"`)
	if r.Header.Get("If-None-Match") == `"`+version+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	if r.Method == http.MethodHead {
		return
	}
	w.Write(f.Body)
}

type notFoundWriter struct {
	http.ResponseWriter
	wrote bool
}

func (w *notFoundWriter) WriteHeader(code int) {
	if w.wrote {
		return
	}
	w.wrote = true
	if code == http.StatusOK {
		code = http.StatusNotFound
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *notFoundWriter) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.ResponseWriter.Write(b)
}

type recorder struct {
	http.ResponseWriter
	status int
	bytes  int
	wrote  bool
}

func (w *recorder) WriteHeader(code int) {
	if !w.wrote {
		w.status, w.wrote = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *recorder) Write(b []byte) (int, error) {
	w.wrote = true
	n, err := w.ResponseWriter.Write(b)
	w.bytes += n
	return n, err
}
