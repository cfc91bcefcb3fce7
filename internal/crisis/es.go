package crisis

// spanish is written for Spanish as it is typed in Spain and Latin America,
// chat spellings included ("kiero"), accents optional.
//
// "Me muero" alone is not a sign: "me muero de risa", "me muero de ganas
// de verte", "me muero de hambre" are everyday sayings, and a clear wish
// is said with "quiero morir(me)", "me quiero morir", "ganas de morirme".
// Neither is "me mato" alone ("me mato trabajando", "casi me mato en la
// bici"); "matarme", "me voy a matar" and "me quiero matar" are.
var spanish = list{
	lang: "es",
	signs: []string{
		// Wanting to die.
		`(me )?(qu|k)iero morir(me)?`,
		`(quisiera|quería|deseo|necesito|prefiero) morir(me)?`,
		`ganas de morir(me)?`,
		`ojalá (me muera|me muriera|estuviera muert[oa]|no existiera|no hubiera nacido)`,
		`no haber nacido`,
		`mejor muert[oa]`,
		// Killing oneself.
		`suicid\p{L}*`,
		`suisid\p{L}*`, // as it is often misspelt
		`matarme`,
		// Verbs with the pronoun before them: "me quiero matar", "me voy a
		// cortar", "me quiero hacer daño".
		`me (quiero|voy a|vuelvo a|dan ganas de|gustaría) (matar|quitar la vida|cortar|hacer daño|lastimar|ahorcar)`,
		`quitarme la vida`,
		`(acabar|terminar) con mi (propia )?vida`,
		`poner(le)? fin a mi vida`,
		`(acabar|terminar) con todo( esto| ya| de una vez)?END`,
		`ahorcarme`,
		`tirarme (de|desde|por) (un|una|el|la) (puente|balcón|ventana|edificio|azotea|terraza|acantilado)`,
		`(tirarme|lanzarme) (a las vías|al tren|al metro|bajo un tren|debajo de un tren)`,
		`sobredosis`,
		`(tomarme|tragarme) todas (las|mis) (pastillas|pastis|medicinas)`,
		// Not wanting to live, or to wake up; the world better off without.
		`no (quiero|puedo) seguir viviendo( así)?END`,
		`no quiero (seguir )?vivir( más| así| ya)?END`,
		`no quiero (seguir )?existir`,
		`no quiero (volver a )?despertar(me)?( nunca más| más| mañana)?END`,
		`(ojalá|quisiera) no (volver a )?despertar(me)?`,
		`dormir(me)? y no despertar(me)?`,
		`no tengo (razones|motivos|razón|motivo|ganas) (para|de) vivir`,
		`(no hay|sin|ninguna) (razón|razones|motivo|motivos) para vivir`,
		`(mi vida|vivir) (ya )?no tiene sentido`,
		`mejor sin míEND`,
		`desaparecer para siempre`,
		`ganas de desaparecer`,
		`(irme|marcharme) de este mundo`,
		// "I can't take any more": at the end of a clause only, so "no puedo
		// más con este calor" is not a sign.
		`no puedo másEND`,
		`no puedo seguir( así| con esto)?END`,
		// Hurting oneself.
		`hacerme daño`,
		`lastimarme`,
		`autolesi\p{L}*`,
		`cortarme`,
		`me cort(o|é) (los brazos|las muñecas|las piernas|los muslos|la piel|a propósito)`,
	},
	except: []string{
		// Hyperbole with "morir de": dying of laughter, longing, hunger,
		// embarrassment… "de pena" and "de tristeza" are left out on
		// purpose: they can be real grief.
		`morir(me)? de (la )?(risa|ganas|hambre|sed|sueño|frío|calor|vergüenza|aburrimiento|envidia|amor|celos|nervios|miedo|cansancio|curiosidad|gusto|alegría|emoción)`,
		// "Mi madre va a matarme": I'm in trouble; someone else speaking.
		`(va|van|vas|iba|iban) a matarme`,
		// Working oneself to death: "me voy a matar estudiando".
		`(matarme|me voy a matar) \p{L}+(ando|iendo)`,
		`matarme a (trabajar|estudiar|entrenar)`,
		// A haircut, nails, a beard.
		`cortar(me)? (un poco )?(el|la|las|los) (pelo|cabello|flequillo|fleco|uñas|barba|puntas|melena|patillas)`,
		// The film, and the news.
		`escuadrón suicida`,
		`(atentado|atentados|ataque|ataques|terrorista|terroristas|misión|comando) suicidas?`,
		// Laughing too hard: "no puedo más jajaja".
		`no puedo más[\s,.!…]*((ja){2,}|(je){2,}|xd|lol|😂|🤣)`,
	},
}
