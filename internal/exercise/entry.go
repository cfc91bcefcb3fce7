package exercise

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/journal"
)

// ErrSaved is wrapped when a saved session cannot be read back.
var ErrSaved = errors.New("the saved exercise cannot be read")

// laterPrefix marks the answers added when notes are looked at again.
const laterPrefix = "Later: "

// Format is an answer as the journal shows it.
func Format(st Step, a Answer) string {
	switch st.Input {
	case Choice:
		for _, o := range st.Options {
			if o.Value == a.Text {
				return o.Label
			}
		}
		return a.Text
	case Emotion, MoodScale:
		var lines []string
		if a.Mood != nil {
			lines = append(lines, MoodText(*a.Mood))
		}
		if len(a.Words) > 0 {
			lines = append(lines, "Words: "+strings.Join(a.Words, ", "))
		}
		if t := strings.TrimSpace(a.Text); t != "" {
			lines = append(lines, "In my own words: "+t)
		}
		if a.Intensity > 0 {
			lines = append(lines, fmt.Sprintf("Strength: %s (%d of %d)", strings.ToLower(IntensityLabels[a.Intensity-1]), a.Intensity, len(IntensityLabels)))
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
			return "A minute of slow breathing, done."
		}
		return "A few slow breaths."
	}
	return strings.TrimSpace(a.Text)
}

// MoodText describes a mood in words.
func MoodText(m Mood) string {
	return PleasantnessLabels[m.Pleasantness+2] + ", energy " + strings.ToLower(EnergyLabels[m.Energy+2])
}

// Entry is the journal entry a finished session becomes: every answered,
// unskipped step under its prompt, the mood and feeling words, and the
// time the notes should come back, if the user asked for it.
func (s Session) Entry(ex Exercise, now time.Time) journal.Entry {
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
		e.Answers = append(e.Answers, journal.Answer{Prompt: st.Prompt, Text: Format(st, a)})
		if a.Mood != nil && e.Mood == nil {
			m := *a.Mood
			e.Mood = &m
		}
		if st.Input == Emotion {
			e.Emotions = addWords(e.Emotions, a.Words...)
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
// back to.
func (s Session) Revisited(orig journal.Entry, ex Exercise) journal.Entry {
	e := orig
	e.Answers = slices.Clone(orig.Answers)
	for _, st := range ex.Later {
		if a, ok := s.answer(st.ID); ok {
			e.Answers = append(e.Answers, journal.Answer{Prompt: laterPrefix + st.Prompt, Text: Format(st, a)})
		}
	}
	e.RevisitAt = nil
	return e
}

// RoleAnswer is what entry e holds for the step with role, or "" when
// e has none. A Later answer wins over the first one.
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
		for _, a := range e.Answers {
			if a.Prompt == st.Prompt || a.Prompt == laterPrefix+st.Prompt {
				found = a.Text
			}
		}
	}
	return found
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
