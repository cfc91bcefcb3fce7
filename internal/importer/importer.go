// Package importer reads other apps' exports (Daylio, FreeCBT, Day One,
// MoodTracker) into neutral records, and turns those records into Kindly
// entries: ids derived from the source, so importing again adds only what
// is new; times placed as the person lived them; moods on Kindly's scale.
//
// Parsing and converting are separate steps so that the app can show a
// preview, and ask what each of Daylio's mood names means, before anything
// is written. Nothing here touches storage.
package importer

import (
	"errors"
	"fmt"
	"io"
	"time"
)

// The apps Kindly imports from; an entry's Source is one of these.
const (
	Daylio      = "daylio"
	FreeCBT     = "freecbt"
	DayOne      = "dayone"
	MoodTracker = "moodtracker"
)

// ErrUnknown is returned for a file that is none of the formats Kindly
// reads (a Kindly backup included: the backup package reads those).
var ErrUnknown = errors.New("not an export Kindly can import")

// ErrMalformed is wrapped by every *Error.
var ErrMalformed = errors.New("malformed export")

// Code says what is wrong with a file, so that the app can say it in the
// person's language.
type Code string

// The codes a parser reports.
const (
	BadArchive  Code = "archive"  // a zip that cannot be read (truncated, corrupt)
	BadEncoding Code = "encoding" // base64, lz-string or UTF-8 that does not decode
	BadSyntax   Code = "syntax"   // JSON or CSV that does not parse
	NoColumn    Code = "column"   // a required CSV column or JSON field is missing (Detail: its name)
	BadHeader   Code = "header"   // a header version Kindly does not know
	BadDate     Code = "date"     // a date or time that does not exist or does not parse (Detail: the value)
	BadValue    Code = "value"    // any other value out of range (Detail: field and value)
	TooLong     Code = "too-long" // a text longer than an entry can hold (Detail: the field)
	Empty       Code = "empty"    // a file with nothing to import
	TooBig      Code = "too-big"  // a file beyond MaxSize
)

// Error is a fault in a file, with where it is: a line (CSV, 1-based,
// counting the header as line 1) or an entry (1-based, in file order), or
// neither for the file as a whole.
type Error struct {
	Format string // the format's name, e.g. "Daylio CSV"
	Line   int
	Entry  int
	Code   Code
	Detail string // the offending value or field, short, as found
}

func (e *Error) Error() string {
	where := ""
	switch {
	case e.Line > 0:
		where = fmt.Sprintf(" line %d:", e.Line)
	case e.Entry > 0:
		where = fmt.Sprintf(" entry %d:", e.Entry)
	}
	s := fmt.Sprintf("%s:%s %s", e.Format, where, e.Code)
	if e.Detail != "" {
		s += " (" + e.Detail + ")"
	}
	return s
}

func (e *Error) Unwrap() error { return ErrMalformed }

// MaxSize bounds a file: a Day One zip holding photos can be large, but
// only its JSON is read.
const MaxSize = 512 << 20

// MaxText bounds one text field: the journal's own limit per answer.
const MaxText = 1 << 20

// Wall is a local wall-clock time with no zone, as a file wrote it.
type Wall struct {
	Year   int
	Month  time.Month
	Day    int
	Hour   int
	Minute int
}

// Answer is one piece of writing. Label says what it is, so that the app
// can title it in the person's language: "" for a plain note, or one of
// the Label constants.
type Answer struct {
	Label string
	Text  string
}

// Labels of answers.
const (
	LabelThought     = "thought"     // FreeCBT: the automatic thought
	LabelChallenge   = "challenge"   // FreeCBT: the challenge to it
	LabelAlternative = "alternative" // FreeCBT: the alternative thought
)

// Record is one entry of a foreign file, before it becomes a Kindly entry.
type Record struct {
	// Key identifies the record within its app, stably across exports: the
	// source's own id where it has one, else its time and a digest of its
	// content. The entry's id is derived from the app and Key.
	Key string
	// Kind is the journal kind the record becomes (journal.KindCheckin for
	// mood-centred apps, journal.KindNote for writing).
	Kind string
	// When it happened: an instant (At, its location the one it was lived
	// in when the file says so, else UTC) or, when the file has only a
	// local wall-clock time, Wall (At is then zero).
	At   time.Time
	Wall *Wall
	// Zone is the IANA zone the instant was lived in (Day One), or "".
	Zone string
	// Updated is when the source last changed the record; zero when it
	// does not say.
	Updated time.Time
	// Mood is the pleasantness (−2…2) when the source's scale says it;
	// MoodName is the source's name for the mood (Daylio), which the
	// person maps to pleasantness in the preview when Mood is nil.
	Mood     *int
	MoodName string
	Emotions []string
	Tags     []string
	// Distortions are FreeCBT's thinking-trap slugs, which the app names
	// in the person's language.
	Distortions []string
	Answers     []Answer
}

// File is a parsed export.
type File struct {
	App     string // Daylio, FreeCBT…
	Format  string // the format's name, e.g. "Daylio CSV"
	Records []Record
	// Lost says what the file holds that will not come across: counts by
	// what it is ("photo", "video", "audio", "pdf", "location", "weather",
	// "meditation"…).
	Lost map[string]int
	// Skipped counts records left out, by why ("empty": nothing but media
	// or nothing at all).
	Skipped map[string]int
	// NoTime counts records whose time could not be read and were placed
	// at noon of their day.
	NoTime int
}

// Source is what a parser reads: the file's bytes at any offset, so that
// a zip is read without loading its media, and a text format streams.
type Source interface {
	io.ReaderAt
	Size() int64
}
