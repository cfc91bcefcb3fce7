package exercise

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/i18n"
	"github.com/kindly/kindly/internal/journal"
)

// ErrSaved is wrapped when a saved session cannot be read back.
var ErrSaved = errors.New("the saved exercise cannot be read")

// laterKey is the catalog key that marks the prompts of the answers added
// when notes are looked at again ("Later: {prompt}").
const laterKey = "exercise.answer.later"

// Format is an answer as the journal shows it, in c's language.
func Format(c *i18n.Catalog, st Step, a Answer) string {
	switch st.Input {
	case Choice:
		for _, o := range st.Options {
			if o.Value == a.Text {
				return c.T(o.Label)
			}
		}
		return a.Text
	case Emotion, MoodScale:
		var lines []string
		if a.Mood != nil {
			lines = append(lines, DescribeMood(c, *a.Mood))
		}
		if len(a.Words) > 0 {
			lines = append(lines, c.T("exercise.answer.words", "words", strings.Join(words(c, a.Words), ", ")))
		}
		if t := strings.TrimSpace(a.Text); t != "" {
			lines = append(lines, c.T("exercise.answer.own-words", "text", t))
		}
		if a.Intensity > 0 {
			lines = append(lines, c.T("exercise.answer.strength", "strength", strings.ToLower(c.T(IntensityLabels[a.Intensity-1])),
				"n", strconv.Itoa(a.Intensity), "total", strconv.Itoa(len(IntensityLabels))))
		}
		return strings.Join(lines, "\n")
	case Steps:
		var items []Item
		for _, t := range a.Items {
			if t = strings.TrimSpace(t); t != "" {
				items = append(items, Item{Text: t})
			}
		}
		return FormatChecklist(items)
	case Breathing:
		if a.Text == "done" {
			return c.T("exercise.answer.breathing-done")
		}
		return c.T("exercise.answer.breathing-some")
	}
	return strings.TrimSpace(a.Text)
}

// words are the feeling words with ids, in c's language.
func words(c *i18n.Catalog, ids []string) []string {
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = word(c, id)
	}
	return out
}

// Entry is the journal entry a finished session becomes: every answered,
// unskipped step under its prompt, the mood and feeling words, and the
// time the notes should come back, if the user asked for it. Prompts,
// choices and feeling words are written in c's language, as the user saw
// them.
func (s Session) Entry(c *i18n.Catalog, ex Exercise, now time.Time) journal.Entry {
	e := journal.New(journal.KindExercise, now)
	e.Exercise = ex.ID
	for _, st := range s.Steps(ex) {
		a, ok := s.answer(st.ID)
		if !ok {
			continue
		}
		if st.Role == Revisit {
			if days, err := strconv.Atoi(a.Text); err == nil && days > 0 {
				at := now.AddDate(0, 0, days)
				e.RevisitAt = &at
			}
			continue
		}
		e.Answers = append(e.Answers, journal.Answer{Prompt: c.T(st.Prompt), Text: Format(c, st, a)})
		if a.Mood != nil && e.Mood == nil {
			m := *a.Mood
			e.Mood = &m
		}
		if st.Input == Emotion {
			e.Emotions = addWords(e.Emotions, words(c, a.Words)...)
			e.Emotions = addWords(e.Emotions, strings.Split(a.Text, ",")...)
		}
	}
	return e
}

// addWords appends the trimmed, new, short words to list.
func addWords(list []string, words ...string) []string {
	for _, w := range words {
		w = strings.TrimSpace(w)
		if w != "" && len(w) <= 60 && len(list) < journal.MaxWords && !slices.Contains(list, w) {
			list = append(list, w)
		}
	}
	return list
}

// Revisited is orig with the answers of a Later session added after the
// first ones, so the two readings sit together, and nothing more to come
// back to. The new answers are written in c's language.
func (s Session) Revisited(c *i18n.Catalog, orig journal.Entry, ex Exercise) journal.Entry {
	e := orig
	e.Answers = slices.Clone(orig.Answers)
	for _, st := range ex.Later {
		if a, ok := s.answer(st.ID); ok {
			e.Answers = append(e.Answers, journal.Answer{Prompt: c.T(laterKey, "prompt", c.T(st.Prompt)), Text: Format(c, st, a)})
		}
	}
	e.RevisitAt = nil
	return e
}

// RoleAnswer is what entry e holds for the step with role, or "" when
// e has none. A Later answer wins over the first one. Answers are found by
// their prompt in any shipped language, so a lesson written in one
// language still reaches a growth story drafted in another.
func RoleAnswer(e journal.Entry, role Role) string {
	ex, ok := Find(e.Exercise)
	if !ok || e.Deleted() {
		return ""
	}
	found := ""
	for _, st := range append(slices.Clip(ex.Steps), ex.Later...) {
		if st.Role != role {
			continue
		}
		prompts := promptsOf(st)
		for _, a := range e.Answers {
			if slices.Contains(prompts, a.Prompt) {
				found = a.Text
			}
		}
	}
	return found
}

// promptsOf are the prompts an answer to st can be saved under: the step's
// prompt in each shipped language, as first written and as written later.
func promptsOf(st Step) []string {
	var out []string
	for _, lang := range i18n.Languages() {
		c := i18n.Load(lang)
		p := c.T(st.Prompt)
		out = append(out, p, c.T(laterKey, "prompt", p))
	}
	return out
}

// JSON encodes s to be saved as a draft.
func (s Session) JSON() ([]byte, error) { return json.Marshal(s) }

// Parse reads a saved session back and checks it against the exercise it
// names, so a session saved by another version cannot point past its steps.
func Parse(data []byte) (Session, Exercise, error) {
	var s Session
	if err := json.Unmarshal(data, &s); err != nil {
		return Session{}, Exercise{}, fmt.Errorf("%w: %v", ErrSaved, err)
	}
	ex, ok := Find(s.Exercise)
	if !ok {
		return Session{}, Exercise{}, fmt.Errorf("%w: no exercise %q", ErrSaved, s.Exercise)
	}
	steps := s.Steps(ex)
	if len(steps) == 0 || s.Step < 0 || s.Step >= len(steps) {
		return Session{}, Exercise{}, fmt.Errorf("%w: step %d of %d", ErrSaved, s.Step, len(steps))
	}
	if !slices.Contains([]Status{Running, Paused, Finished}, s.Status) {
		return Session{}, Exercise{}, fmt.Errorf("%w: status %q", ErrSaved, s.Status)
	}
	if s.Answers == nil {
		s.Answers = map[string]Answer{}
	}
	for id, a := range s.Answers {
		i := slices.IndexFunc(steps, func(st Step) bool { return st.ID == id })
		if i < 0 {
			return Session{}, Exercise{}, fmt.Errorf("%w: no step %q", ErrSaved, id)
		}
		if err := check(steps[i], a); err != nil {
			return Session{}, Exercise{}, fmt.Errorf("%w: %v", ErrSaved, err)
		}
	}
	return s, ex, nil
}
