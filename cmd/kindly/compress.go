//go:build !wasm

package main

import (
	"bytes"
	"compress/gzip"
	"os"

	"github.com/andybalholm/brotli"
)

// compressFile writes name.br and name.gz beside name, at the strongest
// settings: this runs once per build, and every visitor downloads the result.
func compressFile(name string) error {
	raw, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	errc := make(chan error, 2)
	go func() {
		var b bytes.Buffer
		w := brotli.NewWriterLevel(&b, brotli.BestCompression)
		w.Write(raw)
		if err := w.Close(); err != nil {
			errc <- err
			return
		}
		errc <- os.WriteFile(name+".br", b.Bytes(), 0o644)
	}()
	go func() {
		var b bytes.Buffer
		w, _ := gzip.NewWriterLevel(&b, gzip.BestCompression)
		w.Write(raw)
		if err := w.Close(); err != nil {
			errc <- err
			return
		}
		errc <- os.WriteFile(name+".gz", b.Bytes(), 0o644)
	}()
	for range 2 {
		if e := <-errc; e != nil && err == nil {
			err = e
		}
	}
	return err
}
