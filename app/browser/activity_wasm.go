//go:build js && wasm

package browser

import (
	"syscall/js"
	"time"
)

// WatchActivity follows the user for the auto-lock: active runs now and on
// every tap, key and input, hidden when the page is hidden (true) or shown
// again (false), and check every five seconds.
func WatchActivity(active func(), hidden func(bool), check func()) {
	active()
	doc := js.Global().Get("document")
	onActive := js.FuncOf(func(js.Value, []js.Value) any { active(); return nil })
	for _, ev := range []string{"pointerdown", "keydown", "input"} {
		doc.Call("addEventListener", ev, onActive, map[string]any{"passive": true, "capture": true})
	}
	doc.Call("addEventListener", "visibilitychange", js.FuncOf(func(js.Value, []js.Value) any {
		hidden(doc.Get("visibilityState").String() == "hidden")
		return nil
	}))
	go func() {
		for range time.Tick(5 * time.Second) {
			check()
		}
	}()
}
