//go:build !wasm

package app

import (
	"errors"
	"strings"
	"testing"

	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/pairing"
	ksync "github.com/kindly/kindly/internal/sync"
)

func TestSyncPreview(t *testing.T) {
	plan := backup.SyncPlan{Plan: ksync.Plan{
		Added:   map[string]int{ksync.Entry: 2, ksync.Mantra: 1},
		Changed: map[string]int{},
		Deleted: map[string]int{ksync.Entry: 6},
	}, LiveEntries: 20, Drastic: true}
	html := render(t, &syncPreview{sealed: &ksync.Sealed{Key: ksync.KeyCode}, plan: &plan})
	for _, want := range []string{testid("import-preview"), testid("import-cancel"), "3 new.", "6 deleted.", testid("sync-drastic"), "6 of the 20 entries", "Yes, merge and delete them"} {
		if !strings.Contains(html, want) {
			t.Errorf("the preview lacks %s", want)
		}
	}
	if strings.Contains(html, "changed.") {
		t.Error("a count of nothing is shown")
	}
	if confirmDisabled(html) {
		t.Error("a plan that changes something can be merged")
	}

	nothing := backup.SyncPlan{Plan: ksync.Plan{Added: map[string]int{}, Changed: map[string]int{}, Deleted: map[string]int{}}}
	html = render(t, &syncPreview{sealed: &ksync.Sealed{Key: ksync.KeyCode}, plan: &nothing})
	if !strings.Contains(html, "Nothing to change") || !confirmDisabled(html) {
		t.Error("a file that changes nothing says so and cannot be merged")
	}
	// Nothing to write, but an edit lost to a delete: merging tells of it.
	nothing.Conflicts = []ksync.Conflict{{Here: true}}
	html = render(t, &syncPreview{sealed: &ksync.Sealed{Key: ksync.KeyCode}, plan: &nothing})
	if strings.Contains(html, "Nothing to change") || confirmDisabled(html) || !strings.Contains(html, testid("sync-conflicts")) {
		t.Error("a lost edit is offered before merging")
	}
}

// The field asks for what opens the file: the code, or, for a journal
// with the lock on, its passphrase (as every passphrase field is tagged).
func TestSyncKeyField(t *testing.T) {
	for key, want := range map[string]string{ksync.KeyCode: "sync-code-input", ksync.KeyLock: "passphrase"} {
		html := render(t, &syncPreview{sealed: &ksync.Sealed{Key: key}})
		if !strings.Contains(html, testid(want)) || !strings.Contains(html, testid("sync-open")) {
			t.Errorf("%s: the form lacks %s", key, want)
		}
	}
}

func TestDevicesSection(t *testing.T) {
	html := render(t, &devices{})
	for _, want := range []string{testid("sync-send"), testid("pair-start"), testid("pair-join")} {
		if !strings.Contains(html, want) {
			t.Errorf("Settings → Your other devices lacks %s", want)
		}
	}
	sent := render(t, &devices{name: "kindly-sync-2026-12-02.kindly.txt", code: "AB12-CD34-EF56"})
	if !strings.Contains(sent, testid("sync-code")) || !strings.Contains(sent, "AB12-CD34-EF56") {
		t.Error("the one-time code is not shown after sending")
	}
	locked := render(t, &devices{name: "kindly-sync-2026-12-02.kindly.txt", lock: true})
	if strings.Contains(locked, testid("sync-code")) || !strings.Contains(locked, "passphrase") {
		t.Error("a file sealed by the lock asks for the passphrase, not a code")
	}
}

// Every way pairing can stop has words of its own, and the unreachable
// case offers the sync file.
func TestPairMessages(t *testing.T) {
	seen := map[string]bool{}
	for _, err := range []error{pairing.ErrCode, errWrongSide, errNoChannel, errors.New("other"), ksync.ErrWrongKey} {
		m := pairMessage(err)
		if m == "" || seen[m] {
			t.Errorf("%v: message %q is empty or shared", err, m)
		}
		seen[m] = true
	}
	if !strings.Contains(pairMessage(errNoChannel), "sync file") {
		t.Error("when the devices cannot reach each other, the sync file is offered")
	}
}
