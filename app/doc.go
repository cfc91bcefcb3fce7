// Package app is Kindly's user interface: the go-app pages and components,
// the PWA settings of the handler, and the browser storage adapter. Render
// methods are pure; data is loaded in lifecycle methods and handlers.
package app
