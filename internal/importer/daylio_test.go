package importer

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/kindly/kindly/internal/journal"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

func daylioRead(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// daylioGolden compares f, as indented JSON, with testdata/name, or
// rewrites that file under -update.
func daylioGolden(t *testing.T, name string, f *File) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // notes hold "<" and "&"; keep them legible
	enc.SetIndent("", "  ")
	if err := enc.Encode(f); err != nil {
		t.Fatal(err)
	}
	got := buf.Bytes()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -run Daylio -update to accept):\n%s", name, got)
	}
}

// daylioZip packs member as backup.daylio, base64 with Android's wrapped
// lines (here CRLF, the harder case), or as it is when raw.
func daylioZip(t testing.TB, member []byte, raw bool) *zip.Reader {
	t.Helper()
	if !raw {
		member = daylioWrap(member)
	}
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, m := range []struct {
		name string
		data []byte
	}{{"backup.daylio", member}, {"assets/photos/2024/a1", []byte("not really a photo")}} {
		// Stored, not deflated: a flate writer per call would slow the
		// fuzzer tenfold.
		fw, err := w.CreateHeader(&zip.FileHeader{Name: m.name, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(m.data)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	z, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	return z
}

func daylioWrap(b []byte) []byte {
	s := base64.StdEncoding.EncodeToString(b)
	var out []byte
	for len(s) > 76 {
		out = append(out, s[:76]+"\r\n"...)
		s = s[76:]
	}
	return append(out, s+"\r\n"...)
}

func TestDaylioCSVGolden(t *testing.T) {
	for _, name := range []string{"daylio_2018", "daylio_2020", "daylio_2021", "daylio_2026", "daylio_excel"} {
		t.Run(name, func(t *testing.T) {
			b := daylioRead(t, name+".csv")
			if !sniffDaylioCSV(b) {
				t.Fatal("not recognised as a Daylio CSV")
			}
			f, err := readDaylioCSV(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			daylioGolden(t, name+".golden.json", f)
			daylioConverts(t, f)
		})
	}
}

func TestDaylioBackupGolden(t *testing.T) {
	z := daylioZip(t, daylioRead(t, "daylio_backup.json"), false)
	if !isDaylioBackup(z) {
		t.Fatal("not recognised as a Daylio backup")
	}
	f, err := readDaylioBackup(z)
	if err != nil {
		t.Fatal(err)
	}
	daylioGolden(t, "daylio_backup.golden.json", f)
	daylioConverts(t, f)
	// The wall time is the one the entry's own fields name.
	if got := f.Records[0].At.Format(time.RFC3339); got != "2024-03-05T21:30:00-05:00" {
		t.Errorf("first entry at %s", got)
	}
	// Plain JSON, as tools that edit backups write it, reads the same.
	g, err := readDaylioBackup(daylioZip(t, daylioRead(t, "daylio_backup.json"), true))
	if err != nil || len(g.Records) != len(f.Records) {
		t.Fatalf("plain JSON: %v", err)
	}
}

// daylioConverts checks that every record becomes a valid entry.
func daylioConverts(t *testing.T, f *File) {
	t.Helper()
	es, _, err := f.Entries(Options{Local: time.UTC})
	if err != nil {
		t.Fatal(err)
	}
	ids := make(map[string]bool)
	for _, e := range es {
		if ids[e.ID] {
			t.Fatalf("two records share the id %s", e.ID)
		}
		ids[e.ID] = true
	}
}

func TestSniffDaylioCSV(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{"full_date,date,weekday,time,mood,activities,note\n2020-01-01", true},
		{"\ufefffull_date,date,weekday,time,mood,activities,note_title,note\n", true},
		{"year,date,weekday,time,mood,activities,note", true},
		{`"full_date";"date";"weekday";"time";"mood";"activities";"note"` + "\r\n", true},
		{"\n\nfull_date,time,mood,activities", true},
		{"full_date,date,weekday,mood,activities,note", false}, // no time
		{"date,weekday,time,mood,activities,note", false},      // no date
		{"name,age,city\n", false},
		{"", false},
		{"\ufeff", false},
		{`{"thoughts": []}`, false},
	} {
		if got := sniffDaylioCSV([]byte(c.head)); got != c.want {
			t.Errorf("sniff %q = %v", c.head, got)
		}
	}
}

const daylioHeader = "full_date,date,weekday,time,mood,activities,note_title,note\n"

func TestDaylioCSVMalformed(t *testing.T) {
	huge := strings.Repeat("x", MaxText+100<<10)
	for _, c := range []struct {
		name, in string
		want     Error
	}{
		{"empty", "", Error{Code: Empty}},
		{"only a BOM", "\ufeff", Error{Code: Empty}},
		{"header only", daylioHeader, Error{Code: Empty}},
		{"header and blank rows", daylioHeader + ",,,,,,,\n", Error{Code: Empty}},
		{"no time", "full_date,date,weekday,mood,activities,note\n2020-01-01,,,meh,,\n", Error{Line: 1, Code: NoColumn, Detail: "time"}},
		{"no mood", "full_date,time,activities,note\n", Error{Line: 1, Code: NoColumn, Detail: "mood"}},
		{"no activities", "full_date,time,mood,note\n", Error{Line: 1, Code: NoColumn, Detail: "activities"}},
		{"no date at all", "date,weekday,time,mood,activities,note\n", Error{Line: 1, Code: NoColumn, Detail: "full_date"}},
		{"old header without day", "year,weekday,time,mood,activities,note\n", Error{Line: 1, Code: NoColumn, Detail: "date"}},
		{"unknown header", "name,age,city\nAda,36,London\n", Error{Line: 1, Code: BadHeader, Detail: "name"}},
		{"a column twice", "full_date,time,mood,mood,activities\n", Error{Line: 1, Code: BadHeader, Detail: "mood"}},
		{"31 February", daylioHeader + "2021-03-01,,,9:00,meh,,,\n2021-02-31,,,9:00,meh,,,\n", Error{Line: 3, Code: BadDate, Detail: "2021-02-31"}},
		{"day first", daylioHeader + "01.03.2021,,,9:00,meh,,,\n", Error{Line: 2, Code: BadDate, Detail: "01.03.2021"}},
		{"missing date", daylioHeader + ",,,9:00,meh,,,\n", Error{Line: 2, Code: BadDate}},
		{"short row", daylioHeader + "2021-03-01\n2021-03\n", Error{Line: 3, Code: BadDate, Detail: "2021-03"}},
		{"line after a multi-line note", daylioHeader + "2021-03-02,,,9:00,meh,,,\"a\nb\n\nc\"\n2021-13-01,,,9:00,meh,,,\n", Error{Line: 6, Code: BadDate, Detail: "2021-13-01"}},
		{"German month in the old header", "year,date,weekday,time,mood,activities,note\n2018,25. Mai,,9:00,meh,,\n", Error{Line: 2, Code: BadDate, Detail: "2018 25. Mai"}},
		{"unclosed quote", daylioHeader + "2021-03-01,,,9:00,meh,,,\"never closed\n\n", Error{Line: 2, Code: BadSyntax}},
		{"bare quote", daylioHeader + "2021-03-01,,,9:00,meh,,,she said \"hi\"\n", Error{Line: 2, Code: BadSyntax}},
		{"1.1 MB note", daylioHeader + "2021-03-01,,,9:00,meh,,,\"" + huge + "\"\n", Error{Line: 2, Code: TooLong, Detail: "note"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := readDaylioCSV(strings.NewReader(c.in))
			c.want.Format = "Daylio CSV"
			wantError(t, err, c.want)
		})
	}
}

func daylioCSV(t *testing.T, in string) *File {
	t.Helper()
	f, err := readDaylioCSV(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	daylioConverts(t, f)
	return f
}

func TestDaylioCSVRows(t *testing.T) {
	f := daylioCSV(t, "\ufeff"+daylioHeader+
		"2021-05-02,,,8:30 pm,Rad ,\" | \",\"\",\"\"\n"+
		"2021-05-02,,,8:30PM,irritable,\"walk | Walk|walk \",\"Title\",\"<b>Body</b>\"\n"+
		"2021-05-02,,,halb neun,meh,,,\n")
	r := f.Records
	if len(r) != 3 || f.App != Daylio || f.Format != "Daylio CSV" || f.NoTime != 1 {
		t.Fatalf("%d records, %+v", len(r), f)
	}
	if r[0].MoodName != "Rad" || r[0].Mood == nil || *r[0].Mood != 2 || r[0].Emotions != nil || r[0].Tags != nil || r[0].Answers != nil {
		t.Errorf("default mood, no activities, no note: %+v", r[0])
	}
	if r[1].MoodName != "irritable" || r[1].Mood != nil || strings.Join(r[1].Emotions, ",") != "irritable" {
		t.Errorf("custom mood: %+v", r[1])
	}
	if strings.Join(r[1].Tags, ",") != "walk" || len(r[1].Answers) != 1 || r[1].Answers[0].Text != "Title\n\nBody" {
		t.Errorf("activities and note: %+v", r[1])
	}
	if w := *r[2].Wall; w != (Wall{2021, time.May, 2, 12, 0}) {
		t.Errorf("unreadable time placed at %+v", w)
	}
	for _, x := range r {
		if x.Kind != journal.KindCheckin || !x.At.IsZero() {
			t.Errorf("kind %q at %v", x.Kind, x.At)
		}
	}
}

func TestDaylioClock(t *testing.T) {
	for in, want := range map[string]string{
		"8:30 pm": "20:30", "11:54 pm": "23:54", "14:58": "14:58", "08:13": "08:13",
		"12:05 am": "00:05", "12:30 pm": "12:30", "12:00 AM": "00:00", "7:02PM": "19:02",
		"6:50\u202fPM": "18:50", "9:10:00 AM": "09:10", "20:39:00": "20:39", " 0:00 ": "00:00",
		"9:15 a.m.": "09:15", "23:59": "23:59",
		"": "", "noon": "", "24:00": "", "13:00 pm": "", "0:30 am": "", "8:5": "", "8:60": "",
		"830": "", "8:30 xm": "", "8::30": "", "-1:30": "", "8:30:61": "",
	} {
		h, m, ok := daylioClock(in)
		got := ""
		if ok {
			got = time.Date(1, 1, 1, h, m, 0, 0, time.UTC).Format("15:04")
		}
		if got != want {
			t.Errorf("%q → %q, want %q", in, got, want)
		}
	}
}

func TestDaylioMoods(t *testing.T) {
	for in, want := range map[string]int{
		"rad": 2, "Great": 2, "amazing": 2, "good": 1, "happy": 1, "meh": 0, "OK": 0, "average": 0,
		"bad": -1, "sad ": -1, "awful": -2, "horrible": -2,
		"Super": 2, "Gut": 1, "Ok": 0, "Schlecht": -1, "Lausig": -2,
	} {
		var r Record
		setDaylioMood(&r, in)
		if r.Mood == nil || *r.Mood != want || r.Emotions != nil || r.MoodName != strings.TrimSpace(in) {
			t.Errorf("%q → %+v", in, r)
		}
	}
}

// A later export of the same history, in another header version with
// other spacing, markup and quoting, gives the same keys; so does the
// same row twice, in order.
func TestDaylioKeysStable(t *testing.T) {
	old := daylioCSV(t, "full_date,date,weekday,time,mood,activities,note\n"+
		"2020-05-30,30 May,Saturday,6:50 pm,rad,friends | gaming,\"Awesome<br>day\"\n"+
		"2020-05-30,30 May,Saturday,6:50 pm,rad,friends | gaming,\"Awesome<br>day\"\n"+
		"2020-05-25,25 May,Monday,14:58,meh ,work,\"\"\n")
	later := daylioCSV(t, "\ufefffull_date,date,weekday,time,mood,activities,scales,note_title,note\n"+
		"2020-05-30,May 30,Saturday,18:50,rad,\"friends |  gaming \",\"Sleep: 8\",\"\",\"Awesome<br/>day\"\n"+
		"2020-05-30,May 30,Saturday,18:50,rad,\"friends |  gaming \",\"\",\"\",\"Awesome\nday\"\n"+
		"2020-05-25,May 25,Monday,2:58 PM,meh,\"work\",\"\",\"\",\"\"\n")
	for i := range old.Records {
		if a, b := old.Records[i].Key, later.Records[i].Key; a != b {
			t.Errorf("record %d: key %q then %q", i, a, b)
		}
	}
	k := old.Records[1].Key
	if !strings.HasPrefix(k, "csv:2020-05-30 18:50:") || !strings.HasSuffix(k, ":2") || old.Records[0].Key+":2" != k {
		t.Errorf("keys %q, %q", old.Records[0].Key, k)
	}
}

func TestDaylioBackupMalformed(t *testing.T) {
	good := daylioRead(t, "daylio_backup.json")
	edit := func(old, new string) []byte {
		if !bytes.Contains(good, []byte(old)) {
			t.Fatalf("%q not in the sample", old)
		}
		return bytes.Replace(good, []byte(old), []byte(new), 1)
	}
	for _, c := range []struct {
		name   string
		member []byte
		raw    bool
		want   Error
	}{
		{"wrong base64", []byte("eyJkYXlFbnRyaWVzIjpbXX0*!!"), true, Error{Code: BadEncoding}},
		{"base64 cut mid-quantum", []byte("eyJkYXlFbnRyaWVzIjpbXX0ab="), true, Error{Code: BadEncoding}},
		{"truncated JSON", good[:len(good)/2], false, Error{Code: BadSyntax}},
		{"not JSON", []byte("hello, world"), false, Error{Code: BadSyntax}},
		{"an array", []byte("[1, 2]"), false, Error{Code: BadSyntax}},
		{"empty member", []byte(" \r\n"), true, Error{Code: Empty}},
		{"no entries", []byte(`{"customMoods": [], "dayEntries": []}`), false, Error{Code: Empty}},
		{"no dayEntries", []byte(`{"customMoods": []}`), false, Error{Code: NoColumn, Detail: "dayEntries"}},
		{"a string for a number", edit(`"mood": 7,`, `"mood": "7",`), false, Error{Code: BadValue, Detail: "dayEntries.mood"}},
		{"unknown mood id", edit(`"mood": 7,`, `"mood": 8,`), false, Error{Entry: 2, Code: BadValue, Detail: "mood=8"}},
		{"mood group out of range", edit(`"mood_group_id": 4, "mood_group_order": 1`, `"mood_group_id": 6, "mood_group_order": 1`), false, Error{Entry: 2, Code: BadValue, Detail: "mood_group_id=6"}},
		{"no datetime", edit(`"datetime": 1709535900000,`, ``), false, Error{Entry: 2, Code: NoColumn, Detail: "datetime"}},
		{"no mood", edit(`"mood": 7,`, ``), false, Error{Entry: 2, Code: NoColumn, Detail: "mood"}},
		{"no id", edit(`{"id": 4, "minute"`, `{"minute"`), false, Error{Entry: 2, Code: NoColumn, Detail: "id"}},
		{"year 1", edit(`1709535900000`, `-62135596800000`), false, Error{Entry: 2, Code: BadDate, Detail: "-62135596800000"}},
		{"offset of days", edit(`"timeZoneOffset": 3600000,`, `"timeZoneOffset": 360000000,`), false, Error{Entry: 2, Code: BadValue, Detail: "timeZoneOffset=360000000"}},
		{"1.1 MB note", edit(`"note": "",`, `"note": "`+strings.Repeat("y", MaxText+100<<10)+`",`), false, Error{Entry: 2, Code: TooLong, Detail: "note"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := readDaylioBackup(daylioZip(t, c.member, c.raw))
			c.want.Format = "Daylio backup"
			wantError(t, err, c.want)
		})
	}
}

func TestDaylioBackupArchive(t *testing.T) {
	zipOf := func(name string, data []byte, method uint16) []byte {
		var buf bytes.Buffer
		w := zip.NewWriter(&buf)
		fw, err := w.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		fw.Write(data)
		w.Close()
		return buf.Bytes()
	}
	open := func(b []byte) *zip.Reader {
		z, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
		if err != nil {
			t.Fatal(err)
		}
		return z
	}
	member := daylioWrap(daylioRead(t, "daylio_backup.json"))

	other := open(zipOf("Journal.json", []byte("{}"), zip.Deflate))
	if isDaylioBackup(other) {
		t.Error("a zip without backup.daylio is a Daylio backup")
	}
	_, err := readDaylioBackup(other)
	wantError(t, err, Error{Format: "Daylio backup", Code: BadArchive, Detail: "backup.daylio"})

	nested := open(zipOf("Daylio/backup.daylio", member, zip.Deflate))
	if f, err := readDaylioBackup(nested); !isDaylioBackup(nested) || err != nil || len(f.Records) != 5 {
		t.Errorf("a backup packed again in a folder: %v", err)
	}

	// A stored member with a byte changed: the zip opens, its checksum
	// fails on reading.
	b := zipOf("backup.daylio", member, zip.Store)
	i := bytes.Index(b, member[:20])
	b[i+5] ^= 1
	_, err = readDaylioBackup(open(b))
	wantError(t, err, Error{Format: "Daylio backup", Code: BadArchive, Detail: "backup.daylio"})

	// An unknown compression method cannot be opened.
	b = zipOf("backup.daylio", member, zip.Store)
	for _, i := range []int{8, bytes.LastIndex(b, []byte("PK\x01\x02")) + 10} {
		b[i] = 99
	}
	_, err = readDaylioBackup(open(b))
	wantError(t, err, Error{Format: "Daylio backup", Code: BadArchive, Detail: "backup.daylio"})
}

// daylioValid checks what every parsed file must hold, whatever the input:
// records within the journal's limits, keys unique.
func daylioValid(t *testing.T, f *File, err error) {
	t.Helper()
	if err != nil {
		var e *Error
		if !errors.As(err, &e) || !(errors.Is(err, ErrMalformed) || errors.Is(err, ErrUnknown)) {
			t.Fatalf("error %v is not an *Error", err)
		}
		return
	}
	keys := make(map[string]bool)
	for _, r := range f.Records {
		if r.Key == "" || keys[r.Key] {
			t.Fatalf("key %q empty or repeated", r.Key)
		}
		keys[r.Key] = true
		if r.Mood != nil && (*r.Mood < -2 || *r.Mood > 2) {
			t.Fatalf("mood %d", *r.Mood)
		}
		if !utf8.ValidString(r.MoodName) {
			t.Fatalf("mood name %q", r.MoodName)
		}
		for _, a := range r.Answers {
			if a.Text == "" || len(a.Text) > MaxText || !utf8.ValidString(a.Text) {
				t.Fatalf("answer of %d bytes", len(a.Text))
			}
		}
	}
	if _, _, err := f.Entries(Options{Local: time.UTC}); err != nil {
		t.Fatalf("a parsed record is no valid entry: %v", err)
	}
}

func FuzzDaylioCSV(f *testing.F) {
	for _, name := range []string{"daylio_2018", "daylio_2020", "daylio_2021", "daylio_2026", "daylio_excel"} {
		f.Add(daylioRead(f, name+".csv"))
	}
	f.Add([]byte(daylioHeader + "2021-02-31,,,9:00,meh,,,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		sniffDaylioCSV(data)
		file, err := readDaylioCSV(bytes.NewReader(data))
		daylioValid(t, file, err)
	})
}

func FuzzDaylioBackup(f *testing.F) {
	// Compact, so that the fuzzer's minimizing of what it finds is quick.
	var c bytes.Buffer
	if err := json.Compact(&c, daylioRead(f, "daylio_backup.json")); err != nil {
		f.Fatal(err)
	}
	good := c.Bytes()
	f.Add(good, false)
	f.Add(good, true)
	f.Add(daylioWrap(good), true)
	f.Add([]byte(`{"customMoods":[{"id":1,"mood_group_id":9}],"dayEntries":[{"id":1,"datetime":0,"mood":1}]}`), false)
	f.Fuzz(func(t *testing.T, member []byte, raw bool) {
		z := daylioZip(t, member, raw)
		file, err := readDaylioBackup(z)
		daylioValid(t, file, err)
	})
}
