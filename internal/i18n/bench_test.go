package i18n

import "testing"

// BenchmarkLoad is what reading a catalog adds to start-up: make bench
// runs it in Chromium's wasm too, where it matters (the first render
// waits for it).
func BenchmarkLoad(b *testing.B) {
	for _, lang := range []string{"en", "es"} {
		b.Run(lang, func(b *testing.B) {
			for b.Loop() {
				l := &library{keys: keys[:], forms: compiled}
				l.load(lang).N("journal.count", 3)
			}
		})
	}
}
