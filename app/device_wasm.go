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

// notificationState is "granted", "denied", "default" or "" when the
// browser has no notifications (iOS outside the home screen).
func notificationState() (s string) {
	catch(func() {
		if n := js.Global().Get("Notification"); n.Truthy() {
			s = n.Get("permission").String()
		}
	})
	return s
}

// askNotifications asks for permission; it must follow a tap.
func askNotifications() string {
	n := js.Global().Get("Notification")
	if !n.Truthy() {
		return ""
	}
	v, err := awaitPromise(n.Call("requestPermission"))
	if err != nil || v.Type() != js.TypeString {
		return notificationState()
	}
	return v.String()
}

// notify shows a local notification through the service worker (which
// phones require), or directly.
func notify(title, body string) {
	catch(func() {
		opts := map[string]any{"body": body, "icon": "/web/icons/icon-192.png", "tag": "kindly-checkin"}
		sw := js.Global().Get("navigator").Get("serviceWorker")
		if sw.Truthy() && sw.Get("controller").Truthy() {
			if reg, err := awaitPromise(sw.Get("ready")); err == nil {
				reg.Call("showNotification", title, opts)
				return
			}
		}
		js.Global().Get("Notification").New(title, opts)
	})
}

// ApplyPreferences puts the display preferences (theme, text size, motion)
// on the root element, where the stylesheet reads them, and sets how dates
// are written and weeks counted. The wasm entry
// calls it before the first render; Settings calls it on every change.
func ApplyPreferences() {
	root := js.Global().Get("document").Get("documentElement")
	local = localeFor(js.Global().Get("navigator").Get("language").String(), preference(datesPref), preference(weekStartPref))
	for _, p := range displayPrefs {
		if p.attr == "" {
			continue
		}
		if v := preference(p.key); v != "" && v != "system" {
			root.Get("dataset").Set(p.attr, v)
		} else {
			root.Get("dataset").Delete(p.attr)
		}
	}
}
