//go:build js && wasm

package browser

import (
	"errors"
	"fmt"
	"syscall/js"
	"time"

	"github.com/kindly/kindly/internal/store"
)

// Conversions between store records and IndexedDB values, and between
// JavaScript exceptions and the store's errors.

func toJS(r store.Record) js.Value {
	data := js.Global().Get("Uint8Array").New(len(r.Data))
	js.CopyBytesToJS(data, r.Data)
	o := js.Global().Get("Object").New()
	o.Set("id", r.ID)
	o.Set("schema", r.Schema)
	o.Set("updated", r.Updated.Format(time.RFC3339Nano))
	o.Set("sort", r.Sort)
	o.Set("data", data)
	return o
}

func fromJS(v js.Value) (store.Record, error) {
	r := store.Record{ID: v.Get("id").String(), Schema: v.Get("schema").Int()}
	if sort := v.Get("sort"); sort.Type() == js.TypeString {
		r.Sort = sort.String()
	}
	t, err := time.Parse(time.RFC3339Nano, v.Get("updated").String())
	if err != nil {
		return store.Record{}, fmt.Errorf("%w: %q has a bad update time: %v", store.ErrInvalidRecord, r.ID, err)
	}
	r.Updated = t
	data := v.Get("data")
	r.Data = make([]byte, data.Get("length").Int())
	js.CopyBytesToGo(r.Data, data)
	return r, nil
}

func toJSArray(ss []string) js.Value {
	a := js.Global().Get("Array").New(len(ss))
	for i, s := range ss {
		a.SetIndex(i, s)
	}
	return a
}

// domError maps a DOMException to the store's sentinel errors.
func domError(e js.Value) error {
	if !e.Truthy() {
		return errors.New("transaction aborted")
	}
	name, msg := e.Get("name").String(), e.Get("message").String()
	switch name {
	case "QuotaExceededError":
		return fmt.Errorf("%w: %s", store.ErrQuota, msg)
	case "InvalidStateError", "SecurityError", "UnknownError", "VersionError":
		return fmt.Errorf("%w: %s: %s", store.ErrUnavailable, name, msg)
	}
	return fmt.Errorf("%s: %s", name, msg)
}

// catch turns a JavaScript exception thrown during f into an error.
func catch(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if jsErr, ok := r.(js.Error); ok {
				err = domError(jsErr.Value) // a DOMException keeps its meaning
				return
			}
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}
