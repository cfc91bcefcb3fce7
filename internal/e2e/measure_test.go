//go:build e2e

package e2e

import (
	"os"
	"slices"
	"testing"
	"time"
)

// TestStartupTimes measures, over five fresh profiles, the first visit
// (online, empty cache) and the repeat visit (server stopped, from the
// service worker's cache) from navigation start to data-ready="1", and
// prints the medians. It runs with KINDLY_MEASURE=1 (make bench): timings
// are reported, never asserted.
func TestStartupTimes(t *testing.T) {
	if os.Getenv("KINDLY_MEASURE") == "" {
		t.Skip("set KINDLY_MEASURE=1 (make bench) to measure")
	}
	const runs = 5
	srv := startServer(t, binary(t), freeAddr(t))
	var first, repeat []time.Duration
	profiles := make([]string, runs)
	for i := range profiles {
		profiles[i] = t.TempDir()
		b := newBrowser(t, profiles[i])
		first = append(first, b.open(t, srv.url("/")))
		waitPrecached(t, b)
		b.close()
	}
	srv.stop(t)
	for _, p := range profiles {
		b := newBrowser(t, p)
		repeat = append(repeat, b.open(t, srv.url("/")))
		b.close()
	}
	t.Logf("first visit  (online, cold cache): median %v of %v", median(first), first)
	t.Logf("repeat visit (offline, from cache): median %v of %v", median(repeat), repeat)
}

func median(ds []time.Duration) time.Duration {
	s := slices.Clone(ds)
	slices.Sort(s)
	return s[len(s)/2].Round(time.Millisecond)
}
