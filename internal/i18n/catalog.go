package i18n

import (
	"encoding/json"
	"io/fs"
	"slices"
	"strings"
)

// message is one catalog entry: its forms indexed by plural category. A
// plain text has one form, "other"; a plural message has all six slots,
// "" for a form it lacks.
type message []string

// plural reports whether m has forms besides "other".
func (m message) plural() bool { return len(m) > 1 }

// raw is m's text for category cat as written, "" if it has none.
func (m message) raw(cat int) string {
	if cat < len(m) {
		return m[cat]
	}
	return ""
}

// problem is a fault in a catalog, named by language and key (or file).
type problem struct{ lang, key, msg string }

func (p problem) Error() string {
	if p.key == "" {
		return p.lang + ": " + p.msg
	}
	return p.lang + ": " + p.key + ": " + p.msg
}

// read merges the messages of lang's files (<lang>/<area>.json) in
// fsys. Keys with faults are left out, so that they fall back to
// English, and reported.
func read(fsys fs.FS, lang string) (map[string]message, []problem) {
	files, err := fs.ReadDir(fsys, lang)
	if err != nil {
		return nil, []problem{{lang, "", "no catalog: " + err.Error()}}
	}
	msgs := make(map[string]message)
	from := make(map[string]string) // key → the file that defined it
	var bad []problem
	for _, f := range files {
		if f.IsDir() || !strings.HasSuffix(f.Name(), ".json") {
			continue
		}
		name := lang + "/" + f.Name()
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			bad = append(bad, problem{lang, name, err.Error()})
			continue
		}
		ms, ps, err := parse(data)
		if err != nil {
			bad = append(bad, problem{lang, name, "not a catalog: " + err.Error()})
			continue
		}
		for _, p := range ps {
			bad = append(bad, problem{lang, p.key, p.msg + " (" + name + ")"})
		}
		for key, m := range ms {
			if prev, ok := from[key]; ok {
				bad = append(bad, problem{lang, key, "in both " + prev + " and " + name})
			}
			msgs[key], from[key] = m, name
		}
	}
	return msgs, bad
}

// parse reads one catalog file: a JSON object of keys, each a text or an
// object of plural forms and a description. A key that is neither is
// reported and left out; err is for a file that is not such an object.
func parse(data []byte) (map[string]message, []problem, error) {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(data, &raw); err != nil {
		return nil, nil, err
	}
	msgs := make(map[string]message, len(raw))
	var bad []problem
	for key, v := range raw {
		m, fault := decode(v)
		if fault != "" {
			bad = append(bad, problem{key: key, msg: fault})
			continue
		}
		msgs[key] = m
	}
	return msgs, bad, nil
}

// decode reads one value of a catalog, or says what is wrong with it.
func decode(v json.RawMessage) (message, string) {
	var s string
	if json.Unmarshal(v, &s) == nil {
		return message{s}, ""
	}
	var obj map[string]string
	if json.Unmarshal(v, &obj) != nil || obj == nil {
		return nil, "not a text or an object of texts"
	}
	return formsOf(obj)
}

// formsOf makes a message of an object's fields, or says what is wrong
// (the first unknown field by name, so the report is the same each time).
func formsOf(obj map[string]string) (message, string) {
	m := make(message, len(categories))
	unknown, found := "", false
	for field, text := range obj {
		i := slices.Index(categories[:], field)
		switch {
		case i >= 0:
			m[i] = text
		case field != "description" && (!found || field < unknown):
			unknown, found = field, true
		}
	}
	if found {
		return nil, "unknown field \"" + unknown + "\""
	}
	return trimmed(m), ""
}

// trimmed is m, or only its "other" form when it has no other: a plain
// text with a description.
func trimmed(m message) message {
	for _, s := range m[other+1:] {
		if s != "" {
			return m
		}
	}
	return m[:1]
}

// split calls f on each stretch of plain text and each {name} placeholder
// (with name set) of s, in order. A brace that does not make a
// placeholder is plain text.
func split(s string, f func(text string, name bool)) {
	start := 0 // of the plain text not yet passed to f
	for i := 0; i < len(s); i++ {
		if s[i] != '{' {
			continue
		}
		j := i + 1
		for j < len(s) && isNameByte(s[j]) {
			j++
		}
		if j == i+1 || j == len(s) || s[j] != '}' {
			continue
		}
		if start < i {
			f(s[start:i], false)
		}
		f(s[i+1:j], true)
		start, i = j+1, j
	}
	if start < len(s) {
		f(s[start:], false)
	}
}

func isNameByte(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// fill replaces each {name} in s that args (name, value, name, value, …)
// give a value; the first value given for a name wins.
func fill(s string, args []string) string {
	if len(args) < 2 || !strings.Contains(s, "{") {
		return s
	}
	var b strings.Builder
	split(s, func(text string, name bool) {
		if name {
			for i := 0; i+1 < len(args); i += 2 {
				if args[i] == text {
					b.WriteString(args[i+1])
					return
				}
			}
			text = "{" + text + "}"
		}
		b.WriteString(text)
	})
	return b.String()
}
