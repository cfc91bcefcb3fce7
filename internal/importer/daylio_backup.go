package importer

import (
	"archive/zip"
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"io"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/journal"
)

const daylioBackupFormat = "Daylio backup"

// isDaylioBackup reports whether the zip holds a Daylio backup (a member
// named backup.daylio).
func isDaylioBackup(z *zip.Reader) bool { return daylioMember(z) != nil }

// daylioMember is the zip's backup.daylio: the one at the root, else the
// shallowest in a folder (a backup unpacked and packed again).
func daylioMember(z *zip.Reader) *zip.File {
	var best *zip.File
	depth := 0
	for _, f := range z.File {
		name := strings.ReplaceAll(f.Name, `\`, "/")
		if path.Base(name) != "backup.daylio" || strings.HasSuffix(name, "/") {
			continue
		}
		if d := strings.Count(name, "/"); best == nil || d < depth {
			best, depth = f, d
		}
	}
	return best
}

// The parts of a backup Kindly reads. Pointers tell a missing field from
// a zero one.
type daylioBackup struct {
	CustomMoods []struct {
		ID          int64  `json:"id"`
		CustomName  string `json:"custom_name"`
		MoodGroupID int    `json:"mood_group_id"`
	} `json:"customMoods"`
	Tags []struct {
		ID   int64  `json:"id"`
		Name string `json:"name"`
	} `json:"tags"`
	DayEntries *[]struct {
		ID             *int64  `json:"id"`
		Datetime       *int64  `json:"datetime"`
		TimeZoneOffset int64   `json:"timeZoneOffset"`
		Mood           *int64  `json:"mood"`
		Note           string  `json:"note"`
		NoteTitle      string  `json:"note_title"`
		Tags           []int64 `json:"tags"`
		Assets         []int64 `json:"assets"`
	} `json:"dayEntries"`
}

// Daylio's English names of its five mood groups, best first, for moods
// the person did not name.
var daylioGroupNames = [...]string{1: "rad", 2: "good", 3: "meh", 4: "bad", 5: "awful"}

// readDaylioBackup parses a .daylio backup (zip → backup.daylio = base64
// of JSON, possibly with line wraps).
func readDaylioBackup(z *zip.Reader) (*File, error) {
	fail := func(entry int, code Code, detail string) (*File, error) {
		return nil, &Error{Format: daylioBackupFormat, Entry: entry, Code: code, Detail: detail}
	}
	m := daylioMember(z)
	if m == nil {
		return fail(0, BadArchive, "backup.daylio")
	}
	rc, err := m.Open()
	if err != nil {
		return fail(0, BadArchive, "backup.daylio")
	}
	defer rc.Close()
	// The member's stated size can lie; read one byte past the limit to
	// know.
	raw, err := io.ReadAll(io.LimitReader(rc, MaxSize+1))
	if err != nil {
		return fail(0, BadArchive, "backup.daylio")
	}
	if len(raw) > MaxSize {
		return fail(0, TooBig, "")
	}
	data := bytes.Map(func(r rune) rune {
		switch r {
		case ' ', '\t', '\r', '\n', '\v', '\f':
			return -1 // Android's base64 wraps lines
		}
		return r
	}, stripBOM(raw))
	if len(data) == 0 {
		return fail(0, Empty, "")
	}
	// Tools that edit backups write the JSON as it is; "{" is not base64.
	if data[0] != '{' {
		dec := make([]byte, base64.RawStdEncoding.DecodedLen(len(data)))
		n, err := base64.RawStdEncoding.Decode(dec, bytes.TrimRight(data, "="))
		if err != nil {
			return fail(0, BadEncoding, "")
		}
		data = dec[:n]
	}
	var b daylioBackup
	if err := json.Unmarshal(data, &b); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) && te.Field != "" {
			return fail(0, BadValue, clip(te.Field))
		}
		return fail(0, BadSyntax, "")
	}
	if b.DayEntries == nil {
		return fail(0, NoColumn, "dayEntries")
	}
	if len(*b.DayEntries) == 0 {
		return fail(0, Empty, "")
	}

	type mood struct {
		name  string
		group int
	}
	moods := make(map[int64]mood, len(b.CustomMoods))
	for _, cm := range b.CustomMoods {
		moods[cm.ID] = mood{cm.CustomName, cm.MoodGroupID}
	}
	tags := make(map[int64]string, len(b.Tags))
	for _, t := range b.Tags {
		tags[t.ID] = t.Name
	}

	f := &File{App: Daylio, Format: daylioBackupFormat}
	keys := make(daylioKeys)
	photos := 0
	for i, e := range *b.DayEntries {
		n := i + 1
		switch {
		case e.ID == nil:
			return fail(n, NoColumn, "id")
		case e.Datetime == nil:
			return fail(n, NoColumn, "datetime")
		case e.Mood == nil:
			return fail(n, NoColumn, "mood")
		}
		// Real offsets lie within ±14 hours; a day is the most any could.
		if e.TimeZoneOffset <= -24*3600*1000 || e.TimeZoneOffset >= 24*3600*1000 {
			return fail(n, BadValue, "timeZoneOffset="+strconv.FormatInt(e.TimeZoneOffset, 10))
		}
		at := time.UnixMilli(*e.Datetime).In(time.FixedZone("", int(e.TimeZoneOffset/1000)))
		if at.Year() < 1900 || at.Year() > 9999 {
			return fail(n, BadDate, strconv.FormatInt(*e.Datetime, 10))
		}
		md, ok := moods[*e.Mood]
		if !ok {
			return fail(n, BadValue, "mood="+strconv.FormatInt(*e.Mood, 10))
		}
		if md.group < 1 || md.group > 5 {
			return fail(n, BadValue, "mood_group_id="+strconv.Itoa(md.group))
		}
		rec := Record{Kind: journal.KindCheckin, At: at}
		p := 3 - md.group
		if name := strings.TrimSpace(md.name); name != "" && name != "null" {
			// The person's own name: an emotion, as in the CSV, unless it is
			// one of Daylio's default names.
			setDaylioMood(&rec, name)
		}
		if rec.MoodName == "" {
			rec.MoodName = daylioGroupNames[md.group]
		}
		rec.Mood = &p // the group says it, whatever the name
		var names []string
		for _, id := range e.Tags {
			if t, ok := tags[id]; ok {
				names = append(names, t)
			}
		}
		rec.Tags = words(names)
		text := daylioText(htmlText(e.NoteTitle), htmlText(e.Note), nil)
		if len(text) > MaxText {
			return fail(n, TooLong, "note")
		}
		if text != "" {
			rec.Answers = []Answer{{Text: text}}
		}
		photos += len(e.Assets)
		rec.Key = keys.unique("backup:" + strconv.FormatInt(*e.ID, 10) + ":" + strconv.FormatInt(*e.Datetime, 10))
		f.Records = append(f.Records, rec)
	}
	if photos > 0 {
		f.Lost = map[string]int{"photo": photos}
	}
	return f, nil
}
