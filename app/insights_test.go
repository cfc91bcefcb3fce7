//go:build !wasm

package app

import (
	"encoding/xml"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/kindly/kindly/internal/insight"
	"github.com/kindly/kindly/internal/journal"
)

// svgDoc is the structure the mood chart must have, read by an XML parser.
type svgDoc struct {
	XMLName   xml.Name `xml:"svg"`
	ViewBox   string   `xml:"viewBox,attr"`
	Role      string   `xml:"role,attr"`
	Labelled  string   `xml:"aria-labelledby,attr"`
	Title     string   `xml:"title"`
	Desc      string   `xml:"desc"`
	Polylines []struct {
		Class  string `xml:"class,attr"`
		Points string `xml:"points,attr"`
	} `xml:"polyline"`
	Groups []struct {
		Circles []struct {
			CX string `xml:"cx,attr"`
			CY string `xml:"cy,attr"`
		} `xml:"circle"`
	} `xml:"g"`
}

func seeded(now time.Time) []journal.Entry {
	var es []journal.Entry
	for i := range 10 {
		e := journal.New(journal.KindCheckin, now.AddDate(0, 0, -i*2))
		e.Mood = &journal.Mood{Pleasantness: i%5 - 2, Energy: 1}
		e.Emotions = []string{"tired"}
		e.Answers = []journal.Answer{{Text: "I always try"}}
		es = append(es, e)
	}
	return es
}

func TestInsightsChartParses(t *testing.T) {
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.Local)
	p := &insights{span: insight.Month, now: now, entries: seeded(now), loaded: true}
	p.compute()
	html := render(t, p)
	start, end := strings.Index(html, "<svg"), strings.Index(html, "</svg>")
	if start < 0 || end < 0 {
		t.Fatal("no SVG chart")
	}
	var doc svgDoc
	if err := xml.Unmarshal([]byte(html[start:end+len("</svg>")]), &doc); err != nil {
		t.Fatalf("the chart is not well-formed SVG: %v", err)
	}
	// go-app sets the SVG namespace in the browser (createElementNS); the
	// end-to-end suite checks it there.
	if doc.Role != "img" || doc.Labelled != "chart-title chart-desc" || doc.ViewBox != "0 0 320 170" {
		t.Errorf("svg attributes: %+v", doc)
	}
	if !strings.HasPrefix(doc.Title, "Mood") || !strings.Contains(doc.Desc, "10 points") {
		t.Errorf("title %q, desc %q", doc.Title, doc.Desc)
	}
	if len(doc.Polylines) != 2 {
		t.Fatalf("%d lines, want pleasantness and energy", len(doc.Polylines))
	}
	for _, l := range doc.Polylines {
		pts := strings.Fields(l.Points)
		if len(pts) != 10 {
			t.Errorf("%s has %d points, want 10", l.Class, len(pts))
		}
		for _, pt := range pts {
			x, y, _ := strings.Cut(pt, ",")
			fx, _ := strconv.ParseFloat(x, 64)
			fy, _ := strconv.ParseFloat(y, 64)
			if fx < plotL || fx > plotR || fy < plotT || fy > plotB {
				t.Errorf("%s point %s falls outside the plot", l.Class, pt)
			}
		}
	}
	if n := len(doc.Groups); n != 2 || len(doc.Groups[1].Circles) != 20 {
		t.Errorf("want a grid group and 20 dots, got %d groups", n)
	}
	for _, want := range []string{testid("mood-table"), testid("insight-calendar"), "tired", "You showed up on 4 of the last 7 days, and on 10 of the last 30.", "10 of 10 check-ins", "all-or-nothing words in 3 of 3 check-ins"} {
		if !strings.Contains(html, want) {
			t.Errorf("insights lack %q", want)
		}
	}
}

func TestInsightsEmpty(t *testing.T) {
	p := &insights{span: insight.Week, now: time.Now(), loaded: true}
	p.compute()
	html := render(t, p)
	if strings.Contains(html, "<svg") {
		t.Error("an empty journal draws an empty chart")
	}
	for _, want := range []string{"Whenever you come back", "No moods yet", "noted 0 tiny wins"} {
		if !strings.Contains(html, want) {
			t.Errorf("empty insights lack %q", want)
		}
	}
	for _, bad := range []string{"streak", "missed", "lost", "failed"} {
		if strings.Contains(strings.ToLower(html), bad) {
			t.Errorf("insights say %q: no guilt", bad)
		}
	}
}
