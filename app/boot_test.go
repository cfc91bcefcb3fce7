//go:build !wasm

package app

import (
	"os"
	"strings"
	"testing"

	"github.com/kindly/kindly/internal/i18n"
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
	if !strings.Contains(js, `"`+languagePref+`"`) {
		t.Errorf("boot.js does not read %s", languagePref)
	}
	// The right-to-left pseudo-locale is how the suite proves the layout.
	if i18n.Load("ar-XB").Dir() != "rtl" || !strings.Contains(js, `"ar"`) {
		t.Error("boot.js and internal/i18n disagree that ar(-XB) is right-to-left")
	}
	if !strings.Contains(js, `"`+onboardedPref+`"`) {
		t.Errorf("boot.js does not read %s", onboardedPref)
	}
}
