package i18n

import (
	"io/fs"
	"slices"
	"strings"
)

// checkShipped is CheckFS, and that the languages langs and the
// catalog folders in fsys are the same.
func checkShipped(fsys fs.FS, langs []string) []error {
	errs := CheckFS(fsys)
	dirs, _ := fs.ReadDir(fsys, ".")
	var have []string
	for _, d := range dirs {
		if d.IsDir() {
			have = append(have, d.Name())
		}
	}
	for _, lang := range langs {
		if !slices.Contains(have, lang) {
			errs = append(errs, problem{lang, "", "shipped, but has no catalog folder"})
		}
	}
	for _, lang := range have {
		if !slices.Contains(langs, lang) {
			errs = append(errs, problem{lang, "", "has a catalog folder but is not in Languages"})
		}
	}
	return errs
}

// CheckFS validates the catalogs in fsys, one folder per language
// (<lang>/<area>.json), against English's, and returns every fault, each
// naming the language and the key (or the file):
//
//   - a file that is not a JSON object of messages, a message that is
//     neither a text nor an object of forms, an unknown field, a key
//     defined in two files of one language;
//   - in English, a key that is not dotted words ("journal.count");
//   - a key of English missing from a language, or a key English lacks;
//   - an empty text, or a plural form the language needs that is missing:
//     a message that is plural in English (or in the translation) needs
//     every category the language's CLDR rule picks for some integer
//     (es: one, many, other), and no form the rule never picks;
//   - a placeholder set that differs from English's "other" form (the
//     forms for a single number, zero, one and two, may leave out the
//     count {n}: "One entry"), and a brace that is not part of a
//     {placeholder};
//   - a NUL byte, which the compiled catalogs use between plural forms.
func CheckFS(fsys fs.FS) []error {
	en, bad := read(fsys, source)
	bad = append(bad, check(source, en, en)...)
	dirs, _ := fs.ReadDir(fsys, ".")
	for _, d := range dirs {
		if !d.IsDir() || d.Name() == source {
			continue
		}
		msgs, ps := read(fsys, d.Name())
		bad = append(bad, ps...)
		bad = append(bad, check(d.Name(), en, msgs)...)
	}
	errs := make([]error, len(bad))
	for i, p := range bad {
		errs[i] = p
	}
	slices.SortFunc(errs, func(a, b error) int { return strings.Compare(a.Error(), b.Error()) })
	return errs
}

// check validates lang's messages against English's.
func check(lang string, en, msgs map[string]message) []problem {
	var bad []problem
	report := func(key, msg string) { bad = append(bad, problem{lang, key, msg}) }
	for key := range en {
		if lang == source && !dotted(key) {
			report(key, "not a key of dotted words (journal.count)")
		}
		if _, ok := msgs[key]; !ok {
			report(key, "missing")
		}
	}
	need := forms(lang)
	for key, m := range msgs {
		e, ok := en[key]
		if !ok {
			report(key, "not a key in English")
			continue
		}
		plural := e.plural() || m.plural()
		want := names(e.raw(other))
		for cat, name := range categories {
			s := m.raw(cat)
			needed := cat == other || plural && need&(1<<cat) != 0
			switch {
			case s == "" && needed && !plural:
				report(key, "empty text")
			case s == "" && needed:
				report(key, "no text for the \""+name+"\" form")
			case s != "" && !needed:
				report(key, "a \""+name+"\" form, which "+lang+" never uses")
			case strings.ContainsRune(s, 0):
				report(key, "has a NUL byte"+inForm(plural, name))
			case s != "":
				if fault := placeholders(s, want, cat == zero || cat == one || cat == two); fault != "" {
					report(key, fault+inForm(plural, name))
				}
			}
		}
	}
	return bad
}

// inForm names the form a fault is in, for plural messages.
func inForm(plural bool, name string) string {
	if plural {
		return " in the \"" + name + "\" form"
	}
	return ""
}

// placeholders says how the placeholders of s differ from want, if they
// do; the form for a single number (zero, one, two) may leave out {n}
// ("One entry").
func placeholders(s string, want []string, single bool) string {
	var stray bool
	split(s, func(text string, name bool) {
		stray = stray || !name && strings.ContainsAny(text, "{}")
	})
	if stray {
		return "has a brace that is not part of a {placeholder}"
	}
	have := names(s)
	for _, w := range want {
		if !slices.Contains(have, w) && !(single && w == "n") {
			return "lacks the placeholder {" + w + "}"
		}
	}
	for _, h := range have {
		if !slices.Contains(want, h) {
			return "has a placeholder {" + h + "} that English does not"
		}
	}
	return ""
}

// names are the placeholder names in s.
func names(s string) []string {
	var ns []string
	split(s, func(text string, name bool) {
		if name && !slices.Contains(ns, text) {
			ns = append(ns, text)
		}
	})
	return ns
}

// dotted reports whether key is two or more dot-separated words of
// letters, digits, "_" and "-".
func dotted(key string) bool {
	words := strings.Split(key, ".")
	for _, w := range words {
		if w == "" || strings.Trim(w, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") != "" {
			return false
		}
	}
	return len(words) > 1
}
