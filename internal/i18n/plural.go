package i18n

// CLDR plural categories, as indexes into a message's forms. "other"
// comes first because a plain text is a message with only that form.
const (
	other = iota
	zero
	one
	two
	few
	many
)

// categories are the CLDR names of the plural categories, by index.
var categories = [...]string{"other", "zero", "one", "two", "few", "many"}

// Plural is the CLDR cardinal plural category ("zero", "one", "two",
// "few", "many" or "other") of the integer n in lang, by the current CLDR
// rules (the ones Intl.PluralRules and Weblate use): English and German
// one for 1; Spanish one for 1 and many for 1000000, 2000000, …; French
// one for 0 and 1 and many like Spanish; Arabic all six. Pseudo-locales
// and languages without rules here count like English, whose text they
// show.
func Plural(lang string, n int) string {
	return categories[category(lang, n)]
}

// category is Plural as an index. Rules are on |n|, as CLDR's are.
func category(lang string, n int) int {
	u := uint64(n)
	if n < 0 {
		u = -u
	}
	lang = canon(lang)
	if lang == accented || lang == mirrored {
		lang = source
	}
	switch base(lang) {
	case "es":
		switch {
		case u == 1:
			return one
		case u != 0 && u%1000000 == 0:
			return many
		}
	case "fr":
		switch {
		case u <= 1:
			return one
		case u%1000000 == 0:
			return many
		}
	case "ar":
		switch r := u % 100; {
		case u == 0:
			return zero
		case u == 1:
			return one
		case u == 2:
			return two
		case r >= 3 && r <= 10:
			return few
		case r >= 11:
			return many
		}
	default: // en, de
		if u == 1 {
			return one
		}
	}
	return other
}

// forms is the set of categories a plural message needs in lang, as bits
// by index: those category picks for 0…200 and the millions, which reach
// every integer category of the rules above.
func forms(lang string) (set uint) {
	for n := 0; n <= 200; n++ {
		set |= 1 << category(lang, n)
	}
	return set | 1<<category(lang, 1000000)
}
