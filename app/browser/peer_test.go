package browser

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// The CSP does not govern WebRTC, so the no-egress promise rests on this:
// an RTCPeerConnection is made in one place only (the pairing bridge), and
// any ICE server configuration anywhere in Kindly's own code is the empty
// list. Vendored third-party files (jsqr.js) are read too: they must not
// mention either.
func TestPeerConnectionsOnlyInPairing(t *testing.T) {
	emptyICE := regexp.MustCompile(`"iceServers": \[\]any\{\}`)
	root := filepath.Join("..", "..")
	for _, dir := range []string{"app", "cmd", "internal", "web"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || strings.HasSuffix(path, "_test.go") {
				return err
			}
			if ext := filepath.Ext(path); ext != ".go" && ext != ".js" && ext != ".html" {
				return nil
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			src := string(data)
			rel, _ := filepath.Rel(root, path)
			if strings.Contains(src, "RTCPeerConnection") && rel != filepath.Join("app", "browser", "peer_wasm.go") {
				t.Errorf("%s makes or names an RTCPeerConnection outside the pairing bridge", rel)
			}
			if n, empty := strings.Count(src, "iceServers"), len(emptyICE.FindAllString(src, -1)); n != empty {
				t.Errorf("%s: %d mentions of iceServers, %d of them the empty list", rel, n, empty)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
}
