//go:build e2e

package e2e

import (
	"context"
	"fmt"
	cdpbrowser "github.com/chromedp/cdproto/browser"
	"github.com/kindly/kindly/internal/backup"
	"github.com/kindly/kindly/internal/journal"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// process is a running kindly server.
type process struct {
	cmd  *exec.Cmd
	addr string
}

func binary(t testing.TB) string {
	bin := os.Getenv("KINDLY_BIN")
	if bin == "" {
		t.Fatal("KINDLY_BIN is not set: run the suite with `make test-e2e`")
	}
	return bin
}

func freeAddr(t testing.TB) string {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().String()
}

// startServer runs bin on addr and waits until it answers.
func startServer(t testing.TB, bin, addr string) *process {
	t.Helper()
	cmd := exec.Command(bin, "-addr", addr, "-quiet")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	s := &process{cmd: cmd, addr: addr}
	deadline := time.Now().Add(15 * time.Second)
	for {
		res, err := http.Get(s.url("/web/robots.txt"))
		if err == nil {
			res.Body.Close()
			return s
		}
		if time.Now().After(deadline) {
			s.stop(t)
			t.Fatalf("server on %s did not start: %v", addr, err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (s *process) url(path string) string { return "http://" + s.addr + path }

// stop shuts the server down as a user would (SIGTERM) and waits for it.
func (s *process) stop(t testing.TB) {
	t.Helper()
	if s.cmd.Process == nil {
		return
	}
	s.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- s.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("server exited with %v after SIGTERM, want a clean exit", err)
		}
	case <-time.After(15 * time.Second):
		s.cmd.Process.Kill()
		t.Error("server did not stop within 15 s of SIGTERM")
	}
}

// watch records what a page does that the suite asserts on.
type watch struct {
	mu       sync.Mutex
	requests []string // every URL a page asked for
	calls    []string // the same, as "METHOD URL", with " +body" when one was sent
	errors   []string // console errors, exceptions, CSP violations, log errors
}

func (w *watch) add(list *[]string, s string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	*list = append(*list, s)
}

func (w *watch) snapshot() (requests, errors []string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string{}, w.requests...), append([]string{}, w.errors...)
}

// sent returns every request as "METHOD URL".
func (w *watch) sent() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string{}, w.calls...)
}

func (w *watch) reset() {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.requests, w.errors, w.calls = nil, nil, nil
}

func (w *watch) listen(ev any) {
	switch e := ev.(type) {
	case *network.EventRequestWillBeSent:
		w.add(&w.requests, e.Request.URL)
		call := e.Request.Method + " " + e.Request.URL
		if e.Request.HasPostData {
			call += " +body"
		}
		w.add(&w.calls, call)
	case *runtime.EventConsoleAPICalled:
		if os.Getenv("KINDLY_DEBUG") != "" {
			for _, a := range e.Args {
				fmt.Fprintln(os.Stderr, "console:", string(a.Value), a.Description)
			}
		}
		if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeAssert {
			var parts []string
			for _, a := range e.Args {
				parts = append(parts, strings.Trim(string(a.Value), `"`)+a.Description)
			}
			w.add(&w.errors, "console: "+strings.Join(parts, " "))
		}
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		msg := d.Text
		if d.Exception != nil {
			msg += " " + d.Exception.Description
		}
		w.add(&w.errors, "exception: "+msg)
	case *log.EventEntryAdded:
		if e.Entry.Level == log.EntryLevelError {
			w.add(&w.errors, fmt.Sprintf("log (%s): %s %s", e.Entry.Source, e.Entry.Text, e.Entry.URL))
		}
	}
}

// browser is one Chromium with its own profile folder.
type browser struct {
	ctx    context.Context
	cancel context.CancelFunc
	watch  *watch
	once   sync.Once
}

// newBrowser starts Chromium on profile (kept across restarts, so a second
// browser on the same folder is a cold start of an installed app).
func newBrowser(t testing.TB, profile string, extra ...chromedp.ExecAllocatorOption) *browser {
	t.Helper()
	exe := "/usr/bin/chromium"
	if _, err := os.Stat(exe); err != nil {
		t.Fatal("Debian's chromium is missing: run `make deps` (apt-get install chromium)")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(exe),
		chromedp.UserDataDir(profile),
		chromedp.Headless,
		chromedp.NoSandbox,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Flag("disable-features", "Translate,MediaRouter,OptimizationHints"),
		chromedp.WindowSize(390, 844),
	}
	opts = append(opts, extra...)
	actx, acancel := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	b := &browser{ctx: ctx, watch: &watch{}}
	b.cancel = func() { cancel(); acancel() }
	if err := chromedp.Listen(ctx, b.watch.listen); err != nil {
		b.cancel()
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		b.cancel()
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, log.Enable, cdp.Empty{}); err != nil {
		b.cancel()
		t.Fatal(err)
	}
	// Count CSP violations in every document, whatever the console says,
	// and every RTCPeerConnection made (the CSP does not govern WebRTC):
	// rtcJS notes its ICE servers and whether the pairing panel was open.
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__csp = []; document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(e.violatedDirective + " " + e.blockedURI));` + rtcJS,
	}); err != nil {
		b.cancel()
		t.Fatal(err)
	}
	// A phone: the size the screenshots and the layout are judged at.
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile)); err != nil {
		b.cancel()
		t.Fatal(err)
	}
	return b
}

// rtcJS wraps RTCPeerConnection so that tests see every one made.
const rtcJS = `window.__rtc = [];
if (window.RTCPeerConnection) {
	const Real = window.RTCPeerConnection;
	window.RTCPeerConnection = function (config, ...rest) {
		const ice = config && Array.isArray(config.iceServers) ? config.iceServers.length : -1;
		window.__rtc.push({ice, pairing: !!document.querySelector('[data-testid="pairing"]')});
		return new Real(config, ...rest);
	};
	window.RTCPeerConnection.prototype = Real.prototype;
}`

// close ends the browser and waits for it to write its profile.
func (b *browser) close() {
	b.once.Do(func() {
		chromedp.Cancel(b.ctx)
		b.cancel()
	})
}

const readyJS = `(() => {
	const el = document.querySelector('[data-testid="app"][data-ready="1"]');
	return el ? performance.now() : 0;
})()`

// open navigates to target and waits for data-ready="1". It returns the
// time from navigation start to ready, as the page measured it.
func (b *browser) open(t testing.TB, target string) time.Duration {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(target)); err != nil {
		t.Fatalf("navigate %s: %v", target, err)
	}
	return b.waitReady(t, ctx, target)
}

// shell opens target as the page shell alone, before any wasm runs
// (go-app's ?wasm=false), to see what the first paint shows.
func (b *browser) shell(t testing.TB, target string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate(target+"?wasm=false"), chromedp.WaitReady(chromedp.CSS("body"))); err != nil {
		t.Fatalf("navigate %s: %v", target, err)
	}
}

func (b *browser) waitReady(t testing.TB, ctx context.Context, what string) time.Duration {
	t.Helper()
	for {
		ms, err := chromedp.Run(ctx, chromedp.Evaluate[float64](readyJS))
		if err == nil && ms > 0 {
			return time.Duration(ms * float64(time.Millisecond))
		}
		select {
		case <-ctx.Done():
			shot := b.screenshot(t, "not-ready")
			t.Fatalf("%s never reached data-ready=\"1\" (last error %v; screenshot %s)", what, err, shot)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// eval evaluates expression (awaiting a promise) and decodes the result.
func eval[T any](t testing.TB, b *browser, expression string) T {
	t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expression, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("evaluate %q: %v", expression, err)
	}
	return v
}

// artefacts is where screenshots go (ignored by git).
func artefacts(t testing.TB) string {
	dir, err := filepath.Abs(filepath.Join("..", "..", "artefacts"))
	if err != nil {
		t.Fatal(err)
	}
	os.MkdirAll(dir, 0o755)
	return dir
}

func (b *browser) screenshot(t testing.TB, name string) string {
	ctx, cancel := context.WithTimeout(b.ctx, 10*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		return "(none: " + err.Error() + ")"
	}
	path := filepath.Join(artefacts(t), name+".png")
	os.WriteFile(path, png, 0o644)
	return path
}

// sameOrigin reports the URLs that leave origin (data: and blob: stay).
func foreign(origin string, urls []string) []string {
	var out []string
	for _, raw := range urls {
		u, err := url.Parse(raw)
		if err != nil {
			out = append(out, raw)
			continue
		}
		switch u.Scheme {
		case "data", "blob":
			continue
		}
		if u.Scheme+"://"+u.Host != origin {
			out = append(out, raw)
		}
	}
	return out
}

// allowDownloads lets pages save files, into a fresh folder it returns.
func allowDownloads(t testing.TB, b *browser) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := chromedp.CallBrowser(b.ctx, cdpbrowser.SetDownloadBehavior, cdpbrowser.SetDownloadBehaviorParams{
		Behavior: cdpbrowser.SetDownloadBehaviorBehaviorAllow, DownloadPath: dir,
	}); err != nil {
		t.Fatal(err)
	}
	return dir
}

// backupFile writes entries as a Kindly backup and returns its path.
func backupFile(t testing.TB, entries []journal.Entry) string {
	t.Helper()
	data, err := backup.New(journal.Loaded{Entries: entries}, nil, time.Now()).JSON()
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "backup.json")
	if err := os.WriteFile(file, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return file
}

// importBackup brings a backup file in through Settings, as a user would.
func importBackup(t *testing.T, b *browser, base, file string) {
	t.Helper()
	b.open(t, base+"/settings")
	act(t, b, chromedp.SetUploadFiles(tid("import-file"), []string{file}), chromedp.WaitVisible(tid("data-result")))
}

// started starts a server and a browser on a fresh profile; both stop
// when the test ends.
func started(t *testing.T) (base string, b *browser) {
	t.Helper()
	srv := startServer(t, binary(t), freeAddr(t))
	t.Cleanup(func() { srv.stop(t) })
	b = newBrowser(t, t.TempDir())
	t.Cleanup(b.close)
	return srv.url(""), b
}

// seeded is started with the insights test's journal imported, for tests
// that need pages with something in them.
func seeded(t *testing.T) (base string, b *browser) {
	t.Helper()
	base, b = started(t)
	importBackup(t, b, base, backupFile(t, seedJournal(time.Now())))
	return base, b
}

// installed is started with Today opened and Kindly cached, as after a
// first visit.
func installed(t *testing.T) (base string, b *browser) {
	t.Helper()
	base, b = started(t)
	b.open(t, base+"/")
	waitPrecached(t, b)
	return base, b
}
