package exercise

import (
	"testing"

	"github.com/kindly/kindly/internal/i18n"
)

// Every feeling word of every language leads back to its own id, and the
// person's own words to none.
func TestFeelingID(t *testing.T) {
	for _, lang := range i18n.Languages() {
		c := i18n.Load(lang)
		for _, id := range Words(Mood{}) {
			w := c.T(WordKey(id))
			if got, ok := FeelingID(" " + w + " "); !ok || got != id {
				t.Errorf("%s %q: FeelingID = %q, %v; want %q", lang, w, got, ok, id)
			}
		}
	}
	if id, ok := FeelingID("like a wet Tuesday"); ok {
		t.Errorf("an own word was taken for %q", id)
	}
}
