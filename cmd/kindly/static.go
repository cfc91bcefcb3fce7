//go:build !wasm

package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/kindly/kindly/internal/server"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// writeStatic writes a folder that any static host can serve with the same
// offline behaviour: every page shell, go-app's scripts, the generated
// files (Kindly's manifest and app.js, robots.txt), the assets, and a
// 404.html shell so that first-visit deep links boot the app on hosts that
// serve it for unknown paths.
func writeStatic(dir string, h *goapp.Handler, files map[string]server.File, assets fs.FS) error {
	if err := goapp.GenerateStaticWebsite(dir, h); err != nil {
		return fmt.Errorf("writing page shells: %w", err)
	}
	for name, f := range files {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(name)), f.Body, 0o644); err != nil {
			return err
		}
	}
	index, err := os.ReadFile(filepath.Join(dir, "index.html"))
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "404.html"), index, 0o644); err != nil {
		return err
	}
	err = fs.WalkDir(assets, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, "web", filepath.FromSlash(p))
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		b, err := fs.ReadFile(assets, p)
		if err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		return fmt.Errorf("copying assets: %w", err)
	}
	fmt.Fprintf(os.Stderr, "Kindly %s written to %s\n", h.Version, dir)
	return nil
}
