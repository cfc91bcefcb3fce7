package crisis

// Crisis lines are kept per country, not per language: Spanish speakers
// live in Spain, Mexico and the United States, and each needs its own
// numbers. Names, notes and the date each row was checked live in
// countries.go; the tests fail on a row without a source, or checked more
// than a year ago, because numbers change (the US Lifeline moved to 988).

// Number is a phone number as dialled (for tel: and sms: links) and as
// people there write it.
type Number struct {
	Dial  string
	Shown string
}

// Emergency is an emergency number. For is a message key saying what it
// is for ("medical help"), or "" when it is the general one.
type Emergency struct {
	Number
	For string
}

// Line is a crisis line. Name is the service's own name and is never
// translated; Note is a message key of the interface's catalog (hours,
// cost, who it is for, languages), so it reads in the person's language.
type Line struct {
	Name string
	Call []Number
	Text Number // for sms:; Dial is "" when the line takes no texts
	Note string
	// Source is the page that states the numbers: the service's own or a
	// health authority's where the stored copies held one, else a report
	// quoting the service. Verified is when it was read, YYYY-MM-DD.
	Source, Verified string
}

// Country is a country Kindly lists lines for. Name is a message key.
type Country struct {
	Code      string // ISO 3166-1 alpha-2
	Name      string
	Emergency []Emergency
	Lines     []Line
}

// Find is the country with the ISO code, if Kindly lists it.
func Find(code string) (Country, bool) {
	for _, c := range Countries {
		if c.Code == code {
			return c, true
		}
	}
	return Country{}, false
}
