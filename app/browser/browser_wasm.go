//go:build js && wasm

package browser

import (
	"errors"
	"fmt"
	"syscall/js"

	"github.com/kindly/kindly/app/browser/yield"
)

// awaitPromise waits for a JavaScript promise. Both callbacks are passed to
// then: go-app's Value.Then drops rejections, which would hang us forever.
func awaitPromise(p js.Value) (js.Value, error) {
	type result struct {
		v   js.Value
		err error
	}
	done := make(chan result, 1)
	resolve := js.FuncOf(func(_ js.Value, args []js.Value) any {
		v := js.Undefined()
		if len(args) > 0 {
			v = args[0]
		}
		done <- result{v: v}
		return nil
	})
	reject := js.FuncOf(func(_ js.Value, args []js.Value) any {
		err := errors.New("promise rejected")
		if len(args) > 0 && args[0].Truthy() {
			err = fmt.Errorf("promise rejected: %s", args[0].Call("toString").String())
		}
		done <- result{err: err}
		return nil
	})
	defer resolve.Release()
	defer reject.Release()
	p.Call("then", resolve, reject)
	r := <-done
	return r.v, r.err
}

// storageManager is navigator.storage, or an error where it is missing
// (old browsers, some private modes).
func storageManager() (js.Value, error) {
	sm := js.Global().Get("navigator").Get("storage")
	if !sm.Truthy() || !sm.Get("persist").Truthy() {
		return js.Undefined(), errors.New("navigator.storage is not available")
	}
	return sm, nil
}

// RequestPersistence asks the browser, in the background, not to evict
// Kindly's data under storage pressure, and asks again once Kindly is
// installed, when browsers grant it more readily. Some browsers answer
// only when the person answers a prompt (Firefox), others never, so
// nothing waits for it: answered is called whenever an answer comes.
func RequestPersistence(answered func()) {
	sm, err := storageManager()
	if err != nil {
		return
	}
	ask := func() {
		go func() {
			if _, err := awaitPromise(sm.Call("persist")); err == nil {
				answered()
			}
		}()
	}
	ask()
	js.Global().Call("addEventListener", "appinstalled", js.FuncOf(func(js.Value, []js.Value) any {
		ask()
		return nil
	}))
}

// ReadStorageStatus asks the browser whether it keeps Kindly's data under
// storage pressure and how much room it takes, for Settings.
func ReadStorageStatus() (StorageStatus, error) {
	sm, err := storageManager()
	if err != nil {
		return StorageStatus{}, err
	}
	persisted, err := awaitPromise(sm.Call("persisted"))
	if err != nil {
		return StorageStatus{}, err
	}
	est, err := awaitPromise(sm.Call("estimate"))
	if err != nil {
		return StorageStatus{}, err
	}
	return StorageStatus{
		Known:     true,
		Persisted: persisted.Truthy(),
		Used:      int64(est.Get("usage").Float()),
		Quota:     int64(est.Get("quota").Float()),
	}, nil
}

// Yield hands the main thread back to the browser: the Go code after it
// runs in a later task, so the browser can paint and take a tap first.
func Yield() { yield.Turn() }
