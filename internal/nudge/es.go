package nudge

// spanish is written for Spanish in Spain and Latin America, with tú.
//
// "Nunca" and "nada" take a "no" before the verb when they follow it ("no
// me sale nunca", "no hice nada"): that "no" is agreement, not softening,
// so those rules offer words that fit beside it instead ("no me sale
// todavía", "no hice casi nada"). "Nunca jamás" is hinted as one.
var spanish = lang{
	code:  "es",
	soft:  []string{"casi", "apenas"},
	reach: 3, // "no lo hago siempre"
	neg:   []string{"no", "ni", "tampoco"},
	rules: []*rule{
		{
			stem: "siempre", pattern: `siempre`,
			note:    "Un mal momento puede sentirse como todos los momentos. ¿Se acerca más a esto?",
			suggest: []string{"a menudo", "esta vez"},
			// "para siempre", "como siempre", "lo de siempre", "desde siempre",
			// "siempre que" (whenever), "siempre y cuando" (provided that):
			// sayings, and no kinder word fits in them.
			before: []string{"para", "por", "como", "de", "desde"},
			after:  []string{"que", "y cuando"},
		},
		{
			stem: "nunca|jam", pattern: `nunca( jamás)?|jamás`,
			note:    "«Nunca» cierra una puerta que quizá solo está cerrada por ahora.",
			suggest: []string{"todavía no", "pocas veces"},
			negated: []string{"todavía", "casi nunca"},
			// "más que nunca", "como nunca" (better than ever), "ahora o
			// nunca", "nunca se sabe", "nunca es tarde", "nunca digas nunca".
			before: []string{"que", "como", "o", "digas"},
			after:  []string{"se sabe", "es tarde", "digas"},
		},
		{
			stem: "todo", pattern: `todo`,
			note:    "Puede parecer que fue todo. ¿Quizá fue una parte?",
			suggest: []string{"mucho", "esta parte"},
			// "sobre todo" (above all), "del todo", "con todo" (even so),
			// "ante todo", "un poco de todo"; "todo el día", "todo lo que",
			// "todo un logro", "todo bien", "en todo caso".
			before: []string{"sobre", "del", "con", "ante", "de"},
			after:  []string{"el", "la", "lo", "los", "las", "un", "una", "bien", "caso", "recto", "derecho", "terreno", "incluido"},
		},
		{
			stem: "nada", pattern: `nada`,
			note:    "Cuando algo duele, lo bueno se queda en silencio. ¿Se acerca más a esto?",
			suggest: []string{"poco", "menos de lo que esperaba"},
			negated: []string{"casi nada", "mucho todavía"},
			// "de nada", "no pasa nada" (it's fine), "por nada", "antes que
			// nada", "más que nada"; "nada mal", "nada más" (only, as soon
			// as), "nada que ver".
			before: []string{"de", "pasa", "por", "que"},
			after:  []string{"mal", "más", "que ver"},
		},
		{
			stem: "arruin", pattern: `arruiné`,
			note:    esRuin,
			suggest: []string{"compliqué", "estropeé"},
		},
		{
			stem: "arruin", pattern: `arruin(?P<end>o|a|as|an|ar|ando)`,
			note:    esRuin,
			suggest: []string{"complic{end}", "estrope{end}"},
		},
		{
			stem: "arruin", pattern: `arruin(?P<end>ad[oa]s?)`,
			note:    esRuin,
			suggest: []string{"complic{end}", "estrope{end}"},
			// "Estoy arruinado": I'm broke.
			before: []string{"estoy", "estamos", "quedé", "quedamos"},
		},
		{
			stem: "fracas|desastre|inutil|perdedor",
			pattern: `(yo )?(soy|me siento) ((un|una|tan|muy|todo|toda|complet[oa]|total|absolut[oa]|auténtic[oa]|verdader[oa]) ){0,3}` +
				`(fracaso|desastre|inútil|fracasad[oa]|perdedora?)( total| absolut[oa]| complet[oa])?`,
			note:    "Algo te salió mal. Eso es distinto de ser un fracaso.",
			suggest: []string{"esto me salió mal", "esto no salió como esperaba"},
		},
		{
			stem: "fracas|desastre",
			pattern: `(fracaso|desastre) (total|absoluto|completo|rotundo)|` +
				`(completo|total|absoluto|rotundo|auténtico|verdadero) (fracaso|desastre)`,
			note:    esFail,
			suggest: []string{"tropiezo", "intento que no salió"},
		},
		{
			stem:    "fracas|fall",
			pattern: `(fracasé|fallé) (por completo|totalmente|completamente|del todo|en todo)`,
			note:    esFail,
			suggest: []string{"fallé esta vez", "no me salió"},
		},
	},
}

const (
	esRuin = "Casi todo se puede retomar. ¿Qué tal así?"
	esFail = "Fue un intento, no todo lo que eres."
)
