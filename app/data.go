package app

import (
	"context"
	"errors"
	"strconv"
	"strings"
	"time"

	"github.com/kindly/kindly/app/browser"
	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/importer"
	ksync "github.com/kindly/kindly/internal/sync"
	"github.com/kindly/kindly/internal/vault"
	goapp "github.com/maxence-charriere/go-app/v10/pkg/app"
)

// wipeWord is what the user types to confirm wiping everything.
func wipeWord() string { return tr("data.wipe.word") }

// wipeConfirmed is whether typed is the confirmation word, whatever a
// phone's keyboard did to its first letter or to spaces around it.
func wipeConfirmed(typed string) bool { return strings.EqualFold(strings.TrimSpace(typed), wipeWord()) }

// dataControls is the Settings section that keeps the user's data theirs:
// export (JSON and Markdown), import, the last backup, and wiping.
type dataControls struct {
	goapp.Compo

	entries    int
	lastExport time.Time
	now        time.Time
	busy       bool
	result     func() string // what was done, in the language shown
	err        error
	wipeTyped  string
	canShare   bool
	pending    []byte // an encrypted backup waiting for its passphrase
	pendName   string
	foreign    *browser.ChosenFile // another app's export, in its preview
	syncFile   *browser.ChosenFile // a sync file from the person's other device
	importPass string
	ctx        goapp.Context // the component's own: event contexts die with their element
	loaded     bool          // lastExport and entries have been read
}

func (c *dataControls) OnMount(ctx goapp.Context) {
	c.ctx = ctx
	reloadOnUnlock(ctx, c.refresh)
	c.canShare = browser.CanShareFiles()
	c.refresh(ctx)
}

func (c *dataControls) refresh(ctx goapp.Context) {
	ctx.Async(func() {
		s, err := db.open()
		if err != nil {
			return
		}
		bg := context.Background()
		newest, err := journalOf(s).Newest(bg, 1) // the reminder only asks "any entry?"
		last, _ := backup.LastExport(bg, s)
		live := len(newest)
		ctx.Dispatch(func(goapp.Context) {
			c.entries, c.lastExport, c.now, c.loaded = live, last, time.Now(), true
			if err != nil {
				c.err = err
			}
		})
	})
}

// export builds a file from the whole journal and downloads or shares it.
func (c *dataControls) export(ctx goapp.Context, markdown, share bool) {
	c.busy, c.err, c.result = true, nil, nil
	ctx.Async(func() {
		now := time.Now()
		var name, mime string
		var data []byte
		s, err := db.open()
		if err == nil {
			if name, mime, data, err = exportFile(s, markdown, now); err == nil {
				if share {
					err = browser.ShareFile(name, mime, data)
				} else {
					err = browser.SaveFile(name, mime, data)
				}
				if err == nil && !markdown {
					err = backup.MarkExported(context.Background(), s, now)
				}
			}
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			c.busy, c.err = false, err
			if err == nil {
				c.result = func() string { return tr("data.saved", "file", name) }
				c.refresh(ctx)
			}
		})
	})
}

func (c *dataControls) exportJSON(goapp.Context, goapp.Event)     { c.export(c.ctx, false, false) }
func (c *dataControls) exportMarkdown(goapp.Context, goapp.Event) { c.export(c.ctx, true, false) }
func (c *dataControls) shareJSON(goapp.Context, goapp.Event)      { c.export(c.ctx, false, true) }

func (c *dataControls) importFile(_ goapp.Context, e goapp.Event) {
	ctx := c.ctx
	c.busy, c.err, c.result, c.pending = true, nil, nil, nil
	ctx.Async(func() {
		f, err := browser.OpenChosenFile("import-file")
		var data []byte
		var name string
		if err == nil {
			name = f.Name
			head, err2 := importer.Head(f)
			switch {
			case err2 == nil && ksync.IsFile(head):
				ctx.Dispatch(func(goapp.Context) { c.busy, c.syncFile = true, f })
				return
			case err2 == nil && importer.Sniff(head):
				ctx.Dispatch(func(goapp.Context) { c.busy, c.foreign = true, f })
				return
			}
			data, err = f.All()
		}
		if err == nil && backup.IsEncrypted(data) {
			ctx.Dispatch(func(goapp.Context) {
				c.busy, c.pending, c.pendName = false, data, name
				browser.SetValue("import-file", "")
				ctx.Defer(func(goapp.Context) { browser.Focus("import-pass") })
			})
			return
		}
		c.importData(name, data, err)
	})
}

// foreignDone is the end of another app's import: its result, a
// cancellation or the error that stopped it.
func (c *dataControls) foreignDone(result func() string, err error) {
	c.busy, c.foreign, c.syncFile, c.result, c.err = false, nil, nil, result, err
	browser.SetValue("import-file", "")
	// The preview goes; focus returns to the control that opened it (the
	// result or the error beside it is announced).
	c.ctx.Defer(func(goapp.Context) { browser.Focus("import-file") })
	if err == nil {
		c.refresh(c.ctx)
	}
}

func (c *dataControls) onImportPass(ctx goapp.Context, e goapp.Event) {
	c.importPass = ctx.JSSrc().Get("value").String()
}

// openEncrypted decrypts the waiting backup with the typed passphrase and
// imports it; a wrong passphrase leaves everything as it was.
func (c *dataControls) openEncrypted(goapp.Context, goapp.Event) {
	data, name, pass := c.pending, c.pendName, c.importPass
	c.busy, c.err = true, nil
	c.ctx.Async(func() {
		doc, err := backup.Decrypt(data, pass)
		c.importData(name, doc, err)
	})
}

// importData merges a backup document into the journal and reports.
func (c *dataControls) importData(name string, data []byte, err error) {
	ctx := c.ctx
	var stats backup.Stats
	if err == nil {
		s, err2 := db.open()
		if err = err2; err == nil {
			stats, err = backup.Import(context.Background(), s, data)
		}
	}
	ctx.Dispatch(func(ctx goapp.Context) {
		c.busy, c.err = false, err
		browser.SetValue("import-file", "")
		if errors.Is(err, vault.ErrWrongPassphrase) {
			return // the passphrase field stays for another try
		}
		c.pending, c.importPass = nil, ""
		browser.SetValue("import-pass", "")
		if err == nil {
			changed()
			c.result = func() string {
				s := trn("data.imported", stats.Added, "file", name,
					"updated", strconv.Itoa(stats.Updated), "unchanged", strconv.Itoa(stats.Unchanged))
				if stats.Mantras > 0 {
					s += " " + trn("data.imported.mantras", stats.Mantras)
				}
				return s
			}
			c.refresh(ctx)
		}
	})
}

func (c *dataControls) onWipeTyped(ctx goapp.Context, e goapp.Event) {
	c.wipeTyped = ctx.JSSrc().Get("value").String()
}

func (c *dataControls) wipe(_ goapp.Context, e goapp.Event) {
	ctx := c.ctx
	if !wipeConfirmed(c.wipeTyped) {
		return
	}
	c.busy = true
	ctx.Async(func() {
		s, err := db.open()
		if err == nil {
			if err = s.Clear(context.Background()); err == nil {
				db.readHeader(false) // the lock went with everything else
			}
		}
		ctx.Dispatch(func(ctx goapp.Context) {
			c.busy, c.err = false, err
			if err == nil {
				browser.ClearPreferences()
				changed()
				ctx.Navigate("/")
			}
		})
	})
}

func (c *dataControls) Render() goapp.UI {
	return goapp.Div().Body(
		goapp.Section().Class("card").Aria("labelledby", "settings-backup").Body(
			goapp.H2().ID("settings-backup").Text(tr("data.backups")),
			// The buttons come before what is read from storage, so they do
			// not move under a finger when it arrives.
			goapp.Div().Class("actions").Body(
				goapp.Button().Class("button").DataSet("testid", "export-json").Disabled(c.busy).OnClick(c.exportJSON).Text(tr("data.export.json")),
				goapp.Button().Class("button quiet").DataSet("testid", "export-markdown").Disabled(c.busy).OnClick(c.exportMarkdown).Text(tr("data.export.markdown")),
				slot(c.canShare, func() goapp.UI {
					return goapp.Button().Class("button quiet").DataSet("testid", "export-share").Disabled(c.busy).OnClick(c.shareJSON).Text(tr("data.export.share"))
				}),
			),
			goapp.P().DataSet("testid", "last-backup").Text(c.lastBackupText()),
			slot(backup.Remind(c.lastExport, c.now, c.entries), func() goapp.UI {
				return goapp.P().Class("reminder").DataSet("testid", "backup-reminder").
					Text(tr("data.reminder"))
			}),
			goapp.Label().For("import-file").Class("field-label").Text(tr("data.import")),
			// No accept filter: Daylio's CSV arrives as .txt or .csv, its
			// backup as .daylio, Day One's as .zip; the content decides.
			goapp.Input().ID("import-file").Type("file").
				DataSet("testid", "import-file").Disabled(c.busy).OnChange(c.importFile),
			goapp.P().Class("hint").Text(tr("data.import.hint")),
			goapp.P().Class("hint").Text(tr("import.apps")),
			slot(c.foreign != nil, func() goapp.UI {
				return &importPreview{File: c.foreign, Done: c.foreignDone}
			}),
			slot(c.syncFile != nil, func() goapp.UI {
				return &syncPreview{File: c.syncFile, Done: c.foreignDone}
			}),
			slot(c.pending != nil, func() goapp.UI {
				return goapp.Div().Body(
					goapp.Label().For("import-pass").Class("field-label").Text(tr("data.import.encrypted")),
					goapp.Input().Type("password").ID("import-pass").DataSet("testid", "passphrase").OnInput(c.onImportPass),
					goapp.Div().Class("actions").Body(
						goapp.Button().Class("button").DataSet("testid", "import-open").Disabled(c.busy).OnClick(c.openEncrypted).Text(tr("data.import.open")),
					),
				)
			}),
			slot(c.result != nil, func() goapp.UI {
				return goapp.P().Class("success").DataSet("testid", "data-result").Aria("live", "polite").Text(c.result())
			}),
			slot(c.err != nil, func() goapp.UI {
				return alert(dataMessage(c.err))
			}),
		),
		goapp.Section().Class("card").Aria("labelledby", "settings-wipe").Body(
			goapp.H2().ID("settings-wipe").Text(tr("data.wipe")),
			goapp.P().Text(tr("data.wipe.text")),
			goapp.Label().For("wipe-confirm").Class("field-label").Text(tr("data.wipe.confirm", "word", wipeWord())),
			goapp.Input().ID("wipe-confirm").Type("text").DataSet("testid", "wipe-confirm").Dir("auto").AutoComplete(false).Attr("autocapitalize", "none").OnInput(c.onWipeTyped),
			goapp.Div().Class("actions").Body(
				goapp.Button().Class("button danger").DataSet("testid", "wipe-all").Disabled(c.busy || !wipeConfirmed(c.wipeTyped)).
					OnClick(c.wipe).Text(tr("data.wipe.button")),
			),
		),
	)
}

// lastBackupText says when the last backup was saved, once that has been
// read: "none yet" before then would be wrong for most people.
func (c *dataControls) lastBackupText() string {
	if !c.loaded {
		return ""
	}
	if c.lastExport.IsZero() {
		return tr("data.last-backup.none")
	}
	return tr("data.last-backup", "date", local.longDayYearAt(c.lastExport.Local()))
}

// dataMessage explains an export or import failure kindly and precisely.
func dataMessage(err error) string {
	if s := importMessage(err); s != "" {
		return s
	}
	if isSyncError(err) {
		return syncMessage(err)
	}
	if errors.Is(err, backup.ErrInvalid) {
		return tr("data.invalid", "reason", capitalise(err.Error()))
	}
	return storageMessage(err)
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
