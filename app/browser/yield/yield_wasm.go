//go:build js && wasm

package yield

import "syscall/js"

// init waits for a zero-delay timer: the Go scheduler, with nothing left
// to run, returns to the browser's event loop until the timer fires.
func init() {
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
