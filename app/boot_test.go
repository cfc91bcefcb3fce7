//go:build !wasm

package app

import (
	"os"
	"strings"
	"testing"
)

// web/boot.js repeats, in JavaScript, what ApplyPreferences and onboarding
// read: this keeps the two in step.
func TestBootScriptKnowsEveryRootPreference(t *testing.T) {
	b, err := os.ReadFile("../web/boot.js")
	if err != nil {
		t.Fatal(err)
	}
	js := string(b)
	for _, p := range displayPrefs {
		if p.attr == "" {
			continue
		}
		if want := `["` + p.key + `", "` + p.attr + `"]`; !strings.Contains(js, want) {
			t.Errorf("boot.js does not apply %s as data-%s (no %s)", p.key, p.attr, want)
		}
	}
	if !strings.Contains(js, `"`+onboardedPref+`"`) {
		t.Errorf("boot.js does not read %s", onboardedPref)
	}
}
