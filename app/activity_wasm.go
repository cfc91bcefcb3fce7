//go:build js && wasm

package app

import (
	"syscall/js"
	"time"
)

// watchActivity follows taps, keys and visibility for the auto-lock, and
// checks every few seconds whether to lock.
func watchActivity() {
	touch()
	doc := js.Global().Get("document")
	active := js.FuncOf(func(js.Value, []js.Value) any { touch(); return nil })
	for _, ev := range []string{"pointerdown", "keydown", "input"} {
		doc.Call("addEventListener", ev, active, map[string]any{"passive": true, "capture": true})
	}
	doc.Call("addEventListener", "visibilitychange", js.FuncOf(func(js.Value, []js.Value) any {
		setHidden(doc.Get("visibilityState").String() == "hidden")
		return nil
	}))
	go func() {
		for range time.Tick(5 * time.Second) {
			autoLock(time.Now())
			remindWhileOpen(time.Now())
		}
	}()
}
