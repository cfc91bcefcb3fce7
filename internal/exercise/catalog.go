package exercise

// revisitOptions are the cooling-off periods offered before notes return.
var revisitOptions = []Option{
	{"exercise.revisit.3-days", "3"},
	{"exercise.revisit.week", "7"},
	{"exercise.revisit.2-weeks", "14"},
	{"exercise.look-back.revisit.option.0", "0"},
}

// All is every exercise, in the order the list shows them. All wording is
// Kindly's own and lives in the catalog: Title, Why, LaterTitle, Prompt,
// Help and Label are keys, each exercise's in
// internal/i18n/catalogs/<lang>/exercise-<id>.json.
var All = []Exercise{
	{
		ID: "name-the-weather", Title: "exercise.name-the-weather.title", Minutes: 3,
		Why: "exercise.name-the-weather.why",
		Steps: []Step{
			{ID: "feeling", Input: Emotion, Prompt: "exercise.name-the-weather.feeling.prompt", Help: "exercise.name-the-weather.feeling.help"},
			{ID: "body", Input: Text, Prompt: "exercise.name-the-weather.body.prompt", Help: "exercise.name-the-weather.body.help"},
			{ID: "asking", Input: Text, Prompt: "exercise.name-the-weather.asking.prompt", Help: "exercise.name-the-weather.asking.help"},
		},
	},
	{
		ID: "self-compassion-break", Title: "exercise.self-compassion-break.title", Minutes: 4,
		Why: "exercise.self-compassion-break.why",
		Steps: []Step{
			{ID: "hurts", Input: Text, Prompt: "exercise.self-compassion-break.hurts.prompt", Help: "exercise.self-compassion-break.hurts.help"},
			{ID: "shared", Input: Text, Prompt: "exercise.self-compassion-break.shared.prompt", Help: "exercise.self-compassion-break.shared.help"},
			{ID: "care", Input: Choice, Prompt: "exercise.self-compassion-break.care.prompt", Help: "exercise.self-compassion-break.care.help",
				Options: []Option{
					{"exercise.self-compassion-break.care.option.hand", "hand"},
					{"exercise.self-compassion-break.care.option.breath", "breath"},
					{"exercise.self-compassion-break.care.option.move", "move"},
					{"exercise.self-compassion-break.care.option.own", "own"},
				}},
			{ID: "hear", Input: Text, Role: Keep, Prompt: "exercise.self-compassion-break.hear.prompt", Help: "exercise.self-compassion-break.hear.help"},
		},
	},
	{
		ID: "friend", Title: "exercise.friend.title", Minutes: 5,
		Why: "exercise.friend.why",
		Steps: []Step{
			{ID: "said", Input: Text, Prompt: "exercise.friend.said.prompt", Help: "exercise.friend.said.help"},
			{ID: "to-friend", Input: Text, Prompt: "exercise.friend.to-friend.prompt", Help: "exercise.friend.to-friend.help"},
			{ID: "rewrite", Input: Text, Role: Keep, Prompt: "exercise.friend.rewrite.prompt", Help: "exercise.friend.rewrite.help"},
		},
	},
	{
		ID: "look-back", Title: "exercise.look-back.title", Minutes: 8,
		Why: "exercise.look-back.why",
		Steps: []Step{
			{ID: "happened", Input: Text, Prompt: "exercise.look-back.happened.prompt", Help: "exercise.look-back.happened.help"},
			{ID: "outside", Input: Text, Prompt: "exercise.look-back.outside.prompt", Help: "exercise.look-back.outside.help"},
			{ID: "mine", Input: Text, Prompt: "exercise.look-back.mine.prompt", Help: "exercise.look-back.mine.help"},
			{ID: "went-well", Input: Text, Prompt: "exercise.look-back.went-well.prompt", Help: "exercise.look-back.went-well.help"},
			{ID: "surprised", Input: Text, Prompt: "exercise.look-back.surprised.prompt"},
			{ID: "refine", Input: Text, Prompt: "exercise.look-back.refine.prompt", Help: "exercise.look-back.refine.help"},
			{ID: "revisit", Input: Choice, Role: Revisit, Prompt: "exercise.look-back.revisit.prompt", Help: "exercise.look-back.revisit.help",
				Options: revisitOptions},
		},
		LaterTitle: "exercise.look-back.later-title",
		Later: []Step{
			{ID: "now", Input: Text, Prompt: "exercise.look-back.now.prompt", Help: "exercise.look-back.now.help"},
			{ID: "keep", Input: Text, Prompt: "exercise.look-back.keep.prompt"},
		},
	},
	{
		ID: "failure-as-data", Title: "exercise.failure-as-data.title", Minutes: 6,
		Why: "exercise.failure-as-data.why",
		Steps: []Step{
			{ID: "approach", Input: Text, Prompt: "exercise.failure-as-data.approach.prompt", Help: "exercise.failure-as-data.approach.help"},
			{ID: "environment", Input: Text, Prompt: "exercise.failure-as-data.environment.prompt", Help: "exercise.failure-as-data.environment.help"},
			{ID: "timing", Input: Text, Prompt: "exercise.failure-as-data.timing.prompt"},
			{ID: "signal", Input: Text, Prompt: "exercise.failure-as-data.signal.prompt", Help: "exercise.failure-as-data.signal.help"},
			{ID: "gap", Input: Text, Prompt: "exercise.failure-as-data.gap.prompt"},
			{ID: "lesson", Input: Text, Role: Lesson, Prompt: "exercise.failure-as-data.lesson.prompt", Help: "exercise.failure-as-data.lesson.help"},
		},
	},
	{
		ID: "curious-questions", Title: "exercise.curious-questions.title", Minutes: 6,
		Why: "exercise.curious-questions.why",
		Steps: []Step{
			{ID: "questions", Input: Text, Prompt: "exercise.curious-questions.questions.prompt", Help: "exercise.curious-questions.questions.help"},
			{ID: "problem", Input: Text, Prompt: "exercise.curious-questions.problem.prompt"},
			{ID: "small-steps", Input: Steps, Prompt: "exercise.curious-questions.small-steps.prompt", Help: "exercise.curious-questions.small-steps.help"},
		},
	},
	{
		ID: "small-experiment", Title: "exercise.small-experiment.title", Minutes: 5,
		Why: "exercise.small-experiment.why",
		Steps: []Step{
			{ID: "try", Input: Text, Prompt: "exercise.small-experiment.try.prompt", Help: "exercise.small-experiment.try.help"},
			{ID: "if", Input: Text, Role: PlanIf, Prompt: "exercise.small-experiment.if.prompt", Help: "exercise.small-experiment.if.help"},
			{ID: "then", Input: Text, Role: PlanDo, Prompt: "exercise.small-experiment.then.prompt", Help: "exercise.small-experiment.then.help"},
			{ID: "obstacle", Input: Text, Prompt: "exercise.small-experiment.obstacle.prompt"},
			{ID: "revisit", Input: Choice, Role: Revisit, Prompt: "exercise.small-experiment.revisit.prompt",
				Options: []Option{
					{"exercise.revisit.tomorrow", "1"},
					{"exercise.revisit.3-days", "3"},
					{"exercise.revisit.week", "7"},
					{"exercise.small-experiment.revisit.option.0", "0"},
				}},
		},
		LaterTitle: "exercise.small-experiment.later-title",
		Later: []Step{
			{ID: "happened", Input: Text, Prompt: "exercise.small-experiment.happened.prompt", Help: "exercise.small-experiment.happened.help"},
			{ID: "learned", Input: Text, Role: Lesson, Prompt: "exercise.small-experiment.learned.prompt"},
		},
	},
	{
		ID: "kinder-sentence", Title: "exercise.kinder-sentence.title", Minutes: 3,
		Why: "exercise.kinder-sentence.why",
		Steps: []Step{
			{ID: "critic", Input: Text, Prompt: "exercise.kinder-sentence.critic.prompt", Help: "exercise.kinder-sentence.critic.help"},
			{ID: "kinder", Input: Text, Role: Keep, Prompt: "exercise.kinder-sentence.kinder.prompt", Help: "exercise.kinder-sentence.kinder.help"},
			{ID: "action", Input: Text, Prompt: "exercise.kinder-sentence.action.prompt", Help: "exercise.kinder-sentence.action.help"},
		},
	},
	{
		ID: "growth-story", Title: "exercise.growth-story.title", Minutes: 7,
		Why: "exercise.growth-story.why",
		Steps: []Step{
			{ID: "where", Input: Text, Prompt: "exercise.growth-story.where.prompt"},
			{ID: "differently", Input: Text, Prompt: "exercise.growth-story.differently.prompt"},
			{ID: "strength", Input: Text, Prompt: "exercise.growth-story.strength.prompt"},
			{ID: "story", Input: Text, Role: Story, Prompt: "exercise.growth-story.story.prompt", Help: "exercise.growth-story.story.help"},
		},
	},
	{
		ID: "kind-letter", Title: "exercise.kind-letter.title", Minutes: 8,
		Why: "exercise.kind-letter.why",
		Steps: []Step{
			{ID: "friend", Input: Text, Prompt: "exercise.kind-letter.friend.prompt", Help: "exercise.kind-letter.friend.help"},
			{ID: "letter", Input: Text, Prompt: "exercise.kind-letter.letter.prompt", Help: "exercise.kind-letter.letter.help"},
			{ID: "revisit", Input: Choice, Role: Revisit, Prompt: "exercise.kind-letter.revisit.prompt",
				Options: []Option{
					{"exercise.revisit.3-days", "3"},
					{"exercise.revisit.week", "7"},
					{"exercise.revisit.month", "30"},
					{"exercise.kind-letter.revisit.option.0", "0"},
				}},
		},
		LaterTitle: "exercise.kind-letter.later-title",
		Later: []Step{
			{ID: "reread", Input: Text, Prompt: "exercise.kind-letter.reread.prompt"},
		},
	},
	{
		ID: "breathing", Title: "exercise.breathing.title", Minutes: 1,
		Why: "exercise.breathing.why",
		Steps: []Step{
			{ID: "breathe", Input: Breathing, Prompt: "exercise.breathing.breathe.prompt", Help: "exercise.breathing.breathe.help"},
		},
	},
}
