package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// chairLabels are the presiding officer's labels in the printed record of Congress ("The CHAIR.",
// "The CHAIRMAN.", "The PRESIDING OFFICER."), read as words after "the".
var chairLabels = map[string]bool{"chair": true, "chairman": true, "chairwoman": true, "chairperson": true,
	"presiding officer": true}

// presiding resolves a label that names only the presiding office ("The CHAIR.") to the person
// the record's opening names as presiding: the last person named before "presiding" at the end
// of a sentence ("The subcommittee met, pursuant to notice, at 10:02 a.m., …, Hon. Teresa
// Lindqvist (chair of the subcommittee) presiding."), the heading line of every printed hearing
// (US Government Publishing Office Style Manual, ch. 19, hearings). nil when no such sentence
// names a person.
func (d *doc) presiding(words []string) *entity {
	if len(words) < 2 || words[0] != "the" || !chairLabels[strings.Join(words[1:], " ")] {
		return nil
	}
	for _, st := range d.sents {
		k := -1
		for i, t := range st.toks {
			if t.Lower == "presiding" && (i+1 == len(st.toks) || st.toks[i+1].Text == ".") {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		var p *entity
		for _, mi := range d.bySent[st.idx] {
			if m := d.mentions[mi]; m.te <= k && m.ent.final().kind == graph.Person && !strings.HasPrefix(m.rule, "coref") {
				p = m.ent.final()
			}
		}
		if p != nil {
			return p
		}
	}
	return nil
}
