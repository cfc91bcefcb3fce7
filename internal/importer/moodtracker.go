package importer

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/journal"
)

// MoodTracker (benji6/moodtracker) exports moods as a JSON array of
// {mood, description?, exploration?, location?, updatedAt?, createdAt}, or
// as papaparse CSV of the same with nested keys flattened
// ("location:latitude") and columns in the order keys were first met.
// Its other exports (meditations, weights, sleeps) have no mood.
const (
	moodTrackerJSON = "MoodTracker JSON"
	moodTrackerCSV  = "MoodTracker CSV"
)

// sniffMoodTracker reports whether head (the first bytes, maybe with a BOM)
// is a MoodTracker moods export: a JSON array whose first object has "mood"
// and "createdAt", or a CSV header with both.
func sniffMoodTracker(head []byte) bool {
	head = bytes.TrimLeft(stripBOM(head), " \t\r\n")
	if len(head) > 0 && head[0] == '[' {
		return sniffMoodArray(head)
	}
	cols := headerNames(head)
	return cols["mood"] && cols["createdAt"]
}

func sniffMoodArray(head []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(head))
	for _, want := range []json.Delim{'[', '{'} {
		if t, err := dec.Token(); err != nil || t != want {
			return false
		}
	}
	var mood, created bool
	for dec.More() && !(mood && created) {
		k, err := dec.Token()
		if err != nil {
			return false
		}
		switch k {
		case "mood":
			mood = true
		case "createdAt":
			created = true
		}
		if skipValue(dec) != nil {
			break
		}
	}
	return mood && created
}

// moodTrackerMood is one mood as the JSON export writes it; fields are
// raw so that a wrong type is reported as a bad value of that field.
type moodTrackerMood struct {
	Mood        json.RawMessage `json:"mood"`
	Description json.RawMessage `json:"description"`
	Exploration json.RawMessage `json:"exploration"`
	Location    json.RawMessage `json:"location"`
	CreatedAt   json.RawMessage `json:"createdAt"`
	UpdatedAt   json.RawMessage `json:"updatedAt"`
}

// errMoodTooBig ends a read past MaxSize.
var errMoodTooBig = errors.New("moodtracker: file too big")

// mtLimit fails reads past MaxSize, so that a stream stays bounded.
type mtLimit struct {
	r    io.Reader
	left int64
}

func (l *mtLimit) Read(p []byte) (int, error) {
	if l.left <= 0 {
		// One byte more tells a file of exactly MaxSize from a bigger one.
		var one [1]byte
		n, err := l.r.Read(one[:])
		if n > 0 {
			return 0, errMoodTooBig
		}
		return 0, err
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

// readMoodTracker reads a moods export, JSON or CSV, streaming it.
func readMoodTracker(r io.Reader) (*File, error) {
	br := bufio.NewReader(&mtLimit{r: r, left: MaxSize})
	if b, err := br.Peek(3); err == nil && bytes.Equal(b, []byte("\xEF\xBB\xBF")) {
		br.Discard(3)
	}
	for {
		c, err := br.ReadByte()
		switch {
		case errors.Is(err, errMoodTooBig):
			return nil, &Error{Format: moodTrackerJSON, Code: TooBig}
		case err == io.EOF:
			return nil, &Error{Format: moodTrackerJSON, Code: Empty}
		case err != nil:
			return nil, err
		}
		if c == ' ' || c == '\t' || c == '\r' || c == '\n' {
			continue
		}
		br.UnreadByte()
		if c == '[' || c == '{' {
			return readMoodJSON(br)
		}
		return readMoodCSV(br)
	}
}

func readMoodJSON(r io.Reader) (*File, error) {
	f := &File{App: MoodTracker, Format: moodTrackerJSON, Lost: map[string]int{}, Skipped: map[string]int{}}
	dec := json.NewDecoder(r)
	syntax := func(n int, err error) error {
		var se *json.SyntaxError
		switch {
		case errors.Is(err, errMoodTooBig):
			return &Error{Format: moodTrackerJSON, Code: TooBig}
		case err == nil, err == io.EOF, err == io.ErrUnexpectedEOF, errors.As(err, &se):
			return &Error{Format: moodTrackerJSON, Entry: n, Code: BadSyntax}
		}
		return err // the source failed, not the file
	}
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return nil, syntax(0, err)
	}
	n := 0
	for dec.More() {
		n++
		fail := func(code Code, detail string) error {
			return &Error{Format: moodTrackerJSON, Entry: n, Code: code, Detail: detail}
		}
		var m moodTrackerMood
		if err := dec.Decode(&m); err != nil {
			if te := (*json.UnmarshalTypeError)(nil); errors.As(err, &te) {
				// Not an object: say what it is instead.
				return nil, fail(BadValue, te.Value)
			}
			return nil, syntax(n, err)
		}
		var fields mtFields
		for _, x := range []struct {
			raw  json.RawMessage
			into *string
			name string
		}{
			{m.Description, &fields.description, "description"},
			{m.Exploration, &fields.exploration, "exploration"},
			{m.CreatedAt, &fields.created, "createdAt"},
			{m.UpdatedAt, &fields.updated, "updatedAt"},
		} {
			if present(x.raw) && json.Unmarshal(x.raw, x.into) != nil {
				return nil, fail(BadValue, x.name)
			}
		}
		if present(m.Mood) {
			// A number as written, so that 7.5 or "7" is reported as is.
			fields.mood = string(m.Mood)
		}
		fields.location = present(m.Location)
		if err := addMood(f, fields, fail); err != nil {
			return nil, err
		}
	}
	if t, err := dec.Token(); err != nil || t != json.Delim(']') {
		return nil, syntax(n, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, syntax(0, err)
	}
	if n == 0 {
		return nil, &Error{Format: moodTrackerJSON, Code: Empty}
	}
	return f, nil
}

func readMoodCSV(r io.Reader) (*File, error) {
	f := &File{App: MoodTracker, Format: moodTrackerCSV, Lost: map[string]int{}, Skipped: map[string]int{}}
	cr := csv.NewReader(r)
	syntax := func(err error) error {
		var pe *csv.ParseError
		switch {
		case errors.Is(err, errMoodTooBig):
			return &Error{Format: moodTrackerCSV, Code: TooBig}
		case errors.As(err, &pe):
			return &Error{Format: moodTrackerCSV, Line: csvErrLine(err), Code: BadSyntax}
		}
		return err // the source failed, not the file
	}
	header, err := cr.Read()
	if err == io.EOF {
		return nil, &Error{Format: moodTrackerCSV, Code: Empty}
	}
	if err != nil {
		return nil, syntax(err)
	}
	col := make(map[string]int, len(header))
	var location []int
	for i, h := range header {
		h = strings.TrimSpace(h)
		if _, dup := col[h]; !dup {
			col[h] = i
		}
		if h == "location" || strings.HasPrefix(h, "location:") {
			location = append(location, i)
		}
	}
	for _, name := range []string{"mood", "createdAt"} {
		if _, ok := col[name]; !ok {
			return nil, &Error{Format: moodTrackerCSV, Code: NoColumn, Detail: name}
		}
	}
	rows := 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, syntax(err)
		}
		rows++
		line, _ := cr.FieldPos(0)
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return rec[i]
			}
			return ""
		}
		fields := mtFields{
			mood:        strings.TrimSpace(get("mood")),
			description: get("description"),
			exploration: get("exploration"),
			created:     get("createdAt"),
			updated:     get("updatedAt"),
		}
		for _, i := range location {
			if i < len(rec) && strings.TrimSpace(rec[i]) != "" {
				fields.location = true
			}
		}
		fail := func(code Code, detail string) error {
			return &Error{Format: moodTrackerCSV, Line: line, Code: code, Detail: detail}
		}
		if err := addMood(f, fields, fail); err != nil {
			return nil, err
		}
	}
	if rows == 0 {
		return nil, &Error{Format: moodTrackerCSV, Code: Empty}
	}
	return f, nil
}

// mtFields is one mood, as strings, from either JSON or CSV.
type mtFields struct {
	mood, description, exploration string
	created, updated               string
	location                       bool
}

// addMood appends m's record to f; fail places an error at m's entry or
// line.
func addMood(f *File, m mtFields, fail func(Code, string) error) error {
	if m.mood == "" {
		return fail(NoColumn, "mood")
	}
	p, ok := moodPleasantness(m.mood)
	if !ok {
		return fail(BadValue, "mood "+clip(m.mood))
	}
	if m.created == "" {
		return fail(NoColumn, "createdAt")
	}
	at, ok := isoInstant(m.created)
	if !ok {
		return fail(BadDate, clip(m.created))
	}
	var updated time.Time
	if m.updated != "" {
		if updated, ok = isoInstant(m.updated); !ok {
			return fail(BadDate, clip(m.updated))
		}
	}
	var answers []Answer
	if text := cleanText(m.exploration); text != "" {
		if len(text) > MaxText {
			return fail(TooLong, "exploration")
		}
		answers = []Answer{{Text: text}}
	}
	if m.location {
		// Kindly keeps no places; the preview says they stay behind.
		f.Lost["location"]++
	}
	f.Records = append(f.Records, Record{
		// createdAt is MoodTracker's own id for the mood.
		Key:      m.created,
		Kind:     journal.KindCheckin,
		At:       at,
		Updated:  updated,
		Mood:     &p,
		Emotions: words(strings.Fields(m.description)),
		Answers:  answers,
	})
	return nil
}

// moodPleasantness maps MoodTracker's 0–10 onto Kindly's −2…2 in five
// near-equal bands, the middle one widest so that 5 is the centre.
func moodPleasantness(s string) (int, bool) {
	v, err := strconv.Atoi(s)
	if err != nil {
		// JavaScript writes 7 as 7, but a hand-edited 7.0 is still 7.
		x, ferr := strconv.ParseFloat(s, 64)
		if ferr != nil || x != math.Trunc(x) || x < 0 || x > 10 {
			return 0, false
		}
		v = int(x)
	}
	switch {
	case v < 0 || v > 10:
		return 0, false
	case v <= 1:
		return -2, true
	case v <= 3:
		return -1, true
	case v <= 6:
		return 0, true
	case v <= 8:
		return 1, true
	}
	return 2, true
}
