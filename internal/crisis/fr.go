package crisis

// french is written for French as it is typed in France, Belgium,
// Switzerland and Quebec, with the spoken forms people write ("j'veux",
// "jveux", "j'en peux plus" without "ne"), accents and apostrophes
// optional.
//
// Sayings that only look alike and need no exception, because no sign
// holds them: "je meurs de faim", "mort de rire" (mdr), "ça me tue" and
// "tu me tues" (it's too much, it's too funny); only "je me tue", "me
// tuer" and the like are signs.
var french = list{
	lang: "fr",
	signs: []string{
		// Wanting to die, or to be dead.
		`(je |j')?(veux|voudrais|aimerais|préfère|préférerais) (\p{L}+ ){0,2}(mourir|crever)`,
		`envie de (mourir|crever)`,
		`(veux|voudrais|aimerais) être morte?`,
		`mieux morte?`,
		// Killing oneself.
		`suicid\p{L}*`,
		`me tuer`,
		`je me tue`,
		`me flinguer`,
		`me foutre en l'air`,
		`me donner la mort`,
		`m'ôter la vie`,
		`me pendre`,
		`me défenestrer`,
		`me jeter sous (un|le) (train|métro|bus|camion|tram)`,
		`(me jeter|sauter) (du|d'un|d'une|de la|par la|par une) (pont|toit|balcon|fenêtre|immeuble|falaise)`,
		`mettre (fin|un terme) à (mes jours|ma vie|mon existence)`,
		// "En finir" alone or with life, but not "en finir avec ce dossier".
		`en finirEND`,
		`en finir( une (bonne )?fois pour toutes| avec (la vie|ma vie|tout|moi|l'existence|mon existence))`,
		`surdose`,
		`overdose`,
		`avaler (tous|toutes) (mes|les) (médicaments|médocs|cachets|comprimés|pilules)`,
		`(prendre|avaler) (\p{L}+ )?(mes|les|des) (médicaments|médocs|cachets|comprimés|pilules) d'un coup`,
		// Not wanting to live or to wake up; the others better off.
		`veux plus vivre( comme ça| ainsi)?END`,
		`plus envie de vivre`,
		`marre de (vivre|la vie)`,
		`(ne plus|ne jamais|plus jamais|jamais plus) me réveiller`,
		`ne pas me réveillerEND`,
		`m'endormir pour toujours`,
		`ne plus exister`,
		`disparaître pour toujours`,
		`envie de disparaître`,
		`(ne )?plus être làEND`,
		`ne (jamais|pas) être née?`,
		`jamais dû naître`,
		`mieux sans moiEND`,
		`(plus de|plus aucune|aucune|pas de) raisons? de vivre`,
		`(ma|la) vie n'a (plus|pas|aucun) (de )?sens`,
		`(ne )?supporte plus (de vivre|la vie)`,
		// "J'en peux plus.": at the end of a clause only, so "j'en peux plus
		// de ce bruit" is not a sign.
		`(j'|n')?en peux plusEND`,
		// Hurting oneself.
		`me faire du mal`,
		`me fais du mal`,
		`envie de me faire mal`,
		`me blesser`,
		`scarifi\p{L}*`,
		`m'automutiler`,
		`auto-?mutil\p{L}*`,
		`m'ouvrir les veines`,
		`me taillader`,
		`me couper`,
		`je me coupe`,
		`me suis coupée? (les|le|la) (bras|poignets?|cuisses?|veines|peau)`,
	},
	except: []string{
		// Hyperbole: dying of laughter, hunger, shame, boredom… "de chagrin"
		// is left out on purpose: it can be real grief.
		`(mourir|crever) (de |d')(rire|faim|soif|chaud|froid|honte|ennui|peur|envie|fatigue|curiosité|jalousie|impatience|sommeil)`,
		// "Ça va me tuer", "ma mère va me tuer": someone or something else.
		`(vas|va|vont|allait|allaient|allez) me tuer`,
		// "Je me tue à te le dire", "je me tue au travail": I keep telling
		// you; I'm working myself to the bone.
		`me tu(e|er) à (la tâche|(te |vous |lui |leur )?le (dire|répéter)|(te |vous |lui |leur )?l'expliquer)`,
		`me tu(e|er) au (travail|boulot|taf|taff)`,
		// "Me pendre à son cou": to throw my arms round someone.
		`me pendre (à|au) (son|ton|leur|votre|mon) cou`,
		// A haircut, cutting myself off from people, interrupting me.
		`me coup(e|er|ais) (les |la |le |une |ma |mes )?(cheveux|ongles|frange|barbe|mèche|pointes|moustache)`,
		`me coup(e|er) (du|de) (monde|tout|gens|réseaux|reste)`,
		`me coup(e|es|ent|er|ait) (la parole|l'appétit|le souffle|l'envie|les vivres)`,
		// The news, and "a suicide mission" for a hopeless plan.
		`(attentat|attentats|attaque|attaques|mission|missions) suicides?`,
		// Laughing too hard: "j'en peux plus mdr".
		`en peux plus[\s,.!…]*(mdr|ptdr|lol|xd|(ha){2,}|😂|🤣)`,
	},
}
