package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// reversalActPrefix returns the -ing form of the reversal verb (modality.txt reversal: lift,
// ease, lower, scrap, call off …) whose object is token n of an OFFERS match, with its particle
// ("calling off"); "" otherwise. A concession of CAMEO 08 "yield" (081/085 ease sanctions) is the
// act of ending or reducing the measure, not the measure: its target is named as the project names
// every act target, a gerund phrase of the verb and its object (Quirk et al. 1985, 17.54: the -ing
// clause as a nominal naming the act; "ratifying the trade agreement"), so "lifted the nationwide
// curfew" offers "lifting the nationwide curfew", never "nationwide curfew", which reads as
// offering the curfew. A sanction verb keeps its measure ("imposed a curfew"); a passive subject
// ("the curfew was lifted") keeps the measure too.
func (d *doc) reversalActPrefix(fs *frameSentence, m frames.Match, n int) string {
	if m.Type != graph.Offers || n < 0 {
		return ""
	}
	if fs.toks[n].DepRel != "obj" {
		return ""
	}
	v := fs.toks[n].Head
	if v < 0 || fs.toks[v].UPOS != "VERB" {
		return ""
	}
	lemma := strings.ToLower(lemmaOf(fs.toks[v]))
	prt := ""
	for _, k := range fs.kids[v] {
		if fs.toks[k].DepRel == "compound:prt" {
			prt = strings.ToLower(fs.toks[k].Form)
		}
	}
	switch {
	case prt != "" && d.x.frames.InClass("reversal", lemma+"_"+prt):
		return d.gerundOf(fs.toks[v]) + " " + prt
	case d.x.frames.InClass("reversal", lemma):
		return d.gerundOf(fs.toks[v])
	}
	return ""
}
