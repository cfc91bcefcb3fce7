package importer

import (
	"archive/zip"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"time"
)

const dayOneFormat = "Day One"

// Bounds on what a Day One zip may make us decode. The JSON is streamed,
// one entry at a time, so memory follows the largest entry, not the
// journal; these stop a crafted zip (deflate inflates up to ~1000×) from
// making one entry, or the whole read, unbounded.
const (
	// An entry holds its text twice (text and richText) plus JSON escapes
	// and metadata; 16 MB leaves room for a text at MaxText.
	dayOneMaxEntry = 16 << 20
	// All root JSON together: years of daily writing with richText are a
	// few hundred MB.
	dayOneMaxJSON = 2 * MaxSize
	// isDayOne reads no further than this into each root JSON member.
	dayOneSniff = 8 << 10
)

// isDayOne reports whether the zip is a Day One JSON export: a .json member
// at the zip root whose top level has "entries" (and usually "metadata").
// Read at most the first few KB of each root .json member to decide.
func isDayOne(z *zip.Reader) bool {
	for _, f := range z.File {
		if !dayOneJournal(f) {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			continue
		}
		ok := sniffDayOne(io.LimitReader(rc, dayOneSniff))
		rc.Close()
		if ok {
			return true
		}
	}
	return false
}

// sniffDayOne looks for an "entries" array among the top-level keys that
// fit in r; Day One writes the small "metadata" object before it.
func sniffDayOne(r io.Reader) bool {
	dec := json.NewDecoder(r)
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return false
		}
		if key == "entries" {
			t, err := dec.Token()
			return err == nil && t == json.Delim('[')
		}
		if skipValue(dec) != nil {
			return false
		}
	}
	return false
}

// dayOneJournal reports whether f is a journal's JSON: at the zip root,
// where Day One writes "<Journal name>.json", and not the "._" AppleDouble
// file macOS's zipper can put beside it (binary, not JSON).
func dayOneJournal(f *zip.File) bool {
	name := f.Name
	if f.FileInfo().IsDir() || strings.ContainsAny(name, `/\`) || strings.HasPrefix(name, "._") {
		return false
	}
	return len(name) > len(".json") && strings.EqualFold(name[len(name)-len(".json"):], ".json")
}

// dayOneEntry is the part of a Day One entry Kindly reads. Media arrays
// are counted, not read: the media files themselves are never opened.
type dayOneEntry struct {
	UUID         string `json:"uuid"`
	CreationDate string `json:"creationDate"`
	ModifiedDate string `json:"modifiedDate"`
	TimeZone     string `json:"timeZone"`
	// isAllDay needs nothing here: Day One then writes creationDate as the
	// local midnight of the day, which At keeps; Record has no field to say
	// "no time of day", so the entry shows midnight.
	Text           string            `json:"text"`
	Tags           []string          `json:"tags"`
	Starred        bool              `json:"starred"`
	Location       json.RawMessage   `json:"location"`
	Weather        json.RawMessage   `json:"weather"`
	Photos         []json.RawMessage `json:"photos"`
	Videos         []json.RawMessage `json:"videos"`
	Audios         []json.RawMessage `json:"audios"`
	PDFAttachments []json.RawMessage `json:"pdfAttachments"`
}

// readDayOne reads every journal at the root of a Day One JSON export.
func readDayOne(z *zip.Reader) (*File, error) {
	r := &dayOneReader{
		file: &File{App: DayOne, Format: dayOneFormat, Lost: map[string]int{}, Skipped: map[string]int{}},
		seen: make(map[string]bool),
	}
	for _, f := range z.File {
		if !dayOneJournal(f) {
			continue
		}
		if err := r.member(f); err != nil {
			return nil, err
		}
	}
	if r.n == 0 {
		return nil, &Error{Format: dayOneFormat, Code: Empty}
	}
	return r.file, nil
}

// dayOneReader carries what spans the journals of one zip.
type dayOneReader struct {
	file  *File
	seen  map[string]bool // uuids kept so far
	n     int             // entries met so far, for errors' Entry
	total int64           // JSON bytes read so far
}

var (
	errBudget   = errors.New("over budget")            // meter, past its limit
	errTrailing = errors.New("data after the journal") // read as bad JSON
)

// meter counts what the JSON decoder reads, stops it at a limit, and keeps
// the first error from the zip (a bad checksum, corrupt deflate data): the
// decoder passes it on as it is, and it means a broken archive, not bad
// JSON.
type meter struct {
	r     io.Reader
	n     int64
	limit int64
	err   error
}

func (m *meter) Read(p []byte) (int, error) {
	if m.n >= m.limit {
		return 0, errBudget
	}
	if int64(len(p)) > m.limit-m.n {
		p = p[:m.limit-m.n]
	}
	k, err := m.r.Read(p)
	m.n += int64(k)
	if err != nil && err != io.EOF && m.err == nil {
		m.err = err
	}
	return k, err
}

// member reads one root JSON member. Corrupt data most often shows first
// as JSON that does not parse, or a date that does not, so before blaming
// the journal the rest of the member is read: if the zip then reports a bad
// checksum or bad deflate data, the archive is at fault. Not after a bound
// was passed: that rest may be a zip bomb.
func (r *dayOneReader) member(f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return &Error{Format: dayOneFormat, Code: BadArchive, Detail: f.Name}
	}
	defer rc.Close()
	m := &meter{r: rc, limit: dayOneMaxJSON - r.total}
	defer func() { r.total += m.n }()
	err = r.journal(f.Name, m)
	var e *Error
	if errors.As(err, &e) && e.Code != TooBig && !(e.Code == TooLong && e.Detail == "entry") {
		m.limit = dayOneMaxJSON - r.total
		io.Copy(io.Discard, m)
	}
	if m.err != nil {
		return &Error{Format: dayOneFormat, Code: BadArchive, Detail: f.Name}
	}
	return err
}

// journal reads the JSON of member name from m. A member that is JSON but
// not a journal (no "entries") adds nothing.
func (r *dayOneReader) journal(name string, m *meter) error {
	dec := json.NewDecoder(m)
	entry := 0 // the entry being read, 0 outside entries
	fail := func(err error) error {
		return r.fault(name, m, entry, err)
	}
	// within bounds one value (an entry, or any other top-level value) to
	// dayOneMaxEntry from where the decoder stands.
	within := func() {
		m.limit = min(dec.InputOffset()+dayOneMaxEntry, dayOneMaxJSON-r.total)
	}

	within()
	t, err := dec.Token()
	if err != nil {
		return fail(err)
	}
	if t != json.Delim('{') {
		return nil // valid JSON so far, but no journal
	}
	for dec.More() {
		within()
		key, err := dec.Token()
		if err != nil {
			return fail(err)
		}
		if key != "entries" {
			if err := skipValue(dec); err != nil {
				return fail(err)
			}
			continue
		}
		if t, err := dec.Token(); err != nil {
			return fail(err)
		} else if t != json.Delim('[') {
			return &Error{Format: dayOneFormat, Code: BadValue, Detail: "entries"}
		}
		for dec.More() {
			r.n++
			entry = r.n
			within()
			var e dayOneEntry
			if err := dec.Decode(&e); err != nil {
				return fail(err)
			}
			if err := r.entry(e); err != nil {
				return err
			}
		}
		entry = 0
		within()
		if _, err := dec.Token(); err != nil { // ']'
			return fail(err)
		}
	}
	within()
	if _, err := dec.Token(); err != nil { // '}'
		return fail(err)
	}
	// Nothing may follow the object; reading to the end also makes the zip
	// check the member's checksum.
	m.limit = dayOneMaxJSON - r.total
	if _, err := dec.Token(); err != io.EOF {
		if err == nil {
			err = errTrailing
		}
		return fail(err)
	}
	return nil
}

// fault is the *Error for err, met by the JSON decoder reading member name.
func (r *dayOneReader) fault(name string, m *meter, entry int, err error) error {
	e := &Error{Format: dayOneFormat, Entry: entry, Detail: name}
	var typ *json.UnmarshalTypeError
	switch {
	case m.err != nil: // the zip's, passed on by the decoder
		e.Entry, e.Code = 0, BadArchive
	case err == errBudget && m.limit >= dayOneMaxJSON-r.total:
		e.Entry, e.Code = 0, TooBig
	case err == errBudget:
		e.Code, e.Detail = TooLong, "entry"
	case errors.As(err, &typ):
		e.Code, e.Detail = BadValue, typ.Field
		if e.Detail == "" {
			e.Detail = "entry"
		}
	default: // *json.SyntaxError, io.ErrUnexpectedEOF, errTrailing
		e.Code = BadSyntax
	}
	return e
}

// entry turns one decoded entry into a record, or counts why not.
func (r *dayOneReader) entry(e dayOneEntry) error {
	bad := func(code Code, detail string) error {
		return &Error{Format: dayOneFormat, Entry: r.n, Code: code, Detail: detail}
	}
	key := strings.TrimSpace(e.UUID)
	if key == "" {
		return bad(NoColumn, "uuid")
	}
	if len(key) > 64 {
		return bad(BadValue, "uuid")
	}
	if e.CreationDate == "" {
		return bad(NoColumn, "creationDate")
	}
	at, ok := dayOneTime(e.CreationDate)
	if !ok {
		return bad(BadDate, e.CreationDate)
	}
	var updated time.Time
	if e.ModifiedDate != "" {
		if updated, ok = dayOneTime(e.ModifiedDate); !ok {
			return bad(BadDate, e.ModifiedDate)
		}
	}
	text := dayOneText(e.Text)
	if len(text) > MaxText {
		return bad(TooLong, "text")
	}
	if r.seen[key] {
		r.file.Skipped["duplicate"]++
		return nil
	}
	r.seen[key] = true

	lost := r.file.Lost
	add := func(what string, n int) {
		if n > 0 {
			lost[what] += n
		}
	}
	add("photo", len(e.Photos))
	add("video", len(e.Videos))
	add("audio", len(e.Audios))
	add("pdf", len(e.PDFAttachments))
	if present(e.Location) {
		lost["location"]++
	}
	if present(e.Weather) {
		lost["weather"]++
	}
	if text == "" {
		r.file.Skipped["empty"]++
		return nil
	}
	tags := e.Tags
	if e.Starred {
		tags = append(tags, "starred")
	}
	r.file.Records = append(r.file.Records, Record{
		Key:     key,
		Kind:    "note",
		At:      at,
		Zone:    strings.TrimSpace(e.TimeZone),
		Updated: updated,
		Tags:    words(tags),
		Answers: []Answer{{Text: text}},
	})
	return nil
}

// dayOneTime parses an RFC 3339 instant. Its offset is kept as a fixed
// zone, never as time.Local, which time.Parse would pick when the offsets
// happen to match: the record must not depend on the machine.
func dayOneTime(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, false
	}
	if _, off := t.Zone(); off != 0 {
		return t.In(time.FixedZone("", off)), true
	}
	return t.UTC(), true
}
