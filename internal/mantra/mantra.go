// Package mantra holds Kindly's built-in mantras: short, original phrases
// for hard moments, grouped by what the person needs.
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

// Title is how a need is named to the user.
func (n Need) Title() string {
	switch n {
	case AfterMistake:
		return "After a mistake"
	case TryingAgain:
		return "Before trying again"
	case FeelingAlone:
		return "Feeling alone with it"
	case LoudCritic:
		return "When the inner critic is loud"
	}
	return string(n)
}

// Mantra is one phrase.
type Mantra struct {
	ID   string
	Need Need
	Text string
}

// Builtin is the list shipped with the app. IDs are stable: favourites refer
// to them.
var Builtin = []Mantra{
	{"m-mistake-1", AfterMistake, "I made a mistake. I am still someone worth caring for."},
	{"m-mistake-2", AfterMistake, "This is one moment, not the whole story of me."},
	{"m-mistake-3", AfterMistake, "I can be gentle with myself while I sort this out."},
	{"m-again-1", TryingAgain, "Small steps count. One is enough for today."},
	{"m-again-2", TryingAgain, "I can try again with what I know now."},
	{"m-alone-1", FeelingAlone, "Other people have stood right here, and found a way forward."},
	{"m-alone-2", FeelingAlone, "Struggling is part of being human, not proof that I am broken."},
	{"m-critic-1", LoudCritic, "I hear the harsh voice. I don't have to believe all it says."},
	{"m-critic-2", LoudCritic, "I would speak kindly to a friend here. I can offer myself the same."},
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
