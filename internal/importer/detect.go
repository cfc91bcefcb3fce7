package importer

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"io"
	"path"
	"strings"
)

// headSize is how much of a file Sniff needs to see.
const headSize = 64 << 10

// Head is the start of src that Sniff reads.
func Head(src Source) ([]byte, error) {
	head := make([]byte, min(headSize, src.Size()))
	n, err := src.ReadAt(head, 0)
	if errors.Is(err, io.EOF) {
		err = nil
	}
	return head[:n], err
}

// Sniff reports whether head, the start of a file (Head), is an export
// this package reads, judged by content, never by the file's name: Daylio
// shares its CSV as text/html, and people rename files.
func Sniff(head []byte) bool {
	return isZip(head) || sniffFreeCBT(head) || sniffDaylioCSV(head) || sniffMoodTracker(head)
}

func isZip(head []byte) bool { return bytes.HasPrefix(head, []byte("PK\x03\x04")) }

// Read parses the export in src. progress, when set, hears how many of the
// bytes to be read have been (a zip's media is never read, so the total is
// what its JSON members take).
func Read(src Source, progress func(done, total int64)) (*File, error) {
	if src.Size() > MaxSize {
		return nil, &Error{Format: "file", Code: TooBig}
	}
	head, err := Head(src)
	if err != nil {
		return nil, err
	}
	if isZip(head) {
		z, err := zip.NewReader(src, src.Size())
		if err != nil {
			return nil, &Error{Format: "zip", Code: BadArchive, Detail: err.Error()}
		}
		if progress != nil {
			var total int64
			for _, m := range z.File {
				if m.Name == "backup.daylio" || (!strings.Contains(m.Name, "/") && path.Ext(m.Name) == ".json") {
					total += int64(m.CompressedSize64)
				}
			}
			z, err = zip.NewReader(counted{src, &readCount{total: total, report: progress}}, src.Size())
			if err != nil {
				return nil, &Error{Format: "zip", Code: BadArchive, Detail: err.Error()}
			}
		}
		switch {
		case isDaylioBackup(z):
			return readDaylioBackup(z)
		case isDayOne(z):
			return readDayOne(z)
		}
		return nil, ErrUnknown
	}
	var r io.Reader = io.NewSectionReader(src, 0, src.Size())
	if progress != nil {
		r = &countingReader{r: r, c: &readCount{total: src.Size(), report: progress}}
	}
	switch {
	case sniffFreeCBT(head):
		data, err := io.ReadAll(r)
		if err != nil {
			return nil, err
		}
		return readFreeCBT(data)
	case sniffDaylioCSV(head):
		return readDaylioCSV(bufio.NewReaderSize(r, 64<<10))
	case sniffMoodTracker(head):
		return readMoodTracker(bufio.NewReaderSize(r, 64<<10))
	}
	return nil, ErrUnknown
}

// readCount adds up bytes read and reports them.
type readCount struct {
	done, total int64
	report      func(done, total int64)
}

func (c *readCount) add(n int) {
	c.done += int64(n)
	c.report(min(c.done, c.total), c.total)
}

type countingReader struct {
	r io.Reader
	c *readCount
}

func (r *countingReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	r.c.add(n)
	return n, err
}

// counted is a Source that counts what is read of it past the zip's
// directory (the members themselves).
type counted struct {
	Source
	c *readCount
}

func (s counted) ReadAt(p []byte, off int64) (int, error) {
	n, err := s.Source.ReadAt(p, off)
	s.c.add(n)
	return n, err
}
