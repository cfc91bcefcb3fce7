package exercise

import (
	"strings"

	"github.com/kindly/kindly/internal/i18n"
	"github.com/kindly/kindly/internal/journal"
)

// Compose drafts a growth story in c's language from the user's own words:
// this session's answers and, from history, the most recent lesson and
// if–then plan. Parts the user has not written are left out, never
// invented.
func (s Session) Compose(c *i18n.Catalog, history []journal.Entry) string {
	get := func(id string) string {
		a, _ := s.answer(id)
		return clause(a.Text)
	}
	lesson, planIf, planDo := latest(history, Lesson), latest(history, PlanIf), latest(history, PlanDo)
	var parts []string
	add := func(key, name, value string) {
		if value != "" {
			parts = append(parts, c.T(key, name, value))
		}
	}
	add("exercise.growth-story.draft.where", "where", get("where"))
	add("exercise.growth-story.draft.differently", "differently", get("differently"))
	add("exercise.growth-story.draft.lesson", "lesson", lesson)
	if planIf != "" && planDo != "" {
		parts = append(parts, c.T("exercise.growth-story.draft.plan", "if", lowerFirst(planIf), "then", lowerFirst(planDo)))
	}
	add("exercise.growth-story.draft.strength", "strength", lowerFirst(get("strength")))
	parts = append(parts, c.T("exercise.growth-story.draft.end"))
	return strings.Join(parts, " ")
}

// latest is the newest answer with role among the live entries of history.
func latest(history []journal.Entry, role Role) string {
	var best journal.Entry
	found := ""
	for _, e := range history {
		if v := RoleAnswer(e, role); v != "" && (found == "" || e.OccurredAt.After(best.OccurredAt)) {
			best, found = e, v
		}
	}
	return clause(found)
}

// clause trims a written answer so it reads inside a sentence.
func clause(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRight(s, ".!…;, ")
}

func lowerFirst(s string) string {
	// "I", "I'm" and acronyms keep their capitals.
	if len(s) < 2 || s[0] < 'A' || s[0] > 'Z' || (s[1] >= 'A' && s[1] <= 'Z') ||
		(s[0] == 'I' && (s[1] == ' ' || s[1] == '\'')) {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}
