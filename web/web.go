// Package web holds Kindly's static assets, embedded so the server runs
// from any working directory: the stylesheet, the icons, robots.txt, and
// app.wasm with its precompressed variants once `make build` has made them.
package web

import (
	"embed"
	"io/fs"
	"path"
)

//go:embed *
var files embed.FS

// FS returns the assets as served under /web/. Go source files are not
// assets and are hidden.
func FS() fs.FS { return assets{files} }

type assets struct{ embed.FS }

func (a assets) Open(name string) (fs.File, error) {
	if path.Ext(name) == ".go" {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
	}
	return a.FS.Open(name)
}
