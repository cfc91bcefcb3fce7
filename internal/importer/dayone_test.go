package importer

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// member is one file of a test zip.
type member struct {
	name string
	data string
	// method is how the bytes are stored: zip.Deflate by default;
	// zip.Store writes them raw with a zero CRC, which archive/zip does not
	// check, so that the fuzzer can change the JSON and still reach the
	// parser; any other method is written raw and cannot be opened.
	method uint16
	raw    bool
}

func buildZip(t testing.TB, members []member) []byte {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, m := range members {
		var err error
		if m.raw {
			h := &zip.FileHeader{Name: m.name, Method: m.method, CompressedSize64: uint64(len(m.data)), UncompressedSize64: uint64(len(m.data))}
			if m.method != zip.Store {
				h.CRC32 = crc32.ChecksumIEEE([]byte(m.data))
			}
			var fw io.Writer
			if fw, err = w.CreateRaw(h); err == nil {
				_, err = fw.Write([]byte(m.data))
			}
		} else {
			method := m.method
			if method == 0 && !strings.HasSuffix(m.name, "/") {
				method = zip.Deflate
			}
			var fw io.Writer
			if fw, err = w.CreateHeader(&zip.FileHeader{Name: m.name, Method: method}); err == nil {
				_, err = fw.Write([]byte(m.data))
			}
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// sampleZip is the hand-written sample export: the journals in
// testdata/dayone/journals, media whose bytes could not be opened if the
// parser tried (an unknown compression method), and what macOS's zipper
// adds beside them.
func sampleZip(t testing.TB, stored bool) []byte {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "dayone", "journals", "*.json"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no sample journals: %v", err)
	}
	var members []member
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		m := member{name: filepath.Base(p), data: string(b)}
		if stored {
			m.method, m.raw = zip.Store, true
		}
		members = append(members, m)
	}
	const unopenable = 99
	members = append(members,
		member{name: "photos/"},
		member{name: "photos/0f3c5a1d9b7e2c4a6f8d0b2e4c6a8f01.jpeg", data: "\xFF\xD8\xFF\xE0 not really a jpeg", method: unopenable, raw: true},
		member{name: "photos/1a4d6b2e0c8f3d5b7a9e1c3f5d7b9a02.heic", data: "fake heic", method: unopenable, raw: true},
		member{name: "videos/5e8b0f6c4a2d7b9f1e3c5a7d9b1f3e46.mp4", data: "fake mp4", method: unopenable, raw: true},
		member{name: "audios/6f9c1a7d5b3e8c0a2f4d6b8e0c2a4f57.m4a", data: "fake m4a", method: unopenable, raw: true},
		member{name: "pdfs/7a0d2b8e6c4f9d1b3a5e7c9f1d3b5a68.pdf", data: "%PDF-1.4 fake", method: unopenable, raw: true},
		member{name: "__MACOSX/._Journal.json", data: "\x00\x05\x16\x07 AppleDouble"},
		member{name: "._Journal.json", data: "\x00\x05\x16\x07 AppleDouble"},
		member{name: "media.json/", data: ""},
	)
	return buildZip(t, members)
}

func openZip(t testing.TB, b []byte) *zip.Reader {
	t.Helper()
	z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	return z
}

func TestDayOneGolden(t *testing.T) {
	for _, stored := range []bool{false, true} {
		z := openZip(t, sampleZip(t, stored))
		if !isDayOne(z) {
			t.Fatal("isDayOne(sample) = false")
		}
		f, err := readDayOne(z)
		if err != nil {
			t.Fatal(err)
		}
		got, err := json.MarshalIndent(f, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, '\n')
		golden := filepath.Join("testdata", "dayone", "golden.json")
		if *update && !stored {
			if err := os.WriteFile(golden, got, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("stored=%v: records differ from %s (run with -update to accept):\n%s", stored, golden, got)
		}
	}
}

// TestDayOneTimes checks what the golden file shows as text: that an
// offset other than Z keeps its offset and is never the machine's Local.
func TestDayOneTimes(t *testing.T) {
	f, err := readDayOne(openZip(t, sampleZip(t, false)))
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range f.Records {
		if r.At.Location().String() == "Local" || r.Updated.Location().String() == "Local" {
			t.Errorf("%s: time in Local: %v %v", r.Key, r.At, r.Updated)
		}
	}
	if got := f.Records[1].At.Format("2006-01-02T15:04:05Z07:00"); got != "2024-05-02T07:45:00+05:30" {
		t.Errorf("offset not kept: %s", got)
	}
}

func TestDayOneText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`a\-b \(c\) d\. e\!`, "a-b (c) d. e!"},
		{`C:\\Users \b \\\*`, `C:\Users \b \*`},
		{"x\u200by\u200cz\u200d\uFEFFw", "xyzw"},
		{"\u200b# Title\nbody", "Title\nbody"},
		{"\n\n# Title after blank lines", "Title after blank lines"},
		{"## Not the title kind\nbody", "## Not the title kind\nbody"},
		{`\# literal hash`, "# literal hash"},
		{"body\n# later heading", "body\n# later heading"},
		{"end![](dayone-moment://ABC). next", "end. next"},
		{"a ![](dayone-moment:/video/ABC) b", "a b"},
		{"a![alt](dayone-moment:/audio/ABC)b", "ab"},
		{"a ![](dayone-moment:/pdfAttachment/ABC)", "a"},
		{"p1\n\n![](dayone-moment://A)\n\n![](dayone-moment://B)\n\np2", "p1\n\np2"},
		{"![](dayone-moment://A)", ""},
		{"![](dayone-moment:/sticker/A)", "![](dayone-moment:/sticker/A)"},
		{"![](https://example.com/x.png)", "![](https://example.com/x.png)"},
		{`\!\[\](dayone-moment://A)`, "![](dayone-moment://A)"},
		{"see [that day](dayone://view?entryId=ABC).", "see that day."},
		{"see [that \\(day\\)](dayone2://view?entryId=ABC)", "see that (day)"},
		{"[web](https://example.com)", "[web](https://example.com)"},
		{"[unclosed](dayone://view?entryId=ABC", "[unclosed](dayone://view?entryId=ABC"},
		{"line\r\nnext\\.", "line\nnext."},
		{"trailing \\", "trailing \\"},
		{"bad \xff utf8", "bad \uFFFD utf8"},
	} {
		if got := dayOneText(c.in); got != c.want {
			t.Errorf("dayOneText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A line of many "![" or "[" must not take a scan to the line's end for
// each one.
func TestDayOneTextLinear(t *testing.T) {
	for _, s := range []string{
		strings.Repeat("![", 400_000),
		strings.Repeat("[", 800_000),
		strings.Repeat("![](dayone-moment://", 40_000),
		strings.Repeat("[a](dayone://", 60_000),
	} {
		if got := dayOneText(s); len(got) == 0 {
			t.Errorf("text of %d bytes vanished", len(s))
		}
	}
}

func TestDayOneDetect(t *testing.T) {
	journal := `{"metadata":{"version":"1.0"},"entries":[]}`
	for _, c := range []struct {
		name    string
		members []member
		want    bool
	}{
		{"journal", []member{{name: "Journal.json", data: journal}}, true},
		{"entries first, no metadata", []member{{name: "J.JSON", data: `{"entries":[{"uuid":"A"}]}`}}, true},
		{"after other root files", []member{{name: "notes.txt", data: "x"}, {name: "other.json", data: `[1,2]`}, {name: "Journal.json", data: journal}}, true},
		{"in a folder", []member{{name: "export/Journal.json", data: journal}}, false},
		{"entries not an array", []member{{name: "Journal.json", data: `{"entries":{}}`}}, false},
		{"other json", []member{{name: "FreeCBT.json", data: `{"thoughts":[]}`}}, false},
		{"daylio backup", []member{{name: "backup.daylio", data: "eyJ2ZXJzaW9uIjoxNX0="}}, false},
		{"not json", []member{{name: "Journal.json", data: "entries"}}, false},
		{"metadata past the sniff", []member{{name: "Journal.json", data: `{"metadata":"` + strings.Repeat("x", dayOneSniff) + `","entries":[]}`}}, false},
		{"cannot open", []member{{name: "Journal.json", data: journal, method: 99, raw: true}}, false},
		{"empty zip", nil, false},
	} {
		if got := isDayOne(openZip(t, buildZip(t, c.members))); got != c.want {
			t.Errorf("%s: isDayOne = %v, want %v", c.name, got, c.want)
		}
	}
}

// entryJSON is a minimal valid entry with text.
func entryJSON(uuid, date, text string) string {
	b, _ := json.Marshal(map[string]string{"uuid": uuid, "creationDate": date, "text": text})
	return string(b)
}

func journalJSON(entries ...string) string {
	return `{"metadata":{"version":"1.0"},"entries":[` + strings.Join(entries, ",") + `]}`
}

func TestDayOneMalformed(t *testing.T) {
	ok1 := entryJSON("A1", "2024-01-01T10:00:00Z", "one")
	ok2 := entryJSON("B2", "2024-01-02T10:00:00Z", "two")
	for _, c := range []struct {
		name    string
		members []member
		want    Error
	}{
		{"not json", []member{{name: "Journal.json", data: "entries: none"}},
			Error{Code: BadSyntax, Detail: "Journal.json"}},
		{"cut inside entry 2", []member{{name: "Journal.json", data: `{"entries":[` + ok1 + `,{"uuid":"B2","text":"cut`}},
			Error{Code: BadSyntax, Entry: 2, Detail: "Journal.json"}},
		{"bad token inside entry 1", []member{{name: "Journal.json", data: `{"entries":[{"uuid":"A1",,}]}`}},
			Error{Code: BadSyntax, Entry: 1, Detail: "Journal.json"}},
		{"unclosed array", []member{{name: "Journal.json", data: `{"entries":[ }`}},
			Error{Code: BadSyntax, Detail: "Journal.json"}},
		{"data after the object", []member{{name: "Journal.json", data: journalJSON(ok1) + ` {}`}},
			Error{Code: BadSyntax, Detail: "Journal.json"}},
		{"second journal not json", []member{{name: "A.json", data: journalJSON(ok1)}, {name: "B.json", data: "{"}},
			Error{Code: BadSyntax, Detail: "B.json"}},
		{"bad date", []member{{name: "Journal.json", data: journalJSON(ok1, entryJSON("B2", "2024-02-30T10:00:00Z", "x"))}},
			Error{Code: BadDate, Entry: 2, Detail: "2024-02-30T10:00:00Z"}},
		{"date without zone", []member{{name: "Journal.json", data: journalJSON(entryJSON("A1", "2024-02-03 10:00:00", "x"))}},
			Error{Code: BadDate, Entry: 1, Detail: "2024-02-03 10:00:00"}},
		{"bad date counted across journals", []member{{name: "A.json", data: journalJSON(ok1, ok2)}, {name: "B.json", data: journalJSON(entryJSON("C3", "soon", "x"))}},
			Error{Code: BadDate, Entry: 3, Detail: "soon"}},
		{"bad modifiedDate", []member{{name: "Journal.json", data: journalJSON(`{"uuid":"A1","creationDate":"2024-01-01T10:00:00Z","modifiedDate":"yesterday","text":"x"}`)}},
			Error{Code: BadDate, Entry: 1, Detail: "yesterday"}},
		{"no creationDate", []member{{name: "Journal.json", data: journalJSON(`{"uuid":"A1","text":"x"}`)}},
			Error{Code: NoColumn, Entry: 1, Detail: "creationDate"}},
		{"no uuid", []member{{name: "Journal.json", data: journalJSON(ok1, `{"creationDate":"2024-01-01T10:00:00Z","text":"x"}`)}},
			Error{Code: NoColumn, Entry: 2, Detail: "uuid"}},
		{"text over MaxText", []member{{name: "Journal.json", data: journalJSON(entryJSON("A1", "2024-01-01T10:00:00Z", strings.Repeat("a", 1100<<10)))}},
			Error{Code: TooLong, Entry: 1, Detail: "text"}},
		{"entry over its bound", []member{{name: "Journal.json", data: journalJSON(ok1, `{"uuid":"B2","richText":"`+strings.Repeat("r", dayOneMaxEntry)+`"}`)}},
			Error{Code: TooLong, Entry: 2, Detail: "entry"}},
		{"tags not a list", []member{{name: "Journal.json", data: journalJSON(`{"uuid":"A1","creationDate":"2024-01-01T10:00:00Z","tags":"x"}`)}},
			Error{Code: BadValue, Entry: 1, Detail: "tags"}},
		{"entry not an object", []member{{name: "Journal.json", data: journalJSON(ok1, `7`)}},
			Error{Code: BadValue, Entry: 2, Detail: "entry"}},
		{"entries not a list", []member{{name: "Journal.json", data: `{"entries":{}}`}},
			Error{Code: BadValue, Detail: "entries"}},
		{"no entries", []member{{name: "Journal.json", data: journalJSON()}},
			Error{Code: Empty}},
		{"two empty journals", []member{{name: "A.json", data: journalJSON()}, {name: "B.json", data: `{"entries":[]}`}},
			Error{Code: Empty}},
		{"journal that cannot be opened", []member{{name: "Journal.json", data: journalJSON(ok1), method: 99, raw: true}},
			Error{Code: BadArchive, Detail: "Journal.json"}},
	} {
		_, err := readDayOne(openZip(t, buildZip(t, c.members)))
		checkDayOneErr(t, c.name, err, c.want)
	}
}

func checkDayOneErr(t *testing.T, name string, err error, want Error) {
	t.Helper()
	var e *Error
	if !errors.As(err, &e) || !errors.Is(err, ErrMalformed) {
		t.Errorf("%s: error %v, want *Error wrapping ErrMalformed", name, err)
		return
	}
	want.Format = dayOneFormat
	if *e != want {
		t.Errorf("%s: got %+v, want %+v", name, *e, want)
	}
}

func TestDayOneCorruptArchive(t *testing.T) {
	good := sampleZip(t, false)

	// Cut bytes leave no central directory: the dispatcher's zip.NewReader
	// fails and the parser is never called.
	if _, err := zip.NewReader(bytes.NewReader(good[:len(good)/2]), int64(len(good)/2)); err == nil {
		t.Error("zip.NewReader read a truncated zip")
	}

	// Flipped bytes inside a journal's deflated data: the directory is
	// intact, the member is not. Whatever the inflater or the JSON decoder
	// meets first, the fault is the archive's.
	z := openZip(t, good)
	var journal *zip.File
	for _, f := range z.File {
		if f.Name == "Journal.json" {
			journal = f
		}
	}
	start, err := journal.DataOffset()
	if err != nil {
		t.Fatal(err)
	}
	size := int64(journal.CompressedSize64)
	for _, at := range []int64{1, size / 4, size / 2, size - 8} {
		bad := bytes.Clone(good)
		for i := start + at; i < start+at+4 && i < start+size; i++ {
			bad[i] ^= 0x5A
		}
		_, err := readDayOne(openZip(t, bad))
		checkDayOneErr(t, fmt.Sprint("flipped at ", at), err, Error{Code: BadArchive, Detail: "Journal.json"})
	}

	// Stored data that no longer matches its checksum, though it is valid
	// JSON: only the checksum, read at the member's end, can tell.
	data := journalJSON(entryJSON("A1", "2024-01-01T10:00:00Z", "one"))
	b := buildZip(t, []member{{name: "Journal.json", data: data, method: zip.Store}})
	i := bytes.Index(b, []byte(`"one"`))
	b[i+1] = 'x'
	_, err = readDayOne(openZip(t, b))
	checkDayOneErr(t, "checksum", err, Error{Code: BadArchive, Detail: "Journal.json"})

	// The same, where the changed byte makes a date that does not parse:
	// still the archive's fault, not the entry's.
	b = buildZip(t, []member{{name: "Journal.json", data: data, method: zip.Store}})
	i = bytes.Index(b, []byte(`2024-01-01`))
	b[i+1] = 'x'
	_, err = readDayOne(openZip(t, b))
	checkDayOneErr(t, "checksum behind a bad date", err, Error{Code: BadArchive, Detail: "Journal.json"})

	// A member whose header claims more data than follows it.
	b = buildZip(t, []member{{name: "Journal.json", data: data, method: zip.Store}})
	z = openZip(t, b)
	if _, err := z.File[0].DataOffset(); err != nil {
		t.Fatal(err)
	}
	z.File[0].CompressedSize64 += 1 << 20
	z.File[0].UncompressedSize64 += 1 << 20
	_, err = readDayOne(z)
	checkDayOneErr(t, "short member", err, Error{Code: BadArchive, Detail: "Journal.json"})
}

func TestDayOneDuplicatesAndSkips(t *testing.T) {
	data := journalJSON(
		entryJSON("A1", "2024-01-01T10:00:00Z", "one"),
		`{"uuid":"B2","creationDate":"2024-01-02T10:00:00Z","text":"![](dayone-moment://P)","photos":[{},{}],"location":null,"weather":{}}`,
	)
	f, err := readDayOne(openZip(t, buildZip(t, []member{
		{name: "A.json", data: data},
		{name: "B.json", data: journalJSON(entryJSON("A1", "2024-01-01T10:00:00Z", "one again"), entryJSON("B2", "2024-01-02T10:00:00Z", "now with words"))},
	})))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Records) != 1 || f.Records[0].Answers[0].Text != "one" {
		t.Errorf("records: %+v", f.Records)
	}
	if f.Skipped["duplicate"] != 2 || f.Skipped["empty"] != 1 {
		t.Errorf("skipped: %v", f.Skipped)
	}
	if f.Lost["photo"] != 2 || f.Lost["weather"] != 1 || f.Lost["location"] != 0 {
		t.Errorf("lost: %v", f.Lost)
	}
}

func FuzzDayOne(f *testing.F) {
	f.Add(sampleZip(f, false))
	f.Add(sampleZip(f, true))
	f.Add(buildZip(f, []member{{name: "J.json", method: zip.Store, raw: true,
		data: journalJSON(`{"uuid":"A1","creationDate":"2024-01-01T10:00:00+01:00","text":"# T\n\\(x\\) ![](dayone-moment://P) [l](dayone://view?entryId=B)","tags":["a"],"starred":true,"photos":[{}]}`)}}))
	f.Fuzz(func(t *testing.T, b []byte) {
		z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Skip("not a zip")
		}
		isDayOne(z)
		file, err := readDayOne(z)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v (%T) is not an *Error", err, err)
			}
			return
		}
		if file.App != DayOne || file.Format != dayOneFormat {
			t.Fatalf("file is %q %q", file.App, file.Format)
		}
		for _, r := range file.Records {
			if r.Key == "" || r.Kind != "note" || r.At.IsZero() || len(r.Answers) != 1 {
				t.Fatalf("bad record %+v", r)
			}
			if txt := r.Answers[0].Text; txt == "" || len(txt) > MaxText || txt != strings.TrimSpace(txt) {
				t.Fatalf("bad text %q", txt)
			}
			if len(r.Tags) > maxWords {
				t.Fatalf("%d tags", len(r.Tags))
			}
		}
	})
}
