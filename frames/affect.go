package frames

import "github.com/claimgraph/claimgraph/lexicon"

// affectParticiple reports a past participle of a verb of emotion listed as an adjective of
// affect (data/wordclasses/affectadjectives.txt: worried, alarmed, shocked …) after be: with
// such verbs be + participle + by-phrase is a "mixed" passive, as much adjective as verb, and
// the by-phrase names the stimulus as an about- or over-phrase would ("Hungary is gravely
// worried by the pollution": Quirk et al. 1985, 3.77–3.78). The EWT-only pair tagged it JJ
// with cop, the parse26b pair VBN with aux:pass and obl:agent; both are the adjective's line.
func affectParticiple(tr *tree, i int) bool {
	return tr.t[i].XPOS == "VBN" && tr.child(i, "aux:pass", "cop") >= 0 && lexicon.WordClass("affectadjectives").Has(tr.lower[i])
}
