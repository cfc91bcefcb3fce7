package i18n

import (
	"strings"
	"unicode/utf8"
)

// pseudo makes a pseudo-locale's messages from English's packed ones
// by rewriting the plain text of every form with f; placeholders stay as
// they are, so the pseudo-locale fills them like English.
func pseudo(en []string, f func(string) string) []string {
	out := make([]string, len(en))
	for i, s := range en {
		switch p := packed(s); {
		case p.plural():
			m := make(message, len(categories))
			for cat := range m {
				if s := p.raw(cat); s != "" {
					m[cat] = f(s)
				}
			}
			out[i] = string(pack(m))
		case p != "":
			out[i] = f(s)
		}
	}
	return out
}

// Accented look-alikes of a–z and A–Z, for en-XA.
var (
	lower = []rune("áƀçðéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýž")
	upper = []rune("ÁƁÇÐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ")
)

// padding lengthens en-XA text, as words so that it wraps like text.
const padding = " óñé ţŵó ţĥŕéé ƒóúŕ ƒíṽé šíẋ šéṽéñ éíĝĥţ ñíñé ţéñ"

// accent is en-XA: every letter accented, about 40 % more letters (room
// for translations that run longer than English, as German often does)
// and ⟦ ⟧ around it, so the browser suite sees text that overflows, is
// cut short or did not come from the catalog.
func accent(s string) string {
	var b strings.Builder
	b.WriteString("⟦")
	split(s, func(text string, name bool) {
		if name {
			b.WriteString("{" + text + "}")
			return
		}
		for _, r := range text {
			switch {
			case 'a' <= r && r <= 'z':
				r = lower[r-'a']
			case 'A' <= r && r <= 'Z':
				r = upper[r-'A']
			}
			b.WriteRune(r)
		}
	})
	pad := []rune(padding)
	for i := range (2*utf8.RuneCountInString(s) + 4) / 5 { // ⌈40 %⌉
		b.WriteRune(pad[i%len(pad)])
	}
	b.WriteString("⟧")
	return b.String()
}

// mirror is ar-XB: English between RIGHT-TO-LEFT OVERRIDE and POP
// DIRECTIONAL FORMATTING, so it reads backwards in a right-to-left page
// and text that escaped the catalog stands out.
func mirror(s string) string {
	return "\u202e" + s + "\u202c"
}
