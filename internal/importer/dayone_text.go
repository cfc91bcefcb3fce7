package importer

import "strings"

// dayOneText is an entry's Markdown as plain text: zero-width characters
// gone, a leading "# " title kept as the first line, backslash escapes
// undone, media placeholders dropped, internal links reduced to their words.
func dayOneText(s string) string {
	s = strings.NewReplacer("\u200B", "", "\u200C", "", "\u200D", "", "\uFEFF", "").Replace(s)
	s = strings.ReplaceAll(s, "\r\n", "\n")
	lines := strings.Split(s, "\n")
	out := make([]string, 0, len(lines))
	title := true    // no written line yet
	dropped := false // a line of only placeholders was dropped since the last written line
	for _, line := range lines {
		if title && strings.TrimSpace(line) != "" {
			title = false
			// Checked before un-escaping: "\# x" is a literal "#", no title.
			if t := strings.TrimLeft(line, " \t"); strings.HasPrefix(t, "# ") {
				line = t[2:]
			}
		}
		plain, placeholders := dayOneLine(line)
		blank := strings.TrimSpace(plain) == ""
		if blank && placeholders {
			dropped = true
			continue
		}
		// A photo between two paragraphs leaves one blank line, not two.
		if blank && dropped && len(out) > 0 && strings.TrimSpace(out[len(out)-1]) == "" {
			continue
		}
		if !blank {
			dropped = false
		}
		out = append(out, plain)
	}
	return cleanText(strings.Join(out, "\n"))
}

// dayOneLine rewrites one line of Markdown, reporting whether it held a
// media placeholder. One left-to-right pass, so that an escaped "\!" or
// "\[" the person typed is never taken for the start of a placeholder.
func dayOneLine(s string) (string, bool) {
	var b strings.Builder
	removed := false
	// closing is the next "]" the person did not escape, after the last "["
	// tried as a link (len(s) when there is none): found once for a run of
	// "[", so that a line of them costs one scan, not one each.
	closing := -1
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\\' && i+1 < len(s) && asciiPunct(s[i+1]):
			b.WriteByte(s[i+1])
			i += 2
			continue
		case c == '!' && strings.HasPrefix(s[i:], "!["):
			if n := dayOnePlaceholder(s[i:]); n > 0 {
				removed = true
				i += n
				// "a ![](…) b" reads "a b", not "a  b".
				if i < len(s) && s[i] == ' ' && strings.HasSuffix(b.String(), " ") {
					i++
				}
				continue
			}
		case c == '[':
			if closing < i {
				closing = closeBracket(s, i+1)
			}
			if n := dayOneLink(s[closing:]); n > 0 {
				inner, _ := dayOneLine(s[i+1 : closing])
				b.WriteString(inner)
				i = closing + n
				continue
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String(), removed
}

// asciiPunct reports whether c is ASCII punctuation, which Markdown lets a
// backslash escape.
func asciiPunct(c byte) bool {
	return strings.IndexByte("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) >= 0
}

// dayOnePlaceholder returns the length of a media placeholder at the start
// of s, or 0: "![…](dayone-moment://ID)" for a photo, and
// "![…](dayone-moment:/video/ID)", "/audio/", "/pdfAttachment/".
func dayOnePlaceholder(s string) int {
	alt := strings.IndexAny(window(s[2:], dayOneMaxAlt), "]\n")
	if alt < 0 || s[2+alt] != ']' {
		return 0
	}
	rest := s[2+alt+1:]
	const scheme = "(dayone-moment:"
	if !strings.HasPrefix(rest, scheme) {
		return 0
	}
	target := rest[len(scheme):]
	ok := strings.HasPrefix(target, "//")
	for _, kind := range []string{"/video/", "/audio/", "/pdfAttachment/"} {
		ok = ok || strings.HasPrefix(target, kind)
	}
	if !ok {
		return 0
	}
	end := strings.IndexAny(window(target, dayOneMaxTarget), ") \t\n")
	if end < 0 || target[end] != ')' {
		return 0
	}
	return 2 + alt + 1 + len(scheme) + end + 1
}

// closeBracket is the index of the first "]" in s from i that no
// backslash escapes, or len(s).
func closeBracket(s string, i int) int {
	for ; i < len(s); i++ {
		switch {
		case s[i] == '\\' && i+1 < len(s) && asciiPunct(s[i+1]):
			i++
		case s[i] == ']':
			return i
		}
	}
	return len(s)
}

// dayOneLink returns the length of an internal link's target at the start
// of s, "](dayone://view?entryId=…)" or the older "](dayone2://…)", or 0.
// Its words, before the "]", are kept.
func dayOneLink(s string) int {
	if !strings.HasPrefix(s, "](dayone://") && !strings.HasPrefix(s, "](dayone2://") {
		return 0
	}
	end := strings.IndexAny(window(s, dayOneMaxTarget), ") \t")
	if end < 0 || s[end] != ')' {
		return 0
	}
	return end + 1
}

// How far the placeholder and link scanners look: a line of a thousand "!["
// with no "]" must not cost a scan to the line's end for each one.
const (
	dayOneMaxAlt    = 64  // a placeholder's alt text (Day One writes none)
	dayOneMaxTarget = 128 // a placeholder's or link's target (an id: 32 hex)
)

// window is at most the first n bytes of s.
func window(s string, n int) string {
	return s[:min(len(s), n)]
}
