package nudge

// german is written for German in Germany, Austria and Switzerland, with
// du. The suggestions keep the grammar of the word they replace: "alles"
// and "vieles" or "einiges" fit wherever "alles" stands, and "erschwert"
// is both a past participle and a present form, as "ruiniert" is.
var german = lang{
	code:  "de",
	soft:  []string{"nicht", "fast", "kaum", "beinahe", "nahezu"},
	reach: 2,
	rules: []*rule{
		{
			stem: "immer", pattern: `immer`,
			note:    "Ein schwerer Moment fühlt sich schnell wie jeder Moment an. Passt das hier vielleicht besser?",
			suggest: []string{"oft", "diesmal"},
			// "immer noch" and "noch immer" mean "still"; "immer mehr",
			// "immer besser"… "more and more"; "für immer", "wie immer",
			// "was auch immer", "wann immer" (whenever), "schon immer" (all
			// along), "immer wieder" (again and again), "immer wenn".
			before: []string{"noch", "für", "wie", "auch", "schon", "wann", "wo", "wer", "was"},
			after:  []string{"noch", "mehr", "weniger", "besser", "schlechter", "schlimmer", "öfter", "häufiger", "seltener", "wieder", "wenn", ", wenn", "dann"},
		},
		{
			stem: "nie", pattern: `noch nie`,
			note:    deNever,
			suggest: []string{"bisher selten", "bisher kaum"},
		},
		{
			stem: "nie", pattern: `nie(mals| und nimmer)?`,
			note:    deNever,
			suggest: []string{"selten", "noch nicht"},
			// "so gut wie nie", "wie nie zuvor"; and the French verb "nier"
			// ("il nie tout"), since every table reads every text.
			before: []string{"wie", "il", "elle", "on", "je", "qui", "ne"},
		},
		{
			stem: "alles", pattern: `alles`,
			note:    "Es kann sich anfühlen wie alles. Vielleicht war es ein Teil?",
			suggest: []string{"vieles", "einiges"},
			// Greetings and reassurance ("alles Gute", "alles klar", "alles
			// in Ordnung"), and "alles andere", "alles Mögliche", "über alles".
			before: []string{"über"},
			after:  []string{"gute", "liebe", "klar", "gut", "okay", "ok", "in ordnung", "andere", "in allem", "mögliche", "oder nichts"},
		},
		{
			stem: "nichts", pattern: `(gar )?nichts`,
			note:    "Wenn es wehtut, wird das Gute leise. Passt das hier eher?",
			suggest: []string{"wenig", "noch nicht viel"},
			// "macht nichts" (never mind), "um nichts in der Welt"; "nichts
			// zu danken", "nichts für ungut", "nichts dagegen", "nichts
			// falsch gemacht", "ich kann nichts dafür" (it's not my fault).
			before: []string{"macht", "um"},
			after:  []string{"zu danken", "für ungut", "dagegen", "dafür", "falsch", "schlimmes", "zu verlieren", "passiert"},
		},
		{
			stem: "ruinier", pattern: `ruinier(?P<end>t|te|ten|e|en)`,
			note:    "Das meiste lässt sich wieder aufnehmen. Wie wäre es hiermit?",
			suggest: []string{"erschwer{end}", "verkomplizier{end}"},
		},
		{
			stem:    "versager",
			pattern: `(ich )?(bin|fühle mich wie) ((ein|eine|so|echt|total|totaler|totale|kompletter|komplette|völliger|völlige|absoluter|absolute|einfach|halt|eben|nur|wirklich|ja|der|die) ){0,3}versager(in)?`,
			note:    "Etwas ist dir nicht gelungen. Das ist nicht dasselbe, wie als Mensch zu scheitern.",
			suggest: []string{"mir ist etwas misslungen", "es lief nicht wie erhofft"},
		},
		{
			stem: "versagt", pattern: `(total|völlig|komplett|absolut|kläglich|auf ganzer linie) versagt`,
			note:    deFail,
			suggest: []string{"diesmal versagt", "es nicht geschafft"},
		},
		{
			stem: "gescheitert", pattern: `(total|völlig|komplett|absolut|kläglich|auf ganzer linie) gescheitert`,
			note:    deFail,
			suggest: []string{"diesmal gescheitert", "nicht ans Ziel gekommen"},
		},
		{
			stem: "reinfall|fehlschlag|misserfolg", pattern: `(totaler|kompletter|völliger|absoluter|riesiger) (reinfall|fehlschlag|misserfolg)`,
			note:    deFail,
			suggest: []string{"Rückschlag", "Versuch, der nicht geklappt hat"},
		},
	},
}

const (
	deNever = "„Nie“ schließt eine Tür, die vielleicht nur gerade zu ist."
	deFail  = "Das war ein Versuch, nicht du als Ganzes."
)
