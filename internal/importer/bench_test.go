package importer

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"
)

// benchFiles are 2,000 entries of each format, shaped like real exports:
// five years of daily history. make bench runs the benchmarks natively
// and in Chromium's wasm.
func benchFiles(b *testing.B) map[string][]byte {
	const n = 2000
	note := "Some of it was hard and some of it was fine. I noticed the light in the evening, and I let myself rest."
	day := time.Date(2026, 3, 1, 18, 30, 0, 0, time.UTC)
	var csv strings.Builder
	csv.WriteString("\ufefffull_date,date,weekday,time,mood,activities,note_title,note\n")
	var dayEntries, thoughts, moods, dayone []map[string]any
	for i := range n {
		d := day.AddDate(0, 0, -i)
		fmt.Fprintf(&csv, "%s,%s,%s,%d:%02d pm,%s,\"work | friends\",\"\",\"Day %d.<br>%s\"\n",
			d.Format("2006-01-02"), d.Format("January 2"), d.Weekday(), 1+i%11, i%60, []string{"rad", "good", "meh", "bad", "awful"}[i%5], i, note)
		dayEntries = append(dayEntries, map[string]any{"id": i + 1, "datetime": d.UnixMilli(), "timeZoneOffset": 3600000,
			"mood": 1 + i%5, "note": note, "note_title": "", "tags": []int{1}, "assets": []int{}})
		iso := d.Format("2006-01-02T15:04:05.000Z")
		thoughts = append(thoughts, map[string]any{"automaticThought": note, "challenge": note, "alternativeThought": note,
			"cognitiveDistortions": []string{"all-or-nothing"}, "createdAt": iso, "updatedAt": iso, "uuid": fmt.Sprintf("00000000-0000-4000-8000-%012d", i), "v": "Thought-v2"})
		moods = append(moods, map[string]any{"mood": i % 11, "description": "tired hopeful", "exploration": note, "createdAt": iso})
		dayone = append(dayone, map[string]any{"uuid": fmt.Sprintf("%032X", i), "creationDate": d.Format(time.RFC3339), "timeZone": "Europe/London",
			"text": "# Day\\. " + note, "tags": []string{"daily"}})
	}
	js := func(v any) string {
		out, err := json.Marshal(v)
		if err != nil {
			b.Fatal(err)
		}
		return string(out)
	}
	custom := []map[string]any{}
	for g := 1; g <= 5; g++ {
		custom = append(custom, map[string]any{"id": g, "custom_name": "", "mood_group_id": g, "predefined_name_id": g})
	}
	backup := js(map[string]any{"customMoods": custom, "tags": []map[string]any{{"id": 1, "name": "work"}}, "dayEntries": dayEntries})
	return map[string][]byte{
		"DaylioCSV":    []byte(csv.String()),
		"DaylioBackup": detectZip(b, [2]string{"backup.daylio", base64.StdEncoding.EncodeToString([]byte(backup))}),
		"FreeCBT":      []byte(js(map[string]any{"v": "Archive-v2", "thoughts": thoughts})),
		"MoodTracker":  []byte(js(moods)),
		"DayOne":       detectZip(b, [2]string{"Journal.json", js(map[string]any{"metadata": map[string]string{"version": "1.0"}, "entries": dayone})}),
	}
}

func BenchmarkRead(b *testing.B) {
	for name, data := range benchFiles(b) {
		b.Run(name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				f, err := Read(source(data), nil)
				if err != nil || len(f.Records) != 2000 {
					b.Fatalf("%v, %d records", err, len(f.Records))
				}
				n += len(f.Records)
			}
			b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "entries/s")
		})
	}
}

// BenchmarkEntries is turning 2,000 Daylio rows into entries.
func BenchmarkEntries(b *testing.B) {
	f, err := Read(source(benchFiles(b)["DaylioCSV"]), nil)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		es, _, err := f.Entries(Options{Local: time.UTC})
		if err != nil {
			b.Fatal(err)
		}
		n += len(es)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "entries/s")
}
