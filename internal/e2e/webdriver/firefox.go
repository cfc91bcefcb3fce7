//go:build e2e

package webdriver

import (
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
)

// bidi drives Firefox over WebDriver BiDi, which Firefox serves itself when
// started with --remote-debugging-port.
type bidi struct {
	p       *proc
	ws      *wsConn
	context string // the one tab's browsing context

	mu      sync.Mutex
	nextID  int
	pending map[int]chan bidiMsg
	dead    chan struct{} // closed when the connection is gone
	readErr error
}

type bidiMsg struct {
	Type    string          `json:"type"` // success, error or event
	ID      *int            `json:"id"`
	Result  json.RawMessage `json:"result"`
	Error   string          `json:"error"`
	Message string          `json:"message"`
}

func startFirefox(ctx context.Context, dir string, env []string, o Options) (_ driver, version string, err error) {
	b := &bidi{pending: map[int]chan bidiMsg{}, dead: make(chan struct{})}
	defer func() {
		if err != nil {
			b.close()
		}
	}()
	profile := filepath.Join(dir, "profile")
	if err := os.Mkdir(profile, 0o700); err != nil {
		return nil, "", err
	}
	if err := os.WriteFile(filepath.Join(profile, "user.js"), []byte(userJS(o.Lang)), 0o600); err != nil {
		return nil, "", err
	}
	// MOZ_DISABLE_NONLOCAL_CONNECTIONS makes Firefox refuse any connection
	// off the loopback, and is also what lets a release build honour the
	// dummy remote-settings server in user.js (it resolves the real one
	// otherwise). Port 0: Firefox picks a free port and prints it.
	env = append(env, "MOZ_DISABLE_NONLOCAL_CONNECTIONS=1", "MOZ_CRASHREPORTER_DISABLE=1")
	b.p, err = startProc(env, nil, "firefox-esr", "--headless", "--no-remote",
		"--profile", profile, "--remote-debugging-port=0", "about:blank")
	if err != nil {
		return nil, "", err
	}
	addr, err := b.p.waitOutput(ctx, "WebDriver BiDi listening on ")
	if err != nil {
		return nil, "", err
	}
	if b.ws, err = dialWS(ctx, strings.TrimSpace(addr)+"/session"); err != nil {
		return nil, "", err
	}
	go b.readLoop()
	var s struct {
		Capabilities struct {
			BrowserVersion string `json:"browserVersion"`
		} `json:"capabilities"`
	}
	// Dismiss alert, confirm and prompt at once: BiDi's default, spelled out
	// because journeys rely on it (the WebKit session asks for the same).
	caps := map[string]any{"alwaysMatch": map[string]any{"unhandledPromptBehavior": map[string]string{"default": "dismiss"}}}
	if err := b.send(ctx, "session.new", map[string]any{"capabilities": caps}, &s); err != nil {
		return nil, "", err
	}
	var tree struct {
		Contexts []struct {
			Context string `json:"context"`
		} `json:"contexts"`
	}
	if err := b.send(ctx, "browsingContext.getTree", map[string]any{"maxDepth": 0}, &tree); err != nil {
		return nil, "", err
	}
	if len(tree.Contexts) == 0 {
		return nil, "", errors.New("no browsing context")
	}
	b.context = tree.Contexts[0].Context
	viewport := map[string]any{"context": b.context, "viewport": map[string]int{"width": o.Width, "height": o.Height}}
	if err := b.send(ctx, "browsingContext.setViewport", viewport, nil); err != nil {
		return nil, "", err
	}
	return b, s.Capabilities.BrowserVersion, nil
}

// readLoop hands each command's reply to its waiting sender. Events are
// dropped: no journey subscribes to any.
func (b *bidi) readLoop() {
	for {
		data, err := b.ws.read()
		if err != nil {
			b.mu.Lock()
			b.readErr = err
			b.mu.Unlock()
			close(b.dead)
			return
		}
		var m bidiMsg
		if json.Unmarshal(data, &m) != nil || m.ID == nil {
			continue
		}
		b.mu.Lock()
		ch := b.pending[*m.ID]
		delete(b.pending, *m.ID)
		b.mu.Unlock()
		if ch != nil {
			ch <- m
		}
	}
}

func (b *bidi) send(ctx context.Context, method string, params, out any) error {
	b.mu.Lock()
	b.nextID++
	id := b.nextID
	ch := make(chan bidiMsg, 1)
	b.pending[id] = ch
	b.mu.Unlock()
	data, err := json.Marshal(map[string]any{"id": id, "method": method, "params": params})
	if err == nil {
		err = b.ws.write(0x1, data)
	}
	if err != nil {
		b.forget(id)
		return err
	}
	select {
	case m := <-ch:
		if m.Type == "error" {
			return fmt.Errorf("%s: %s: %s", method, m.Error, m.Message)
		}
		if out == nil {
			return nil
		}
		return json.Unmarshal(m.Result, out)
	case <-ctx.Done():
		b.forget(id)
		return fmt.Errorf("%s: %w", method, ctx.Err())
	case <-b.dead:
		return fmt.Errorf("%s: connection lost: %v", method, b.readErr)
	}
}

func (b *bidi) forget(id int) {
	b.mu.Lock()
	delete(b.pending, id)
	b.mu.Unlock()
}

func (b *bidi) navigate(ctx context.Context, url string) error {
	return b.send(ctx, "browsingContext.navigate",
		map[string]any{"context": b.context, "url": url, "wait": "complete"}, nil)
}

func (b *bidi) reload(ctx context.Context) error {
	return b.send(ctx, "browsingContext.reload", map[string]any{"context": b.context, "wait": "complete"}, nil)
}

func (b *bidi) call(ctx context.Context, script string) (string, error) {
	var r struct {
		Type   string `json:"type"`
		Result struct {
			Value string `json:"value"`
		} `json:"result"`
		ExceptionDetails struct {
			Text string `json:"text"`
		} `json:"exceptionDetails"`
	}
	err := b.send(ctx, "script.callFunction", map[string]any{
		"functionDeclaration": script,
		"awaitPromise":        true,
		"target":              map[string]any{"context": b.context},
	}, &r)
	if err != nil {
		return "", err
	}
	if r.Type == "exception" { // only a syntax error gets past the wrapper
		return "", errors.New(r.ExceptionDetails.Text)
	}
	return r.Result.Value, nil
}

func (b *bidi) screenshot(ctx context.Context) ([]byte, error) {
	var r struct {
		Data string `json:"data"`
	}
	if err := b.send(ctx, "browsingContext.captureScreenshot", map[string]any{"context": b.context}, &r); err != nil {
		return nil, err
	}
	return base64.StdEncoding.DecodeString(r.Data)
}

func (b *bidi) addPreloadScript(ctx context.Context, fn string) error {
	return b.send(ctx, "script.addPreloadScript", map[string]any{"functionDeclaration": fn}, nil)
}

// close kills rather than quits Firefox: the profile is thrown away, so
// there is nothing to save and no reason to wait.
func (b *bidi) close() error {
	if b.ws != nil {
		b.ws.close()
	}
	if b.p != nil {
		b.p.stop(syscall.SIGKILL)
	}
	return nil
}
