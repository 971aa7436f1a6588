package frames

// Attribution is a speaker and the clause they assert, say or believe: the claims stage's
// input (CLAIMS: actor → claim it asserts). Token fields are indices, -1 when absent.
type Attribution struct {
	Verb    int // the verb of saying or believing; for "according to X", the word "according"
	Speaker int // head of the speaker phrase, -1 when the tree gives none (a passive "it was said")
	Content int // head of the clause asserted
	Belief  bool
	// Rule: "frames:attribution-ccomp:modality/report/say" (a verb of saying over its ccomp),
	// "frames:attribution-inverted:modality/report/say" ("…, the ministry said"),
	// "frames:attribution-according:grammar/according-to"; "modality/scope/<lemma>" for beliefs.
	Rule string
}

// Attributions returns the attributions of a parsed sentence in token order: verbs of saying
// (report class) and of belief, prediction and hope (scope class) with a clausal complement;
// the same verbs inverted after their content ("…, Smith said", parataxis in UD); and "according
// to X" (an obl whose case is "according") on a clause. Each coordinated speaker gives one.
func (lx *Lexicon) Attributions(toks []Token) []Attribution {
	tr := newTree(toks)
	tr.lx = lx
	var out []Attribution
	add := func(a Attribution) {
		if a.Speaker < 0 {
			out = append(out, a)
			return
		}
		for _, s := range tr.conjuncts(a.Speaker) {
			b := a
			b.Speaker = s
			out = append(out, b)
		}
	}
	for i := range toks {
		l := tr.lemma(i)
		// "according to X": X is an obl (or nmod) of the clause with case "according" ("to" is
		// fixed to it in UD English)
		if tr.lower[i] == "according" && tr.rel(i) == "case" {
			x := tr.t[i].Head
			if x >= 0 && tr.t[x].Head >= 0 {
				add(Attribution{Verb: i, Speaker: x, Content: tr.t[x].Head,
					Rule: "frames:attribution-according:grammar/according-to"})
			}
			continue
		}
		if c := tr.child(i, "ccomp"); c >= 0 && lx.beliefAdjective(tr, c, i) && tr.child(i, "nsubj") >= 0 {
			// "Nepal is hopeful that India will back …": the subject holds the belief (inverted.go)
			add(Attribution{Verb: i, Speaker: tr.child(i, "nsubj"), Content: c, Belief: true,
				Rule: "frames:attribution-adjective:modality/belief-adjective/" + l})
			continue
		}
		if tr.t[i].UPOS == "VERB" {
			class := ""
			switch {
			case lx.in("report", l):
				class = "report"
			case lx.in("scope", l):
				class = "scope"
			}
			if class == "" {
				continue
			}
			entry := "modality/" + class + "/" + l
			sp, _ := tr.verbSource(i, 0)
			if c := tr.child(i, "ccomp"); c >= 0 {
				add(Attribution{Verb: i, Speaker: sp, Content: c, Belief: class == "scope",
					Rule: "frames:attribution-ccomp:" + entry})
				continue
			}
			// "…, the ministry said": the verb of saying hangs on the clause it reports
			if h := tr.t[i].Head; h >= 0 && tr.rel(i) == "parataxis" && h < i && tr.child(i, "nsubj") >= 0 {
				add(Attribution{Verb: i, Speaker: tr.child(i, "nsubj"), Content: h, Belief: class == "scope",
					Rule: "frames:attribution-inverted:" + entry})
			}
		}
	}
	return out
}
