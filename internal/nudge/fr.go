package nudge

// french is written for French in France, Belgium, Switzerland and Quebec,
// with tu, and the spoken forms people write ("j'suis nul", "chuis nulle").
//
// "Jamais" and "rien" already carry their negation ("je ne réussis
// jamais", "rien ne marche"), so their suggestions keep one too ("pas
// encore", "pas grand-chose"), with or without "ne". "Tout" is hinted only
// where it means "everything" as a verdict ("tout est gâché", "j'ai tout
// raté"), never in "tout à fait", "tout de suite", "pas du tout"…
var french = lang{
	code:  "fr",
	soft:  []string{"pas", "presque", "quasi", "quasiment", "pratiquement", "guère", "guere"},
	reach: 2,
	rules: []*rule{
		{
			stem: "toujours", pattern: `toujours`,
			note:    "Un moment difficile peut sembler se répéter sans fin. Est-ce plus proche de ceci\u00a0?",
			suggest: []string{"souvent", "cette fois"},
			// "Toujours pas", "toujours là", "toujours en vie", "toujours
			// rien": still, not always. "Pour toujours", "depuis toujours",
			// "toujours est-il", "toujours plus". "Là" only with its accent,
			// or "toujours la même chose" would be let through too.
			before: []string{"pour", "depuis"},
			after:  []string{"pas", "l[à]", "en vie", "rien", "est-il", "plus"},
		},
		{
			stem: "jamais", pattern: `jamais`,
			note:    "«\u00a0Jamais\u00a0» ferme une porte qui n'est peut-être fermée que pour l'instant.",
			suggest: []string{"pas encore", "pas toujours"},
			// "Si jamais" (if ever), "plus que jamais", "mieux vaut tard que
			// jamais", "à jamais", "du jamais vu", "jamais de la vie" (no
			// way); "plus jamais" is a resolve as often as a verdict.
			before: []string{"si", "que", "à", "du", "plus"},
			after:  []string{"de la vie", "deux sans trois"},
		},
		{
			stem: "rien", pattern: `rien`,
			note:    "Quand ça fait mal, le bon se fait discret. Est-ce plus proche de ceci\u00a0?",
			suggest: []string{"pas grand-chose", "pas encore grand-chose"},
			// "De rien", "pour rien", "en rien" (in no way), "ça ne fait
			// rien" (never mind); "rien que" (just), "rien de grave",
			// "rien de mal à", "rien à voir", "rien à perdre".
			before: []string{"de", "pour", "en", "fait"},
			after:  []string{"que", "de grave", "de mal", "de spécial", "à voir", "à perdre"},
		},
		{
			stem: "tout",
			pattern: `(?P<w>tout) ((est|était|sera|serait|semble|paraît|devient) ((vraiment|complètement|totalement|encore|déjà|trop) )?` +
				`(foutu|fichu|gâché|raté|perdu|fini|nul|pourri|cassé|noir|à refaire|de ma faute|contre moi|horrible|affreux|compliqué|difficile|dur)|` +
				`(va|allait|part|partait) (mal|de travers|en vrille|en cacahuète|en sucette)|` +
				`(s'écroule|s'effondre|s'écroulait|s'effondrait|foire|rate|me dépasse|m'échappe|me pèse))`,
			note: frAll,
			// "Ceci" agrees as "tout" does, whatever follows; "une partie"
			// would need "gâchée".
			suggest: []string{"ceci", "ce moment"},
		},
		{
			stem:    "tout",
			pattern: `(ai|as|a|avais|avait|vais|vas|va|allais|allait) (?P<w>tout) (raté|gâché|perdu|foiré|détruit|cassé|loupé|bousillé|ruiné|rater|gâcher|perdre|foirer|détruire|casser|louper|bousiller|ruiner)`,
			note:    frAll,
			suggest: []string{"beaucoup", "pas mal"},
		},
		{
			stem:    "tout",
			pattern: `(rate|gâche|foire|perds|détruis|casse|loupe|bousille|ruine) (?P<w>tout)`,
			note:    frAll,
			suggest: []string{"beaucoup", "pas mal"},
		},
		{
			stem: "temps", pattern: `tout le temps`,
			note:    "Un moment difficile peut sembler sans fin. Est-ce plus proche de ceci\u00a0?",
			suggest: []string{"souvent", "ces temps-ci"},
			// "J'ai tout le temps de…", "tout le temps qu'il faut": time, not
			// "always".
			after: []string{"de", `d['’]\p{L}+`, "pour", "devant", "que", `qu['’]\p{L}+`, "du monde"},
		},
		{
			// Before the past participle, so that "je gache tout", typed
			// without its accent, is read as the present.
			stem:    "gach|ruin",
			pattern: `(je|tu|il|elle|on|ça|cela) ((me|te|se|lui|leur|la|le|l'|nous|vous) )?(?P<w>(gâch|ruin)e(?P<end>s?))`,
			note:    frRuin,
			suggest: []string{"complique{end}", "perturbe{end}"},
		},
		{
			stem: "gach|ruin", pattern: `(gâch|ruin)é(?P<end>e?s?)`,
			note:    frRuin,
			suggest: []string{"compliqué{end}", "perturbé{end}"},
			// "Je suis ruiné": I'm broke.
			before: []string{"suis", "sommes"},
		},
		{
			stem: "gach|ruin", pattern: `(gâch|ruin)er`,
			note:    frRuin,
			suggest: []string{"compliquer", "perturber"},
		},
		{
			stem:    "echec|rat|loser|looser|rien|incapable|minable",
			pattern: `(je (ne )?suis|j'suis|chuis|je me sens|j'me sens) (qu')?((un|une|vraiment|tellement|trop|juste|complètement|totalement|vrai|vraie|gros|grosse) ){0,3}(échec|raté|ratée|loser|looser|bon à rien|bonne à rien|incapable|minable)`,
			note:    "Tu as raté quelque chose. Ce n'est pas la même chose qu'être un échec.",
			suggest: []string{"j'ai raté ça", "ça ne s'est pas passé comme je l'espérais"},
		},
		{
			stem:    "nul",
			pattern: `(je suis|j'suis|chuis|je me sens|j'me sens) ((vraiment|tellement|trop|si|super|grave|complètement|totalement|juste) )?nul(le)?`,
			note:    "Tu as du mal avec ça, pour l'instant. Ça ne dit pas qui tu es.",
			suggest: []string{"j'ai du mal", "je n'y arrive pas encore"},
		},
		{
			stem:    "echec|fiasco",
			pattern: `(vrai|véritable|gros|total|complet|cuisant|immense) (échec|fiasco)|(échec|fiasco) (total|complet|cuisant|absolu|retentissant)`,
			note:    "C'était une tentative, pas l'ensemble de ce que tu es.",
			suggest: []string{"revers", "essai qui n'a pas marché"},
		},
		{
			stem:    "rat|echou|foir|loup",
			pattern: `(complètement|totalement|carrément|lamentablement) (?P<end>raté|échoué|foiré|loupé)`,
			note:    "C'était une tentative, pas l'ensemble de ce que tu es.",
			suggest: []string{"{end}", "pas réussi"},
		},
	},
}

const (
	frAll  = "On peut avoir l'impression que c'est tout. Et si c'était une partie\u00a0?"
	frRuin = "La plupart des choses peuvent se reprendre. Et comme ceci\u00a0?"
)
