package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// titleOfAppositive is the person named in apposition to a title phrase "TITLE of X" headed by h
// ("The Minister of Finance, Kofi Mensah, welcomed …", "The head of the Red Cross, Ana Ruiz,
// called …"), where the parser hangs the appositive on X, the last noun before the comma, rather
// than on the title: an appositive is coreferent with its anchor (Quirk et al. 1985, 17.65), and
// a person's name can be coreferent only with the title, since X is a portfolio, a body or a
// place. It returns nil unless h is a title of the lexicon (titles.txt), X is no title and no
// person, and the appositive is a PERSON mention: in "supporters of the opposition leader, Jane
// Doe," the name belongs to the leader, and nothing is returned.
func (d *doc) titleOfAppositive(st *sent, fs *frameSentence, h int) *entity {
	if d.Lx.Titles[st.Toks[fs.at[h]].Lower] == nil {
		return nil
	}
	for _, j := range fs.kids[h] {
		if fs.toks[j].DepRel != "nmod" || j < h || d.Lx.Titles[st.Toks[fs.at[j]].Lower] != nil {
			continue
		}
		if m := actors.MentionAt(d.Doc, st, fs.at[j]); m != nil && m.Ent.Final().Kind == graph.Person {
			continue
		}
		for _, k := range fs.kids[j] {
			if fs.toks[k].DepRel != "appos" || k < j {
				continue
			}
			if m := actors.MentionAt(d.Doc, st, fs.at[k]); m != nil && docpkg.ActorKind(m.Ent) && m.Ent.Final().Kind == graph.Person {
				return m.Ent.Final()
			}
		}
	}
	return nil
}

// appositiveTarget is the actor named in apposition to a target description h ("arrested a U.S.
// journalist, Evan Gershkovich,", "sold chips to a Chinese telecom equipment maker, ZTE",
// "sanctioned an Iranian airline, Mahan Air,"): an appositive is coreferent with its anchor and
// the name identifies (Quirk et al. 1985, 17.65), as frameActorAt has it for a source — when the
// description names no actor, or only a descriptive one and the name is a person or a named
// actor. nil when h is no common noun, has no such appositive, or carries a content or relative
// clause ("any suggestion that Canada could …, Prime Minister Mark Carney told reporters": a
// reporting clause the parser hung on the noun; a proposition is no actor).
func (d *doc) appositiveTarget(st *sent, fs *frameSentence, h int) *entity {
	if fs.toks[h].UPOS != "NOUN" {
		return nil
	}
	var desc *entity
	if m := actors.MentionAt(d.Doc, st, fs.at[h]); m != nil {
		if !docpkg.ActorKind(m.Ent) {
			return nil
		}
		desc = m.Ent.Final()
	}
	for _, k := range fs.kids[h] {
		if r := fs.toks[k].DepRel; (r == "acl" || r == "acl:relcl" || r == "ccomp") && k > h {
			return nil
		}
	}
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel != "appos" || k < h {
			continue
		}
		if lo, _ := fs.span(k); lo != h+2 || fs.toks[h+1].Form != "," {
			// the appositive stands right after its anchor, set off by a comma (Quirk et al.
			// 1985, 17.65, juxtaposition): "this attack in Paris, France" has "France" after
			// "Paris", the place, whatever the parser hung it on
			continue
		}
		if am := actors.MentionAt(d.Doc, st, fs.at[k]); am != nil && docpkg.ActorKind(am.Ent) {
			if a := am.Ent.Final(); desc == nil || a != desc && (a.Kind == graph.Person || desc.Weak && !a.Weak) {
				return a
			}
		}
	}
	return nil
}

// flatPersonHead is the person named after an organization's name that the parser made the head
// of a flat name ("U.N. Secretary-General Antonio Guterres commended …" with "Secretary-General
// Antonio Guterres" flat under "U.N."): an English noun phrase is head-final, and a name or
// title before the head premodifies it (Quirk et al. 1985, 17.97 ff.; the organization names the
// person's office), so the phrase refers to the person. nil unless the word at h is the mention
// of an actor other than a person and a flat dependent after it lies in a PERSON mention that
// does not hold h.
func (d *doc) flatPersonHead(st *sent, fs *frameSentence, h int) *entity {
	m := actors.MentionAt(d.Doc, st, fs.at[h])
	if m == nil || !docpkg.ActorKind(m.Ent) || m.Ent.Final().Kind == graph.Person {
		return nil
	}
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel != "flat" || k < h {
			continue
		}
		if pm := actors.MentionAt(d.Doc, st, fs.at[k]); pm != nil && pm != m && docpkg.ActorKind(pm.Ent) && pm.Ent.Final().Kind == graph.Person && !(pm.Ts <= fs.at[h] && fs.at[h] < pm.Te) {
			return pm.Ent.Final()
		}
	}
	return nil
}

// classifyingAnchor is the phrase [lo, hi) that an indefinite appositive at syntax token h
// classifies ("limiting the growth of the monetary base, a policy that the US strongly
// supported"; "the closure of the border, a step that Togo supported"): an appositive is
// coreferent with its anchor (Quirk et al. 1985, 17.65), and one with the indefinite article
// attributes a class to it ("a policy", "a step", "a measure") rather than naming anything of its
// own, so what a relative clause on it says of "a policy" it says of the anchor. The appositive
// stands right after its anchor, set off by a comma (juxtaposition, 17.65), and the anchor is the
// whole phrase that ends at the comma: from the word the parser hung the appositive on, up through
// the nouns and -ing verbs whose object or postmodifier it ends ("the monetary base" → "the growth
// of the monetary base" → "limiting the growth of the monetary base"), less a leading
// preposition, subordinator or adverb ("By expressly limiting …"). A parser may label such an
// appositive a conjunct ("fuel, a measure that …"); one with no coordinator is taken as the
// appositive it is. ok is false for anything else.
func (fs *frameSentence) classifyingAnchor(h int) (lo, hi int, ok bool) {
	t := fs.toks[h]
	a := t.Head
	if t.UPOS != "NOUN" || a < 0 || a >= h || t.DepRel != "appos" && t.DepRel != "conj" {
		return 0, 0, false
	}
	indefinite := false
	for _, k := range fs.kids[h] {
		switch r, f := fs.toks[k].DepRel, strings.ToLower(fs.toks[k].Form); {
		case r == "cc":
			return 0, 0, false // a coordinated noun, not an appositive
		case r == "det" && (f == "a" || f == "an"):
			indefinite = true
		}
	}
	hlo, _ := fs.span(h) // the appositive's first word, its comma left out (frameSkip)
	if !indefinite || hlo < 1 || fs.toks[hlo-1].Form != "," {
		return 0, 0, false
	}
	hi = hlo - 1
	for {
		p := fs.toks[a].Head
		if p < 0 || p > a {
			break
		}
		r := fs.toks[a].DepRel
		if (r == "nmod" || r == "obj") && (fs.toks[p].UPOS == "NOUN" || fs.toks[p].UPOS == "VERB" && fs.toks[p].XPOS == "VBG") {
			a = p
			continue
		}
		break
	}
	lo, _ = fs.phrase(a)
	for lo < a && fs.toks[lo].Head == a && (fs.toks[lo].DepRel == "advmod" || fs.toks[lo].DepRel == "mark" || fs.toks[lo].DepRel == "case") {
		lo++
	}
	if lo >= hi {
		return 0, 0, false
	}
	return lo, hi, true
}
