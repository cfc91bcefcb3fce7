package browser

import (
	"bytes"
	"io"
	"math/rand/v2"
	"testing"
)

func TestBlocks(t *testing.T) {
	data := make([]byte, 3*blockSize+1234)
	for i := range data {
		data[i] = byte(i * 7)
	}
	fetches := 0
	var reached int64
	b := &blocks{size: int64(len(data)), fetch: func(off int64, n int) ([]byte, error) {
		fetches++
		return bytes.Clone(data[off : off+int64(n)]), nil
	}, read: func(end int64) { reached = max(reached, end) }}
	r := rand.New(rand.NewPCG(1, 2))
	for range 500 {
		off := r.Int64N(int64(len(data)) + 10)
		p := make([]byte, r.IntN(blockSize+100))
		n, err := b.ReadAt(p, off)
		want := max(0, min(len(p), len(data)-int(min(off, int64(len(data))))))
		if n != want || !bytes.Equal(p[:n], data[off:off+int64(n)]) {
			t.Fatalf("ReadAt(%d bytes at %d) = %d, want %d", len(p), off, n, want)
		}
		if (n < len(p)) != (err == io.EOF) {
			t.Fatalf("ReadAt(%d bytes at %d): n=%d err=%v", len(p), off, n, err)
		}
	}
	if reached != int64(len(data)) {
		t.Errorf("reading reached %d of %d", reached, len(data))
	}
	// Streaming from the start fetches each block once.
	fetches = 0
	b2 := &blocks{size: b.size, fetch: b.fetch}
	all, _ := io.ReadAll(io.NewSectionReader(b2, 0, b2.size))
	if !bytes.Equal(all, data) || fetches != 4 {
		t.Errorf("streamed %d bytes with %d fetches, want %d with 4", len(all), fetches, len(data))
	}
}
