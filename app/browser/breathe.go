package browser

import "time"

// Breathe yields to the browser's event loop: in wasm a goroutine that
// never blocks keeps the page from painting.
func Breathe() { time.Sleep(time.Millisecond) }

// Pacer returns a pause for long loops: called as often as is convenient,
// it yields to the browser (Yield) only once every budget of work, so a
// loop neither holds the page for long nor pays for a task per call.
func Pacer(budget time.Duration) func() {
	last := time.Now()
	return func() {
		if time.Since(last) >= budget {
			Yield()
			last = time.Now()
		}
	}
}
