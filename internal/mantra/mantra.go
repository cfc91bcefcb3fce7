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
	{"m-mistake-4", AfterMistake, "Getting it wrong is how I find out what right looks like."},
	{"m-mistake-5", AfterMistake, "I can own my part without carrying the whole weight."},
	{"m-mistake-6", AfterMistake, "A mistake is something I did, not something I am."},
	{"m-mistake-7", AfterMistake, "I'm allowed to feel bad for a while, and then to rest."},
	{"m-mistake-8", AfterMistake, "Repair is possible. I can start with one small piece."},
	{"m-again-1", TryingAgain, "Small steps count. One is enough for today."},
	{"m-again-2", TryingAgain, "I can try again with what I know now."},
	{"m-again-3", TryingAgain, "I don't need to feel ready to take the first step."},
	{"m-again-4", TryingAgain, "This try can be practice, and practice is allowed to be messy."},
	{"m-again-5", TryingAgain, "I'm braver than the part of me that wants to hide."},
	{"m-again-6", TryingAgain, "However it goes, I will learn something from it."},
	{"m-again-7", TryingAgain, "I can go slowly and still be moving."},
	{"m-again-8", TryingAgain, "Trying again is already a kind of courage."},
	{"m-alone-1", FeelingAlone, "Other people have stood right here, and found a way forward."},
	{"m-alone-2", FeelingAlone, "Struggling is part of being human, not proof that I am broken."},
	{"m-alone-3", FeelingAlone, "Somewhere, someone is feeling this same thing right now."},
	{"m-alone-4", FeelingAlone, "I can reach out to one person. One is plenty."},
	{"m-alone-5", FeelingAlone, "People I admire have stories like this one too."},
	{"m-alone-6", FeelingAlone, "Hard times connect me to others; they don't set me apart."},
	{"m-alone-7", FeelingAlone, "Asking for help is a strength I'm allowed to use."},
	{"m-alone-8", FeelingAlone, "I'm not the only one who finds this hard."},
	{"m-critic-1", LoudCritic, "I hear the harsh voice. I don't have to believe all it says."},
	{"m-critic-2", LoudCritic, "I would speak kindly to a friend here. I can offer myself the same."},
	{"m-critic-3", LoudCritic, "A thought is not a fact. I can let this one pass."},
	{"m-critic-4", LoudCritic, "The critic wants to protect me. I can thank it and choose another voice."},
	{"m-critic-5", LoudCritic, "I can be honest about what went wrong and still be kind."},
	{"m-critic-6", LoudCritic, "Harsh words don't make me better. Kind ones help me keep going."},
	{"m-critic-7", LoudCritic, "I'm doing my best with what I have today."},
	{"m-critic-8", LoudCritic, "I can notice the critic without letting it drive."},
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
