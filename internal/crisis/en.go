package crisis

// english was the first list. Each phrase is clear on its own; sayings
// that only look alike ("this deadline is killing me", "I'm dying to see
// it", "we died laughing") are not in it.
var english = list{
	lang: "en",
	signs: []string{
		`kill(ing)? myself`,
		`end(ing)? my (own )?life`,
		`take my (own )?life`,
		`end (it|things) all`,
		`suicid(e|al)`,
		`(want|wanted|wanting|going) to die`,
		`wish i (was|were|had never been) (dead|born)`,
		`better off (dead|without me)`,
		`no reason to (live|go on|keep going)`,
		`(don't|do not) want to (live|be alive|be here any ?more|wake up)`,
		`hurt(ing)? myself`,
		`harm(ing)? myself`,
		`self[- ]?harm(ing)?`,
		`cut(ting)? myself`,
		`overdose`,
		`can't go on`,
	},
	except: []string{
		`the end it all`,           // "in the end it all worked out"
		`suicide squad`,            // the film, also in German and French
		`ending my life insurance`, // a policy, not a life
	},
}
