package crisis

import (
	"regexp"
	"testing"
)

func TestConcerning(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"I want to kill myself", true},
		{"Sometimes I think about ending my life.", true},
		{"I just want to end it all", true},
		{"I've been feeling SUICIDAL again", true},
		{"I want to die", true},
		{"I wish I was dead", true},
		{"everyone would be better off without me", true},
		{"There's no reason to go on", true},
		{"I don't want to be here anymore", true},
		{"I keep hurting myself", true},
		{"thinking about self-harm", true},
		{"I cut myself last night", true},
		{"I can't go on like this", true},
		// Near misses: ordinary sayings that only look alike.
		{"This deadline is killing me", false},
		{"I could kill for a coffee", false},
		{"I'm dying to see the film", false},
		{"We died laughing", false},
		{"My phone battery died", false},
		{"I killed it at the gig!", false},
		{"I hurt my knee running", false},
		{"In the end it all worked out", false},
		{"I want to diet before summer", false},
		{"Watched Suicide Squad with Sam", false},
		{"I can't go out tonight", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := Concerning(tt.text); got != tt.want {
			t.Errorf("Concerning(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLines(t *testing.T) {
	digits := regexp.MustCompile(`^[0-9]{3,12}$`)
	regions := map[string]bool{}
	for _, l := range append(Lines, Emergency...) {
		if !digits.MatchString(l.Call) || (l.Text != "" && !digits.MatchString(l.Text)) || l.Shown == "" || l.Region == "" {
			t.Errorf("line %+v is not dialable as listed", l)
		}
		regions[l.Region] = true
	}
	for _, r := range []string{"United States and Canada", "United Kingdom and Ireland", "Australia", "New Zealand", "France", "Germany"} {
		if !regions[r] {
			t.Errorf("no line for %s", r)
		}
	}
}

func FuzzConcerning(f *testing.F) {
	f.Add("I want to end it all")
	f.Add("the end it all é")
	f.Fuzz(func(t *testing.T, text string) { Concerning(text) })
}
