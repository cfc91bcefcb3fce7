package importer

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"
)

// htmlText turns the HTML fragments Daylio writes for notes into plain
// text: line breaks and block ends become newlines, list items "- ",
// other tags are dropped, entities decoded. It is not an HTML parser:
// Daylio's notes are what a phone's rich-text box writes, and whatever
// does not look like markup (a "<3", an "&unknown;") is the person's own
// writing, kept as it is.
func htmlText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		switch s[i] {
		case '<':
			if n, tag := htmlTag(s[i:]); n > 0 {
				atLineStart := b.Len() == 0 || strings.HasSuffix(b.String(), "\n")
				switch tag {
				case "br", "/p", "/div":
					b.WriteByte('\n')
				case "li":
					// Items follow each other with no break in the markup;
					// each starts its own line.
					if !atLineStart {
						b.WriteByte('\n')
					}
					b.WriteString("- ")
				case "/ol", "/ul", "/blockquote", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6":
					// What follows a list or heading starts a line, with no
					// blank line after the last item.
					if !atLineStart {
						b.WriteByte('\n')
					}
				}
				i += n
				continue
			}
		case '&':
			if n, text := htmlEntity(s[i:]); n > 0 {
				b.WriteString(text)
				i += n
				continue
			}
		}
		b.WriteByte(s[i])
		i++
	}
	t := cleanText(b.String())
	// Lines of nothing but spaces (an "&nbsp;" between breaks) count as
	// blank, so that they collapse with the rest.
	return blankLines(t)
}

// blankLines drops spaces and tabs at the ends of lines and keeps at most
// one blank line in a row. (Plain code, not a regexp: a package-level
// regexp is compiled at every start of the app.)
func blankLines(t string) string {
	lines := strings.Split(t, "\n")
	out := lines[:0]
	blank := 0
	for i, l := range lines {
		if i < len(lines)-1 {
			l = strings.TrimRight(l, " \t")
		}
		if l == "" {
			if blank++; blank > 1 {
				continue
			}
		} else {
			blank = 0
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// htmlTag is the length and the lower-case name ("br", "/p") of the tag
// that s starts with, or 0 when s does not start with one: a tag is "<",
// an optional "/", a letter (or "!" for a comment), and runs to the next
// ">" with no "<" before it.
func htmlTag(s string) (int, string) {
	j := 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	if j >= len(s) || !htmlLetter(s[j]) && !(j == 1 && s[j] == '!') {
		return 0, ""
	}
	// Looking only as far as the next "<" keeps the scan linear on text
	// full of "<" that never closes.
	end := strings.IndexAny(s[1:], "<>")
	if end < 0 || s[1+end] != '>' {
		return 0, ""
	}
	end++ // index of '>' in s
	if s[j] == '!' {
		return end + 1, "!"
	}
	k := j
	for k < end && (htmlLetter(s[k]) || s[k] >= '0' && s[k] <= '9') {
		k++
	}
	// "<b>", "<br/>", "<br />", "<a href=…>"; not "<b-side>".
	if k < end && s[k] != '/' && s[k] != ' ' && s[k] != '\t' && s[k] != '\n' && s[k] != '\r' {
		return 0, ""
	}
	return end + 1, strings.ToLower(s[1:k])
}

func htmlLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// htmlEntities are the named entities a phone's rich text writes.
// "&nbsp;" is what Android writes for a second space typed in a row: a
// plain space is what the person typed, and what search and editing
// expect.
var htmlEntities = sync.OnceValue(func() map[string]string {
	return map[string]string{"amp": "&", "lt": "<", "gt": ">", "quot": `"`, "apos": "'", "nbsp": " "}
})

// htmlEntity is the length of the entity s starts with and its text, or
// 0 for an "&" that starts no entity Kindly knows.
func htmlEntity(s string) (int, string) {
	end := htmlSemicolon(s)
	if end < 2 {
		return 0, ""
	}
	name := s[1:end]
	if name[0] != '#' {
		if t, ok := htmlEntities()[name]; ok {
			return end + 1, t
		}
		return 0, ""
	}
	r, ok := htmlCodePoint(name[1:])
	if !ok {
		return 0, ""
	}
	if utf16.IsSurrogate(r) {
		// Older Android wrote an emoji as two entities, one per UTF-16
		// half; a lone half stays as it was written.
		if n, lo := htmlEntityRaw(s[end+1:]); n > 0 {
			if pair := utf16.DecodeRune(r, lo); pair != utf8.RuneError {
				return end + 1 + n, string(pair)
			}
		}
		return 0, ""
	}
	return end + 1, string(r)
}

// htmlSemicolon is where the entity s starts with ends, or -1: entities
// are short, and looking no further keeps text full of "&" linear.
func htmlSemicolon(s string) int {
	return strings.IndexByte(s[:min(len(s), 13)], ';')
}

// htmlEntityRaw is the length and code point of the numeric entity s
// starts with, surrogates included.
func htmlEntityRaw(s string) (int, rune) {
	end := htmlSemicolon(s)
	if !strings.HasPrefix(s, "&#") || end < 3 {
		return 0, 0
	}
	r, ok := htmlCodePoint(s[2:end])
	if !ok {
		return 0, 0
	}
	return end + 1, r
}

// htmlCodePoint reads "228" or "xE4"; NUL and values beyond Unicode are not
// characters.
func htmlCodePoint(num string) (rune, bool) {
	base := 10
	if num != "" && (num[0] == 'x' || num[0] == 'X') {
		base, num = 16, num[1:]
	}
	if num == "" || num[0] == '+' || num[0] == '-' {
		return 0, false
	}
	n, err := strconv.ParseUint(num, base, 32)
	if err != nil || n == 0 || n > utf8.MaxRune {
		return 0, false
	}
	return rune(n), true
}
