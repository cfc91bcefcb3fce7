package importer

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestHTMLText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"a<br>b<br/>c<BR />d<Br>e", "a\nb\nc\nd\ne"},
		{"<p>one</p><p>two</p>", "one\ntwo"},
		{"<div>one</div>two", "one\ntwo"},
		{"Never mind<b>d</b>.", "Never mindd."},
		{"Who knows.<br><br>Am I [[virtual]]?", "Who knows.\n\nAm I [[virtual]]?"},
		{"<b>List</b><ol><li>one</li><li>two</li></ol>after", "List\n- one\n- two\nafter"},
		{"<ul><li>only</li></ul>", "- only"},
		{"x<br><br><br><br>y", "x\n\ny"},
		{"x<br>&nbsp;<br>&nbsp;<br>y", "x\n\ny"},
		{"x\r\n\r\n\r\n\r\ny", "x\n\ny"},
		{"raw\nnewline", "raw\nnewline"},
		{"&amp; &lt; &gt; &quot; &#39; &apos; a&nbsp;&nbsp;b", `& < > " ' ' a  b`},
		{"&#228; &#xE4; &#XE4; &#x1F600;", "ä ä ä 😀"},
		{"&#55357;&#56832;", "😀"},            // one UTF-16 half per entity
		{"&#55357; alone", "&#55357; alone"}, // a lone half stays
		{"&#0; &#x110000; &#; &#x; &#-5;", "&#0; &#x110000; &#; &#x; &#-5;"},
		{"&unbekannt; &AMP; & alone &amp", "&unbekannt; &AMP; & alone &amp"},
		{"&lt;b&gt;not bold&lt;/b&gt;", "<b>not bold</b>"},
		{"I <3 you", "I <3 you"},
		{"a < b > c", "a < b > c"},
		{"1<2 and 3>2", "1<2 and 3>2"},
		{"<<b>>", "<>"},
		{"<b-side> and <b", "<b-side> and <b"},
		{"open <i and <b>bold</b>", "open <i and bold"},
		{`<a href="x">link</a>`, "link"},
		{"a<!-- note -->b<!-- open", "ab<!-- open"},
		{"<!DOCTYPE html>text", "text"},
		{"  \n<br> padded <br>\n ", "padded"},
		{"bad \xff byte", "bad \uFFFD byte"},
	} {
		if got := htmlText(c.in); got != c.want {
			t.Errorf("htmlText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// Text full of "<" that never closes, or "&" that ends no entity, takes
// linear time: a note is up to a megabyte.
func TestHTMLTextLinear(t *testing.T) {
	for _, s := range []string{strings.Repeat("<a", 1<<19), strings.Repeat("&#", 1<<19), strings.Repeat("<!--", 1<<18)} {
		start := time.Now()
		if got := htmlText(s); len(got) != len(s) {
			t.Fatalf("%d bytes in, %d out", len(s), len(got))
		}
		if d := time.Since(start); d > 2*time.Second {
			t.Fatalf("%.10q… took %v", s, d)
		}
	}
}

func FuzzHTMLText(f *testing.F) {
	for _, s := range []string{"a<br>b", "<ol><li>x</li></ol>", "&#55357;&#56832; &amp; <3", "<!-- x -->&unbekannt;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		out := htmlText(s)
		if !utf8.ValidString(out) || strings.Contains(out, "\n\n\n") || strings.Contains(out, "\r") || out != strings.TrimSpace(out) {
			t.Fatalf("htmlText(%q) = %q", s, out)
		}
	})
}
