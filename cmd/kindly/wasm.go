//go:build wasm

package main

import (
	"github.com/kindly/kindly/app"
	"github.com/kindly/kindly/app/browser"
	_ "github.com/kindly/kindly/app/browser/yield" // ends the first task after the runtime's start
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The wasm entry: take the device's time-zone rules, register the pages,
// apply the display preferences, and run (the first page, once ready,
// starts looking for updates).
func main() {
	// Each yield ends a task, so that the package inits, the time-zone
	// scan, the routes, the preferences and go-app's start are tasks of
	// their own rather than one long one (the runtime's start is split
	// from the inits by package yield, the first render by go-app's
	// engine): a slow phone can take a tap in between.
	browser.Yield()
	if err := browser.UseDeviceZone(); err != nil {
		println("kindly: keeping the browser's current UTC offset:", err.Error())
	}
	browser.Yield()
	app.Routes()
	browser.Yield()
	app.ApplyPreferences()
	browser.Yield()
	goapp.RunWhenOnBrowser()
}
