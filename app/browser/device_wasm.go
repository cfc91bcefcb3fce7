//go:build js && wasm

package browser

import (
	"strconv"
	"strings"
	"syscall/js"
)

// Focus moves keyboard focus to the element with id, if it is there, so a
// new step or screen starts where the user will act.
func Focus(id string) {
	if el := js.Global().Get("document").Call("getElementById", id); el.Truthy() {
		el.Call("focus", map[string]any{"preventScroll": false})
	}
}

// KeepFocusFrom makes sure focus never falls to the page itself: when
// the focused element is removed (a button that did its job, a closed
// panel), focus moves to the element with id instead (the page heading),
// where a screen reader can carry on. Called once.
func KeepFocusFrom(id string) {
	doc := js.Global().Get("document")
	doc.Call("addEventListener", "focusin", js.FuncOf(func(_ js.Value, args []js.Value) any {
		if el := args[0].Get("target"); el.Call("matches", "textarea, input[type=text], input[type=search]").Bool() {
			lastField = el
		}
		return nil
	}))
	doc.Call("addEventListener", "focusout", js.FuncOf(func(_ js.Value, args []js.Value) any {
		left := args[0].Get("target")
		var later js.Func
		later = js.FuncOf(func(js.Value, []js.Value) any {
			later.Release()
			if doc.Get("activeElement").Equal(doc.Get("body")) && !left.Get("isConnected").Bool() {
				Focus(id)
			}
			return nil
		})
		js.Global().Call("setTimeout", later, 0)
		return nil
	}))
}

// barRoom keeps --tabbar-space equal to the tab bar's height: a
// ResizeObserver writes it into a stylesheet of its own (the CSP forbids
// style attributes, not the CSS object model).
var barRoom struct {
	observer, sheet js.Value
}

// KeepRoomFor makes the page keep room for the floating bar that selector
// finds, however many lines its items wrap to. Called on every page, as
// each page draws its own bar.
func KeepRoomFor(selector string) {
	doc := js.Global().Get("document")
	bar := doc.Call("querySelector", selector)
	// Without a ResizeObserver or constructed stylesheets (Safari before
	// 16.4) the stylesheet's 4rem stands.
	if !bar.Truthy() || !js.Global().Get("ResizeObserver").Truthy() || !doc.Get("adoptedStyleSheets").Truthy() {
		return
	}
	if barRoom.observer.IsUndefined() {
		sheet := js.Global().Get("CSSStyleSheet").New()
		sheets := js.Global().Get("Array").Call("from", doc.Get("adoptedStyleSheets"))
		sheets.Call("push", sheet)
		doc.Set("adoptedStyleSheets", sheets)
		barRoom.sheet = sheet
		barRoom.observer = js.Global().Get("ResizeObserver").New(js.FuncOf(func(_ js.Value, args []js.Value) any {
			// The border box, less the bottom padding (the safe area, which
			// the page adds itself).
			bar := args[0].Index(0).Get("target")
			pad, _ := strconv.ParseFloat(strings.TrimSuffix(js.Global().Call("getComputedStyle", bar).Get("paddingBottom").String(), "px"), 64)
			h := bar.Call("getBoundingClientRect").Get("height").Float() - pad
			barRoom.sheet.Call("replaceSync", ":root { --tabbar-space: "+strconv.FormatFloat(h, 'f', 1, 64)+"px; }")
			return nil
		}))
	}
	barRoom.observer.Call("disconnect")
	barRoom.observer.Call("observe", bar)
}

// lastField is the text field the person last wrote in.
var lastField = js.Undefined()

// FocusLastField returns focus to the text field the person last wrote
// in, if it is still there: after a card beside it is waved away. It
// waits a task, so that the DOM has dropped what held focus.
func FocusLastField() {
	var later js.Func
	later = js.FuncOf(func(js.Value, []js.Value) any {
		later.Release()
		if lastField.Truthy() && lastField.Get("isConnected").Bool() {
			lastField.Call("focus")
		}
		return nil
	})
	js.Global().Call("setTimeout", later, 0)
}

// CanVibrate reports whether the device offers vibration (most phones
// except iPhones).
func CanVibrate() bool {
	return js.Global().Get("navigator").Get("vibrate").Type() == js.TypeFunction
}

// Vibrate plays a pattern of on/off milliseconds; an empty one stops it.
func Vibrate(pattern []int) {
	if !CanVibrate() {
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

// Preference reads a harmless preference from localStorage; "" when unset
// or when the browser refuses access.
func Preference(key string) (v string) {
	catch(func() {
		if ls := js.Global().Get("localStorage"); ls.Truthy() {
			if got := ls.Call("getItem", key); got.Type() == js.TypeString {
				v = got.String()
			}
		}
	})
	return v
}

// SetPreference keeps a harmless preference; failing quietly is fine, the
// default is used next time.
func SetPreference(key, value string) {
	catch(func() {
		if ls := js.Global().Get("localStorage"); ls.Truthy() {
			ls.Call("setItem", key, value)
		}
	})
}

// ClearPreferences forgets the harmless preferences kept in localStorage.
func ClearPreferences() {
	if ls := js.Global().Get("localStorage"); ls.Truthy() {
		ls.Call("clear")
	}
}

// Language is the browser's language tag ("en-US"), which dates and weeks
// follow unless Settings chose otherwise.
func Language() string {
	return js.Global().Get("navigator").Get("language").String()
}

// Languages are the browser's languages in the person's order
// (navigator.languages; Safari gives only one).
func Languages() []string {
	nav := js.Global().Get("navigator")
	list := nav.Get("languages")
	if !list.Truthy() || list.Length() == 0 {
		return []string{nav.Get("language").String()}
	}
	out := make([]string, list.Length())
	for i := range out {
		out[i] = list.Index(i).String()
	}
	return out
}

// SetDocumentLanguage puts the interface language and its direction on
// <html>, for screen readers, hyphenation and right-to-left layout.
func SetDocumentLanguage(lang, dir string) {
	root := js.Global().Get("document").Get("documentElement")
	root.Set("lang", lang)
	root.Set("dir", dir)
}

// RegisterWorker registers Kindly's service worker, through go-app's
// app.js, which no longer does so as it loads (app/appjs.go): its install
// downloads app.wasm and every page shell again, and on a first visit that
// competed with the page's own start.
func RegisterWorker() {
	catch(func() {
		if f := js.Global().Get("goappInitServiceWorker"); f.Type() == js.TypeFunction {
			f.Invoke()
		}
	})
}

// TellWorker tells the service worker the interface language, so it
// keeps the page shells in it and serves them on later visits, offline
// too. It returns at once: the worker may not be ready yet.
func TellWorker(lang string) {
	sw := js.Global().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		return
	}
	var post js.Func
	post = js.FuncOf(func(_ js.Value, args []js.Value) any {
		post.Release()
		if active := args[0].Get("active"); active.Truthy() {
			active.Call("postMessage", map[string]any{"type": "kindly:language", "lang": lang})
		}
		return nil
	})
	sw.Get("ready").Call("then", post)
}

// SetRootData sets data-name on the root element, where the stylesheet
// reads the display preferences; an empty value removes it.
func SetRootData(name, value string) {
	dataset := js.Global().Get("document").Get("documentElement").Get("dataset")
	if value != "" {
		dataset.Set(name, value)
	} else {
		dataset.Delete(name)
	}
}

// NotificationState is "granted", "denied", "default" or "" when the
// browser has no notifications (iOS outside the home screen).
func NotificationState() (s string) {
	catch(func() {
		if n := js.Global().Get("Notification"); n.Truthy() {
			s = n.Get("permission").String()
		}
	})
	return s
}

// AskNotifications asks for permission; it must follow a tap.
func AskNotifications() string {
	n := js.Global().Get("Notification")
	if !n.Truthy() {
		return ""
	}
	v, err := awaitPromise(n.Call("requestPermission"))
	if err != nil || v.Type() != js.TypeString {
		return NotificationState()
	}
	return v.String()
}

// Notify shows a local notification through the service worker (which
// phones require), or directly.
func Notify(title, body string) {
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
