package exercise

// Feeling words for each quadrant of the two axes, pleasantness × energy.
var (
	brightWords = []string{"excited", "hopeful", "proud", "eager", "inspired", "playful", "determined", "curious"}
	calmWords   = []string{"calm", "relieved", "content", "grateful", "at ease", "rested", "safe", "tender"}
	stormWords  = []string{"anxious", "angry", "frustrated", "embarrassed", "tense", "restless", "overwhelmed", "jealous"}
	greyWords   = []string{"sad", "disappointed", "tired", "ashamed", "lonely", "discouraged", "numb", "flat"}
)

// Words returns the feeling words for a mood: the quadrant it sits in, or
// both neighbours when it sits on an axis (0), so a middling mood still
// gets words.
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

// Scale labels for the mood axes, from -2 to +2.
var (
	PleasantnessLabels = [5]string{"Very unpleasant", "Unpleasant", "In between", "Pleasant", "Very pleasant"}
	EnergyLabels       = [5]string{"Drained", "Low", "Steady", "Lively", "Buzzing"}
	IntensityLabels    = [5]string{"Faint", "Mild", "Clear", "Strong", "Overwhelming"}
)
