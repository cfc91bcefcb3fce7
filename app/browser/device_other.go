//go:build !(js && wasm)

package browser

import "time"

// Focus has nothing to focus outside the browser.
func Focus(id string) {}

// KeepFocusFrom has no focus to keep outside the browser.
func KeepFocusFrom(id string) {}

// KeepRoomFor has no bar to measure outside the browser.
func KeepRoomFor(selector string) {}

// FocusLastField has no field to return to outside the browser.
func FocusLastField() {}

// CanVibrate is false outside the browser.
func CanVibrate() bool { return false }

// Vibrate has nothing to vibrate outside the browser.
func Vibrate(pattern []int) {}

// Preference is "" outside the browser: every preference has its default.
func Preference(key string) string { return "" }

// SetPreference keeps nothing outside the browser.
func SetPreference(key, value string) {}

// ClearPreferences has nothing to clear outside the browser.
func ClearPreferences() {}

// Language is unknown ("") outside the browser.
func Language() string { return "" }

// SetRootData has no page to style outside the browser.
func SetRootData(name, value string) {}

// WatchActivity has no user to follow outside the browser.
func WatchActivity(active func(), hidden func(bool), check func()) {}

// NotificationState is "" (no notifications) outside the browser.
func NotificationState() string { return "" }

// AskNotifications has no one to ask outside the browser.
func AskNotifications() string { return "" }

// Notify shows nothing outside the browser.
func Notify(title, body string) {}

// Hour12 is false outside the browser: server-rendered pages show a
// 24-hour clock until the browser's own language is known.
func Hour12(language string) bool { return false }

// Languages is empty outside the browser: the page shells are English.
func Languages() []string { return nil }

// SetDocumentLanguage has no document outside the browser.
func SetDocumentLanguage(lang, dir string) {}

// FormatDate is empty outside the browser: callers fall back to English.
func FormatDate(language string, t time.Time, style string) string { return "" }

// RegisterWorker has no service worker to register outside the browser.
func RegisterWorker() {}

// TellWorker has no service worker to tell outside the browser.
func TellWorker(lang string) {}

// FormatNumber is empty outside the browser: callers fall back to Go.
func FormatNumber(language string, f float64, digits int) string { return "" }
