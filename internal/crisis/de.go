package crisis

// german is written for German as it is typed in Germany, Austria and
// Switzerland: umlauts and ß may be written ue, ss and so on, and words
// that start compounds ("Suizidgedanken", "Selbstmordversuch") match as
// prefixes.
//
// Sayings that only look alike and need no exception, because no sign
// holds them: "ich sterbe vor Hunger", "todmüde", "das bringt mich um"
// and "mein Chef bringt mich noch um" (only "ich bring(e) mich um" and
// "mich umbringen" are signs), "mit ihm Schluss machen" (a break-up).
// filler is the little words that may stand in between ("ich will einfach
// nur sterben"); a place ("in Berlin nicht mehr leben") may not. "Nicht" is
// one of them on purpose: "ich will nicht sterben, es soll nur aufhören"
// is written in the same breath as the wish, as in English and Spanish.
const filler = `((einfach|echt|wirklich|eigentlich|halt|eh|so|nur|nicht|gar|überhaupt|lieber|bald|jetzt|heute) ){0,3}`

var german = list{
	lang: "de",
	signs: []string{
		// Not wanting to live; wanting to die or to be dead.
		`(will|möchte|mag|wollte) ` + filler + `(nicht mehr|nimmer|nie mehr) leben`,
		`nicht mehr leben (will|möchte|mag|wollen|möchten)`,
		`keine lust mehr (zu leben|zum leben|auf das leben|aufs leben)`,
		`(will|möchte|wollte|würde am liebsten|würde lieber) ` + filler + `sterben`,
		`sterben (will|möchte|wollen)`,
		`(lieber|besser) tot`,
		`(will|möchte) (\p{L}+ )?tot sein`,
		`wünschte,? ich wäre tot`,
		`(nie|niemals|gar nicht erst) geboren`,
		// Killing oneself. "Suizid" is the word safe-messaging guides
		// prefer; "Selbstmord" and "Freitod" are how many people write.
		`suizid\p{L}*`,
		`selbstmord\p{L}*`,
		`freitod`,
		`mich (\p{L}+ ){0,2}umbringen`,
		`mich umzubringen`,
		`ich (bring|bringe) mich (\p{L}+ )?um`,
		`(bring|bringe) ich mich (\p{L}+ )?um`,
		`mich (selbst )?(zu )?töten`,
		`mir (\p{L}+ )?das leben (zu )?nehmen`,
		`nehme mir (\p{L}+ )?das leben`,
		`mein leben (zu )?beenden`,
		`(meinem leben|dem leben|allem) ein ende (zu )?(setzen|machen|bereiten)`,
		`schluss (zu )?machen mit (allem|dem leben|meinem leben)`,
		`mit (allem|dem leben|meinem leben) schluss (zu )?machen`,
		`mich (zu )?(erhängen|aufhängen)`,
		`mich aufzuhängen`,
		`(vor|unter) (den|einen) zug (zu )?(werfen|springen|legen)`,
		`(von der|von einer) brücke (zu )?springen`,
		`(vom|von einem) (dach|hochhaus|balkon) (zu )?springen`,
		`pulsadern`,
		`überdosis`,
		`alle (meine |die )?tabletten (\p{L}+ ){0,2}(zu )?(nehmen|schlucken)`,
		// Not waking up; the others better off; no reason left.
		`(nicht mehr|nie mehr|nie wieder|nicht wieder) auf(zu)?wachen`,
		`ohne mich (\p{L}+ )?besser`,
		`besser (dran )?ohne mich`,
		`kein(en)? (grund|sinn) mehr (zu leben|zum leben)`,
		`keinen grund (zu leben|zum leben)`,
		`(mein|das) leben (hat|macht) (\p{L}+ )?keinen sinn`,
		`(halte|ertrage) (das|mein) leben nicht mehr`,
		`(will|möchte) nicht mehr (da|hier) sein`,
		`nicht mehr (da|hier) sein (will|möchte)`,
		// Literally "tired of life"; see the exception for the idiom.
		`lebensmüde`,
		// "Ich will nicht mehr." / "Ich kann nicht mehr.": at the end of a
		// clause only, so "ich will nicht mehr arbeiten" is not a sign.
		`(will|kann) nicht mehrEND`,
		`(kann|will) (so )?nicht (mehr )?weiter(machen|leben)?END`,
		// Hurting oneself.
		`mir (\p{L}+ )?(etwas|was) an(zu)?tun`,
		`(tu|tue) mir (\p{L}+ )?(etwas|was) an`,
		`mich (selbst )?(zu )?verletzen`,
		`selbstverletz\p{L}*`,
		`svv`, // "selbstverletzendes Verhalten", as forums shorten it
		`ritze mich`,
		`mich (\p{L}+ )?(zu )?ritzen`,
		`mich (\p{L}+ )?geritzt`,
		`mir (selbst )?(weh ?tun|weh ?zu ?tun)`,
	},
	except: []string{
		// "Das wird mich noch umbringen": this is wearing me out. "wird" and
		// "werden" are never the writer's own "ich werde".
		`(wird|werden) mich (\p{L}+ ){0,2}umbringen`,
		`(das|es|dies|der|die) würde mich (\p{L}+ ){0,2}umbringen`,
		// "Bist du lebensmüde?": are you out of your mind? Said to others.
		`(bist|seid) (du|ihr) (\p{L}+ )?lebensmüde`,
		`(du bist|ihr seid) (\p{L}+ )?lebensmüde`,
		// The news, and "a suicide mission" for a hopeless plan.
		`selbstmordattent\p{L}*`,
		`selbstmordkommando\p{L}*`,
		// Laughing too hard: "ich kann nicht mehr 😂".
		`(kann|will) nicht mehr[\s,.!…]*(vor lachen|(ha){2,}|lol|xd|😂|🤣)`,
	},
}
