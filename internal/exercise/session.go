package exercise

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/i18n"
	"github.com/kindly/kindly/internal/journal"
)

// Mood is the journal's two-axis mood.
type Mood = journal.Mood

// Status is where a session stands.
type Status string

// Statuses of a session.
const (
	Running  Status = "running"
	Paused   Status = "paused"
	Finished Status = "finished"
)

// Event is something the user does to a session.
type Event string

// Events a session answers.
const (
	Next   Event = "next"
	Back   Event = "back"
	Skip   Event = "skip"
	Pause  Event = "pause"
	Resume Event = "resume"
	Finish Event = "finish"
)

// Errors a session's events and answers can return.
var (
	ErrFinished  = errors.New("the exercise is already finished")
	ErrPaused    = errors.New("the exercise is paused; resume it first")
	ErrNotPaused = errors.New("the exercise is not paused")
	ErrFirstStep = errors.New("this is the first step")
	ErrLastStep  = errors.New("this is the last step; finish instead")
	ErrUnknown   = errors.New("unknown exercise, step or event")
	ErrAnswer    = errors.New("answer out of range")
)

// Answer is what the user gave one step. Which fields are used depends on
// the step's Input.
type Answer struct {
	Text      string   `json:"text,omitempty"` // Text, Choice (the option's value), Emotion (own words), Breathing ("done")
	Words     []string `json:"words,omitempty"`
	Mood      *Mood    `json:"mood,omitempty"`
	Intensity int      `json:"intensity,omitempty"` // 1…5, 0 when not given
	Items     []string `json:"items,omitempty"`     // Steps
}

// Empty reports whether a holds nothing the user gave.
func (a Answer) Empty() bool {
	return strings.TrimSpace(a.Text) == "" && len(a.Words) == 0 && a.Mood == nil && a.Intensity == 0 &&
		!slices.ContainsFunc(a.Items, func(s string) bool { return strings.TrimSpace(s) != "" })
}

// Session is one run of an exercise, or of its Later steps when Revisit
// names the entry being looked at again.
type Session struct {
	Exercise string            `json:"exercise"`
	Revisit  string            `json:"revisit,omitempty"`
	Step     int               `json:"step"`
	Status   Status            `json:"status"`
	Answers  map[string]Answer `json:"answers"`
	Skipped  []string          `json:"skipped,omitempty"`
	Started  time.Time         `json:"started"`
	Updated  time.Time         `json:"updated"`
}

// Start begins ex at its first step.
func Start(ex Exercise, now time.Time) Session {
	return Session{Exercise: ex.ID, Status: Running, Answers: map[string]Answer{}, Started: now, Updated: now}
}

// StartLater begins the Later steps of ex for the entry with id entryID.
func StartLater(ex Exercise, entryID string, now time.Time) Session {
	s := Start(ex, now)
	s.Revisit = entryID
	return s
}

// Steps are the steps this session runs.
func (s Session) Steps(ex Exercise) []Step {
	if s.Revisit != "" {
		return ex.Later
	}
	return ex.Steps
}

// Current is the step the session is on.
func (s Session) Current(ex Exercise) Step {
	steps := s.Steps(ex)
	return steps[min(s.Step, len(steps)-1)]
}

// Last reports whether the session is on its last step.
func (s Session) Last(ex Exercise) bool { return s.Step >= len(s.Steps(ex))-1 }

// Do applies one event and returns the new session; on error the session
// is returned unchanged.
func (s Session) Do(ex Exercise, ev Event, now time.Time) (Session, error) {
	if s.Status == Finished {
		return s, ErrFinished
	}
	if s.Status == Paused && ev != Resume {
		return s, ErrPaused
	}
	n := s.clone()
	switch ev {
	case Next, Skip:
		if s.Last(ex) {
			return s, ErrLastStep
		}
		id := s.Current(ex).ID
		n.Skipped = slices.DeleteFunc(n.Skipped, func(x string) bool { return x == id })
		if ev == Skip {
			n.Skipped = append(n.Skipped, id)
		}
		n.Step++
	case Back:
		if s.Step == 0 {
			return s, ErrFirstStep
		}
		n.Step--
	case Pause:
		n.Status = Paused
	case Resume:
		if s.Status != Paused {
			return s, ErrNotPaused
		}
		n.Status = Running
	case Finish:
		n.Status = Finished
	default:
		return s, fmt.Errorf("%w: event %q", ErrUnknown, ev)
	}
	n.Updated = now
	return n, nil
}

// Set records the answer to one of the session's steps. Answering a
// skipped step brings it back into the exercise.
func (s Session) Set(ex Exercise, stepID string, a Answer, now time.Time) (Session, error) {
	switch s.Status {
	case Finished:
		return s, ErrFinished
	case Paused:
		return s, ErrPaused
	}
	i := slices.IndexFunc(s.Steps(ex), func(st Step) bool { return st.ID == stepID })
	if i < 0 {
		return s, fmt.Errorf("%w: step %q", ErrUnknown, stepID)
	}
	if err := check(s.Steps(ex)[i], a); err != nil {
		return s, err
	}
	n := s.clone()
	n.Answers[stepID] = a
	n.Skipped = slices.DeleteFunc(n.Skipped, func(x string) bool { return x == stepID })
	n.Updated = now
	return n, nil
}

// Written is one earlier answer, as shown beside later steps.
type Written struct {
	Prompt string
	Text   string
}

// Earlier is what the user wrote in the steps before the current one, in
// order and in c's language, so a later step can show it without
// scrolling back.
func (s Session) Earlier(c *i18n.Catalog, ex Exercise) []Written {
	var out []Written
	for _, st := range s.Steps(ex)[:min(s.Step, len(s.Steps(ex)))] {
		if a, ok := s.answer(st.ID); ok {
			out = append(out, Written{c.T(st.Prompt), Format(c, st, a)})
		}
	}
	return out
}

// answer returns the answer to a step unless it is empty or skipped.
func (s Session) answer(id string) (Answer, bool) {
	a, ok := s.Answers[id]
	if !ok || a.Empty() || slices.Contains(s.Skipped, id) {
		return Answer{}, false
	}
	return a, true
}

func (s Session) clone() Session {
	n := s
	n.Answers = make(map[string]Answer, len(s.Answers)+1)
	for k, v := range s.Answers {
		n.Answers[k] = v
	}
	n.Skipped = slices.Clone(s.Skipped)
	return n
}

// check reports whether a fits what step st asks for.
func check(st Step, a Answer) error {
	bad := func(format string, args ...any) error {
		return fmt.Errorf("%w: %s: %s", ErrAnswer, st.ID, fmt.Sprintf(format, args...))
	}
	if m := a.Mood; m != nil && (m.Pleasantness < -2 || m.Pleasantness > 2 || m.Energy < -2 || m.Energy > 2) {
		return bad("mood %d, %d is outside -2…2", m.Pleasantness, m.Energy)
	}
	if a.Intensity < 0 || a.Intensity > len(IntensityLabels) {
		return bad("intensity %d is outside 0…%d", a.Intensity, len(IntensityLabels))
	}
	if len(a.Items) > MaxSmallSteps {
		return bad("%d small steps, at most %d", len(a.Items), MaxSmallSteps)
	}
	if len(a.Words) > journal.MaxWords {
		return bad("%d words, at most %d", len(a.Words), journal.MaxWords)
	}
	if st.Input == Choice && a.Text != "" && !slices.ContainsFunc(st.Options, func(o Option) bool { return o.Value == a.Text }) {
		return bad("%q is not one of the choices", a.Text)
	}
	return nil
}
