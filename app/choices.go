package app

import (
	"strconv"

	"github.com/kindly/kindly/internal/exercise"
	"github.com/kindly/kindly/internal/journal"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Form pieces shared by the exercise runner, the check-in and the journal:
// labelled radio groups, the two mood scales, and answers under prompts.

// option is one radio of a group.
type option struct{ label, value string }

// intensityOptions are the five strengths of a feeling, 1…5.
func intensityOptions() []option {
	out := make([]option, len(exercise.IntensityLabels))
	for i, l := range exercise.IntensityLabels {
		out[i] = option{tr(l), strconv.Itoa(i + 1)}
	}
	return out
}

// scaleOptions are the five points of a mood axis, -2…+2; labels are
// catalog keys.
func scaleOptions(labels [5]string) []option {
	out := make([]option, 5)
	for i, l := range labels {
		out[i] = option{tr(l), strconv.Itoa(i - 2)}
	}
	return out
}

// radios is a labelled group of radio buttons; onPick gets the value.
func radios(name, testid, legend string, opts []option, chosen string, onPick func(string) goapp.EventHandler) goapp.UI {
	// A labelled radiogroup rather than <fieldset>: one element type less in
	// the wasm binary, and the same meaning to assistive technology.
	fs := goapp.Div().Class("choices").Attr("role", "radiogroup").Aria("labelledby", name+"-legend")
	if testid != "" {
		fs = fs.DataSet("testid", testid)
	}
	return fs.Body(
		goapp.P().ID(name+"-legend").Class("legend").Text(legend),
		goapp.Range(opts).Slice(func(i int) goapp.UI {
			o := opts[i]
			id := name + "-" + strconv.Itoa(i)
			return goapp.Label().Class("choice").For(id).Body(
				goapp.Input().Type("radio").ID(id).Name(name).Value(o.value).Checked(o.value == chosen).
					OnChange(onPick(o.value), goapp.EventScope(name+o.value)),
				goapp.Span().Text(o.label),
			)
		}),
	)
}

// moodView is the two mood scales; onMood gets the axis and the value.
func moodView(name string, m *exercise.Mood, onMood func(axis string) func(string) goapp.EventHandler) goapp.UI {
	p, e := "", ""
	if m != nil {
		p, e = strconv.Itoa(m.Pleasantness), strconv.Itoa(m.Energy)
	}
	return goapp.Div().Class("mood").Body(
		radios(name+"-p", "", tr("checkin.mood.pleasantness"), scaleOptions(exercise.PleasantnessLabels), p, onMood("p")),
		radios(name+"-e", "", tr("checkin.mood.energy"), scaleOptions(exercise.EnergyLabels), e, onMood("e")),
	)
}

// answerList shows answers under their prompts.
func answerList(answers []journal.Answer) goapp.UI {
	return goapp.Dl().Class("answers").Body(
		goapp.Range(answers).Slice(func(i int) goapp.UI {
			a := answers[i]
			return goapp.Div().Body(goapp.Dt().Dir("auto").Text(a.Prompt), goapp.Dd().Class("entry-body").Dir("auto").Text(a.Text))
		}),
	)
}

// withAxis is m (nil for none yet) with one axis ("p" or "e") set to the
// radio value v.
func withAxis(m *journal.Mood, axis, v string) *journal.Mood {
	n := journal.Mood{}
	if m != nil {
		n = *m
	}
	x, _ := strconv.Atoi(v)
	if axis == "p" {
		n.Pleasantness = x
	} else {
		n.Energy = x
	}
	return &n
}
