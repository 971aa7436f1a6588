package frames

import "strings"

// finiteAuxForms are the finite forms of the auxiliaries be and have (Quirk et al. 1985, 3.20,
// 3.22: the primary verbs' finite forms; the modals are always finite, 3.21).
var finiteAuxForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "am": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "shall": true, "should": true,
	"can": true, "could": true, "may": true, "might": true, "must": true}

// finiteAcl repairs the parse of a sentence with a long subject noun phrase whose finite
// predicate the parser hung on the subject's head noun as a reduced relative clause (issue 13,
// no23c class O4): "Negotiations between Chile and Bolivia on their water dispute were suspended
// by the Bolivian delegation" parsed with "Negotiations" the root and "suspended" an acl of it
// or of a noun inside its phrase (its postmodifiers and their conjuncts). A
// reduced relative clause is non-finite, a participle without an auxiliary (Quirk et al. 1985,
// 17.26–17.28: "the man driving the car", "the car driven by him"), and a relative clause with a
// finite auxiliary opens with a relative word (acl:relcl, 17.8); an independent sentence has a
// finite verb (Quirk 2.3, 3.52). So a verb attached as plain acl to a root noun, with a finite
// auxiliary of its own (a passive or perfect auxiliary, or a modal) and no relative word or
// subject of its own, is the sentence's predicate and the root noun's phrase its subject: the
// verb becomes the root, the root noun its nsubj:pass (nsubj without a passive auxiliary), and the final
// punctuation goes with the root. Heads change in the frames tree only (newTree's copy).
func finiteAcl(toks []Token) {
	for v := range toks {
		a := toks[v].Head
		if toks[v].UPOS != "VERB" || toks[v].DepRel != "acl" || a < 0 || a > v {
			continue
		}
		// the root noun whose phrase holds the noun the verb hangs on, down a chain of
		// postmodifiers and conjuncts ("Negotiations between the miners and the owners …")
		h := a
		for n := 0; n < 6 && toks[h].Head >= 0; n++ {
			if r := toks[h].DepRel; r != "nmod" && r != "conj" {
				break
			}
			h = toks[h].Head
		}
		if toks[h].Head != -1 || toks[h].DepRel != "root" {
			continue
		}
		if u := toks[h].UPOS; u != "NOUN" && u != "PROPN" {
			continue
		}
		finite, passive, other := false, false, false
		for k := range toks {
			if toks[k].Head != v || k > v {
				continue
			}
			switch toks[k].DepRel {
			case "aux:pass", "aux":
				if finiteAuxForms[strings.ToLower(toks[k].Form)] {
					finite = true
				}
				passive = passive || toks[k].DepRel == "aux:pass"
			case "nsubj", "nsubj:pass", "mark", "expl":
				other = true
			}
			if u := toks[k].UPOS; u == "PRON" && toks[k].XPOS == "WDT" || strings.EqualFold(toks[k].Form, "that") {
				other = true // a relative word: a relative clause
			}
		}
		if !finite || other {
			continue
		}
		toks[v].Head, toks[v].DepRel = -1, "root"
		toks[h].Head, toks[h].DepRel = v, "nsubj"
		if passive {
			toks[h].DepRel = "nsubj:pass"
		}
		for k := range toks {
			if toks[k].Head == h && k > v && toks[k].DepRel == "punct" {
				toks[k].Head = v
			}
		}
		return
	}
}
