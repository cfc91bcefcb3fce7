//go:build !wasm

// Command kindly serves the Kindly web app: the page shells, the static
// assets and the service worker. It has no API and never sees user data.
//
//	kindly [-addr 127.0.0.1:8000]    serve
//	kindly -static DIR               write a folder any static host can serve
//	kindly -precompress FILE         write FILE.br and FILE.gz (build step)
//	kindly -size-report FILE         where a wasm binary's bytes go (make size)
package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"log"
	"os"
	"os/signal"
	"syscall"

	"github.com/kindly/kindly/app"
	"github.com/kindly/kindly/internal/server"
	"github.com/kindly/kindly/internal/wasmsize"
	"github.com/kindly/kindly/web"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// version is stamped at build time (-ldflags "-X main.version=…"); without
// it, a hash of the embedded assets stands in, so it still changes exactly
// when the app does.
var version string

func main() {
	addr := flag.String("addr", "127.0.0.1:8000", "address to serve on")
	static := flag.String("static", "", "write a static site to this folder and exit")
	precompress := flag.String("precompress", "", "write brotli and gzip variants of this file and exit")
	quiet := flag.Bool("quiet", false, "do not log requests")
	sizes := flag.String("size-report", "", "print where this wasm binary's bytes go and exit")
	flag.Parse()

	if *sizes != "" {
		if err := sizeReport(*sizes); err != nil {
			fmt.Fprintln(os.Stderr, "kindly:", err)
			os.Exit(1)
		}
		return
	}

	if err := run(*addr, *static, *precompress, *quiet, web.FS()); err != nil {
		fmt.Fprintln(os.Stderr, "kindly:", err)
		os.Exit(1)
	}
}

// run does what the flags say, serving assets (web/ in the real binary).
func run(addr, static, precompress string, quiet bool, assets fs.FS) error {
	if precompress != "" {
		return compressFile(precompress)
	}
	wasm, err := fs.Stat(assets, "app.wasm")
	if err != nil {
		return errors.New("web/app.wasm is missing from this build: run `make build` (or `make run`) first")
	}
	if version == "" {
		if version, err = hashAssets(assets); err != nil {
			return err
		}
	}
	app.Routes()
	handler := app.Handler(version, wasm.Size())

	files, err := generatedFiles(handler, assets)
	if err != nil {
		return err
	}
	if static != "" {
		return writeStatic(static, handler, files, assets)
	}

	cfg := server.Config{
		App:     app.Localized(handler, app.IsPage),
		Routed:  app.Serves,
		Assets:  assets,
		Files:   files,
		Version: version,
	}
	if !quiet {
		cfg.Log = log.New(os.Stderr, "", log.LstdFlags)
	}
	l, err := server.Listen(addr)
	if err != nil {
		return err
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(os.Stderr, "Kindly %s is ready on http://%s\n", version, l.Addr())
	return server.Serve(ctx, l, server.New(cfg))
}

// sizeReport prints the sections of a wasm binary and its code by package.
func sizeReport(name string) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	m, err := wasmsize.Parse(b)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	m.Report(os.Stdout, 30)
	return nil
}

// generatedFiles are the files served in place of go-app's (Kindly's
// manifest and app.js) or beside them (robots.txt at the root).
func generatedFiles(h *goapp.Handler, assets fs.FS) (map[string]server.File, error) {
	js, err := app.AppJS(h)
	if err != nil {
		return nil, err
	}
	robots, err := fs.ReadFile(assets, "robots.txt")
	if err != nil {
		return nil, err
	}
	return map[string]server.File{
		"/manifest.webmanifest": {ContentType: "application/manifest+json", Body: app.Manifest()},
		"/app.js":               {ContentType: "text/javascript; charset=utf-8", Body: js},
		"/robots.txt":           {ContentType: "text/plain; charset=utf-8", Body: robots},
	}, nil
}

// hashAssets returns a short hash of every embedded asset.
func hashAssets(assets fs.FS) (string, error) {
	h := sha256.New()
	err := fs.WalkDir(assets, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(assets, p)
		fmt.Fprintf(h, "%s %d\n", p, len(b))
		h.Write(b)
		return err
	})
	return hex.EncodeToString(h.Sum(nil))[:12], err
}
