//go:build e2e

package e2e

import (
	"net"
	"net/http"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"testing"

	"github.com/kindly/kindly/internal/server"
)

// staticHost behaves like a typical static host (GitHub Pages, Netlify):
// files as they are, /name from name.html, 404.html for anything else, and
// the security headers its configuration would add.
func staticHost(dir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range server.Headers {
			w.Header().Set(k, v)
		}
		p := path.Clean(r.URL.Path)
		if p == "/" {
			p = "/index.html"
		}
		for _, candidate := range []string{p, p + ".html"} {
			f := filepath.Join(dir, filepath.FromSlash(candidate))
			if st, err := os.Stat(f); err == nil && st.Mode().IsRegular() {
				if path.Ext(candidate) == ".wasm" {
					w.Header().Set("Content-Type", "application/wasm")
				}
				http.ServeFile(w, r, f)
				return
			}
		}
		b, _ := os.ReadFile(filepath.Join(dir, "404.html"))
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusNotFound)
		w.Write(b)
	})
}

// The folder `make static` writes works on a static host, offline included.
func TestStaticSite(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(binary(t), "-static", dir)
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("kindly -static: %v", err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := &http.Server{Handler: staticHost(dir)}
	go srv.Serve(l)
	base := "http://" + l.Addr().String()

	profile := t.TempDir()
	b := newBrowser(t, profile)
	b.open(t, base+"/journal/0193f1a2-7c1e-7000-8000-000000000001") // a first-visit deep link
	b.open(t, base+"/")
	waitPrecached(t, b)
	b.close()
	srv.Close()

	b = newBrowser(t, profile)
	defer b.close()
	for _, r := range []string{"/", "/journal", "/journal/0193f1a2-7c1e-7000-8000-000000000001", "/settings?from=static", "/?calm=breathe"} {
		b.open(t, base+r)
	}
	_, errs := b.watch.snapshot()
	for _, e := range errs {
		t.Errorf("browser error offline: %s", e)
	}
}
