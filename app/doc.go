// Package app is Kindly's user interface: the go-app pages and components
// and the PWA settings of the handler. Everything else the browser offers
// (IndexedDB, files, sharing, preferences) comes through package browser,
// so no page holds a js.Value. Render methods are pure; data is loaded in
// lifecycle methods and handlers.
package app
