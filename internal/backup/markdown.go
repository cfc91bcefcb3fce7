package backup

import (
	"fmt"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/mantra"
)

var kindNames = map[string]string{
	journal.KindNote: "Note", journal.KindCheckin: "Check-in",
	journal.KindExercise: "Exercise", journal.KindWin: "Tiny win",
}

// Markdown renders the live entries (newest first) as one readable
// document: a heading per day, the time and kind per entry, answers under
// their prompts, then the user's own mantras. User text is escaped so it
// reads as written and never becomes markup.
func Markdown(entries []journal.Entry, saved []mantra.Saved, loc *time.Location, now time.Time) string {
	ix := journal.NewIndex(entries)
	page := ix.Search(journal.Filter{}, 0, ix.Len())
	var b strings.Builder
	fmt.Fprintf(&b, "# My Kindly journal\n\nExported %s. %d entries.\n", now.In(loc).Format("Monday 2 January 2006, 15:04"), page.Total)
	for _, day := range journal.ByDay(page.Entries, loc) {
		fmt.Fprintf(&b, "\n## %s\n", day.Date.Format("Monday 2 January 2006"))
		for _, e := range day.Entries {
			fmt.Fprintf(&b, "\n### %s · %s\n", e.OccurredAt.In(loc).Format("15:04"), kindNames[e.Kind])
			if e.Mood != nil {
				fmt.Fprintf(&b, "\nMood: pleasantness %+d, energy %+d\n", e.Mood.Pleasantness, e.Mood.Energy)
			}
			if len(e.Emotions) > 0 {
				fmt.Fprintf(&b, "\nFeelings: %s\n", escapeInline(strings.Join(e.Emotions, ", ")))
			}
			if len(e.Tags) > 0 {
				fmt.Fprintf(&b, "\nTags: %s\n", escapeInline(strings.Join(e.Tags, ", ")))
			}
			for _, a := range e.Answers {
				if a.Prompt != "" {
					fmt.Fprintf(&b, "\n**%s**\n", escapeInline(a.Prompt))
				}
				if a.Text != "" {
					fmt.Fprintf(&b, "\n%s\n", escapeBlock(a.Text))
				}
			}
		}
	}
	heading := "\n## My mantras\n\n"
	for _, m := range saved {
		if m.Own() && m.DeletedAt == nil {
			fmt.Fprintf(&b, "%s- %s\n", heading, escapeInline(m.Text))
			heading = ""
		}
	}
	return b.String()
}

// inline escapes every character that Markdown or HTML could read as
// syntax inside a line; backslash escapes of ASCII punctuation are valid
// CommonMark and render as the character itself.
var inline = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, `&`, `&amp;`, `~`, `\~`, `!`, `\!`,
)

func escapeInline(s string) string {
	return inline.Replace(strings.ReplaceAll(strings.ReplaceAll(s, "\r", ""), "\n", " "))
}

// escapeBlock escapes a paragraph line by line, including what only means
// something at the start of a line (lists, numbered lists, rules), and ends
// lines with a hard break so the user's line breaks survive.
func escapeBlock(s string) string {
	lines := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, l := range lines {
		l = inline.Replace(strings.TrimRight(l, "\r"))
		trimmed := strings.TrimLeft(l, " ")
		indent := l[:len(l)-len(trimmed)]
		switch {
		case strings.HasPrefix(trimmed, "-"), strings.HasPrefix(trimmed, "+"), strings.HasPrefix(trimmed, "="):
			l = indent + `\` + trimmed
		case startsNumbered(trimmed):
			n := strings.IndexAny(trimmed, ".)")
			l = indent + trimmed[:n] + `\` + trimmed[n:]
		}
		if len(indent) >= 4 { // would be a code block
			l = "&#32;" + strings.TrimLeft(l, " ")
		}
		lines[i] = l
	}
	return strings.Join(lines, "  \n")
}

func startsNumbered(s string) bool {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')')
}
