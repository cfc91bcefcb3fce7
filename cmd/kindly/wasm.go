//go:build wasm

package main

import (
	"github.com/kindly/kindly/app"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The wasm entry: register the pages, keep looking for updates, and run.
func main() {
	app.Routes()
	go app.WatchForUpdates()
	goapp.RunWhenOnBrowser()
}
