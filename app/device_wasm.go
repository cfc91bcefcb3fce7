//go:build js && wasm

package app

import (
	"syscall/js"
)

// focus moves keyboard focus to the element with id, if it is there, so a
// new step or screen starts where the user will act.
func focus(id string) {
	if el := js.Global().Get("document").Call("getElementById", id); el.Truthy() {
		el.Call("focus", map[string]any{"preventScroll": false})
	}
}

// canVibrate reports whether the device offers vibration (most phones
// except iPhones).
func canVibrate() bool {
	return js.Global().Get("navigator").Get("vibrate").Type() == js.TypeFunction
}

// vibrate plays a pattern of on/off milliseconds; an empty one stops it.
func vibrate(pattern []int) {
	if !canVibrate() {
		return
	}
	arr := make([]any, len(pattern))
	for i, ms := range pattern {
		arr[i] = ms
	}
	if len(arr) == 0 {
		arr = []any{0}
	}
	catch(func() { js.Global().Get("navigator").Call("vibrate", arr) })
}

// preference reads a harmless preference from localStorage; "" when unset
// or when the browser refuses access.
func preference(key string) (v string) {
	catch(func() {
		if ls := js.Global().Get("localStorage"); ls.Truthy() {
			if got := ls.Call("getItem", key); got.Type() == js.TypeString {
				v = got.String()
			}
		}
	})
	return v
}

// setPreference keeps a harmless preference; failing quietly is fine, the
// default is used next time.
func setPreference(key, value string) {
	catch(func() {
		if ls := js.Global().Get("localStorage"); ls.Truthy() {
			ls.Call("setItem", key, value)
		}
	})
}
