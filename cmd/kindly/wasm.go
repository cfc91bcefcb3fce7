//go:build wasm

package main

import (
	"os"

	"github.com/kindly/kindly/app"
	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The wasm entry: take the device's time-zone rules, register the pages,
// apply the display preferences, keep looking for updates, and run.
func main() {
	// In web/warm.js's worker: the runtime's start and the package inits
	// have run; reading the zone, registering the pages (go-app compiles
	// its regexp routes) and rendering Today unmounted run much of what
	// the page runs next, so V8 has compiled it for the page.
	if os.Getenv("KINDLY_WARMUP") != "" {
		browser.UseDeviceZone()
		app.Routes()
		app.Warm()
		return
	}
	if err := browser.UseDeviceZone(); err != nil {
		println("kindly: keeping the browser's current UTC offset:", err.Error())
	}
	app.Routes()
	app.ApplyPreferences()
	go app.WatchForUpdates()
	// Two shorter tasks instead of one long one between the Go runtime's
	// start and the first render, so a slow phone can paint and take a tap
	// in between.
	browser.Yield()
	goapp.RunWhenOnBrowser()
}
