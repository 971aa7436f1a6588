package claims

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// documentReads reads a lead-in whose subject is an issued text and whose verb is "read(s)",
// right before a quotation opening at t0 after a colon: "Her letter to the States General read in
// part: “…", "The ministry's statement reads in full: “…". Of a text, "read" means "to have a
// certain wording" (Merriam-Webster "read", intransitive 3), so what follows is the document's
// words, and its author speaks them: the possessor ("her" resolved as a pronoun, "the
// ministry's"), else the author the sentences before name (authorBefore). The subject is a
// document noun before the verb, the words between them a postmodifying prepositional phrase
// ("to the States General of the Netherlands"; Quirk et al. 1985, 17.37); "Her aide read a
// statement:" has the document as the object and is not this shape. It returns the author and
// the verb's index, or nil.
func documentReads(d *doc.Doc, st *doc.Sent, t0 int) (*doc.Entity, int) {
	toks := st.Toks
	if t0 < 4 || toks[t0-1].Text != ":" {
		return nil, 0
	}
	k := t0 - 2
	if w := toks[k].Lower; (w == "part" || w == "full") && toks[k-1].Lower == "in" || w == "follows" && toks[k-1].Lower == "as" {
		k -= 2 // "in part", "in full", "as follows"
	}
	if k < 1 || toks[k].Lower != "read" && toks[k].Lower != "reads" {
		return nil, 0
	}
	for j := k - 1; j >= 0 && j >= k-12; j-- {
		t := toks[j]
		if t.Kind == text.Quote || t.Text == "," || t.Text == ";" || t.Text == "." || st.InQuote[j] {
			return nil, 0
		}
		if !speakers.DocumentNouns.Has(t.Lower) {
			continue
		}
		if j+1 < k && !text.IsPrep(toks[j+1].Lower) && toks[j+1].Lower != "to" {
			return nil, 0 // no postmodifier between the document and the verb
		}
		p := j - 1
		for p >= 0 && toks[p].Kind == text.Word && !toks[p].Cap && !actors.Determiners.Has(toks[p].Lower) && p >= j-2 {
			p-- // "her formal letter"
		}
		if p >= 0 {
			w := toks[p].Lower
			if cls := text.PronounClass(w); cls == "person" || cls == "thing" || cls == "plural" {
				// a possessive determiner ("her", "its", "their"): its antecedent wrote it
				if e := coref.ResolvePronoun(d, st.Idx, p, w); e != nil && doc.ActorKind(e) {
					return e.Final(), k
				}
				return nil, 0
			}
			if (w == "'s" || w == "\u2019s") && p > 0 && st.Ment[p-1] >= 0 {
				if m := d.Mentions[st.Ment[p-1]]; doc.ActorKind(m.Ent) {
					return m.Ent.Final(), k
				}
				return nil, 0
			}
		}
		if e := speakers.AuthorBefore(d, st, t.Lower); e != nil {
			return e, k
		}
		return nil, 0
	}
	return nil, 0
}
