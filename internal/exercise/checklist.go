package exercise

import "strings"

// Item is one small step of a checklist.
type Item struct {
	Text string
	Done bool
}

// Checklist boxes, as they appear in the journal and its Markdown export.
const (
	boxOpen = "[ ] "
	boxDone = "[x] "
)

// FormatChecklist writes items one per line, each with its box.
func FormatChecklist(items []Item) string {
	lines := make([]string, len(items))
	for i, it := range items {
		box := boxOpen
		if it.Done {
			box = boxDone
		}
		lines[i] = box + it.Text
	}
	return strings.Join(lines, "\n")
}

// Checklist reads text written by FormatChecklist; ok is false when text
// is anything else, so ordinary writing is left as it is.
func Checklist(text string) (items []Item, ok bool) {
	for _, line := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(line, boxOpen):
			items = append(items, Item{Text: line[len(boxOpen):]})
		case strings.HasPrefix(line, boxDone):
			items = append(items, Item{Text: line[len(boxDone):], Done: true})
		default:
			return nil, false
		}
	}
	return items, len(items) > 0
}
