// Package mantra holds Kindly's mantras: short, original built-in phrases
// for hard moments, grouped by what the person needs, and the user's own
// mantras and favourites, kept through a store.
package mantra

// Need is the situation a mantra speaks to.
type Need string

// The needs mantras are grouped by, in the order they are shown.
const (
	AfterMistake Need = "after-a-mistake"
	TryingAgain  Need = "before-trying-again"
	FeelingAlone Need = "feeling-alone"
	LoudCritic   Need = "loud-inner-critic"
)

// Needs lists every need in display order.
var Needs = []Need{AfterMistake, TryingAgain, FeelingAlone, LoudCritic}

// Key is the catalog key of the need's name as the user sees it.
func (n Need) Key() string { return "mantra.need." + string(n) }

// Mantra is one phrase: a built-in one, whose words are in the catalog in
// each language (Key), or one of the user's own, whose Text is theirs and
// never translated.
type Mantra struct {
	ID   string
	Need Need   // built-ins only
	Text string // the user's own only
}

// Builtin is the list shipped with the app. IDs are stable: favourites
// refer to them, and so do the catalog keys of their words.
var Builtin = []Mantra{
	{ID: "m-mistake-1", Need: AfterMistake},
	{ID: "m-mistake-2", Need: AfterMistake},
	{ID: "m-mistake-3", Need: AfterMistake},
	{ID: "m-mistake-4", Need: AfterMistake},
	{ID: "m-mistake-5", Need: AfterMistake},
	{ID: "m-mistake-6", Need: AfterMistake},
	{ID: "m-mistake-7", Need: AfterMistake},
	{ID: "m-mistake-8", Need: AfterMistake},
	{ID: "m-again-1", Need: TryingAgain},
	{ID: "m-again-2", Need: TryingAgain},
	{ID: "m-again-3", Need: TryingAgain},
	{ID: "m-again-4", Need: TryingAgain},
	{ID: "m-again-5", Need: TryingAgain},
	{ID: "m-again-6", Need: TryingAgain},
	{ID: "m-again-7", Need: TryingAgain},
	{ID: "m-again-8", Need: TryingAgain},
	{ID: "m-alone-1", Need: FeelingAlone},
	{ID: "m-alone-2", Need: FeelingAlone},
	{ID: "m-alone-3", Need: FeelingAlone},
	{ID: "m-alone-4", Need: FeelingAlone},
	{ID: "m-alone-5", Need: FeelingAlone},
	{ID: "m-alone-6", Need: FeelingAlone},
	{ID: "m-alone-7", Need: FeelingAlone},
	{ID: "m-alone-8", Need: FeelingAlone},
	{ID: "m-critic-1", Need: LoudCritic},
	{ID: "m-critic-2", Need: LoudCritic},
	{ID: "m-critic-3", Need: LoudCritic},
	{ID: "m-critic-4", Need: LoudCritic},
	{ID: "m-critic-5", Need: LoudCritic},
	{ID: "m-critic-6", Need: LoudCritic},
	{ID: "m-critic-7", Need: LoudCritic},
	{ID: "m-critic-8", Need: LoudCritic},
}

// Key is the catalog key of a built-in mantra's words
// ("mantra.builtin.m-again-1"), or "" for the user's own, so that a
// favourite, stored by ID, follows a change of language.
func Key(id string) string {
	if builtin(id) == nil {
		return ""
	}
	return "mantra.builtin." + id
}

// ByNeed returns the built-in mantras for one need, in order.
func ByNeed(n Need) []Mantra {
	var out []Mantra
	for _, m := range Builtin {
		if m.Need == n {
			out = append(out, m)
		}
	}
	return out
}

// Pick returns the built-in mantra for a seed (a day number, say), so the
// caller decides what varies and Render stays pure.
func Pick(seed int) Mantra {
	if seed < 0 {
		seed = -seed
	}
	return Builtin[seed%len(Builtin)]
}
