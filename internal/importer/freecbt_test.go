package importer

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// -update rewrites the golden files. daylio_test.go declares it too, and
// initialises first (files initialise in name order), so it is declared
// here only when absent: these tests then build with or without that file.
var _ = func() bool {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite the golden files in testdata")
	}
	return true
}()

func cbtUpdating() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// cbtGolden compares v, as indented JSON, with testdata/name, or rewrites
// that file under -update.
func cbtGolden(t *testing.T, name string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join("testdata", name)
	if cbtUpdating() {
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), want) {
		t.Errorf("%s differs from the golden file (run go test -run 'FreeCBT|MoodTracker' -update to accept):\n%s", name, buf.Bytes())
	}
}

// cbtInputs are the test inputs among testdata/pattern, golden files aside.
func cbtInputs(t testing.TB, pattern string) []string {
	paths, err := filepath.Glob(filepath.Join("testdata", pattern))
	if err != nil {
		t.Fatal(err)
	}
	var in []string
	for _, p := range paths {
		if !strings.HasSuffix(p, ".golden.json") {
			in = append(in, p)
		}
	}
	if len(in) == 0 {
		t.Fatalf("no testdata/%s", pattern)
	}
	return in
}

func TestFreeCBTGolden(t *testing.T) {
	for _, c := range []struct{ file, format string }{
		{"freecbt-v1.json", freeCBTJSON},
		{"freecbt-v2.json", freeCBTJSON},
		{"freecbt-quirk.json", freeCBTJSON},
		{"freecbt.csv", freeCBTCSV},
		{"freecbt-backup.txt", freeCBTBackup},
	} {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			if !sniffFreeCBT(data) {
				t.Error("not sniffed as FreeCBT")
			}
			if sniffMoodTracker(data) {
				t.Error("sniffed as MoodTracker")
			}
			f, err := readFreeCBT(data)
			if err != nil {
				t.Fatal(err)
			}
			if f.App != FreeCBT || f.Format != c.format {
				t.Errorf("app %q, format %q; want %q, %q", f.App, f.Format, FreeCBT, c.format)
			}
			cbtGolden(t, strings.TrimSuffix(c.file, filepath.Ext(c.file))+".golden.json", f)
		})
	}
}

// The backup is the v1 file compressed by FreeCBT's own library: it must
// read as the same thoughts.
func TestFreeCBTBackupMatchesJSON(t *testing.T) {
	read := func(name string) *File {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		f, err := readFreeCBT(data)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	j, b := read("freecbt-v1.json"), read("freecbt-backup.txt")
	if !reflect.DeepEqual(j.Records, b.Records) || !reflect.DeepEqual(j.Skipped, b.Skipped) {
		t.Errorf("backup reads differently from the JSON:\n%+v\n%+v", b.Records, j.Records)
	}
	// Wrapped by a mail app, with a BOM and a final newline, it still reads.
	data, _ := os.ReadFile(filepath.Join("testdata", "freecbt-backup.txt"))
	var wrapped []byte
	wrapped = append(wrapped, "\xEF\xBB\xBF"...)
	for len(data) > 0 {
		n := min(len(data), 76)
		wrapped = append(append(wrapped, data[:n]...), "\r\n"...)
		data = data[n:]
	}
	w, err := readFreeCBT(wrapped)
	if err != nil || !reflect.DeepEqual(w.Records, j.Records) {
		t.Errorf("wrapped backup: %v", err)
	}
}

func TestFreeCBTRecord(t *testing.T) {
	f, err := readFreeCBT([]byte(`{"thoughts":[{"automaticThought":" a\r\nb ","challenge":"","alternativeThought":"c",
		"cognitiveDistortions":["labeling",{"slug":"x","selected":false},{"slug":"catastrophizing","selected":true},{"slug":"mind-reading"},"Labeling",null],
		"createdAt":"2024-03-31T01:30:00.5+02:00","updatedAt":"2024-03-31T00:00:00Z","uuid":"@Quirk:thoughts:abc"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	want := Record{
		Key:         "abc",
		Kind:        "note",
		At:          time.Date(2024, 3, 30, 23, 30, 0, 5e8, time.UTC),
		Updated:     time.Date(2024, 3, 31, 0, 0, 0, 0, time.UTC),
		Distortions: []string{"labeling", "catastrophizing", "mind-reading"},
		Answers:     []Answer{{LabelThought, "a\nb"}, {LabelAlternative, "c"}},
	}
	if got := f.Records[0]; !reflect.DeepEqual(got, want) {
		t.Errorf("got  %+v\nwant %+v", got, want)
	}
	if loc := f.Records[0].At.Location(); loc != time.UTC {
		t.Errorf("At in %v, want UTC", loc)
	}
}

// A thought without a uuid gets a key from its time and text, the same in
// every export of it and different for a different thought.
func TestFreeCBTKeyWithoutUUID(t *testing.T) {
	key := func(doc string) string {
		f, err := readFreeCBT([]byte(doc))
		if err != nil {
			t.Fatal(err)
		}
		return f.Records[0].Key
	}
	a := key(`{"thoughts":[{"automaticThought":"same","createdAt":"2020-01-02T03:04:05.006Z"}]}`)
	b := key("uuid,createdAt,automaticThought\n,2020-01-02T03:04:05.006Z,same\n")
	c := key(`{"thoughts":[{"automaticThought":"other","createdAt":"2020-01-02T03:04:05.006Z"}]}`)
	if a != b || a == c || !strings.HasPrefix(a, "t:2020-01-02T03:04:05.006Z ") {
		t.Errorf("keys %q, %q, %q", a, b, c)
	}
}

func TestSniffFreeCBT(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{":FreeCBT:N4Ig", true},
		{"\xEF\xBB\xBF\n:FreeCBT:", true},
		{`{"v":"Archive-v1","thoughts":[{"automaticThought":"cut sh`, true},
		{`{"v":"Archive-v9"`, true},
		{`{"meta":{"thoughts":1},"thoughts":`, true},
		{`{"v":"Archive-v2"}`, true},
		{"uuid,createdAt,updatedAt,automaticThought,cognitiveDistortions,challenge,alternativeThought\n", true},
		{`{"meta":{"thoughts":1},"v":"other"}`, false},
		{`{"metadata":{"version":"1.0"},"entries":[]}`, false},
		{`[{"mood":5,"createdAt":"2024-01-01T00:00:00.000Z"}]`, false},
		{"full_date,date,weekday,time,mood,activities,note_title,note\n", false},
		{"createdAt,mood,description\n", false},
		{"", false},
		{"{", false},
	} {
		if got := sniffFreeCBT([]byte(c.head)); got != c.want {
			t.Errorf("sniffFreeCBT(%q) = %v, want %v", c.head, got, c.want)
		}
	}
}

func TestFreeCBTMalformed(t *testing.T) {
	long := strings.Repeat("x", MaxText+100<<10)
	thought := func(fields string) string {
		return `{"v":"Archive-v1","thoughts":[{"automaticThought":"fine","createdAt":"2024-01-01T00:00:00.000Z","uuid":"a"},{` + fields + `}]}`
	}
	backup := func(s string) string { return freeCBTMark + s + freeCBTMark }
	for _, c := range []struct {
		name string
		in   string
		want Error
	}{
		{"empty", "", Error{Format: freeCBTJSON, Code: Empty}},
		{"blank", " \n\t", Error{Format: freeCBTJSON, Code: Empty}},
		{"truncated JSON", `{"v":"Archive-v1","thoughts":[{"automaticThought":"I alw`, Error{Format: freeCBTJSON, Code: BadSyntax}},
		{"array", `[{"automaticThought":"x"}]`, Error{Format: freeCBTJSON, Code: BadSyntax}},
		{"unknown archive version", `{"v":"Archive-v3","thoughts":[]}`, Error{Format: freeCBTJSON, Code: BadHeader, Detail: "Archive-v3"}},
		{"version not a string", `{"v":3,"thoughts":[]}`, Error{Format: freeCBTJSON, Code: BadHeader, Detail: "3"}},
		{"no thoughts", `{"v":"Archive-v1"}`, Error{Format: freeCBTJSON, Code: NoColumn, Detail: "thoughts"}},
		{"thoughts not a list", `{"thoughts":{}}`, Error{Format: freeCBTJSON, Code: BadSyntax, Detail: "thoughts"}},
		{"no thought", `{"v":"Archive-v2","thoughts":[]}`, Error{Format: freeCBTJSON, Code: Empty}},
		{"bad date", thought(`"automaticThought":"x","createdAt":"2024-02-30T10:00:00.000Z"`), Error{Format: freeCBTJSON, Entry: 2, Code: BadDate, Detail: "2024-02-30T10:00:00.000Z"}},
		{"date not ISO", thought(`"automaticThought":"x","createdAt":"March 3rd"`), Error{Format: freeCBTJSON, Entry: 2, Code: BadDate, Detail: "March 3rd"}},
		{"bad updatedAt", thought(`"automaticThought":"x","createdAt":"2024-01-01T00:00:00Z","updatedAt":"yesterday"`), Error{Format: freeCBTJSON, Entry: 2, Code: BadDate, Detail: "yesterday"}},
		{"no createdAt", thought(`"automaticThought":"x"`), Error{Format: freeCBTJSON, Entry: 2, Code: NoColumn, Detail: "createdAt"}},
		{"text not a string", thought(`"challenge":42`), Error{Format: freeCBTJSON, Entry: 2, Code: BadValue, Detail: "challenge"}},
		{"thought not an object", `{"thoughts":["x"]}`, Error{Format: freeCBTJSON, Entry: 1, Code: BadValue, Detail: "thought"}},
		{"distortion a number", thought(`"automaticThought":"x","cognitiveDistortions":[1]`), Error{Format: freeCBTJSON, Entry: 2, Code: BadValue, Detail: "cognitiveDistortions"}},
		{"selected not a bool", thought(`"automaticThought":"x","cognitiveDistortions":[{"slug":"a","selected":"yes"}]`), Error{Format: freeCBTJSON, Entry: 2, Code: BadValue, Detail: "cognitiveDistortions"}},
		{"1.1 MB thought", thought(`"automaticThought":"` + long + `","createdAt":"2024-01-01T00:00:00Z"`), Error{Format: freeCBTJSON, Entry: 2, Code: TooLong, Detail: "automaticThought"}},
		{"1.1 MB CSV challenge", "uuid,createdAt,updatedAt,automaticThought,cognitiveDistortions,challenge,alternativeThought\na,2024-01-01T00:00:00Z,,x,,\"" + long + "\",\n", Error{Format: freeCBTCSV, Line: 2, Code: TooLong, Detail: "challenge"}},
		{"CSV bad date after a multi-line field", "uuid,createdAt,automaticThought\na,2024-01-01T00:00:00Z,\"one\ntwo\"\nb,01/02/2024,x\n", Error{Format: freeCBTCSV, Line: 4, Code: BadDate, Detail: "01/02/2024"}},
		{"CSV unclosed quote", "uuid,createdAt,automaticThought\na,2024-01-01T00:00:00Z,x\nb,2024-01-01T00:00:00Z,\"never closed\n", Error{Format: freeCBTCSV, Line: 3, Code: BadSyntax}},
		{"CSV short row", "uuid,createdAt,automaticThought\na,2024-01-01T00:00:00Z\n", Error{Format: freeCBTCSV, Line: 2, Code: BadSyntax}},
		{"CSV header only", "uuid,createdAt,updatedAt,automaticThought,cognitiveDistortions,challenge,alternativeThought\n", Error{Format: freeCBTCSV, Code: Empty}},
		{"CSV without createdAt", "uuid,automaticThought\na,x\n", Error{Format: freeCBTCSV, Code: NoColumn, Detail: "createdAt"}},
		{"CSV without texts", "uuid,createdAt\na,2024-01-01T00:00:00Z\n", Error{Format: freeCBTCSV, Code: NoColumn, Detail: "automaticThought"}},
		{"bad base64", backup("N4Ig*biBc"), Error{Format: freeCBTBackup, Code: BadEncoding, Detail: "base64"}},
		{"truncated backup", ":FreeCBT:N4IgbiBcIIIE4GMAWBLMBTAtGAjCANCAC5ID2ArgOZJEDOUA2", Error{Format: freeCBTBackup, Code: BadEncoding, Detail: "no closing :FreeCBT:"}},
		{"backup cut inside", backup("N4IgbiBcIIIE4GMAWBLMBTAtGAjCANCAC5ID2ArgOZJEDOUA2"), Error{Format: freeCBTBackup, Code: BadEncoding, Detail: "lz-string"}},
		{"backup of nothing", backup("Q==="), Error{Format: freeCBTBackup, Code: Empty}},
		{"backup of an empty archive", backup(lzCompressToBase64(`{"v":"Archive-v1","thoughts":[]}`)), Error{Format: freeCBTBackup, Code: Empty}},
		{"backup of bad JSON", backup(lzCompressToBase64(`{"v":"Archive-v1","thoughts":[`)), Error{Format: freeCBTBackup, Code: BadSyntax}},
		{"backup of a bad date", backup(lzCompressToBase64(`{"thoughts":[{"automaticThought":"x","createdAt":"nope"}]}`)), Error{Format: freeCBTBackup, Entry: 1, Code: BadDate, Detail: "nope"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, err := readFreeCBT([]byte(c.in))
			if f != nil {
				t.Errorf("a broken file gave %d records", len(f.Records))
			}
			wantError(t, err, c.want)
		})
	}
}

func TestFreeCBTDetailShort(t *testing.T) {
	_, err := readFreeCBT([]byte(`{"thoughts":[{"automaticThought":"x","createdAt":"` + strings.Repeat("é", 500) + `"}]}`))
	var e *Error
	if !errors.As(err, &e) || e.Code != BadDate || len(e.Detail) > 80 || !utf8.ValidString(e.Detail) {
		t.Errorf("got %v", err)
	}
}

// A record with nothing written is left out and counted, not an error.
func TestFreeCBTSkipsEmpty(t *testing.T) {
	f, err := readFreeCBT([]byte(`{"thoughts":[{"automaticThought":"  ","cognitiveDistortions":["labeling"],"createdAt":"bad"},{"challenge":"c","createdAt":"2024-01-01T00:00:00Z"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if len(f.Records) != 1 || f.Skipped["empty"] != 1 {
		t.Errorf("records %d, skipped %v", len(f.Records), f.Skipped)
	}
}

func FuzzFreeCBT(f *testing.F) {
	for _, p := range cbtInputs(f, "freecbt*") {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(":FreeCBT:Q===:FreeCBT:"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sniffFreeCBT(data)
		file, err := readFreeCBT(data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v is not a malformed *Error", err)
			}
			return
		}
		cbtCheckRecords(t, file)
	})
}

// cbtCheckRecords holds what every parsed record promises the converter.
func cbtCheckRecords(t *testing.T, f *File) {
	t.Helper()
	for i, r := range f.Records {
		if r.Key == "" || r.At.IsZero() || r.At.Location() != time.UTC || (r.Kind != "note" && r.Kind != "checkin") {
			t.Fatalf("record %d: %+v", i, r)
		}
		for _, a := range r.Answers {
			if a.Text == "" || len(a.Text) > MaxText || !utf8.ValidString(a.Text) {
				t.Fatalf("record %d: bad answer %q", i, a.Text)
			}
		}
		for _, list := range [][]string{r.Emotions, r.Tags, r.Distortions} {
			if len(list) > maxWords {
				t.Fatalf("record %d: %d words", i, len(list))
			}
			for _, w := range list {
				if strings.TrimSpace(w) == "" || len(w) > maxWordLen || !utf8.ValidString(w) {
					t.Fatalf("record %d: bad word %q", i, w)
				}
			}
		}
		if r.Mood != nil && (*r.Mood < -2 || *r.Mood > 2) {
			t.Fatalf("record %d: mood %d", i, *r.Mood)
		}
	}
}
