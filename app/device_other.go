//go:build !(js && wasm)

package app

// Device helpers have nothing to act on outside the browser.

func focus(id string)                 {}
func canVibrate() bool                { return false }
func vibrate(pattern []int)           {}
func preference(key string) string    { return "" }
func setPreference(key, value string) {}
func watchActivity()                  {}
func notificationState() string       { return "" }
func askNotifications() string        { return "" }
func notify(title, body string)       {}

// ApplyPreferences has no page to style outside the browser.
func ApplyPreferences() {}
