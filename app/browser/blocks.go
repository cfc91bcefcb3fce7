package browser

import (
	"errors"
	"io"
	"sync"
)

// blockSize is how much of a chosen file is read at once: big enough that
// a zip's many small reads rarely wait on the browser, small enough that
// parsing one block never holds the page for long.
const blockSize = 64 << 10

// blocks is an io.ReaderAt over a file of size bytes that fetches whole
// blocks and keeps the last two, so that streaming and a zip's
// back-and-forth reads cost few round trips and bounded memory.
type blocks struct {
	size  int64
	fetch func(off int64, n int) ([]byte, error)
	// read, when set, is told how far into the file reading has reached.
	read func(end int64)

	mu    sync.Mutex
	cache [2]struct {
		off  int64
		data []byte
	}
	next int
}

func (b *blocks) ReadAt(p []byte, off int64) (int, error) {
	if off < 0 {
		return 0, errors.New("negative offset")
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	n := 0
	for n < len(p) {
		at := off + int64(n)
		if at >= b.size {
			return n, io.EOF
		}
		blk, err := b.block(at - at%blockSize)
		if err != nil {
			return n, err
		}
		n += copy(p[n:], blk[at%blockSize:])
	}
	return n, nil
}

// block returns the block that starts at off, fetching it if needed.
func (b *blocks) block(off int64) ([]byte, error) {
	for _, c := range b.cache {
		if c.data != nil && c.off == off {
			return c.data, nil
		}
	}
	n := int(min(blockSize, b.size-off))
	data, err := b.fetch(off, n)
	if err != nil {
		return nil, err
	}
	if len(data) != n {
		return nil, io.ErrUnexpectedEOF
	}
	b.cache[b.next].off, b.cache[b.next].data = off, data
	b.next = 1 - b.next
	if b.read != nil {
		b.read(off + int64(n))
	}
	return data, nil
}

// ChosenFile is a file the person picked, read as it is needed rather
// than all at once.
type ChosenFile struct {
	Name string
	blocks
}

// Size is the file's length in bytes.
func (f *ChosenFile) Size() int64 { return f.size }

// OnRead calls f with how far reading has got, each time a block is read.
func (f *ChosenFile) OnRead(fn func(end int64)) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.read = fn
}

// All reads the whole file.
func (f *ChosenFile) All() ([]byte, error) {
	data := make([]byte, f.size)
	_, err := f.ReadAt(data, 0)
	if errors.Is(err, io.EOF) {
		err = nil
	}
	return data, err
}
