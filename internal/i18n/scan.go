package i18n

import (
	"slices"
	"strconv"
	"unicode/utf8"
)

// scan reads a catalog file written the way catalogs are: an object
// whose values are strings or objects of strings. ok is false for
// anything else (other JSON values, a syntax error, escapes of surrogate
// halves, invalid UTF-8), which parse then hands to encoding/json.
func scan(data []byte) (msgs map[string]message, bad []problem, ok bool) {
	s := scanner{data: data}
	if !s.byte('{') {
		return nil, nil, false
	}
	// As with encoding/json, a later value of a key replaces an earlier one,
	// faults included.
	type value struct {
		m     message
		fault string
	}
	values := make(map[string]value)
	for first := true; ; first = false {
		if s.byte('}') {
			break
		}
		if !first && !s.byte(',') {
			return nil, nil, false
		}
		key, ok := s.string()
		if !ok || !s.byte(':') {
			return nil, nil, false
		}
		if text, ok := s.string(); ok {
			values[key] = value{m: message{text}}
			continue
		}
		m, fault, ok := s.forms()
		if !ok {
			return nil, nil, false
		}
		values[key] = value{m, fault}
	}
	s.space()
	if s.i != len(s.data) {
		return nil, nil, false
	}
	msgs = make(map[string]message, len(values))
	for key, v := range values {
		if v.fault != "" {
			bad = append(bad, problem{key: key, msg: v.fault})
			continue
		}
		msgs[key] = v.m
	}
	return msgs, bad, true
}

type scanner struct {
	data []byte
	i    int
}

func (s *scanner) space() {
	for s.i < len(s.data) && (s.data[s.i] == ' ' || s.data[s.i] == '\n' || s.data[s.i] == '\r' || s.data[s.i] == '\t') {
		s.i++
	}
}

// byte consumes c, after any white space, if it comes next.
func (s *scanner) byte(c byte) bool {
	s.space()
	if s.i < len(s.data) && s.data[s.i] == c {
		s.i++
		return true
	}
	return false
}

// forms reads {"field": "text", …} into a message as formsOf would, a
// later field of the same name winning as with encoding/json, without a
// map or a copy of the description: this runs for every message at
// start-up.
func (s *scanner) forms() (m message, fault string, ok bool) {
	if !s.byte('{') {
		return nil, "", false
	}
	m = make(message, len(categories))
	unknown, found := "", false
	for first := true; ; first = false {
		if s.byte('}') {
			break
		}
		if !first && !s.byte(',') {
			return nil, "", false
		}
		field, ok := s.string()
		if !ok || !s.byte(':') {
			return nil, "", false
		}
		text, ok := s.string()
		if !ok {
			return nil, "", false
		}
		switch i := slices.Index(categories[:], field); {
		case i >= 0:
			m[i] = text
		case field != "description" && (!found || field < unknown):
			unknown, found = field, true
		}
	}
	if found {
		return nil, "unknown field \"" + unknown + "\"", true
	}
	return trimmed(m), "", true
}

// string reads a JSON string, leaving the position unchanged when the
// next value is not one.
func (s *scanner) string() (string, bool) {
	s.space()
	start := s.i
	if s.i >= len(s.data) || s.data[s.i] != '"' {
		return "", false
	}
	s.i++
	var out []byte
	plain := s.i // start of the run not yet copied into out
	for s.i < len(s.data) {
		c := s.data[s.i]
		switch {
		case c == '"':
			text := string(append(out, s.data[plain:s.i]...))
			s.i++
			return text, true
		case c < 0x20:
			s.i = start
			return "", false
		case c == '\\':
			out = append(out, s.data[plain:s.i]...)
			r, n := escape(s.data[s.i:])
			if n == 0 {
				s.i = start
				return "", false
			}
			out = utf8.AppendRune(out, r)
			s.i += n
			plain = s.i
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRune(s.data[s.i:])
			if r == utf8.RuneError && n == 1 {
				s.i = start
				return "", false
			}
			s.i += n
		default:
			s.i++
		}
	}
	s.i = start
	return "", false
}

// escape decodes the escape at the start of b, and its length (0 when it
// is not one scan takes).
func escape(b []byte) (rune, int) {
	if len(b) < 2 {
		return 0, 0
	}
	switch b[1] {
	case '"', '\\', '/':
		return rune(b[1]), 2
	case 'b':
		return '\b', 2
	case 'f':
		return '\f', 2
	case 'n':
		return '\n', 2
	case 'r':
		return '\r', 2
	case 't':
		return '\t', 2
	case 'u':
		if len(b) < 6 {
			return 0, 0
		}
		n, err := strconv.ParseUint(string(b[2:6]), 16, 16)
		if err != nil || n >= 0xD800 && n < 0xE000 {
			return 0, 0
		}
		return rune(n), 6
	}
	return 0, 0
}
