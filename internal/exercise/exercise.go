// Package exercise holds Kindly's guided exercises as data, and the
// step-by-step session that runs one: next, back, skip, pause, resume and
// finish, with everything written so far kept in the session.
//
// Every text a person reads is a message catalog key (package i18n): the
// app shows it in the interface language, and what is saved to the journal
// is written out in the language of the moment, through the catalog the
// caller passes.
package exercise

import "slices"

// Input is the kind of answer a step asks for.
type Input string

// Inputs a step can ask for.
const (
	Text      Input = "text"      // free writing
	Choice    Input = "choice"    // one of the step's options
	Emotion   Input = "emotion"   // the emotion picker: two axes, words, own words, intensity
	MoodScale Input = "mood"      // the two mood scales alone
	Steps     Input = "steps"     // a short list of small steps, ticked off later
	Breathing Input = "breathing" // a timed, paced breathing guide
)

// Role gives a step's answer a use beyond the journal.
type Role string

// Roles a step can have.
const (
	Revisit Role = "revisit" // a Choice whose option values are days until the notes come back
	Keep    Role = "mantra"  // the answer can be kept as a mantra
	Lesson  Role = "lesson"  // the lesson in one line, offered to the growth story
	PlanIf  Role = "if"      // the "if" half of an if–then plan
	PlanDo  Role = "then"    // the "then" half
	Story   Role = "story"   // starts as a draft composed from the user's own words
)

// MaxSmallSteps is how many small steps a Steps input takes: few enough
// that each one stays small.
const MaxSmallSteps = 5

// Option is one answer to a Choice step: Label is its catalog key. For a
// Revisit step, Value is a number of days ("0" for no revisit).
type Option struct {
	Label string
	Value string
}

// Step is one screen of an exercise.
type Step struct {
	ID      string // stable within its exercise: sessions and drafts refer to it
	Prompt  string // catalog key
	Help    string // catalog key, "" for none
	Input   Input
	Options []Option
	Role    Role
}

// Exercise is one guided exercise.
type Exercise struct {
	ID      string
	Title   string // catalog key, as are Why and LaterTitle
	Why     string // one line: why this helps
	Minutes int
	Steps   []Step
	// Later are the steps offered when the notes come back (after a Revisit
	// step's days), shown beside what was written the first time.
	Later []Step
	// LaterTitle names the coming-back on Today.
	LaterTitle string
}

// Step returns the step with id, from Steps or Later.
func (e Exercise) Step(id string) (Step, bool) {
	for _, s := range append(slices.Clip(e.Steps), e.Later...) {
		if s.ID == id {
			return s, true
		}
	}
	return Step{}, false
}

// Find returns the exercise with id.
func Find(id string) (Exercise, bool) {
	for _, e := range All {
		if e.ID == id {
			return e, true
		}
	}
	return Exercise{}, false
}
