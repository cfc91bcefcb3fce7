//go:build !wasm

package app

import (
	"strings"
	"testing"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/importer"
	"github.com/kindly/kindly/internal/journal"
)

// confirmDisabled reports whether the preview's confirm button is
// disabled (go-app writes disabled="false" for an enabled one).
func confirmDisabled(html string) bool {
	b := tagOf(html, "import-confirm")
	return strings.Contains(b, "disabled") && !strings.Contains(b, `disabled="false"`)
}

func TestImportPreview(t *testing.T) {
	two, minus := 2, -1
	file := &importer.File{App: importer.Daylio, Format: "Daylio CSV", NoTime: 1, Lost: map[string]int{"photo": 2, "scales": 3},
		Records: []importer.Record{
			{Key: "a", Kind: journal.KindCheckin, Wall: &importer.Wall{Year: 2024, Month: 1, Day: 2, Hour: 9, Minute: 5}, MoodName: "rad", Mood: &two,
				Answers: []importer.Answer{{Text: "Walked by the river."}}},
			{Key: "b", Kind: journal.KindCheckin, Wall: &importer.Wall{Year: 2024, Month: 3, Day: 4, Hour: 21, Minute: 0}, MoodName: "Irritable",
				Emotions: []string{"Irritable"}, Tags: []string{"work"}, Answers: []importer.Answer{{Text: "The meeting went badly."}}},
		}}
	pv, err := prepare(file, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := &importPreview{File: &browser.ChosenFile{Name: "daylio_export.csv"}, stage: "preview", preview: pv}
	html := render(t, p)
	for _, want := range []string{testid("import-preview"), testid("import-cancel"), "2 entries.", "2 of them are new", "2 photos",
		"scales of 3 entries", "placed at noon", "“Irritable”, used 1 time", testid("import-moods-missing"), "The meeting went badly."} {
		if !strings.Contains(html, want) {
			t.Errorf("the preview lacks %s", want)
		}
	}
	if !confirmDisabled(html) {
		t.Error("confirm must wait until every mood name has a place")
	}
	if got := pv.chosen; got["rad"] != "2" || got["irritable"] != "" {
		t.Errorf("the usual names come placed, the others asked: %v", got)
	}
	pv.chosen["irritable"] = "-1"
	pv.resample()
	html = render(t, &importPreview{File: p.File, stage: "preview", preview: pv})
	if confirmDisabled(html) || strings.Contains(html, testid("import-moods-missing")) {
		t.Error("with every mood placed, confirm is enabled")
	}
	if pv.samples[0].Mood == nil || pv.samples[0].Mood.Pleasantness != minus || pv.samples[0].Answers[0].Text != "The meeting went badly." {
		t.Errorf("the newest sample shows the chosen mood: %+v", pv.samples[0])
	}

	// The same file again: nothing is new, and there is nothing to confirm.
	entries, _, err := file.Entries(options(pv.chosen))
	if err != nil {
		t.Fatal(err)
	}
	again, err := prepare(file, entries, nil)
	if err != nil {
		t.Fatal(err)
	}
	html = render(t, &importPreview{File: p.File, stage: "preview", preview: again})
	if !strings.Contains(html, "Everything in this file is already in your journal") || !confirmDisabled(html) {
		t.Error("a file imported before offers nothing to add")
	}
}

func TestImportMessage(t *testing.T) {
	for _, c := range []struct {
		err  error
		want string
	}{
		{&importer.Error{Format: "Daylio CSV", Line: 12, Code: importer.BadDate, Detail: "2021-02-31"},
			"Nothing was changed. A date in this Daylio CSV file can't be right: “2021-02-31”. It is on line 12 of the file."},
		{&importer.Error{Format: "Day One", Code: importer.BadArchive},
			"Nothing was changed. This Day One file can't be opened; it may not have been saved completely. Exporting it again usually helps."},
		{&importer.Error{Format: "FreeCBT JSON", Entry: 3, Code: importer.TooLong, Detail: "challenge"},
			"Nothing was changed. One text in this FreeCBT JSON file is longer than an entry can hold. It is in entry 3 of the file."},
	} {
		if got := dataMessage(c.err); got != c.want {
			t.Errorf("%v:\n got %s\nwant %s", c.err, got, c.want)
		}
	}
}
