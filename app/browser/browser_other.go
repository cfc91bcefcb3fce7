//go:build !(js && wasm)

package browser

import "errors"

// Outside the browser these helpers have nothing to act on; the handlers
// that call them never run during server-side rendering.

var errNoBrowser = errors.New("not in a browser")

// AnnounceChange has no other tabs to tell outside the browser.
func AnnounceChange() {}

// OnChange never calls f outside the browser.
func OnChange(f func()) (stop func()) { return func() {} }

// CanShareFiles is false outside the browser.
func CanShareFiles() bool { return false }

// ShareFile fails outside the browser.
func ShareFile(name, mime string, data []byte) error { return errNoBrowser }

// SaveFile fails outside the browser.
func SaveFile(name, mime string, data []byte) error { return errNoBrowser }

// ReadChosenFile fails outside the browser.
func ReadChosenFile(id string) ([]byte, string, error) { return nil, "", errNoBrowser }

// SetValue has no input to set outside the browser.
func SetValue(id, value string) {}

// ShareText fails outside the browser.
func ShareText(title, text string) (shared bool, err error) { return false, errNoBrowser }

// WatchForUpdates has no service worker to watch outside the browser.
func WatchForUpdates(version string, updated func()) {}

// OpenChosenFile has no file input outside the browser.
func OpenChosenFile(id string) (*ChosenFile, error) { return nil, errNoBrowser }

// Yield has no main thread to hand back outside the browser.
func Yield() {}
