//go:build !wasm

package app

import (
	"bytes"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
)

// go-app's app.js wraps the downloaded app.wasm in a new Response built
// from a JavaScript stream, only to count bytes for the loading label.
// That copies every chunk through the main thread (46 to 58 ms of it in a
// CPU profile of a first visit) and hands the compiler a response without
// its URL. Kindly's app.js hands the real response to the compiler and
// counts a clone's bytes instead.
const (
	goappFetch = `async function fetchWithProgress(url, progess) {`
	kindFetch  = `async function fetchWithProgress(url, progress) {
  const response = await fetch(url);
  const total = parseInt(goappWasmContentLength, 10) ||
    parseInt(response.headers.get("Content-Length"), 10);
  if (!response.ok || !response.body || !total) {
    return response;
  }
  const reader = response.clone().body.getReader();
  let loaded = 0;
  let shown = -1;
  (async () => {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) {
        return;
      }
      loaded += value.byteLength;
      const percent = Math.min(100, Math.floor((loaded * 100) / total));
      if (percent !== shown) {
        shown = percent;
        progress(percent);
      }
    }
  })().catch(() => {});
  return response;
}
`
)

// The start: go-app fetches and compiles app.wasm on the page's main
// thread, which receives every byte of the stream there and finishes the
// compile there too (a third of a second of long tasks on a phone-speed
// CPU), and only once its deferred app.js runs. Kindly's web/boot.js has
// already asked a worker (web/compile.js) to fetch and compile it, from
// the <head>; app.js takes the compiled module from that worker and
// instantiates it, so the bytes never cross the main thread. It runs Go
// once the worker has run the Go runtime's start on the same module (in
// Chromium; see web/compile.js), which leaves that code compiled for the
// page, and in a task of its own: instantiating and starting in one task
// made one long task, and a tap waits for the whole of it. Where
// the worker could not (no Worker, a module that cannot be posted, any
// error), the page compiles app.wasm as go-app does.
const (
	goappRun = `    const go = new Go();
    const wasm = await instantiateStreaming(
      fetchWithProgress(`
	goappRunEnd = `    go.run(wasm.instance);
`
	kindRun = `    const go = new Go();
    const module = await kindlyCompile(%s, showProgress);
    const instance = await WebAssembly.instantiate(module, go.importObject);
    if (window.kindlyWasm) {
      await window.kindlyWasm.started;
    }
    await new Promise((resolve) => setTimeout(resolve, 0));
    go.run(instance);
`
	kindCompile = `
async function kindlyCompile(url, progress) {
  const early = window.kindlyWasm;
  if (early && early.url === url) {
    const total = parseInt(goappWasmContentLength, 10);
    if (total) {
      early.progress = (loaded) => progress(Math.min(100, Math.floor((loaded * 100) / total)));
    }
    const module = await early.module;
    if (module) {
      return module;
    }
  }
  const response = fetchWithProgress(url, progress);
  if (WebAssembly.compileStreaming) {
    return await WebAssembly.compileStreaming(response);
  }
  return await WebAssembly.compile(await (await response).arrayBuffer());
}
`
)

// go-app's app.js registers the service worker as it loads. The worker's
// install then downloads app.wasm, every page shell and the other assets
// while the page downloads and compiles app.wasm itself: on a first visit
// the compiled module reached the page 180 ms later (median of 8, loopback,
// unthrottled) and the page was ready 190 ms later. Kindly registers it
// once the first page is ready (browser.RegisterWorker).
const goappRegister = "\ngoappInitServiceWorker();\n"

// ErrAppJS reports that go-app's app.js no longer has the shape AppJS
// rewrites: go-app was upgraded and AppJS must be looked at again.
var ErrAppJS = errors.New("go-app's app.js changed: a part Kindly rewrites was not found")

// AppJS returns the app.js that h (go-app's handler) serves, with
// fetchWithProgress replaced, Kindly's start, and no service worker
// registered as it loads.
func AppJS(h http.Handler) ([]byte, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/app.js", nil))
	js := rec.Body.Bytes()
	start := bytes.Index(js, []byte(goappFetch))
	if start < 0 {
		return nil, ErrAppJS
	}
	// The function ends at the first closing brace alone on its line.
	end := bytes.Index(js[start:], []byte("\n}\n"))
	if end < 0 {
		return nil, ErrAppJS
	}
	out := append([]byte{}, js[:start]...)
	out = append(out, kindFetch...)
	out = append(out, js[start+end+3:]...)
	reg := bytes.Index(out, []byte(goappRegister))
	if reg < 0 {
		return nil, ErrAppJS
	}
	out = append(out[:reg+1], out[reg+len(goappRegister):]...)
	return compileInWorker(out)
}

// compileInWorker replaces go-app's instantiation with Kindly's start.
func compileInWorker(js []byte) ([]byte, error) {
	start := bytes.Index(js, []byte(goappRun))
	if start < 0 {
		return nil, ErrAppJS
	}
	rest := js[start+len(goappRun):]
	comma := bytes.IndexByte(rest, ',')
	end := bytes.Index(rest, []byte(goappRunEnd))
	if comma < 0 || end < comma {
		return nil, ErrAppJS
	}
	url := rest[:comma] // the quoted path of app.wasm
	out := append([]byte{}, js[:start]...)
	out = append(out, fmt.Sprintf(kindRun, url)...)
	out = append(out, rest[end+len(goappRunEnd):]...)
	return append(out, kindCompile...), nil
}
