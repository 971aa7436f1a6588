package loader

import "github.com/claimgraph/claimgraph/graph"

// titleOfAppositive is the person named in apposition to a title phrase "TITLE of X" headed by h
// ("The Minister of Finance, Kofi Mensah, welcomed …", "The head of the Red Cross, Ana Ruiz,
// called …"), where the parser hangs the appositive on X, the last noun before the comma, rather
// than on the title: an appositive is coreferent with its anchor (Quirk et al. 1985, 17.65), and
// a person's name can be coreferent only with the title, since X is a portfolio, a body or a
// place. It returns nil unless h is a title of the lexicon (titles.txt), X is no title and no
// person, and the appositive is a PERSON mention: in "supporters of the opposition leader, Jane
// Doe," the name belongs to the leader, and nothing is returned.
func (d *doc) titleOfAppositive(st *sent, fs *frameSentence, h int) *entity {
	if d.lx.Titles[st.Toks[fs.at[h]].Lower] == nil {
		return nil
	}
	for _, j := range fs.kids[h] {
		if fs.toks[j].DepRel != "nmod" || j < h || d.lx.Titles[st.Toks[fs.at[j]].Lower] != nil {
			continue
		}
		if m := d.mentionAt(st, fs.at[j]); m != nil && m.Ent.Final().Kind == graph.Person {
			continue
		}
		for _, k := range fs.kids[j] {
			if fs.toks[k].DepRel != "appos" || k < j {
				continue
			}
			if m := d.mentionAt(st, fs.at[k]); m != nil && actorKind(m.Ent) && m.Ent.Final().Kind == graph.Person {
				return m.Ent.Final()
			}
		}
	}
	return nil
}
