//go:build !wasm

package app

import (
	"errors"
	"net/http"
	"strings"
	"testing"
)

func TestAppJSHandsTheRealResponseToTheCompiler(t *testing.T) {
	js, err := AppJS(Handler("v1", 1000))
	if err != nil {
		t.Fatal(err)
	}
	s := string(js)
	for _, want := range []string{"response.clone().body.getReader()", `kindlyCompile("/web/app.wasm", showProgress)`, "await early.module", "WebAssembly.instantiate(module, go.importObject)", "goappInitWebAssembly();", "function goappKeepBodyClean()"} {
		if !strings.Contains(s, want) {
			t.Errorf("app.js lacks %q", want)
		}
	}
	if strings.Contains(s, "new ReadableStream") || strings.Count(s, "async function fetchWithProgress(") != 1 {
		t.Error("go-app's stream-copying fetchWithProgress is still there")
	}
	if strings.Contains(s, "instantiateStreaming(\n      fetchWithProgress") {
		t.Error("go-app's main-thread compile is still the start")
	}
	if strings.Contains(s, goappRegister) || !strings.Contains(s, "async function goappInitServiceWorker()") {
		t.Error("app.js registers the service worker as it loads, or no longer can (browser.RegisterWorker calls it)")
	}
	if strings.Count(s, "{") != strings.Count(s, "}") {
		t.Error("app.js has unbalanced braces after the rewrite")
	}
}

func TestAppJSRefusesAnUnknownShape(t *testing.T) {
	other := http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { w.Write([]byte("console.log(1);\n")) })
	if _, err := AppJS(other); !errors.Is(err, ErrAppJS) {
		t.Fatalf("got %v, want ErrAppJS", err)
	}
}
