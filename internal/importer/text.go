package importer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"strings"
	"unicode/utf8"
)

// Limits of the journal, applied here so that a record never fails the
// entry's validation later.
const (
	maxWords   = 64
	maxWordLen = 200
)

// cleanText is a text field as Kindly stores it: line ends as "\n",
// surrounding blank space trimmed, invalid UTF-8 replaced.
func cleanText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.TrimSpace(s)
}

// words trims each word, drops blank ones and repeats (ignoring letter
// case, keeping the first spelling), and keeps at most the journal's
// number of words, each at most its length (cut on a rune boundary).
func words(list []string) []string {
	var out []string
	seen := make(map[string]bool)
	for _, w := range list {
		w = strings.Join(strings.Fields(strings.ToValidUTF8(w, "")), " ")
		if w == "" {
			continue
		}
		if len(w) > maxWordLen {
			cut := maxWordLen
			for cut > 0 && !utf8.RuneStart(w[cut]) {
				cut--
			}
			w = w[:cut]
		}
		k := strings.ToLower(w)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, w)
		if len(out) == maxWords {
			break
		}
	}
	return out
}

// digest is a short, stable fingerprint of parts, for keys of records that
// have no id of their own.
func digest(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// stripBOM drops a UTF-8 byte order mark.
func stripBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, []byte("\xEF\xBB\xBF"))
}

// clip cuts a value short enough to show in an error's Detail.
func clip(s string) string {
	const max = 64
	s = strings.ToValidUTF8(s, "\uFFFD")
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}
