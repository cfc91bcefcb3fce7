package app

import (
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/internal/insight"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The mood chart: inline SVG built from go-app elements in the SVG
// namespace, styled by the stylesheet (so dark mode applies), with a title
// and a description for assistive technology and a table of the same
// numbers beside it.

const svgNS = "http://www.w3.org/2000/svg"

// Chart geometry, in viewBox units.
const (
	chartW, chartH = 320, 170
	plotL, plotR   = 34, 312
	plotT, plotB   = 12, 152
)

func svgEl(tag string) goapp.HTMLElem { return goapp.Elem(tag).XMLNS(svgNS) }

func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

// chartY places a mood value (-2…+2) on the vertical axis.
func chartY(v float64) float64 { return plotB - (v+2)/4*(plotB-plotT) }

// chartX places a day between from and to on the horizontal axis.
func chartX(t, from, to time.Time) float64 {
	span := to.Sub(from)
	if span <= 0 {
		return plotL
	}
	return plotL + float64(t.Sub(from))/float64(span)*(plotR-plotL)
}

// moodChart draws average pleasantness and energy over [from, to).
func moodChart(points []insight.Point, from, to time.Time, title, desc string) goapp.UI {
	var pleasant, energy []string
	var dots []goapp.UI
	for _, p := range points {
		x := chartX(p.Start, from, to)
		pleasant = append(pleasant, num(x)+","+num(chartY(p.Pleasantness)))
		energy = append(energy, num(x)+","+num(chartY(p.Energy)))
		dots = append(dots,
			svgEl("circle").Class("dot-pleasant").Attr("cx", num(x)).Attr("cy", num(chartY(p.Pleasantness))).Attr("r", "3"),
			svgEl("circle").Class("dot-energy").Attr("cx", num(x)).Attr("cy", num(chartY(p.Energy))).Attr("r", "3"),
		)
	}
	var grid []goapp.UI
	for _, g := range []struct {
		v     float64
		label string
	}{{2, "+2"}, {0, "0"}, {-2, "−2"}} {
		y := num(chartY(g.v))
		grid = append(grid,
			svgEl("line").Class("grid").Attr("x1", num(plotL)).Attr("x2", num(plotR)).Attr("y1", y).Attr("y2", y),
			svgEl("text").Class("axis").Attr("x", "2").Attr("y", y).Attr("dy", "4").Text(g.label),
		)
	}
	return svgEl("svg").Class("chart").DataSet("testid", "mood-chart").
		Attr("viewBox", "0 0 "+strconv.Itoa(chartW)+" "+strconv.Itoa(chartH)).
		Role("img").Aria("labelledby", "chart-title chart-desc").Body(
		svgEl("title").ID("chart-title").Text(title),
		svgEl("desc").ID("chart-desc").Text(desc),
		svgEl("g").Body(grid...),
		svgEl("polyline").Class("line-pleasant").Attr("points", strings.Join(pleasant, " ")),
		svgEl("polyline").Class("line-energy").Attr("points", strings.Join(energy, " ")),
		svgEl("g").Body(dots...),
	)
}
