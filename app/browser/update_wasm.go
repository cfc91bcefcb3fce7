//go:build js && wasm

package browser

import (
	"strings"
	"syscall/js"
	"time"
)

// WatchForUpdates looks for a new version at start, every half hour and
// whenever Kindly comes back to the foreground, and calls updated once a
// version other than the running one (version) has taken over. It only
// returns where there is no service worker: run it in a goroutine.
//
// go-app's own signal fires on the first install too (the worker claims
// the page), listens for "updatefound" only after register() resolves, so
// it misses an update the browser found during the navigation, and its
// TryUpdate leaves registration.update() rejections unhandled offline.
// Comparing the running version with the service worker's cache avoids
// all three.
func WatchForUpdates(version string, updated func()) {
	sw := js.Global().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	check := func() {
		if superseded(version) {
			updated()
		}
	}
	sw.Call("addEventListener", "controllerchange", js.FuncOf(func(js.Value, []js.Value) any {
		// The controller changes before the new worker's activate step has
		// removed the old cache: wait for "activated" before comparing.
		ctrl := sw.Get("controller")
		go func() {
			waitActivated(ctrl)
			check()
		}()
		return nil
	}))
	js.Global().Get("document").Call("addEventListener", "visibilitychange", js.FuncOf(func(js.Value, []js.Value) any {
		if js.Global().Get("document").Get("visibilityState").String() == "visible" {
			go askForUpdate(sw)
		}
		return nil
	}))
	check()
	askForUpdate(sw)
	for range time.Tick(30 * time.Minute) {
		askForUpdate(sw)
	}
}

// waitActivated waits, for a while at most, until worker w is activated.
func waitActivated(w js.Value) {
	if !w.Truthy() || w.Get("state").String() == "activated" {
		return
	}
	done := make(chan struct{}, 1)
	onChange := js.FuncOf(func(js.Value, []js.Value) any {
		if st := w.Get("state").String(); st == "activated" || st == "redundant" {
			select {
			case done <- struct{}{}:
			default:
			}
		}
		return nil
	})
	w.Call("addEventListener", "statechange", onChange)
	select {
	case <-done:
	case <-time.After(time.Minute):
	}
	w.Call("removeEventListener", "statechange", onChange)
	onChange.Release()
}

// askForUpdate makes the browser fetch the service worker script again; a
// failure (offline, most often) just means no update now.
func askForUpdate(sw js.Value) {
	reg, err := awaitPromise(sw.Call("getRegistration"))
	if err != nil || !reg.Truthy() {
		return
	}
	awaitPromise(reg.Call("update"))
}

// superseded reports whether the service worker's cache now belongs to
// another version than the one running: the worker names its cache
// "kindly-<version>" and deletes the others once it is active.
func superseded(version string) bool {
	keys, err := awaitPromise(js.Global().Get("caches").Call("keys"))
	if err != nil {
		return false
	}
	mine, other := false, false
	for i := range keys.Length() {
		k := keys.Index(i).String()
		mine = mine || k == "kindly-"+version
		other = other || (strings.HasPrefix(k, "kindly-") && k != "kindly-"+version)
	}
	return other && !mine
}
