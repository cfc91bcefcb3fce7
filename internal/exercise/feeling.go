package exercise

import (
	"slices"
	"strings"
	"sync"

	"github.com/kindly/kindly/internal/i18n"
)

// Feeling words by id, for each quadrant of the two axes, pleasantness ×
// energy; a word's text is the catalog's WordKey(id). A session keeps the
// ids, so a language change keeps what was ticked; the entry keeps the
// words as shown.
var (
	brightWords = []string{"excited", "hopeful", "proud", "eager", "inspired", "playful", "determined", "curious"}
	calmWords   = []string{"calm", "relieved", "content", "grateful", "at-ease", "rested", "safe", "tender"}
	stormWords  = []string{"anxious", "angry", "frustrated", "embarrassed", "tense", "restless", "overwhelmed", "jealous"}
	greyWords   = []string{"sad", "disappointed", "tired", "ashamed", "lonely", "discouraged", "numb", "flat"}
)

// Words returns the ids of the feeling words for a mood: the quadrant it
// sits in, or both neighbours when it sits on an axis (0), so a middling
// mood still gets words.
func Words(m Mood) []string {
	var out []string
	add := func(pleasant, energetic bool, words []string) {
		if (m.Pleasantness >= 0) == pleasant || m.Pleasantness == 0 {
			if (m.Energy >= 0) == energetic || m.Energy == 0 {
				out = append(out, words...)
			}
		}
	}
	add(true, true, brightWords)
	add(true, false, calmWords)
	add(false, true, stormWords)
	add(false, false, greyWords)
	return out
}

// feelingIDs maps each feeling word, in every shipped language and in
// lower case, to its id; built on first use (Insights), not at start.
var feelingIDs = sync.OnceValue(func() map[string]string {
	ids := map[string]string{}
	for _, lang := range i18n.Languages() {
		c := i18n.Load(lang)
		for _, id := range Words(Mood{}) {
			ids[strings.ToLower(c.T(WordKey(id)))] = id
		}
	}
	return ids
})

// FeelingID is the id of a feeling word as written in any shipped
// language ("Cansancio", "tired"), so a feeling named before a change of
// language is still the same feeling; ok is false for the person's own
// words.
func FeelingID(word string) (id string, ok bool) {
	id, ok = feelingIDs()[strings.ToLower(strings.TrimSpace(word))]
	return id, ok
}

// WordKey is the catalog key of the feeling word with id.
func WordKey(id string) string { return "exercise.feeling." + id }

// word is the feeling word id in c's language; a word this version does
// not know (from a draft saved by an older one) stays as it was.
func word(c *i18n.Catalog, id string) string {
	if !slices.Contains(Words(Mood{}), id) {
		return id
	}
	return c.T(WordKey(id))
}

// Scale labels for the mood axes, from -2 to +2, and for intensity, from 1
// to 5: catalog keys.
var (
	PleasantnessLabels = [5]string{"exercise.pleasantness.very-unpleasant", "exercise.pleasantness.unpleasant",
		"exercise.pleasantness.in-between", "exercise.pleasantness.pleasant", "exercise.pleasantness.very-pleasant"}
	EnergyLabels = [5]string{"exercise.energy.drained", "exercise.energy.low", "exercise.energy.steady",
		"exercise.energy.lively", "exercise.energy.buzzing"}
	IntensityLabels = [5]string{"exercise.intensity.faint", "exercise.intensity.mild", "exercise.intensity.clear",
		"exercise.intensity.strong", "exercise.intensity.overwhelming"}
)

// DescribeMood is a mood in words, in c's language.
func DescribeMood(c *i18n.Catalog, m Mood) string {
	return c.T("exercise.mood", "pleasantness", c.T(PleasantnessLabels[m.Pleasantness+2]),
		"energy", strings.ToLower(c.T(EnergyLabels[m.Energy+2])))
}
