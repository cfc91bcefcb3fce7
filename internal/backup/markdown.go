package backup

import (
	"fmt"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/i18n"
	"github.com/kindly/kindly/internal/journal"
	"github.com/kindly/kindly/internal/mantra"
)

// Voice is how a readable export speaks: the interface language, and days
// and times of day written as the app writes them for this user.
type Voice struct {
	Msg   *i18n.Catalog
	Day   func(time.Time) string // a day with its year, for headings
	Clock func(time.Time) string // a time of day
}

// kindKeys name each kind of entry in the catalog.
var kindKeys = map[string]string{
	journal.KindNote: "journal.kind.note", journal.KindCheckin: "journal.kind.checkin",
	journal.KindExercise: "journal.kind.exercise", journal.KindWin: "journal.kind.win",
}

// Markdown renders the live entries (newest first) as one readable
// document in v's language: a heading per day, the time and kind per
// entry, answers under their prompts, then the user's own mantras. User
// text is escaped so it reads as written and never becomes markup.
func Markdown(entries []journal.Entry, saved []mantra.Saved, loc *time.Location, now time.Time, v Voice) string {
	ix := journal.NewIndex(entries)
	page := ix.Search(journal.Filter{}, 0, ix.Len())
	var b strings.Builder
	now = now.In(loc)
	fmt.Fprintf(&b, "# %s\n\n%s\n", v.Msg.T("markdown.title"),
		v.Msg.N("markdown.exported", page.Total, "date", v.Day(now), "time", v.Clock(now)))
	for _, day := range journal.ByDay(page.Entries, loc) {
		fmt.Fprintf(&b, "\n## %s\n", v.Day(day.Date))
		for _, e := range day.Entries {
			kind := e.Kind
			if key, ok := kindKeys[kind]; ok {
				kind = v.Msg.T(key)
			}
			fmt.Fprintf(&b, "\n### %s · %s\n", v.Clock(e.OccurredAt.In(loc)), kind)
			if e.Mood != nil {
				fmt.Fprintf(&b, "\n%s\n", v.Msg.T("markdown.mood",
					"pleasantness", fmt.Sprintf("%+d", e.Mood.Pleasantness), "energy", fmt.Sprintf("%+d", e.Mood.Energy)))
			}
			if len(e.Emotions) > 0 {
				fmt.Fprintf(&b, "\n%s\n", v.Msg.T("markdown.feelings", "feelings", escapeInline(strings.Join(e.Emotions, ", "))))
			}
			if len(e.Tags) > 0 {
				fmt.Fprintf(&b, "\n%s\n", v.Msg.T("markdown.tags", "tags", escapeInline(strings.Join(e.Tags, ", "))))
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
	heading := "\n## " + v.Msg.T("markdown.mantras") + "\n\n"
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
