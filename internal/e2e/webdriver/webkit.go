//go:build e2e

package webdriver

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// miniBrowser is where Debian's libwebkit2gtk-4.1-0 puts WebKitGTK's test
// browser on amd64; a glob finds it on other architectures.
const miniBrowser = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser"

// classic drives MiniBrowser through WebKitWebDriver (W3C WebDriver classic
// over HTTP). MiniBrowser is a GTK window, so it gets its own Xvfb display.
type classic struct {
	xvfb    *proc
	drv     *proc
	base    string // http://127.0.0.1:port
	session string // /session/<id>
}

func startWebKit(ctx context.Context, dir string, env []string, o Options) (_ driver, version string, err error) {
	c := &classic{}
	defer func() {
		if err != nil {
			c.close()
		}
	}()
	if env, err = withLocale(dir, o.Lang, env); err != nil {
		return nil, "", err
	}
	display, err := c.startXvfb(ctx, env, o)
	if err != nil {
		return nil, "", err
	}
	port, err := freePort()
	if err != nil {
		return nil, "", err
	}
	c.base = "http://127.0.0.1:" + strconv.Itoa(port)
	c.drv, err = startProc(append(env, "DISPLAY=:"+display), nil, "WebKitWebDriver", "--port="+strconv.Itoa(port))
	if err != nil {
		return nil, "", err
	}
	if err := c.waitReady(ctx); err != nil {
		return nil, "", err
	}
	bin := miniBrowser
	if m, _ := filepath.Glob("/usr/lib/*/webkit2gtk-4.*/MiniBrowser"); len(m) > 0 {
		bin = m[0]
	}
	caps := map[string]any{"capabilities": map[string]any{"alwaysMatch": map[string]any{
		"browserName": "MiniBrowser",
		// Dismiss alert, confirm and prompt at once, as Firefox does; the
		// default, "dismiss and notify", also fails the command after one.
		"unhandledPromptBehavior": "dismiss",
		"webkitgtk:browserOptions": map[string]any{
			"binary": bin,
			// navigator.storage is off in WebKitGTK but on in Safari.
			"args": []string{"--automation", "--full-screen", "--features=+StorageAPI,+StorageAPIEstimate"},
		},
	}}}
	var s struct {
		SessionID    string `json:"sessionId"`
		Capabilities struct {
			BrowserVersion string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	if err := c.do(ctx, http.MethodPost, "/session", caps, &s); err != nil {
		return nil, "", fmt.Errorf("%w; driver output:\n%s", err, c.drv.out)
	}
	c.session = "/session/" + s.SessionID
	// Without a window manager "full screen" only hides the toolbar; the
	// window still has to be given the viewport's size.
	rect := map[string]int{"x": 0, "y": 0, "width": o.Width, "height": o.Height}
	if err := c.do(ctx, http.MethodPost, c.session+"/window/rect", rect, nil); err != nil {
		return nil, "", err
	}
	return c, s.Capabilities.BrowserVersion, nil
}

// withLocale makes o.Lang the C library's locale. WebKit takes the page's
// language (navigator.language, Intl's default) from setlocale, which fails
// for a locale that is not installed, and only C.utf8 is on a bare Debian.
// The name is all WebKit reads (ICU has its own data), so a private LOCPATH
// with C.utf8 under the wanted name is enough.
func withLocale(dir, lang string, env []string) ([]string, error) {
	name := strings.ReplaceAll(lang, "-", "_") + ".UTF-8"
	locales := filepath.Join(dir, "locale")
	if err := os.Mkdir(locales, 0o700); err != nil {
		return nil, err
	}
	if err := os.Symlink("/usr/lib/locale/C.utf8", filepath.Join(locales, name)); err != nil {
		return nil, err
	}
	return append(env, "LOCPATH="+locales, "LANG="+name), nil
}

// startXvfb starts a private X server and returns its display number; with
// -displayfd the server picks a free display itself and writes it to fd 3.
// The screen is the viewport's size: MiniBrowser runs "full screen" so that
// it has no toolbar, whose minimum width (447 px) would rule out a phone's.
func (c *classic) startXvfb(ctx context.Context, env []string, o Options) (string, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return "", err
	}
	defer r.Close()
	c.xvfb, err = startProc(env, []*os.File{w}, "Xvfb", "-displayfd", "3", "-screen", "0",
		fmt.Sprintf("%dx%dx24", o.Width, o.Height), "-nolisten", "tcp")
	w.Close()
	if err != nil {
		return "", err
	}
	if dl, ok := ctx.Deadline(); ok {
		r.SetReadDeadline(dl)
	} else {
		r.SetReadDeadline(time.Now().Add(10 * time.Second))
	}
	line, err := bufio.NewReader(r).ReadString('\n')
	if err != nil {
		return "", fmt.Errorf("Xvfb display: %w; output:\n%s", err, c.xvfb.out)
	}
	return strings.TrimSpace(line), nil
}

// waitReady polls the driver's status until it accepts connections.
func (c *classic) waitReady(ctx context.Context) error {
	for {
		err := c.do(ctx, http.MethodGet, "/status", nil, nil)
		if err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("WebKitWebDriver not ready: %w; output:\n%s", err, c.drv.out)
		case <-c.drv.done:
			return fmt.Errorf("WebKitWebDriver exited; output:\n%s", c.drv.out)
		case <-time.After(20 * time.Millisecond):
		}
	}
}

// do sends one command and decodes the "value" of the reply into out.
func (c *classic) do(ctx context.Context, method, path string, body, out any) error {
	var rd io.Reader
	if method == http.MethodPost {
		if body == nil {
			body = struct{}{}
		}
		data, err := json.Marshal(body)
		if err != nil {
			return err
		}
		rd = bytes.NewReader(data)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	var r struct {
		Value json.RawMessage `json:"value"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&r); err != nil {
		return fmt.Errorf("%s %s: %s: %w", method, path, resp.Status, err)
	}
	if resp.StatusCode != http.StatusOK {
		var e struct{ Error, Message string }
		json.Unmarshal(r.Value, &e)
		return fmt.Errorf("%s %s: %s: %s", method, path, e.Error, e.Message)
	}
	if out == nil {
		return nil
	}
	return json.Unmarshal(r.Value, out)
}

func (c *classic) navigate(ctx context.Context, url string) error {
	return c.do(ctx, http.MethodPost, c.session+"/url", map[string]string{"url": url}, nil)
}

func (c *classic) reload(ctx context.Context) error {
	return c.do(ctx, http.MethodPost, c.session+"/refresh", nil, nil)
}

// call relies on Execute Script awaiting a returned promise. The driver's
// script timeout (30 s by default) bounds it as well as ctx.
func (c *classic) call(ctx context.Context, script string) (string, error) {
	var s *string
	err := c.do(ctx, http.MethodPost, c.session+"/execute/sync",
		map[string]any{"script": "return (" + script + ")();", "args": []any{}}, &s)
	if err == nil && s == nil {
		// The spec's answer when a user prompt opens mid-script: the
		// prompt is dismissed and the script runs on, but its result is lost.
		err = errors.New("no result: an alert, confirm or prompt opened while the script ran")
	}
	if err != nil {
		return "", err
	}
	return *s, nil
}

func (c *classic) screenshot(ctx context.Context) ([]byte, error) {
	var s string
	if err := c.do(ctx, http.MethodGet, c.session+"/screenshot", nil, &s); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(s)
}

func (c *classic) addPreloadScript(context.Context, string) error { return errUnsupported }

// close ends the session first so MiniBrowser quits cleanly, then takes
// down the driver's process group (driver, MiniBrowser, WebKit's helper
// processes) and the X server.
func (c *classic) close() error {
	if c.session != "" {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		c.do(ctx, http.MethodDelete, c.session, nil, nil)
		cancel()
	}
	if c.drv != nil {
		c.drv.stop(syscall.SIGTERM)
	}
	if c.xvfb != nil {
		c.xvfb.stop(syscall.SIGTERM) // SIGTERM lets Xvfb remove its /tmp/.X*-lock
	}
	return nil
}
