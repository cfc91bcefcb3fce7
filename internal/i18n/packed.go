package i18n

import "strings"

// packed is a message as the compiled catalogs hold it, in one string so
// that a lookup neither allocates nor decodes: a plain text is itself; a
// plural message is its six forms by category, each after a NUL byte
// ("\x00{n} entries\x00\x00{n} entry\x00\x00\x00" for English's other,
// zero, one, two, few, many). Catalog texts never hold a NUL (CheckFS).
type packed string

// pack is m as a packed message.
func pack(m message) packed {
	if !m.plural() {
		return packed(m.raw(other))
	}
	var b strings.Builder
	for cat := range categories {
		b.WriteByte(0)
		b.WriteString(m.raw(cat))
	}
	return packed(b.String())
}

// plural reports whether p has forms besides "other".
func (p packed) plural() bool { return p != "" && p[0] == 0 }

// raw is p's text for category cat as written, "" if it has none.
func (p packed) raw(cat int) string {
	if !p.plural() {
		if cat == other {
			return string(p)
		}
		return ""
	}
	s := string(p[1:])
	for ; cat > 0; cat-- {
		i := strings.IndexByte(s, 0)
		if i < 0 {
			return ""
		}
		s = s[i+1:]
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		s = s[:i]
	}
	return s
}

// form is the text to show for category cat: that form, else "other"
// (a plain text serves every count), else "".
func (p packed) form(cat int) string {
	if s := p.raw(cat); s != "" {
		return s
	}
	return p.raw(other)
}
