//go:build !wasm

package main

import (
	"net"
	"strings"
	"testing"
	"testing/fstest"
)

func TestMissingWasmNamesMakeBuild(t *testing.T) {
	err := run("127.0.0.1:0", "", "", true, fstest.MapFS{"kindly.css": {Data: []byte("")}})
	if err == nil || !strings.Contains(err.Error(), "make build") || strings.Contains(err.Error(), "\n") {
		t.Fatalf("without app.wasm: %v, want one line naming `make build`", err)
	}
}

func TestPortInUse(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	addr := l.Addr().String()
	err = run(addr, "", "", true, fstest.MapFS{"app.wasm": {Data: []byte("\x00asm")}, "robots.txt": {Data: []byte("")}})
	if err == nil || !strings.Contains(err.Error(), addr) || strings.Contains(err.Error(), "\n") {
		t.Fatalf("busy port: %v, want one line naming %s", err, addr)
	}
}

func TestVersionFallbackIsContentHash(t *testing.T) {
	a, _ := hashAssets(fstest.MapFS{"app.wasm": {Data: []byte("one")}})
	b, _ := hashAssets(fstest.MapFS{"app.wasm": {Data: []byte("two")}})
	a2, _ := hashAssets(fstest.MapFS{"app.wasm": {Data: []byte("one")}})
	if a == b || a != a2 || len(a) != 12 {
		t.Fatalf("hashes %q %q %q", a, b, a2)
	}
}
