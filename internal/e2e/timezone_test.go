//go:build e2e

package e2e

import (
	"strings"
	"testing"
	"time"
	_ "time/tzdata" // the expected wall clocks, whatever the machine has installed

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/kindly/kindly/internal/journal"
)

// storedEntriesJS reads the journal's records straight from IndexedDB, as
// the app stored them (the lock is off in these tests).
const storedEntriesJS = `new Promise((resolve, reject) => {
	const open = indexedDB.open("kindly");
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const all = open.result.transaction("entries").objectStore("entries").getAll();
		all.onerror = () => reject(all.error);
		all.onsuccess = () => {
			resolve(all.result.map((r) => JSON.parse(new TextDecoder().decode(r.data))));
			open.result.close();
		};
	};
})`

// dayListJS is each day of the journal as "heading | time · kind | …".
const dayListJS = `[...document.querySelectorAll(".day")].map((d) =>
	[d.querySelector(".day-title").textContent, ...[...d.querySelectorAll(".entry-meta")].map((m) => m.textContent)].join(" | "))`

// TestTimeZones: in each zone, entries written at 00:30 local on a winter
// and a summer date (one of them always the other season from today) show
// that date and time, whatever offset they were stored with; a backdated
// entry is stored at the instant its own date's rules give.
func TestTimeZones(t *testing.T) {
	srv := startServer(t, binary(t), freeAddr(t))
	defer srv.stop(t)
	base := srv.url("")
	for _, zone := range []string{"America/New_York", "Europe/Berlin", "Australia/Sydney", "Asia/Kolkata", "Australia/Lord_Howe"} {
		t.Run(strings.ReplaceAll(zone, "/", "-"), func(t *testing.T) {
			loc, err := time.LoadLocation(zone)
			if err != nil {
				t.Fatal(err)
			}
			b := newBrowser(t, t.TempDir())
			defer b.close()
			if _, err := chromedp.Call(b.ctx, emulation.SetTimezoneOverride, emulation.SetTimezoneOverrideParams{TimezoneID: zone}); err != nil {
				t.Fatal(err)
			}
			b.open(t, base+"/")
			if lang := eval[string](t, b, `navigator.language`); lang != "en-US" {
				t.Fatalf("navigator.language = %q: the expected formats below are en-US's", lang)
			}

			var seeded []journal.Entry
			for _, month := range []time.Month{time.January, time.July} {
				at := time.Date(2026, month, 2, 0, 30, 0, 0, loc)
				e := journal.New(journal.KindNote, at.UTC()) // stored in UTC, as another device might
				e.Answers = []journal.Answer{{Text: "Written at half past midnight in " + month.String()}}
				seeded = append(seeded, e)
			}
			importBackup(t, b, base, backupFile(t, seeded))

			b.open(t, base+"/journal")
			listed(t, b)
			days := eval[[]string](t, b, dayListJS)
			want := []string{"Thursday, July 2, 2026 | 12:30 AM · Note", "Friday, January 2, 2026 | 12:30 AM · Note"}
			if strings.Join(days, "\n") != strings.Join(want, "\n") {
				t.Errorf("journal days:\n%s\nwant:\n%s", strings.Join(days, "\n"), strings.Join(want, "\n"))
			}

			// Backdate a new entry to 00:30 on 2 July, typed on a December day.
			act(t, b, chromedp.Click(tid("new-entry")))
			b.waitReady(t, b.ctx, "new entry")
			act(t, b, chromedp.WaitVisible(chromedp.CSS(`[data-testid="entry-save"]:not([disabled])`)))
			typeText(t, b, "entry-text", "Backdated to summer")
			typeText(t, b, "entry-when", "2026-07-02T00:30")
			act(t, b, chromedp.Click(tid("entry-save")))
			waitFor(t, b, "the journal after saving", func() bool { return eval[string](t, b, `location.pathname`) == "/journal" })
			var found bool
			for _, e := range eval[[]map[string]any](t, b, storedEntriesJS) {
				if e["answers"] == nil || !strings.Contains(e["answers"].([]any)[0].(map[string]any)["text"].(string), "Backdated") {
					continue
				}
				found = true
				got, err := time.Parse(time.RFC3339, e["occurredAt"].(string))
				if err != nil {
					t.Fatal(err)
				}
				if want := time.Date(2026, 7, 2, 0, 30, 0, 0, loc); !got.Equal(want) {
					t.Errorf("backdated to 2026-07-02T00:30 local: stored %s, want %s", e["occurredAt"], want.Format(time.RFC3339))
				}
			}
			if !found {
				t.Fatal("the backdated entry was not stored")
			}
			listed(t, b)
			if days := eval[[]string](t, b, dayListJS); len(days) == 0 || days[0] != "Thursday, July 2, 2026 | 12:30 AM · Note | 12:30 AM · Note" {
				t.Errorf("after backdating, the first day reads %q", days)
			}

			if zone != "America/New_York" {
				return
			}
			// The clock style can be chosen beside the date style.
			b.open(t, base+"/settings")
			act(t, b, chromedp.SetValue(tid("pref-clock"), "24"))
			eval[bool](t, b, `document.querySelector('[data-testid="pref-clock"]').dispatchEvent(new Event("change", {bubbles: true}))`)
			b.open(t, base+"/journal")
			listed(t, b)
			if days := eval[[]string](t, b, dayListJS); len(days) == 0 || !strings.HasPrefix(days[0], "Thursday, July 2, 2026 | 00:30 · Note") {
				t.Errorf("with a 24-hour clock chosen, the first day reads %q", days)
			}
		})
	}
}
