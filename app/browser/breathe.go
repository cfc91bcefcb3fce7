package browser

import "time"

// Breathe yields to the browser's event loop: in wasm a goroutine that
// never blocks keeps the page from painting.
func Breathe() { time.Sleep(time.Millisecond) }
