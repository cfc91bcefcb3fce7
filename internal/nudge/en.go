package nudge

const (
	enRuin = "Most things can be picked up again. How about this?"
	enFail = "This was one attempt, not the whole of you."
)

var english = lang{
	code:  "en",
	soft:  []string{"not", "almost", "nearly", "hardly", "isn't", "wasn't", "don't", "doesn't", "didn't", "won't", "aren't"},
	reach: 2,
	rules: []*rule{
		{stem: "always", pattern: `always`, note: "One moment can feel like every moment. Is it closer to this?", suggest: []string{"often", "this time"}},
		{stem: "never", pattern: `never`, note: "\"Never\" closes a door that may only be shut for now.", suggest: []string{"not yet", "rarely"}, after: []string{"mind"}},
		{stem: "everything", pattern: `everything`, note: "It can feel like all of it. Maybe it was one part?", suggest: []string{"a lot", "this part"}},
		{stem: "nothing", pattern: `nothing`, note: "When it hurts, the good bits go quiet. Is this nearer?", suggest: []string{"not much yet", "less than I hoped"}, after: []string{"wrong", "to lose"}},
		{stem: "ruined", pattern: `ruined`, note: enRuin, suggest: []string{"set back", "made harder"}},
		{stem: "ruins", pattern: `ruins`, note: enRuin, suggest: []string{"sets back", "makes harder"}},
		{stem: "ruining", pattern: `ruining`, note: enRuin, suggest: []string{"setting back", "making harder"}},
		{stem: "fail", pattern: `(complete|total|utter|absolute)( and utter)? failures?|(completely|totally|utterly) failed`, note: enFail, suggest: []string{"a setback", "a try that didn't work"}},
		{stem: "failure", pattern: `(i am|i'm) (such )?a failure`, note: "You failed at something. That's different from being a failure.", suggest: []string{"I failed at this", "this didn't go the way I hoped"}},
	},
}
