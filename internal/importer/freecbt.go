package importer

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/journal"
)

// FreeCBT (and Quirk before it) keeps CBT thought records. It exports the
// same archive three ways: JSON ({"v":"Archive-v1","thoughts":[…]}), CSV,
// and a backup text that is the JSON lz-string-compressed between two
// ":FreeCBT:" marks.
const (
	freeCBTJSON   = "FreeCBT JSON"
	freeCBTCSV    = "FreeCBT CSV"
	freeCBTBackup = "FreeCBT backup"

	freeCBTMark = ":FreeCBT:"
	// Some versions saved a thought's uuid with its storage key's prefix.
	quirkPrefix = "@Quirk:thoughts:"
)

// sniffFreeCBT reports whether head (the first bytes, up to 64 KB, maybe
// with a BOM) is a FreeCBT export: text starting ":FreeCBT:", a JSON object
// whose "v" starts with "Archive-" or that has "thoughts", or a CSV whose
// header is uuid,createdAt,updatedAt,automaticThought,...
func sniffFreeCBT(head []byte) bool {
	head = bytes.TrimLeft(stripBOM(head), " \t\r\n")
	switch {
	case bytes.HasPrefix(head, []byte(freeCBTMark)):
		return true
	case len(head) > 0 && head[0] == '{':
		return sniffArchive(head)
	}
	cols := headerNames(head)
	return cols["uuid"] && cols["createdAt"] && cols["automaticThought"]
}

// sniffArchive reads head's top-level keys until it meets "thoughts" or an
// archive "v"; a head cut short is fine, so it tokenizes instead of parsing.
func sniffArchive(head []byte) bool {
	dec := json.NewDecoder(bytes.NewReader(head))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	for dec.More() {
		k, err := dec.Token()
		if err != nil {
			return false
		}
		switch k {
		case "thoughts":
			return true
		case "v":
			v, err := dec.Token()
			if err != nil {
				return false
			}
			if s, ok := v.(string); ok && strings.HasPrefix(s, "Archive-") {
				return true
			}
			if d, ok := v.(json.Delim); ok && skipRest(dec, d) != nil {
				return false
			}
		default:
			if skipValue(dec) != nil {
				return false
			}
		}
	}
	return false
}

// headerNames is the set of a CSV's column names, from its first line.
func headerNames(head []byte) map[string]bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	cols := make(map[string]bool)
	for _, c := range strings.Split(string(line), ",") {
		cols[strings.Trim(strings.TrimSpace(c), `"`)] = true
	}
	return cols
}

// readFreeCBT reads a whole FreeCBT export: JSON, CSV or backup text.
func readFreeCBT(data []byte) (*File, error) {
	data = stripBOM(data)
	t := bytes.TrimSpace(data)
	switch {
	case len(t) == 0:
		return nil, &Error{Format: freeCBTJSON, Code: Empty}
	case bytes.HasPrefix(t, []byte(freeCBTMark)):
		return readFreeCBTBackup(t)
	case t[0] == '{' || t[0] == '[':
		return readFreeCBTJSON(t, freeCBTJSON)
	}
	return readFreeCBTCSV(data)
}

func readFreeCBTBackup(t []byte) (*File, error) {
	bad := func(detail string) error { return &Error{Format: freeCBTBackup, Code: BadEncoding, Detail: detail} }
	inner := t[len(freeCBTMark):]
	if !bytes.HasSuffix(inner, []byte(freeCBTMark)) {
		// Cut short: the closing mark is what tells a whole backup.
		return nil, bad("no closing " + freeCBTMark)
	}
	inner = inner[:len(inner)-len(freeCBTMark)]
	// A backup pasted through a mail or notes app may come back wrapped.
	b64 := strings.Join(strings.Fields(string(inner)), "")
	s, err := lzDecompressFromBase64(b64)
	switch {
	case errors.Is(err, errLZAlphabet):
		return nil, bad("base64")
	case err != nil:
		return nil, bad("lz-string")
	case len(bytes.TrimSpace(s)) == 0:
		return nil, &Error{Format: freeCBTBackup, Code: Empty}
	}
	return readFreeCBTJSON(s, freeCBTBackup)
}

// freeCBTThought is a thought as the archive holds it, in any version.
type freeCBTThought struct {
	AutomaticThought     string            `json:"automaticThought"`
	Challenge            string            `json:"challenge"`
	AlternativeThought   string            `json:"alternativeThought"`
	CognitiveDistortions []json.RawMessage `json:"cognitiveDistortions"`
	CreatedAt            string            `json:"createdAt"`
	UpdatedAt            string            `json:"updatedAt"`
	UUID                 string            `json:"uuid"`
}

// freeCBTDistortion is a Quirk-era distortion: the whole list of them,
// each marked selected or not.
type freeCBTDistortion struct {
	Slug     string `json:"slug"`
	Selected *bool  `json:"selected"`
}

func readFreeCBTJSON(data []byte, format string) (*File, error) {
	var archive struct {
		V        json.RawMessage `json:"v"`
		Thoughts json.RawMessage `json:"thoughts"`
	}
	if err := json.Unmarshal(data, &archive); err != nil {
		return nil, &Error{Format: format, Code: BadSyntax}
	}
	if present(archive.V) {
		var v string
		if json.Unmarshal(archive.V, &v) != nil {
			return nil, &Error{Format: format, Code: BadHeader, Detail: clip(string(archive.V))}
		}
		if v != "Archive-v1" && v != "Archive-v2" {
			return nil, &Error{Format: format, Code: BadHeader, Detail: clip(v)}
		}
	}
	if !present(archive.Thoughts) {
		return nil, &Error{Format: format, Code: NoColumn, Detail: "thoughts"}
	}
	var thoughts []json.RawMessage
	if json.Unmarshal(archive.Thoughts, &thoughts) != nil {
		return nil, &Error{Format: format, Code: BadSyntax, Detail: "thoughts"}
	}
	if len(thoughts) == 0 {
		return nil, &Error{Format: format, Code: Empty}
	}

	f := newFreeCBTFile(format)
	for i, raw := range thoughts {
		n := i + 1
		fail := func(code Code, detail string) error {
			return &Error{Format: format, Entry: n, Code: code, Detail: detail}
		}
		var t freeCBTThought
		if err := json.Unmarshal(raw, &t); err != nil {
			field := "thought"
			if te := (*json.UnmarshalTypeError)(nil); errors.As(err, &te) && te.Field != "" {
				field = te.Field
			}
			return nil, fail(BadValue, field)
		}
		slugs, err := freeCBTSlugs(t.CognitiveDistortions)
		if err != nil {
			return nil, fail(BadValue, "cognitiveDistortions")
		}
		if err := addFreeCBT(f, freeCBTFields{
			uuid: t.UUID, created: t.CreatedAt, updated: t.UpdatedAt,
			thought: t.AutomaticThought, challenge: t.Challenge, alternative: t.AlternativeThought,
			slugs: slugs,
		}, fail); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// freeCBTSlugs reads distortions: slugs, or Quirk-era objects of which
// only the selected ones apply (an object without "selected" is FreeCBT's
// own legacy form, which applied them all).
func freeCBTSlugs(list []json.RawMessage) ([]string, error) {
	var slugs []string
	for _, raw := range list {
		switch {
		case !present(raw):
		case raw[0] == '"':
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return nil, err
			}
			slugs = append(slugs, s)
		default:
			var d freeCBTDistortion
			if err := json.Unmarshal(raw, &d); err != nil {
				return nil, err
			}
			if d.Selected == nil || *d.Selected {
				slugs = append(slugs, d.Slug)
			}
		}
	}
	return slugs, nil
}

func readFreeCBTCSV(data []byte) (*File, error) {
	r := csv.NewReader(bytes.NewReader(data))
	header, err := r.Read()
	if err == io.EOF {
		return nil, &Error{Format: freeCBTCSV, Code: Empty}
	}
	if err != nil {
		return nil, &Error{Format: freeCBTCSV, Line: csvErrLine(err), Code: BadSyntax}
	}
	col := make(map[string]int, len(header))
	for i, h := range header {
		col[strings.TrimSpace(h)] = i
	}
	if _, ok := col["createdAt"]; !ok {
		return nil, &Error{Format: freeCBTCSV, Code: NoColumn, Detail: "createdAt"}
	}
	_, t := col["automaticThought"]
	_, c := col["challenge"]
	_, a := col["alternativeThought"]
	if !t && !c && !a {
		return nil, &Error{Format: freeCBTCSV, Code: NoColumn, Detail: "automaticThought"}
	}

	f := newFreeCBTFile(freeCBTCSV)
	rows := 0
	for {
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, &Error{Format: freeCBTCSV, Line: csvErrLine(err), Code: BadSyntax}
		}
		rows++
		line, _ := r.FieldPos(0)
		fail := func(code Code, detail string) error {
			return &Error{Format: freeCBTCSV, Line: line, Code: code, Detail: detail}
		}
		get := func(name string) string {
			if i, ok := col[name]; ok && i < len(rec) {
				return rec[i]
			}
			return ""
		}
		// One field of slugs joined by ",".
		var slugs []string
		if d := get("cognitiveDistortions"); d != "" {
			slugs = strings.Split(d, ",")
		}
		if err := addFreeCBT(f, freeCBTFields{
			uuid: get("uuid"), created: get("createdAt"), updated: get("updatedAt"),
			thought: get("automaticThought"), challenge: get("challenge"), alternative: get("alternativeThought"),
			slugs: slugs,
		}, fail); err != nil {
			return nil, err
		}
	}
	if rows == 0 {
		return nil, &Error{Format: freeCBTCSV, Code: Empty}
	}
	return f, nil
}

// csvErrLine is the line a CSV parse error is on: where its record starts,
// so that a broken multi-line field points at its beginning.
func csvErrLine(err error) int {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		if pe.StartLine > 0 {
			return pe.StartLine
		}
		return pe.Line
	}
	return 0
}

// freeCBTFields is one thought, as strings, from either JSON or CSV.
type freeCBTFields struct {
	uuid, created, updated          string
	thought, challenge, alternative string
	slugs                           []string
}

func newFreeCBTFile(format string) *File {
	return &File{App: FreeCBT, Format: format, Lost: map[string]int{}, Skipped: map[string]int{}}
}

// addFreeCBT appends t's record to f, or counts it as skipped when it has no
// text; fail places an error at t's entry or line.
func addFreeCBT(f *File, t freeCBTFields, fail func(Code, string) error) error {
	texts := []struct{ label, field, text string }{
		{LabelThought, "automaticThought", cleanText(t.thought)},
		{LabelChallenge, "challenge", cleanText(t.challenge)},
		{LabelAlternative, "alternativeThought", cleanText(t.alternative)},
	}
	var answers []Answer
	for _, x := range texts {
		if len(x.text) > MaxText {
			return fail(TooLong, x.field)
		}
		if x.text != "" {
			answers = append(answers, Answer{Label: x.label, Text: x.text})
		}
	}
	if len(answers) == 0 {
		f.Skipped["empty"]++
		return nil
	}
	created := strings.TrimSpace(t.created)
	if created == "" {
		return fail(NoColumn, "createdAt")
	}
	at, ok := isoInstant(created)
	if !ok {
		return fail(BadDate, clip(created))
	}
	var updated time.Time
	if u := strings.TrimSpace(t.updated); u != "" {
		if updated, ok = isoInstant(u); !ok {
			return fail(BadDate, clip(u))
		}
	}
	key := strings.TrimSpace(t.uuid)
	for strings.HasPrefix(key, quirkPrefix) {
		key = strings.TrimPrefix(key, quirkPrefix)
	}
	if key == "" {
		// Stable across exports of the same thought.
		key = "t:" + at.Format("2006-01-02T15:04:05.000Z07:00") + " " + digest(texts[0].text, texts[1].text, texts[2].text)
	}
	f.Records = append(f.Records, Record{
		Key:         key,
		Kind:        journal.KindNote,
		At:          at,
		Updated:     updated,
		Distortions: words(t.slugs),
		Answers:     answers,
	})
	return nil
}

// isoInstant reads an RFC 3339 instant (FreeCBT's and MoodTracker's
// toISOString) as UTC.
func isoInstant(s string) (time.Time, bool) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, false
	}
	return t.UTC(), true
}
