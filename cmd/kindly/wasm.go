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
	// have run, and reading the zone and registering the pages (go-app
	// compiles its regexp routes) run what the page runs next, so V8 has
	// compiled it for the page. Rendering Today here as well compiled 300
	// functions fewer on the page, but the page then waited longer for the
	// worker, and Lighthouse's blocking time did not improve: dropped.
	if os.Getenv("KINDLY_WARMUP") != "" {
		_ = browser.UseDeviceZone() // the page reads the zone for itself
		app.Routes()
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
