//go:build js && wasm

package yield

import "syscall/js"

func init() { Turn() }

// Turn hands the main thread back to the browser: the Go code after it
// runs in a later task, so the browser can paint and take a tap first. A
// short time.Sleep does not do this reliably: a timer already due when the
// scheduler idles runs at once, in the same task. Here the scheduler, with
// nothing left to run, returns to the browser's event loop until a
// zero-delay timer fires.
func Turn() {
	done := make(chan struct{})
	var next js.Func
	next = js.FuncOf(func(js.Value, []js.Value) any {
		next.Release()
		close(done)
		return nil
	})
	js.Global().Call("setTimeout", next, 0)
	<-done
}
