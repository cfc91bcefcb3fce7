// Package journaltest makes realistic journals for tests and benchmarks.
package journaltest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/kindly/kindly/internal/journal"
)

var (
	feelings = []string{"anxious", "tired", "hopeful", "ashamed", "calm", "frustrated", "relieved", "sad", "proud", "curious"}
	tags     = []string{"work", "exam", "family", "health", "friends", "money", "sport", "music"}
	prompts  = []string{"What happened?", "What was outside my control?", "What went well?", "What would I refine?", ""}
	phrases  = []string{
		"The presentation did not go as planned and I froze on the second slide.",
		"I missed the deadline by a day, and I told my manager early.",
		"Café with Léa helped; we talked about the interview and what I learned.",
		"I slept badly, then went for a short walk by the river.",
		"The exam felt unfair, but I prepared the wrong chapters.",
		"Small win: I answered the email I had been avoiding for a week.",
		"My inner critic said I always mess things up. That is not quite true.",
		"Tried the breathing for a minute before the call. It helped a little.",
	}
)

// Entries returns n entries spread over the last n/3 days before end, the
// same for the same seed.
func Entries(n int, seed uint64, end time.Time) []journal.Entry {
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	out := make([]journal.Entry, n)
	for i := range out {
		at := end.Add(-time.Duration(r.IntN(max(n/3, 1)*24*60)) * time.Minute).Truncate(time.Second)
		e := journal.Entry{
			ID:         fmt.Sprintf("0193f1a2-7c1e-7000-8000-%012d", i),
			Kind:       journal.Kinds[r.IntN(len(journal.Kinds))],
			CreatedAt:  at,
			UpdatedAt:  at.Add(time.Duration(r.IntN(3600)) * time.Second),
			OccurredAt: at,
			Emotions:   []string{feelings[r.IntN(len(feelings))]},
			Tags:       []string{tags[r.IntN(len(tags))]},
		}
		if r.IntN(2) == 0 {
			e.Mood = &journal.Mood{Pleasantness: r.IntN(5) - 2, Energy: r.IntN(5) - 2}
		}
		for range 1 + r.IntN(3) {
			e.Answers = append(e.Answers, journal.Answer{
				Prompt: prompts[r.IntN(len(prompts))],
				Text:   phrases[r.IntN(len(phrases))] + " " + phrases[r.IntN(len(phrases))],
			})
		}
		out[i] = e
	}
	return out
}
