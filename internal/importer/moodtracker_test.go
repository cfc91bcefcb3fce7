package importer

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"testing/iotest"
	"time"
)

func TestMoodTrackerGolden(t *testing.T) {
	for _, c := range []struct{ file, format, golden string }{
		{"moodtracker-moods.json", moodTrackerJSON, "moodtracker-json.golden.json"},
		{"moodtracker-moods.csv", moodTrackerCSV, "moodtracker-csv.golden.json"},
	} {
		t.Run(c.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", c.file))
			if err != nil {
				t.Fatal(err)
			}
			if !sniffMoodTracker(data) {
				t.Error("not sniffed as MoodTracker")
			}
			if sniffFreeCBT(data) {
				t.Error("sniffed as FreeCBT")
			}
			// One byte at a time: the JSON is streamed, not read whole.
			f, err := readMoodTracker(iotest.OneByteReader(bytes.NewReader(data)))
			if err != nil {
				t.Fatal(err)
			}
			if f.App != MoodTracker || f.Format != c.format {
				t.Errorf("app %q, format %q; want %q, %q", f.App, f.Format, MoodTracker, c.format)
			}
			cbtGolden(t, c.golden, f)
		})
	}
}

// The CSV and the JSON of the same moods read the same, whatever the order
// of the CSV's columns.
func TestMoodTrackerCSVMatchesJSON(t *testing.T) {
	read := func(name string) *File {
		data, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		f, err := readMoodTracker(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	j, c := read("moodtracker-moods.json"), read("moodtracker-moods.csv")
	if !reflect.DeepEqual(j.Records, c.Records) || !reflect.DeepEqual(j.Lost, c.Lost) {
		t.Errorf("CSV reads differently from the JSON:\n%+v\n%+v", c, j)
	}
	if j.Lost["location"] != 2 {
		t.Errorf("lost %v, want 2 locations", j.Lost)
	}

	reordered := "\xEF\xBB\xBFlocation:latitude,updatedAt,exploration,mood,createdAt\r\n" +
		"1.5,,\"a, b\",6,2024-05-01T06:58:12.004Z\r\n"
	f, err := readMoodTracker(strings.NewReader(reordered))
	if err != nil {
		t.Fatal(err)
	}
	want := Record{Key: "2024-05-01T06:58:12.004Z", Kind: "checkin", At: time.Date(2024, 5, 1, 6, 58, 12, 4e6, time.UTC),
		Mood: new(0), Answers: []Answer{{Text: "a, b"}}}
	if !reflect.DeepEqual(f.Records, []Record{want}) || f.Lost["location"] != 1 {
		t.Errorf("got %+v, lost %v", f.Records, f.Lost)
	}
}

func TestMoodTrackerScale(t *testing.T) {
	want := []int{-2, -2, -1, -1, 0, 0, 0, 1, 1, 2, 2}
	for v, p := range want {
		got, ok := moodPleasantness(strconv.Itoa(v))
		if !ok || got != p {
			t.Errorf("mood %d → %d, %v; want %d", v, got, ok, p)
		}
	}
	for _, s := range []string{"7.0", "1e1"} {
		if _, ok := moodPleasantness(s); !ok {
			t.Errorf("mood %s refused", s)
		}
	}
	for _, s := range []string{"-1", "11", "7.5", "NaN", "Inf", "seven", `"7"`, "true", ""} {
		if _, ok := moodPleasantness(s); ok {
			t.Errorf("mood %s accepted", s)
		}
	}
}

func TestSniffMoodTracker(t *testing.T) {
	for _, c := range []struct {
		head string
		want bool
	}{
		{`[{"createdAt":"2024-05-01T06:58:12.004Z","mood":7}]`, true},
		{"\xEF\xBB\xBF [\n {\"mood\": 7, \"exploration\": \"cut sh", false},
		{`[{"mood":7,"location":{"createdAt":1},"createdAt":"x"`, true},
		{`[{"mood":7,"location":{"createdAt":1}}]`, false},
		{"createdAt,mood,description,exploration\r\n", true},
		{"mood,createdAt\n", true},
		// Meditations, weights and sleeps are exported the same way.
		{`[{"createdAt":"2024-05-01T06:58:12.004Z","seconds":600}]`, false},
		{`[{"createdAt":"2024-05-01T06:58:12.004Z","value":70.5}]`, false},
		{`[{"dateAwoke":"2024-05-01","minutesSlept":420}]`, false},
		{"createdAt,seconds,location:latitude\r\n", false},
		{"createdAt,value\r\n", false},
		{"full_date,date,weekday,time,mood,activities,note_title,note\n", false},
		{`{"v":"Archive-v1","thoughts":[]}`, false},
		{`[]`, false},
		{"", false},
	} {
		if got := sniffMoodTracker([]byte(c.head)); got != c.want {
			t.Errorf("sniffMoodTracker(%q) = %v, want %v", c.head, got, c.want)
		}
	}
}

func TestMoodTrackerMalformed(t *testing.T) {
	long := strings.Repeat("y", MaxText+100<<10)
	ok := `{"createdAt":"2024-05-01T00:00:00.000Z","mood":5},`
	for _, c := range []struct {
		name string
		in   string
		want Error
	}{
		{"empty", "", Error{Format: moodTrackerJSON, Code: Empty}},
		{"BOM and blanks", "\xEF\xBB\xBF \r\n", Error{Format: moodTrackerJSON, Code: Empty}},
		{"empty array", " [ ] ", Error{Format: moodTrackerJSON, Code: Empty}},
		{"mood 11", `[` + ok + `{"createdAt":"2024-05-02T00:00:00.000Z","mood":11}]`, Error{Format: moodTrackerJSON, Entry: 2, Code: BadValue, Detail: "mood 11"}},
		{"mood -1", `[{"createdAt":"2024-05-02T00:00:00.000Z","mood":-1}]`, Error{Format: moodTrackerJSON, Entry: 1, Code: BadValue, Detail: "mood -1"}},
		{"mood 7.5", `[{"createdAt":"2024-05-02T00:00:00.000Z","mood":7.5}]`, Error{Format: moodTrackerJSON, Entry: 1, Code: BadValue, Detail: "mood 7.5"}},
		{"mood a string", `[{"createdAt":"2024-05-02T00:00:00.000Z","mood":"7"}]`, Error{Format: moodTrackerJSON, Entry: 1, Code: BadValue, Detail: `mood "7"`}},
		{"no mood", `[{"createdAt":"2024-05-02T00:00:00.000Z"}]`, Error{Format: moodTrackerJSON, Entry: 1, Code: NoColumn, Detail: "mood"}},
		{"no createdAt", `[{"mood":3}]`, Error{Format: moodTrackerJSON, Entry: 1, Code: NoColumn, Detail: "createdAt"}},
		{"bad date", `[` + ok + ok + `{"createdAt":"2024-13-01T00:00:00.000Z","mood":3}]`, Error{Format: moodTrackerJSON, Entry: 3, Code: BadDate, Detail: "2024-13-01T00:00:00.000Z"}},
		{"bad updatedAt", `[{"createdAt":"2024-05-01T00:00:00Z","updatedAt":"soon","mood":3}]`, Error{Format: moodTrackerJSON, Entry: 1, Code: BadDate, Detail: "soon"}},
		{"createdAt a number", `[{"createdAt":1714521600000,"mood":3}]`, Error{Format: moodTrackerJSON, Entry: 1, Code: BadValue, Detail: "createdAt"}},
		{"description a list", `[{"createdAt":"2024-05-01T00:00:00Z","mood":3,"description":["a"]}]`, Error{Format: moodTrackerJSON, Entry: 1, Code: BadValue, Detail: "description"}},
		{"entry not an object", `[` + ok + `7]`, Error{Format: moodTrackerJSON, Entry: 2, Code: BadValue, Detail: "number"}},
		{"1.1 MB exploration", `[{"createdAt":"2024-05-01T00:00:00Z","mood":3,"exploration":"` + long + `"}]`, Error{Format: moodTrackerJSON, Entry: 1, Code: TooLong, Detail: "exploration"}},
		{"truncated", `[` + ok + `{"createdAt":"2024-05-02T00:00:00.000Z","mo`, Error{Format: moodTrackerJSON, Entry: 2, Code: BadSyntax}},
		{"cut after an entry", `[` + ok, Error{Format: moodTrackerJSON, Entry: 2, Code: BadSyntax}},
		{"trailing text", `[{"createdAt":"2024-05-01T00:00:00Z","mood":3}] and more`, Error{Format: moodTrackerJSON, Code: BadSyntax}},
		{"object, not array", `{"moods":[]}`, Error{Format: moodTrackerJSON, Code: BadSyntax}},
		{"CSV mood 11", "createdAt,mood\r\n2024-05-01T00:00:00Z,5\r\n2024-05-02T00:00:00Z,11\r\n", Error{Format: moodTrackerCSV, Line: 3, Code: BadValue, Detail: "mood 11"}},
		{"CSV empty mood", "createdAt,mood,exploration\r\n2024-05-01T00:00:00Z,,\"two\r\nlines\"\r\n2024-05-02T00:00:00Z,,\r\n", Error{Format: moodTrackerCSV, Line: 2, Code: NoColumn, Detail: "mood"}},
		{"CSV bad date after a multi-line field", "createdAt,mood,exploration\r\n2024-05-01T00:00:00Z,5,\"two\r\nlines\"\r\n1 May 2024,5,\r\n", Error{Format: moodTrackerCSV, Line: 4, Code: BadDate, Detail: "1 May 2024"}},
		{"CSV no mood column", "createdAt,description\r\n2024-05-01T00:00:00Z,x\r\n", Error{Format: moodTrackerCSV, Code: NoColumn, Detail: "mood"}},
		{"CSV no createdAt column", "mood,description\r\n5,x\r\n", Error{Format: moodTrackerCSV, Code: NoColumn, Detail: "createdAt"}},
		{"CSV header only", "createdAt,mood\r\n", Error{Format: moodTrackerCSV, Code: Empty}},
		{"CSV unclosed quote", "createdAt,mood,exploration\r\n2024-05-01T00:00:00Z,5,\"open\r\n", Error{Format: moodTrackerCSV, Line: 2, Code: BadSyntax}},
		{"CSV ragged row", "createdAt,mood\r\n2024-05-01T00:00:00Z,5,extra\r\n", Error{Format: moodTrackerCSV, Line: 2, Code: BadSyntax}},
	} {
		t.Run(c.name, func(t *testing.T) {
			f, err := readMoodTracker(strings.NewReader(c.in))
			if f != nil {
				t.Errorf("a broken file gave %d records", len(f.Records))
			}
			wantError(t, err, c.want)
		})
	}
}

// A failing source is reported as its own error, not as a broken file.
func TestMoodTrackerReadError(t *testing.T) {
	boom := errors.New("boom")
	for _, head := range []string{`[{"createdAt":"2024-05-01T00:00:00Z","mood":3},`, "createdAt,mood\r\n2024-05-01T00:00:00Z,3\r\n"} {
		_, err := readMoodTracker(io.MultiReader(strings.NewReader(head), iotest.ErrReader(boom)))
		if !errors.Is(err, boom) {
			t.Errorf("%q then a failure: %v", head, err)
		}
	}
}

func TestMoodTrackerTooBig(t *testing.T) {
	l := &mtLimit{r: strings.NewReader("[1234"), left: 3}
	b, err := io.ReadAll(l)
	if string(b) != "[12" || !errors.Is(err, errMoodTooBig) {
		t.Errorf("read %q, %v", b, err)
	}
	l = &mtLimit{r: strings.NewReader("[12"), left: 3}
	if b, err := io.ReadAll(l); string(b) != "[12" || err != nil {
		t.Errorf("exactly at the limit: %q, %v", b, err)
	}
}

func FuzzMoodTracker(f *testing.F) {
	for _, p := range cbtInputs(f, "moodtracker*") {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`[{"mood":1e1,"createdAt":"2024-05-01T00:00:00Z","location":null}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		sniffMoodTracker(data)
		file, err := readMoodTracker(bytes.NewReader(data))
		if err != nil {
			var e *Error
			if !errors.As(err, &e) || !errors.Is(err, ErrMalformed) {
				t.Fatalf("error %v is not a malformed *Error", err)
			}
			return
		}
		cbtCheckRecords(t, file)
		for i, r := range file.Records {
			if r.Mood == nil || len(r.Answers) > 1 {
				t.Fatalf("record %d: %+v", i, r)
			}
		}
	})
}
