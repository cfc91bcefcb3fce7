package importer

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// memSource is a Source over bytes.
type memSource struct{ *bytes.Reader }

func (m memSource) Size() int64 { return m.Reader.Size() }

func source(b []byte) Source { return memSource{bytes.NewReader(b)} }

// detectZip packs files into a zip, in the order given.
func detectZip(t testing.TB, files ...[2]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, f := range files {
		fw, err := w.Create(f[0])
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(f[1]))
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func testFile(t testing.TB, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestRead: each format is known by its content (never its name), read
// whole, with progress reaching the end.
func TestRead(t *testing.T) {
	backup := base64.StdEncoding.EncodeToString([]byte(testFile(t, "daylio_backup.json")))
	for _, c := range []struct {
		name, format string
		data         []byte
	}{
		{"daylio_2026.csv", "Daylio CSV", []byte(testFile(t, "daylio_2026.csv"))},
		{"daylio_excel.csv", "Daylio CSV", []byte(testFile(t, "daylio_excel.csv"))},
		{"a .daylio backup", "Daylio backup", detectZip(t, [2]string{"assets/photos/x.jpg", "\xff\xd8"}, [2]string{"backup.daylio", backup})},
		{"FreeCBT JSON", "FreeCBT JSON", []byte(testFile(t, "freecbt-v2.json"))},
		{"FreeCBT CSV", "FreeCBT CSV", []byte(testFile(t, "freecbt.csv"))},
		{"FreeCBT backup", "FreeCBT backup", []byte(testFile(t, "freecbt-backup.txt"))},
		{"MoodTracker JSON", "MoodTracker JSON", []byte(testFile(t, "moodtracker-moods.json"))},
		{"MoodTracker CSV", "MoodTracker CSV", []byte(testFile(t, "moodtracker-moods.csv"))},
		{"a Day One zip", "Day One", detectZip(t, [2]string{"photos/a.jpeg", "\xff\xd8\xff"}, [2]string{"Journal.json", testFile(t, "dayone/journals/Journal.json")})},
	} {
		head, _ := Head(source(c.data))
		if !Sniff(head) {
			t.Errorf("%s: not recognised", c.name)
			continue
		}
		var done, total int64
		f, err := Read(source(c.data), func(d, t int64) { done, total = d, t })
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if f.Format != c.format || len(f.Records) == 0 {
			t.Errorf("%s: read as %q with %d records", c.name, f.Format, len(f.Records))
		}
		if total == 0 || done != total {
			t.Errorf("%s: progress reached %d of %d", c.name, done, total)
		}
	}
}

func TestReadUnknown(t *testing.T) {
	for name, data := range map[string][]byte{
		"a Kindly backup": []byte(`{"format": "kindly-backup", "version": 1, "entries": []}`),
		"a poem":          []byte("Roses are red\nand so on\n"),
		"a zip of photos": detectZip(t, [2]string{"photos/a.jpeg", "\xff\xd8\xff"}),
		"nothing":         nil,
	} {
		head, _ := Head(source(data))
		if Sniff(head) && name != "a zip of photos" {
			t.Errorf("%s: taken for another app's export", name)
		}
		if _, err := Read(source(data), nil); !errors.Is(err, ErrUnknown) {
			t.Errorf("%s: %v, want ErrUnknown", name, err)
		}
	}
	zipped := detectZip(t, [2]string{"Journal.json", testFile(t, "dayone/journals/Journal.json")})
	_, err := Read(source(zipped[:len(zipped)/2]), nil)
	var e *Error
	if !errors.As(err, &e) || e.Code != BadArchive {
		t.Errorf("a truncated zip: %v", err)
	}
}

// wantError checks that err is an *Error wrapping ErrMalformed with the
// fields of want.
func wantError(t *testing.T, err error, want Error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrMalformed) {
		t.Fatalf("error %v, want %+v", err, want)
	}
	if e.Format != want.Format || e.Code != want.Code || e.Line != want.Line || e.Entry != want.Entry || e.Detail != want.Detail {
		t.Fatalf("error %+v, want %+v", *e, want)
	}
}
