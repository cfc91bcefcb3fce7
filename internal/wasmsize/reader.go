package wasmsize

import "fmt"

// reader decodes the binary format's numbers, bytes and names, wrapping
// each failure with what it was reading and where.
type reader struct {
	b   []byte
	off int
}

func (r *reader) fail(err error, what string) error {
	return fmt.Errorf("wasmsize: %w: %s at byte %d", err, what, r.off)
}

func (r *reader) byte(what string) (byte, error) {
	if r.off >= len(r.b) {
		return 0, r.fail(ErrTruncated, what)
	}
	r.off++
	return r.b[r.off-1], nil
}

// uleb reads an unsigned LEB128 number of at most 32 bits.
func (r *reader) uleb(what string) (int, error) {
	var v uint64
	for shift := 0; shift < 35; shift += 7 {
		c, err := r.byte(what)
		if err != nil {
			return 0, err
		}
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			if v > 1<<31 {
				return 0, r.fail(ErrMalformed, what+" too large")
			}
			return int(v), nil
		}
	}
	return 0, r.fail(ErrMalformed, what+" too long")
}

func (r *reader) bytes(n int, what string) ([]byte, error) {
	if n < 0 || n > len(r.b)-r.off {
		return nil, r.fail(ErrTruncated, what)
	}
	r.off += n
	return r.b[r.off-n : r.off], nil
}

func (r *reader) name(what string) (string, error) {
	n, err := r.uleb(what)
	if err != nil {
		return "", err
	}
	b, err := r.bytes(n, what)
	return string(b), err
}

// section reads a section or subsection: an id byte, a size, and that many
// bytes, returned as a reader of their own.
func (r *reader) section(what string) (byte, *reader, error) {
	id, err := r.byte(what + " id")
	if err != nil {
		return 0, nil, err
	}
	n, err := r.uleb(what + " size")
	if err != nil {
		return 0, nil, err
	}
	body, err := r.bytes(n, what+" body")
	return id, &reader{b: body}, err
}
