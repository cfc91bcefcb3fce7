package server

import (
	"io"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
)

// Precompressed variants, best first, as written at build time beside the
// original: app.wasm.br, app.wasm.gz.
var encodings = []struct{ name, ext string }{
	{"br", ".br"},
	{"gzip", ".gz"},
}

var contentTypes = map[string]string{
	".wasm":        "application/wasm",
	".webmanifest": "application/manifest+json",
	".svg":         "image/svg+xml",
	".css":         "text/css; charset=utf-8",
	".js":          "text/javascript; charset=utf-8",
	".png":         "image/png",
	".txt":         "text/plain; charset=utf-8",
	".json":        "application/json",
}

// serveAsset serves web/<name>, choosing a precompressed variant the client
// accepts. Folders are never listed.
func (s *server) serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	if !fs.ValidPath(name) || name == "." {
		http.NotFound(w, r)
		return
	}
	f, st, ok := openFile(s.cfg.Assets, name)
	if !ok {
		http.NotFound(w, r)
		return
	}

	ext := path.Ext(name)
	ctype, known := contentTypes[ext]
	if !known {
		ctype = mime.TypeByExtension(ext)
	}
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-cache")

	etag := s.cfg.Version
	accepted := acceptedEncodings(r.Header.Get("Accept-Encoding"))
	chosen, vary := false, false
	for _, e := range encodings {
		cf, cst, ok := openFile(s.cfg.Assets, name+e.ext)
		if !ok {
			continue
		}
		if !vary {
			w.Header().Add("Vary", "Accept-Encoding")
			vary = true
		}
		if chosen || !accepted[e.name] {
			cf.Close()
			continue
		}
		chosen = true
		f.Close()
		f, st, etag = cf, cst, etag+"-"+e.name
		w.Header().Set("Content-Encoding", e.name)
	}
	defer f.Close()
	w.Header().Set("ETag", `"`+etag+`"`)
	if r.Header.Get("If-None-Match") == `"`+etag+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	rs, seekable := f.(io.ReadSeeker)
	if chosen || !seekable {
		// ServeContent would drop Content-Length for an encoded body, and
		// byte ranges of a compressed variant help nobody.
		w.Header().Set("Content-Length", strconv.FormatInt(st.Size(), 10))
		if r.Method != http.MethodHead {
			io.Copy(w, f)
		}
		return
	}
	// The ETag is set, so ServeContent answers conditional and range
	// requests; a zero time keeps Last-Modified out of it.
	http.ServeContent(w, r, name, time.Time{}, rs)
}

// openFile opens a regular file; folders and missing files report false.
func openFile(fsys fs.FS, name string) (fs.File, fs.FileInfo, bool) {
	f, err := fsys.Open(name)
	if err != nil {
		return nil, nil, false
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		return nil, nil, false
	}
	return f, st, true
}

// acceptedEncodings parses an Accept-Encoding header into the codings the
// client accepts (q > 0). A "*" accepts every coding not named.
func acceptedEncodings(header string) map[string]bool {
	named := map[string]bool{}
	star := false
	for _, part := range strings.Split(header, ",") {
		coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		coding = strings.ToLower(strings.TrimSpace(coding))
		if coding == "" {
			continue
		}
		ok := true
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.TrimSpace(k) == "q" {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				ok = err == nil && q > 0
			}
		}
		if coding == "*" {
			star = ok
			continue
		}
		named[coding] = ok
	}
	out := map[string]bool{}
	for _, e := range encodings {
		v, seen := named[e.name]
		out[e.name] = v || (!seen && star)
	}
	return out
}
