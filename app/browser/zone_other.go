//go:build !(js && wasm)

package browser

// TimeZone is unknown ("") outside the browser.
func TimeZone() string { return "" }
