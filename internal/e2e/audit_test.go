//go:build e2e

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// The categories Lighthouse scores and the score each must reach (issue 8:
// performance 90, the others 100).
var auditTargets = []struct {
	id     string
	target float64
}{{"performance", 0.90}, {"accessibility", 1}, {"best-practices", 1}, {"seo", 1}}

// The metrics behind the performance score, shown beside it.
var auditMetrics = []string{"first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"}

// lighthouseReport is the part of Lighthouse's JSON report the audit reads.
type lighthouseReport struct {
	Categories map[string]struct {
		Score float64 `json:"score"`
	} `json:"categories"`
	Audits map[string]struct {
		Score        *float64 `json:"score"`
		NumericValue float64  `json:"numericValue"`
		Mode         string   `json:"scoreDisplayMode"`
	} `json:"audits"`
}

// lighthouse runs Lighthouse once on url (mobile preset, a fresh Chromium
// profile each run) and returns its report.
func lighthouse(t *testing.T, bin, url string) lighthouseReport {
	t.Helper()
	out := filepath.Join(t.TempDir(), "report.json")
	cmd := exec.Command(bin, url, "--quiet", "--output=json", "--output-path="+out,
		"--chrome-flags=--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync")
	cmd.Env = append(os.Environ(), "CHROME_PATH=/usr/bin/chromium")
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("lighthouse %s: %v\n%s", url, err, msg)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var r lighthouseReport
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("lighthouse's report for %s: %v", url, err)
	}
	if len(r.Categories) == 0 {
		t.Fatalf("lighthouse's report for %s has no scores", url)
	}
	return r
}

func medianOf(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// TestAudit runs Lighthouse three times on /, /journal and /exercises, and
// on a bare go-app page built the same way, and reports the median of each
// score and metric with every target marked met or missed, as a table and
// as artefacts/audit.json. Targets are reported, never asserted: a score
// depends on the machine. KINDLY_AUDIT=1 (make audit) runs it.
func TestAudit(t *testing.T) {
	bin := os.Getenv("KINDLY_LIGHTHOUSE")
	if os.Getenv("KINDLY_AUDIT") == "" || bin == "" {
		t.Skip("set KINDLY_AUDIT=1 and KINDLY_LIGHTHOUSE (make audit) to audit")
	}
	const runs = 3
	kindly := startServer(t, binary(t), freeAddr(t))
	defer kindly.stop(t)
	bare := startServer(t, filepath.Join(buildBare(t), "bare"), freeAddr(t))
	defer bare.stop(t)
	pages := []struct{ name, url string }{
		{"/", kindly.url("/")},
		{"/journal", kindly.url("/journal")},
		{"/exercises", kindly.url("/exercises")},
		{"bare go-app /", bare.url("/")},
	}

	type row struct {
		Page    string               `json:"page"`
		Scores  map[string]float64   `json:"scores"`  // medians, 0 to 100
		Metrics map[string]float64   `json:"metrics"` // medians, ms (CLS unitless)
		Failing []string             `json:"failing"` // audits below full marks in any run
		Runs    []map[string]float64 `json:"runs"`    // each run's scores
	}
	var rows []row
	var table strings.Builder
	fmt.Fprintf(&table, "\n%-14s", "page")
	for _, c := range auditTargets {
		fmt.Fprintf(&table, " %15s", c.id)
	}
	fmt.Fprintf(&table, " %7s %7s %7s %6s\n", "FCP", "LCP", "TBT", "CLS")
	for _, p := range pages {
		r := row{Page: p.name, Scores: map[string]float64{}, Metrics: map[string]float64{}}
		scores, metrics := map[string][]float64{}, map[string][]float64{}
		failing := map[string]bool{}
		for range runs {
			rep := lighthouse(t, bin, p.url)
			run := map[string]float64{}
			for _, c := range auditTargets {
				scores[c.id] = append(scores[c.id], rep.Categories[c.id].Score*100)
				run[c.id] = rep.Categories[c.id].Score * 100
			}
			for _, m := range auditMetrics {
				metrics[m] = append(metrics[m], rep.Audits[m].NumericValue)
			}
			for id, a := range rep.Audits {
				if a.Score != nil && *a.Score < 1 && (a.Mode == "binary" || a.Mode == "numeric") {
					failing[id] = true
				}
			}
			r.Runs = append(r.Runs, run)
		}
		fmt.Fprintf(&table, "%-14s", p.name)
		for _, c := range auditTargets {
			r.Scores[c.id] = medianOf(scores[c.id])
			mark := "met"
			if r.Scores[c.id] < c.target*100 {
				mark = "MISSED"
			}
			fmt.Fprintf(&table, " %8.0f %-6s", r.Scores[c.id], mark)
		}
		for _, m := range auditMetrics {
			r.Metrics[m] = medianOf(metrics[m])
		}
		fmt.Fprintf(&table, " %6.0fms %6.0fms %6.0fms %6.3f\n", r.Metrics["first-contentful-paint"], r.Metrics["largest-contentful-paint"], r.Metrics["total-blocking-time"], r.Metrics["cumulative-layout-shift"])
		for id := range failing {
			r.Failing = append(r.Failing, id)
		}
		slices.Sort(r.Failing)
		rows = append(rows, r)
	}
	for _, r := range rows {
		fmt.Fprintf(&table, "below full marks on %s: %s\n", r.Page, strings.Join(r.Failing, ", "))
	}
	t.Log(table.String())
	out, _ := json.MarshalIndent(map[string]any{"runsPerPage": runs, "pages": rows}, "", "  ")
	path := filepath.Join(artefacts(t), "audit.json")
	if err := os.WriteFile(path, out, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("written to %s", path)
}
