package exercise

// revisitOptions are the cooling-off periods offered before notes return.
var revisitOptions = []Option{
	{"In 3 days", "3"},
	{"In a week", "7"},
	{"In two weeks", "14"},
	{"No need to come back", "0"},
}

// All is every exercise, in the order the list shows them. All wording is
// Kindly's own.
var All = []Exercise{
	{
		ID: "name-the-weather", Title: "Name the weather", Minutes: 3,
		Why: "Putting a feeling into words tends to turn its volume down a little.",
		Steps: []Step{
			{ID: "feeling", Input: Emotion, Prompt: "What's the weather inside you right now?",
				Help: "Pick where it sits on the two scales, then any words that fit. Your own words are welcome too."},
			{ID: "body", Input: Text, Prompt: "Where do you notice it in your body?",
				Help: "A tight jaw, a heavy chest, restless hands. Just notice; there's no need to change it."},
			{ID: "asking", Input: Text, Prompt: "If this feeling could ask for one thing, what might it be?",
				Help: "Rest, reassurance, a walk, a talk with someone. A guess is fine."},
		},
	},
	{
		ID: "self-compassion-break", Title: "Self-compassion break", Minutes: 4,
		Why: "Three short moves, noticing, remembering you're not alone, and kindness, can soften a hard moment.",
		Steps: []Step{
			{ID: "hurts", Input: Text, Prompt: "This hurts. What's hard right now?",
				Help: "Name it plainly, without arguing with it. \"This is painful\" is a full answer."},
			{ID: "shared", Input: Text, Prompt: "Other people feel this too. Who else might have been where you are?",
				Help: "Struggling after a setback is part of being a person. You might think of someone you admire who has stumbled."},
			{ID: "care", Input: Choice, Prompt: "Would a small act of care help?",
				Help: "Choose one and try it for a few breaths.",
				Options: []Option{
					{"A hand on my chest", "hand"},
					{"One slow breath out", "breath"},
					{"A glass of water or a short walk", "move"},
					{"Something else, my own way", "own"},
				}},
			{ID: "hear", Input: Text, Role: Keep, Prompt: "What do you need to hear right now?",
				Help: "Write it as a short phrase to yourself, the way someone who cares about you would say it. You can keep it as a mantra."},
		},
	},
	{
		ID: "friend", Title: "Talk to yourself as a friend", Minutes: 5,
		Why: "Most of us are far fairer to a friend than to ourselves; borrowing that voice helps.",
		Steps: []Step{
			{ID: "said", Input: Text, Prompt: "What have you been saying to yourself about this?",
				Help: "Write the words as they sound in your head, even the harsh ones. They stay here."},
			{ID: "to-friend", Input: Text, Prompt: "Picture a good friend in your place. What would you say to them?",
				Help: "Think of the tone as much as the words."},
			{ID: "rewrite", Input: Text, Role: Keep, Prompt: "Now say it to yourself, in that friend's voice.",
				Help: "Rewrite your first words as the friend would put them. Honest and kind can go together."},
		},
	},
	{
		ID: "look-back", Title: "Look back gently", Minutes: 8,
		Why: "A calm, curious look at what happened turns a sore spot into something you can learn from.",
		Steps: []Step{
			{ID: "happened", Input: Text, Prompt: "What happened?",
				Help: "Tell it plainly, the way you might to a friend who listens without judging."},
			{ID: "outside", Input: Text, Prompt: "What was outside your control?",
				Help: "Other people, timing, luck, things you couldn't have known."},
			{ID: "mine", Input: Text, Prompt: "What was yours to change?",
				Help: "Only the parts that were really in your hands. This is about learning, not blame."},
			{ID: "went-well", Input: Text, Prompt: "What went well, even a little?",
				Help: "Effort counts. So does showing up."},
			{ID: "surprised", Input: Text, Prompt: "What surprised you?"},
			{ID: "refine", Input: Text, Prompt: "What would you refine next time?",
				Help: "One or two changes are plenty."},
			{ID: "revisit", Input: Choice, Role: Revisit, Options: revisitOptions,
				Prompt: "Would you like to look at these notes again later?",
				Help:   "A little distance often shows things more kindly. Kindly will bring them back on Today."},
		},
		LaterTitle: "Look back again",
		Later: []Step{
			{ID: "now", Input: Text, Prompt: "Reading your notes again, what do you notice now?",
				Help: "Some of it may look different from here. Be curious about that."},
			{ID: "keep", Input: Text, Prompt: "What would you like to keep from this, and what can you let go of?"},
		},
	},
	{
		ID: "failure-as-data", Title: "Failure as data", Minutes: 6,
		Why: "Treating what happened as information makes it easier to look at, and more useful.",
		Steps: []Step{
			{ID: "approach", Input: Text, Prompt: "What does it tell you about your approach?",
				Help: "The method, not your worth."},
			{ID: "environment", Input: Text, Prompt: "What does it tell you about the environment?",
				Help: "The people, the tools, the place, the rules of the game."},
			{ID: "timing", Input: Text, Prompt: "What does it tell you about the timing?"},
			{ID: "signal", Input: Text, Prompt: "Was there a signal you missed?",
				Help: "Most signals are clearer looking back. Noticing one now is the point."},
			{ID: "gap", Input: Text, Prompt: "Was there a gap in your preparation?"},
			{ID: "lesson", Input: Text, Role: Lesson, Prompt: "The lesson, in one line.",
				Help: "Short enough to remember next time."},
		},
	},
	{
		ID: "curious-questions", Title: "Curious questions", Minutes: 6,
		Why: "Questions keep a door open where conclusions close it, and small steps make a big problem movable.",
		Steps: []Step{
			{ID: "questions", Input: Text, Prompt: "Write a few questions about what happened, instead of conclusions.",
				Help: "\"What would make this easier?\" \"Who could I ask?\" \"What do I not know yet?\""},
			{ID: "problem", Input: Text, Prompt: "What is the big problem, in one sentence?"},
			{ID: "small-steps", Input: Steps, Prompt: "Split it into a few small steps.",
				Help: "Up to five, each small enough to start today or tomorrow. You can tick them off later in your journal."},
		},
	},
	{
		ID: "small-experiment", Title: "One small experiment", Minutes: 5,
		Why: "A tiny, specific plan is easier to start than a big resolution, and whatever happens teaches you something.",
		Steps: []Step{
			{ID: "try", Input: Text, Prompt: "What would you like to try differently?",
				Help: "Keep it small enough that it feels almost too easy."},
			{ID: "if", Input: Text, Role: PlanIf, Prompt: "If… (when and where will it happen?)",
				Help: "For example: \"If it's Monday after lunch\"."},
			{ID: "then", Input: Text, Role: PlanDo, Prompt: "…then I will:",
				Help: "For example: \"then I'll write the first paragraph, nothing more\"."},
			{ID: "obstacle", Input: Text, Prompt: "What might get in the way, and how could you make it easier?"},
			{ID: "revisit", Input: Choice, Role: Revisit, Prompt: "When shall Kindly ask how it went?",
				Options: []Option{{"Tomorrow", "1"}, {"In 3 days", "3"}, {"In a week", "7"}, {"No need to ask", "0"}}},
		},
		LaterTitle: "How did your experiment go?",
		Later: []Step{
			{ID: "happened", Input: Text, Prompt: "What happened when you tried it?",
				Help: "If you didn't get to it, that's information too. What stood in the way?"},
			{ID: "learned", Input: Text, Role: Lesson, Prompt: "What did you learn?"},
		},
	},
	{
		ID: "kinder-sentence", Title: "Kinder sentence", Minutes: 3,
		Why: "Swapping one harsh sentence for a supportive one, then acting on it, gives the kind voice something to stand on.",
		Steps: []Step{
			{ID: "critic", Input: Text, Prompt: "What is the critic saying? Write its exact sentence.",
				Help: "Quote it word for word. Seeing it written often shrinks it."},
			{ID: "kinder", Input: Text, Role: Keep, Prompt: "Write a supportive sentence that is also true.",
				Help: "Not a pep talk: something you can believe, like \"I'm learning this, and it takes time.\""},
			{ID: "action", Input: Text, Prompt: "One concrete thing you could do today.",
				Help: "Small and specific: send one message, rest for ten minutes, read one page."},
		},
	},
	{
		ID: "growth-story", Title: "Growth story", Minutes: 7,
		Why: "Telling the next chapter in your own words makes the way forward easier to picture.",
		Steps: []Step{
			{ID: "where", Input: Text, Prompt: "Where would you like to be a few months from now?"},
			{ID: "differently", Input: Text, Prompt: "What will you do differently this time?"},
			{ID: "strength", Input: Text, Prompt: "What strength, habit or person can you lean on?"},
			{ID: "story", Input: Text, Role: Story, Prompt: "Here is a first draft of your story.",
				Help: "It is made from your own words here and in earlier exercises. Change anything, or start again."},
		},
	},
	{
		ID: "kind-letter", Title: "A letter from a kind friend", Minutes: 8,
		Why: "Words written in a caring voice can be read again on the days you need them most.",
		Steps: []Step{
			{ID: "friend", Input: Text, Prompt: "Who is writing to you?",
				Help: "A friend, a relative, a mentor, or someone imagined who knows you well and likes you as you are."},
			{ID: "letter", Input: Text, Prompt: "Write the letter in their voice.",
				Help: "Start with \"Dear…\". What do they understand about what happened? What do they want you to know?"},
			{ID: "revisit", Input: Choice, Role: Revisit, Prompt: "When would you like to read it again?",
				Options: []Option{{"In 3 days", "3"}, {"In a week", "7"}, {"In a month", "30"}, {"I'll find it in my journal", "0"}}},
		},
		LaterTitle: "A letter is waiting for you",
		Later: []Step{
			{ID: "reread", Input: Text, Prompt: "Read your letter slowly. What feels true in it today?"},
		},
	},
	{
		ID: "breathing", Title: "One minute of breathing", Minutes: 1,
		Why: "Breathing out slowly tells your body it can stand down for a moment.",
		Steps: []Step{
			{ID: "breathe", Input: Breathing, Prompt: "Breathe with the circle.",
				Help: "In while it grows, for about four counts; out while it shrinks, for about six. Six rounds make a minute."},
		},
	},
}
