//go:build wasm

package main

import (
	"github.com/kindly/kindly/app"
	"github.com/kindly/kindly/app/browser"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The wasm entry: take the device's time-zone rules, register the pages,
// apply the display preferences, and run (the first page, once ready,
// starts looking for updates).
func main() {
	// Each yield ends a task, so that the Go runtime's start and package
	// inits, the setup below and the first render are three tasks rather
	// than one or two long ones: a slow phone can take a tap in between.
	browser.Yield()
	if err := browser.UseDeviceZone(); err != nil {
		println("kindly: keeping the browser's current UTC offset:", err.Error())
	}
	app.Routes()
	app.ApplyPreferences()
	browser.Yield()
	goapp.RunWhenOnBrowser()
}
