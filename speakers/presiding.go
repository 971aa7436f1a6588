package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// chairLabels are the presiding officer's labels in the printed record of Congress ("The CHAIR.",
// "The CHAIRMAN.", "The PRESIDING OFFICER."), read as words after "the".
var chairLabels = lexicon.PhraseClass("chairlabels") // data/wordclasses/phrases/chairlabels.txt

// presiding resolves a label that names only the presiding office ("The CHAIR.", "Chair:") to the
// person a select committee's list of members marks as its chair ("Members present: Alicia Vance
// (Chair); …", listedChair), else to the person the record's opening names as presiding: the last person named before "presiding" at the end
// of a sentence ("The subcommittee met, pursuant to notice, at 10:02 a.m., …, Hon. Teresa
// Lindqvist (chair of the subcommittee) presiding."), the heading line of every printed hearing
// (US Government Publishing Office Style Manual, ch. 19, hearings). nil when no such sentence
// names a person.
func presiding(d *doc.Doc, words []string) *doc.Entity {
	if len(words) > 1 && words[0] == "the" {
		words = words[1:]
	}
	if !chairLabels.Has(strings.Join(words, " ")) {
		return nil
	}
	if p := listedChair(d); p != nil {
		return p
	}
	for _, st := range d.Sents {
		k := -1
		for i, t := range st.Toks {
			if t.Lower == "presiding" && (i+1 == len(st.Toks) || st.Toks[i+1].Text == ".") {
				k = i
			}
		}
		if k < 0 {
			continue
		}
		var p *doc.Entity
		for _, mi := range d.BySent[st.Idx] {
			if m := d.Mentions[mi]; m.Te <= k && m.Ent.Final().Kind == graph.Person && !strings.HasPrefix(m.Rule, "coref") {
				p = m.Ent.Final()
			}
		}
		if p != nil {
			return p
		}
	}
	return nil
}

// listedChair is the one person named right before "(Chair)" in the text: the list of members
// present that heads a UK select committee's oral evidence ("Members present: Alicia Vance
// (Chair); Mr Tom Okafor; …"; House of Commons, the committees' transcripts), or nil.
func listedChair(d *doc.Doc) *doc.Entity {
	var p *doc.Entity
	for _, m := range d.Mentions {
		st := d.Sents[m.Sent]
		if m.Te+2 >= len(st.Toks) || st.Toks[m.Te].Text != "(" || st.Toks[m.Te+2].Text != ")" || !strings.EqualFold(st.Toks[m.Te+1].Text, "chair") {
			continue
		}
		if e := m.Ent.Final(); e.Kind == graph.Person && !strings.HasPrefix(m.Rule, "coref") {
			if p != nil && p != e {
				return nil
			}
			p = e
		}
	}
	return p
}
