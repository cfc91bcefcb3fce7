//go:build wasm

package main

import (
	"github.com/kindly/kindly/app"
	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The wasm entry: take the device's time-zone rules, register the pages,
// apply the display preferences, keep looking for updates, and run.
func main() {
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
