//go:build js && wasm

package browser

import (
	"errors"
	"fmt"
	"strings"
	"syscall/js"
)

// channelName is the BroadcastChannel every Kindly tab listens on, so that
// a change in one tab shows in the others without a reload.
const channelName = "kindly"

var channel = js.Null()

func broadcast() js.Value {
	if channel.IsNull() && js.Global().Get("BroadcastChannel").Truthy() {
		channel = js.Global().Get("BroadcastChannel").New(channelName)
	}
	return channel
}

// AnnounceChange tells the other tabs that stored data changed.
func AnnounceChange() {
	if c := broadcast(); c.Truthy() {
		c.Call("postMessage", "changed")
	}
}

// OnChange calls f whenever another tab announces a change.
func OnChange(f func()) (stop func()) {
	c := broadcast()
	if !c.Truthy() {
		return func() {}
	}
	h := js.FuncOf(func(js.Value, []js.Value) any { f(); return nil })
	c.Call("addEventListener", "message", h)
	return func() {
		c.Call("removeEventListener", "message", h)
		h.Release()
	}
}

// SaveFile downloads data through an object URL: no network, so it works
// offline.
func SaveFile(name, mime string, data []byte) error {
	parts := fileParts(data)
	blob := js.Global().Get("Blob").New(parts, map[string]any{"type": mime})
	url := js.Global().Get("URL").Call("createObjectURL", blob)
	doc := js.Global().Get("document")
	a := doc.Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Set("hidden", true)
	doc.Get("body").Call("appendChild", a)
	a.Call("click")
	a.Call("remove")
	// The download has started from the object URL; free it a little later.
	js.Global().Call("setTimeout", js.FuncOf(func(js.Value, []js.Value) any {
		js.Global().Get("URL").Call("revokeObjectURL", url)
		return nil
	}), 60_000)
	return nil
}

func fileParts(data []byte) js.Value {
	arr := js.Global().Get("Uint8Array").New(len(data))
	js.CopyBytesToJS(arr, data)
	parts := js.Global().Get("Array").New(1)
	parts.SetIndex(0, arr)
	return parts
}

// CanShareFiles reports whether the Web Share API can share a file here
// (phones mostly).
func CanShareFiles() bool {
	nav := js.Global().Get("navigator")
	if !nav.Get("canShare").Truthy() {
		return false
	}
	probe := js.Global().Get("File").New(fileParts(nil), "kindly.json", map[string]any{"type": "application/json"})
	files := js.Global().Get("Array").New(1)
	files.SetIndex(0, probe)
	return nav.Call("canShare", map[string]any{"files": files}).Bool()
}

// ShareFile opens the share sheet with data as a file. A cancelled share
// is not an error.
func ShareFile(name, mime string, data []byte) error {
	file := js.Global().Get("File").New(fileParts(data), name, map[string]any{"type": mime})
	files := js.Global().Get("Array").New(1)
	files.SetIndex(0, file)
	_, err := awaitPromise(js.Global().Get("navigator").Call("share", map[string]any{"files": files, "title": name}))
	if err != nil && strings.Contains(err.Error(), "AbortError") {
		return nil
	}
	return err
}

// ReadChosenFile reads the file chosen in the file input with this id.
func ReadChosenFile(id string) ([]byte, string, error) {
	input := js.Global().Get("document").Call("getElementById", id)
	if !input.Truthy() || !input.Get("files").Truthy() || input.Get("files").Length() == 0 {
		return nil, "", errors.New("no file was chosen")
	}
	f := input.Get("files").Index(0)
	name := f.Get("name").String()
	buf, err := awaitPromise(f.Call("arrayBuffer"))
	if err != nil {
		return nil, name, fmt.Errorf("reading %s: %w", name, err)
	}
	arr := js.Global().Get("Uint8Array").New(buf)
	data := make([]byte, arr.Length())
	js.CopyBytesToGo(data, arr)
	return data, name, nil
}

// SetValue sets an input's value directly: go-app does not clear or
// replace what the user typed when the rendered value changes.
func SetValue(id, value string) {
	if el := js.Global().Get("document").Call("getElementById", id); el.Truthy() {
		el.Set("value", value)
	}
}

// ShareText offers text to the share sheet when the browser has one, or
// copies it to the clipboard; shared reports which happened. A cancelled
// share is not an error.
func ShareText(title, text string) (shared bool, err error) {
	nav := js.Global().Get("navigator")
	data := map[string]any{"title": title, "text": text}
	if nav.Get("share").Truthy() && (!nav.Get("canShare").Truthy() || nav.Call("canShare", data).Bool()) {
		_, err := awaitPromise(nav.Call("share", data))
		if err != nil && strings.Contains(err.Error(), "AbortError") {
			return true, nil
		}
		return true, err
	}
	if !nav.Get("clipboard").Truthy() {
		return false, errNoClipboard
	}
	_, err = awaitPromise(nav.Get("clipboard").Call("writeText", text))
	return false, err
}

var errNoClipboard = errors.New("this browser can neither share nor copy")

// OpenChosenFile opens the file chosen in the file input with this id, to
// be read in blocks (Blob.slice), so a large zip's media is never loaded.
func OpenChosenFile(id string) (*ChosenFile, error) {
	input := js.Global().Get("document").Call("getElementById", id)
	if !input.Truthy() || !input.Get("files").Truthy() || input.Get("files").Length() == 0 {
		return nil, errors.New("no file was chosen")
	}
	blob := input.Get("files").Index(0)
	f := &ChosenFile{Name: blob.Get("name").String()}
	f.size = int64(blob.Get("size").Float())
	f.fetch = func(off int64, n int) ([]byte, error) {
		buf, err := awaitPromise(blob.Call("slice", off, off+int64(n)).Call("arrayBuffer"))
		if err != nil {
			return nil, fmt.Errorf("reading %s: %w", f.Name, err)
		}
		arr := js.Global().Get("Uint8Array").New(buf)
		data := make([]byte, arr.Length())
		js.CopyBytesToGo(data, arr)
		return data, nil
	}
	return f, nil
}
