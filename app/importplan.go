package app

import (
	"slices"
	"strconv"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/importer"
	"github.com/kindly/kindly/internal/journal"
)

// preview is what the preview shows, worked out away from the page.
type preview struct {
	file       *importer.File
	moods      []importer.MoodName
	chosen     map[string]string // by importer.MoodKey: "" (not yet), "none" or "-2"…"2"
	summary    importer.Summary
	fresh      int // entries not yet in the journal
	present    int
	sampleRecs []importer.Record // the records of the samples, newest first
	samples    []journal.Entry
}

// prepare works out the preview of file for a journal holding existing:
// the usual mood names placed, every record converted once to count what
// is new, and a few samples. pause is called between batches of records.
func prepare(file *importer.File, existing []journal.Entry, pause func(done, total int)) (preview, error) {
	pv := preview{file: file, moods: file.MoodNames(), chosen: map[string]string{}}
	for _, m := range pv.moods {
		pv.chosen[importer.MoodKey(m.Name)] = ""
		if m.Mood != nil {
			pv.chosen[importer.MoodKey(m.Name)] = strconv.Itoa(*m.Mood)
		}
	}
	o := options(pv.chosen)
	o.Progress = pause
	entries, summary, err := file.Entries(o)
	if err != nil {
		return preview{}, err
	}
	_, stats := backup.Merge(existing, entries)
	pv.summary, pv.fresh, pv.present = summary, stats.Added, stats.Unchanged+stats.Updated
	want := map[string]bool{}
	for i := len(entries) - 1; i >= 0 && len(want) < 3; i-- {
		if entries[i].Text() != "" {
			want[entries[i].ID] = true
		}
	}
	for _, r := range file.Records {
		if want[importer.ID(file.App, r.Key)] {
			pv.sampleRecs = append(pv.sampleRecs, r)
		}
	}
	pv.resample()
	return pv, nil
}

// resample converts the samples' records with the moods chosen so far.
func (pv *preview) resample() {
	sub := &importer.File{App: pv.file.App, Format: pv.file.Format, Records: pv.sampleRecs}
	entries, _, err := sub.Entries(options(pv.chosen))
	if err != nil {
		return // the whole file converted without error in prepare
	}
	slices.Reverse(entries)
	pv.samples = entries
}

// options are the conversion's settings: the moods chosen so far, the
// device's zone rules, and the labels in the interface language.
func options(chosen map[string]string) importer.Options {
	moods := make(map[string]*int, len(chosen))
	for k, v := range chosen {
		if n, err := strconv.Atoi(v); err == nil {
			moods[k] = &n
		}
	}
	return importer.Options{Moods: moods, Local: time.Local, InZone: browser.ZoneAt, Label: func(key string) string {
		if s := tr("import." + key); s != "import."+key {
			return s
		}
		return ""
	}}
}
