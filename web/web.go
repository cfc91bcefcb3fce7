// Package web holds Kindly's static assets, embedded so the server runs
// from any working directory: the stylesheet, the icons, robots.txt, and
// app.wasm with its precompressed variants once `make build` has made them.
package web

import (
	"embed"
	"io/fs"
	"path"
	"slices"
)

//go:embed *
var files embed.FS

// FS returns the assets as served under /web/. Go source files (this
// package and its tests) are not assets: they are hidden from reads and
// listings alike, so neither `make static` nor the version hash sees them.
func FS() fs.FS { return assets{files} }

// assets has no ReadFile of its own: fs.ReadFile goes through Open.
type assets struct{ files embed.FS }

func isGo(name string) bool { return path.Ext(name) == ".go" }

func (a assets) Open(name string) (fs.File, error) {
	if isGo(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return a.files.Open(name)
}

func (a assets) ReadDir(name string) ([]fs.DirEntry, error) {
	entries, err := a.files.ReadDir(name)
	return slices.DeleteFunc(entries, func(e fs.DirEntry) bool { return isGo(e.Name()) }), err
}
