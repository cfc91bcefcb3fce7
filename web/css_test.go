package web

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// The stylesheet uses logical properties only, so a right-to-left language
// mirrors the layout without a second stylesheet (DESIGN.md §3, Languages).
// A deliberate exception carries /* physical: why */ on its line.

func TestStylesheetIsLogical(t *testing.T) {
	css, err := os.ReadFile("kindly.css")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range physical(string(css)) {
		t.Errorf("web/kindly.css:%s", p)
	}
}

func TestPhysicalFindsEveryKind(t *testing.T) {
	for _, css := range []string{
		"a { margin-left: 1px }", "a { margin-right: 1px }", "a { padding-left: 1px }", "a { padding-right: 1px }",
		"a { border-left: 1px solid }", "a { border-right-width: 1px }", "a { border-left-color: red }", "a { border-right-style: solid }",
		"a { left: 0 }", "a { right:0 }", "a { text-align: left }", "a { text-align:right }", "a { float: left }", "a { clear: right }",
		"a { border-top-left-radius: 4px }", "a { border-bottom-right-radius: 4px }", "a { scroll-margin-left: 1px }",
		"a { background-position: right 1rem top }", "a { transform: translateX(4px) }", "a { transform: translate(-50%, 0) }",
		"a { margin: 0 1px 0 2px }", "a { padding: 1px 2px 3px calc(1px + 2px) }", "a { inset: 0 auto 0 0 }",
		"a { border-radius: 4px 0 0 4px }", "a { border-radius: 0 8px }", "a { border-radius: 8px 0 0 / 4px }", "a { translate: 4px }",
		"@media (min-width: 1px) { a { margin-right: 1px } }", "a {\n  color: red;\n  padding-left: 1px;\n}",
	} {
		if got := physical(css); len(got) != 1 {
			t.Errorf("%q: found %q, want one", css, got)
		}
	}
	for _, css := range []string{
		"a { margin-inline-start: 1px; padding-inline: 1px 2px; inset-inline-end: 0; text-align: start; float: inline-end }",
		"a { border-inline-start: 1px solid; border-start-end-radius: 4px; border-radius: 999px; margin: 0 auto 1px }",
		"a { margin: 1px 2px 3px 2px; padding: 0 calc(1px + 2px) 1px calc(1px + 2px); transform: scale(.6) translateY(2px) }",
		"a { border-radius: 8px 8px 0 0; border-radius: 2px 2px 2px; border-radius: 4px / 2px }",
		`a::after { content: " left, right: " }`, "/* left: and margin-left in a comment */ a { color: red }",
		"a.left-side:hover { color: red }", "a { left: 0; /* physical: the tests need it */ }",
		"[dir=\"rtl\"] .icon-dir { transform: scaleX(-1) }",
	} {
		if got := physical(css); len(got) != 0 {
			t.Errorf("%q: found %q, want none", css, got)
		}
	}
}

var (
	comment    = regexp.MustCompile(`(?s)/\*.*?\*/`)
	allowed    = regexp.MustCompile(`/\*\s*physical:\s*\S`)
	quoted     = regexp.MustCompile(`"[^"]*"|'[^']*'`)
	sideWord   = regexp.MustCompile(`(^|[^a-z-])(left|right)($|[^a-z])`)
	sidePart   = regexp.MustCompile(`(^|-)(left|right)(-|$)`)
	translateX = regexp.MustCompile(`(?i)translate(x|3d)?\(`)
	fourSides  = regexp.MustCompile(`^(margin|padding|inset|scroll-margin|scroll-padding|border-width|border-style|border-color)$`)
)

// physical lists the declarations in css that name a physical side, as
// "line: declaration: why".
func physical(css string) []string {
	allow := map[int]bool{}
	for i, line := range strings.Split(css, "\n") {
		if allowed.MatchString(line) {
			allow[i+1] = true
		}
	}
	// Blank comments and strings out, keeping offsets (and so lines) intact.
	blank := func(s string) string { return strings.Map(keepNewline, s) }
	css = comment.ReplaceAllStringFunc(css, blank)
	css = quoted.ReplaceAllStringFunc(css, blank)

	var found []string
	start := 0
	for i, c := range css {
		if c != '{' && c != '}' && c != ';' {
			continue
		}
		text := css[start:i]
		lead := len(text) - len(strings.TrimLeft(text, " \t\n"))
		line := 1 + strings.Count(css[:start+lead], "\n")
		start = i + 1
		if c == '{' || allow[line] { // a selector or at-rule, or allowed
			continue
		}
		prop, value, ok := strings.Cut(strings.TrimSpace(text), ":")
		if !ok {
			continue
		}
		prop, value = strings.TrimSpace(prop), strings.Join(strings.Fields(value), " ")
		if why := side(prop, value); why != "" {
			found = append(found, fmt.Sprintf("%d: %s: %s: %s", line, prop, value, why))
		}
	}
	return found
}

// side says why a declaration depends on the writing direction, or "".
func side(prop, value string) string {
	vals := topLevel(value)
	switch {
	case sidePart.MatchString(prop):
		return "a physical side; use the -inline-start/-inline-end (or start-start … end-end radius) form"
	case sideWord.MatchString(value):
		return "left or right as a value; use start/end or inline-start/inline-end"
	case prop == "translate" || translateX.MatchString(value):
		return "a sideways move that does not mirror; mirror it under [dir=rtl] and mark it /* physical: why */"
	case fourSides.MatchString(prop) && len(vals) == 4 && vals[1] != vals[3]:
		return "left and right differ; use the -inline-start/-inline-end longhands"
	case prop == "border-radius" && !mirrored(vals):
		return "start and end corners differ; use border-start-start-radius and the like"
	}
	return ""
}

// topLevel splits a value on spaces outside parentheses.
func topLevel(value string) []string {
	var out []string
	depth, start := 0, 0
	for i, c := range value + " " {
		switch {
		case c == '(':
			depth++
		case c == ')':
			depth--
		case c == ' ' && depth == 0:
			if i > start {
				out = append(out, value[start:i])
			}
			start = i + 1
		}
	}
	return out
}

// mirrored reports whether border-radius values look the same flipped
// sideways: top-left equals top-right and bottom-right equals bottom-left.
func mirrored(vals []string) bool {
	if i := slices.Index(vals, "/"); i >= 0 { // elliptical: both halves
		return mirrored(vals[:i]) && mirrored(vals[i+1:])
	}
	switch len(vals) {
	case 2:
		return vals[0] == vals[1]
	case 3:
		return vals[0] == vals[1] && vals[1] == vals[2]
	case 4:
		return vals[0] == vals[1] && vals[2] == vals[3]
	}
	return true
}

func keepNewline(r rune) rune {
	if r == '\n' {
		return r
	}
	return ' '
}
