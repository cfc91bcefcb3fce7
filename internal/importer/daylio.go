package importer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/kindly/kindly/internal/journal"
)

const daylioCSVFormat = "Daylio CSV"

// Columns of a Daylio CSV that Kindly reads. The header is English in
// every language; columns are found by name, since each Daylio version
// added some (note_title in 2021, scales in 2026). Columns not listed
// here are ignored, so that a future one does not stop an import.
// (Tables here are made on first use: a package-level map is built, and
// its code compiled, at every start of the app.)
var daylioKnown = sync.OnceValue(func() map[string]bool {
	return map[string]bool{
		"full_date": true, "year": true, "date": true, "weekday": true, "time": true,
		"mood": true, "activities": true, "scales": true, "note_title": true, "note": true,
	}
})

// sniffDaylioCSV reports whether head (the first bytes of a file, up to
// 64 KB, possibly with a UTF-8 BOM) starts with a Daylio CSV header: a
// header containing mood, activities, time and one of full_date or year,
// comma- or semicolon-separated.
func sniffDaylioCSV(head []byte) bool {
	line := daylioFirstLine(stripBOM(head))
	r := csv.NewReader(bytes.NewReader(line))
	r.Comma = daylioComma(line)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	names, err := r.Read()
	if err != nil {
		return false
	}
	has := make(map[string]bool)
	for _, n := range names {
		has[daylioColumnName(n)] = true
	}
	return has["mood"] && has["activities"] && has["time"] && (has["full_date"] || has["year"])
}

// daylioFirstLine is b's first non-blank line, without its line end.
func daylioFirstLine(b []byte) []byte {
	b = bytes.TrimLeft(b, "\r\n")
	line, _, _ := bytes.Cut(b, []byte("\n"))
	return bytes.TrimSuffix(line, []byte("\r"))
}

// daylioComma is the delimiter of a file whose header is line: Daylio
// writes commas, but a file saved again by a spreadsheet in a language
// with decimal commas has semicolons.
func daylioComma(line []byte) rune {
	if bytes.IndexByte(line, ';') >= 0 && bytes.IndexByte(line, ',') < 0 {
		return ';'
	}
	return ','
}

func daylioColumnName(s string) string {
	return strings.ToLower(strings.TrimSpace(string(stripBOM([]byte(s)))))
}

// daylioColumns maps the header's column names to their positions, or
// says why the header is not one Kindly reads.
func daylioColumns(names []string) (map[string]int, *Error) {
	cols := make(map[string]int)
	for i, n := range names {
		n = daylioColumnName(n)
		if !daylioKnown()[n] {
			continue
		}
		if _, dup := cols[n]; dup {
			return nil, &Error{Code: BadHeader, Detail: n}
		}
		cols[n] = i
	}
	// A header that names hardly any of Daylio's columns is some other
	// file: say so, rather than name one column it lacks.
	core := 0
	for _, n := range []string{"full_date", "year", "time", "mood", "activities"} {
		if _, ok := cols[n]; ok {
			core++
		}
	}
	if core < 2 {
		first := ""
		if len(names) > 0 {
			first = names[0]
		}
		return nil, &Error{Code: BadHeader, Detail: clip(first)}
	}
	_, full := cols["full_date"]
	_, year := cols["year"]
	_, date := cols["date"]
	missing := ""
	switch {
	case !full && !year:
		missing = "full_date"
	case !full && !date:
		missing = "date" // the old header's day and month
	}
	for _, n := range []string{"time", "mood", "activities"} {
		if _, ok := cols[n]; !ok && missing == "" {
			missing = n
		}
	}
	if missing != "" {
		return nil, &Error{Code: NoColumn, Detail: missing}
	}
	return cols, nil
}

// readDaylioCSV parses a whole Daylio CSV export, streaming rows from r.
func readDaylioCSV(r io.Reader) (*File, error) {
	br := bufio.NewReaderSize(r, 64<<10)
	if b, _ := br.Peek(3); bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	head, _ := br.Peek(64 << 10) // less at the end of the file; the error says only that
	cr := csv.NewReader(br)
	cr.Comma = daylioComma(daylioFirstLine(head))
	cr.FieldsPerRecord = -1
	cr.ReuseRecord = true

	fail := func(line int, code Code, detail string) (*File, error) {
		return nil, &Error{Format: daylioCSVFormat, Line: line, Code: code, Detail: detail}
	}
	header, err := cr.Read()
	if err == io.EOF {
		return fail(0, Empty, "")
	}
	if err != nil {
		return fail(daylioSyntaxLine(err), BadSyntax, "")
	}
	headerLine, _ := cr.FieldPos(0)
	cols, e := daylioColumns(header)
	if e != nil {
		return fail(headerLine, e.Code, e.Detail)
	}

	f := &File{App: Daylio, Format: daylioCSVFormat}
	keys := make(daylioKeys)
	for {
		row, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fail(daylioSyntaxLine(err), BadSyntax, "")
		}
		line, _ := cr.FieldPos(0)
		if daylioBlankRow(row) {
			continue // a spreadsheet's trailing ",,,,,,": no entry was written there
		}
		rec, noTime, e := daylioRow(row, cols)
		if e != nil {
			return fail(line, e.Code, e.Detail)
		}
		if noTime {
			f.NoTime++
		}
		rec.Key = keys.unique(rec.Key)
		f.Records = append(f.Records, rec)
	}
	if len(f.Records) == 0 {
		return fail(0, Empty, "")
	}
	return f, nil
}

// daylioSyntaxLine is where a CSV error is: the line its record starts on.
func daylioSyntaxLine(err error) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return pe.StartLine
	}
	return 0
}

func daylioBlankRow(row []string) bool {
	for _, v := range row {
		if strings.TrimSpace(v) != "" {
			return false
		}
	}
	return true
}

// daylioRow is one row as a record, its key not yet made unique; noTime
// says its time did not parse and it was placed at noon.
func daylioRow(row []string, cols map[string]int) (rec Record, noTime bool, e *Error) {
	get := func(name string) string {
		if i, ok := cols[name]; ok && i < len(row) {
			return row[i]
		}
		return ""
	}
	var (
		y  int
		m  time.Month
		d  int
		ok bool
	)
	if _, full := cols["full_date"]; full {
		v := get("full_date")
		if y, m, d, ok = daylioISODate(strings.TrimSpace(v)); !ok {
			return rec, false, &Error{Code: BadDate, Detail: clip(v)}
		}
	} else {
		v := get("date")
		if y, m, d, ok = oldDaylioDate(get("year"), v); !ok {
			return rec, false, &Error{Code: BadDate, Detail: clip(strings.TrimSpace(get("year") + " " + v))}
		}
	}
	h, mi, ok := daylioClock(get("time"))
	if !ok {
		h, mi, noTime = 12, 0, true
	}

	rec.Kind = journal.KindCheckin
	rec.Wall = &Wall{Year: y, Month: m, Day: d, Hour: h, Minute: mi}
	setDaylioMood(&rec, get("mood"))
	rec.Tags = words(strings.Split(get("activities"), "|"))
	title, note := htmlText(get("note_title")), htmlText(get("note"))
	text := daylioText(title, note, daylioScales(get("scales")))
	if len(text) > MaxText {
		return rec, false, &Error{Code: TooLong, Detail: "note"}
	}
	if text != "" {
		rec.Answers = []Answer{{Text: text}}
	}
	// Time and content, each as Kindly reads it, so that a later export of
	// the same history (another header version, other spacing or markup
	// around the same words) gives the same key; scales are left out, as
	// older exports lack them.
	rec.Key = "csv:" + fmt.Sprintf("%04d-%02d-%02d %02d:%02d", y, int(m), d, h, mi) + ":" + digest(rec.MoodName, strings.Join(rec.Tags, "|"), title, note)
	return rec, noTime, nil
}

// Daylio's default mood names in the languages known, by pleasantness;
// English has had three sets.
var daylioDefaultMoods = sync.OnceValue(func() map[string]int {
	return map[string]int{
		"rad": 2, "great": 2, "amazing": 2,
		"good": 1, "happy": 1,
		"meh": 0, "ok": 0, "average": 0,
		"bad": -1, "sad": -1,
		"awful": -2, "horrible": -2,
		"super": 2, "gut": 1, "schlecht": -1, "lausig": -2,
	}
})

// setDaylioMood records a mood name: a default name says its
// pleasantness; any other is the person's own word for a feeling, so it
// is an emotion too, and the person says its pleasantness in the preview.
func setDaylioMood(rec *Record, name string) {
	w := words([]string{name})
	if len(w) == 0 {
		return
	}
	rec.MoodName = w[0]
	if p, ok := daylioDefaultMoods()[MoodKey(w[0])]; ok {
		rec.Mood = &p
		return
	}
	rec.Emotions = w
}

// daylioScales is the scales column as lines, "Sleep Quality: 8/10
// points", with the no-break space Daylio writes after the colon made an
// ordinary one.
func daylioScales(s string) []string {
	var out []string
	for _, p := range strings.Split(s, " | ") {
		p = strings.NewReplacer(":\u00a0", ": ", ":\u202f", ": ").Replace(p)
		if p = cleanText(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// daylioText is an entry's writing: the title as its first line, a blank
// line, the note, then the scales.
func daylioText(title, note string, scales []string) string {
	var parts []string
	for _, p := range []string{title, note, strings.Join(scales, "\n")} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	return strings.Join(parts, "\n\n")
}

// daylioKeys makes keys unique within a file in file order: the second
// record with a key gets ":2", the third ":3". Two identical rows are two
// entries the person made; a later export lists them in the same order,
// so they get the same keys again.
type daylioKeys map[string]int

func (u daylioKeys) unique(key string) string {
	u[key]++
	if n := u[key]; n > 1 {
		return key + ":" + strconv.Itoa(n)
	}
	return key
}
