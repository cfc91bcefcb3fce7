package i18n

import (
	"slices"
	"strings"
)

// Match picks the language to show from the user's preferred language
// tags, best first, as navigator.languages lists them. For each tag in
// turn it tries the tag itself, then the tag shortened subtag by subtag
// (de-AT → de, zh-Hant-TW → zh-Hant → zh), then a shipped language of the
// same base in another region (es-419 → es-ES, if only that shipped); the
// first tag that matches wins, and "en" when none does. Tags are matched
// in any letter case, with "_" or "-". A pseudo-locale matches only
// itself, so the browser suite can ask for one through the browser's
// languages.
func Match(prefs []string) string {
	for _, p := range prefs {
		p = canon(p)
		for t := p; t != ""; {
			if slices.Contains(shipped, t) || t == accented || t == mirrored {
				return t
			}
			i := strings.LastIndexByte(t, '-')
			if i < 0 {
				break
			}
			t = t[:i]
		}
		for _, s := range shipped {
			if base(s) == base(p) {
				return s
			}
		}
	}
	return source
}

// canon writes a BCP 47 tag in its usual case ("pt-BR", "zh-Hant-TW",
// "es-419"), with "-" for "_", so that tags compare with ==.
func canon(tag string) string {
	parts := strings.Split(strings.ReplaceAll(strings.TrimSpace(tag), "_", "-"), "-")
	for i, p := range parts {
		p = strings.ToLower(p)
		switch {
		case i > 0 && len(p) == 2: // region
			p = strings.ToUpper(p)
		case i > 0 && len(p) == 4: // script
			p = strings.ToUpper(p[:1]) + p[1:]
		}
		parts[i] = p
	}
	return strings.Join(parts, "-")
}

// base is a tag's language subtag: "de" for "de-AT".
func base(tag string) string {
	b, _, _ := strings.Cut(tag, "-")
	return b
}
