package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/syntax"
	syntok "github.com/claimgraph/claimgraph/syntax/tokenize"
	"github.com/claimgraph/claimgraph/text"
)

// measureAntecedent reports whether the third-person subject pronoun at syntax token h of fs
// (loader sentence st) refers to a thing that is no actor: the subject of the previous sentence of
// the paragraph, when that subject is a common noun agreeing with the pronoun in number ("The
// export controls announced by Lusitania target Serran companies … They disrupt supply chains":
// "they" are the controls) and the pronoun opens its own clause with no noun before it. The
// subject of the preceding utterance is a subject pronoun's preferred antecedent (centering
// theory: Grosz, Joshi & Weinstein 1995, the Cf ranking subject > object > other; Brennan,
// Friedman & Pollard 1987), and a measure, policy or document can act as no source of a stance:
// the pronoun's act is then the measure's, and the frames stage makes no relation of it.
//
// A subject naming an actor (an actor mention, a definite description coreference resolves to an
// actor, a title or group noun: "The officials … They") is no such antecedent; nor is a proper
// noun, nor an agent noun by its suffix (agentNoun: "The regulator found … It ordered"). The
// previous sentence is tagged here (only for a pronoun source), not parsed.
func (d *doc) measureAntecedent(st *sent, fs *frameSentence, h int) bool {
	t := fs.toks[h]
	cls := text.PronounClass(strings.ToLower(t.Form))
	if cls != "plural" && cls != "thing" || t.DepRel != "nsubj" && t.DepRel != "nsubj:pass" {
		return false
	}
	for k := 0; k < h; k++ {
		if u := fs.toks[k].UPOS; u == "NOUN" || u == "PROPN" || u == "PRON" {
			return false
		}
	}
	if st.Idx == 0 {
		return false
	}
	prev := d.Sents[st.Idx-1]
	if prev.S.Paragraph != st.S.Paragraph || prev.Headline {
		return false
	}
	// the subject of the previous sentence from its tags alone (the parse costs four times the
	// tagging): in a declarative clause the subject precedes the verb (SVO, Quirk et al. 1985,
	// 2.11), and an English noun phrase ends in its head, so the subject's head is the last
	// nominal before the first verb
	tt := syntok.Tokenize(prev.S.Text)
	forms := make([]string, len(tt))
	for i, x := range tt {
		forms[i] = x.Form
	}
	upos, xpos := make([]string, len(forms)), make([]string, len(forms))
	d.x.syn.Tagger().Tag(forms, upos, xpos)
	subj := -1
	for i := range forms {
		if upos[i] == "VERB" || upos[i] == "AUX" {
			break
		}
		if upos[i] == "NOUN" || upos[i] == "PROPN" || upos[i] == "PRON" {
			subj = i
		}
	}
	if subj < 0 || upos[subj] != "NOUN" {
		return false
	}
	toks := make([]syntax.Token, len(tt))
	for i, x := range tt {
		toks[i] = syntax.Token{Form: x.Form, Start: prev.S.Start + x.Start, End: prev.S.Start + x.End, UPOS: upos[i], XPOS: xpos[i]}
	}
	toks[subj].Lemma = d.x.lemma.Lemma(forms[subj], upos[subj], xpos[subj])
	// number agreement: "they" a plural noun (Penn NNS), "it" a singular one (NN)
	if plural := toks[subj].XPOS == "NNS"; plural != (cls == "plural") {
		return false
	}
	// the loader token holding the subject's head word
	lh := -1
	for k, lt := range prev.Toks {
		if lt.Start <= toks[subj].Start && toks[subj].Start < lt.End {
			lh = k
			break
		}
	}
	if lh < 0 || prev.InQuote[lh] && !st.InQuote[fs.at[h]] {
		// a noun of a quotation ("“The war is not over,” the group said. It vowed revenge.")
		// is no subject of the sentence that reports it: the reporting clause is the main
		// clause and the direct speech its complement (Quirk et al. 1985, 14.29–14.31), so
		// its subject, the speaker, is the antecedent the pronoun's own clause continues
		return false
	}
	w, lemma := prev.Toks[lh].Lower, strings.ToLower(toks[subj].Lemma)
	if m := actors.MentionAt(d.Doc, prev, lh); m != nil && m.Ent.Final().Kind != graph.Policy {
		return false
	}
	if suffixedAgent(d.x, lemma) {
		return false
	}
	for _, x := range []string{w, lemma} {
		_, group := d.Lx.GroupHeads[x]
		_, org := d.Lx.OrgWords[x]
		_, def := d.Lx.Definite[x]
		if d.Lx.Titles[x] != nil || group || org || def {
			return false
		}
	}
	if lh > 0 && prev.Toks[lh-1].Lower == "the" {
		if e := coref.ResolveDefinite(d.Doc, prev.Idx, lh); e != nil && docpkg.ActorKind(e) {
			return false
		}
	}
	return true
}

// agentNoun reports a noun formed with an agential suffix, which names a person or body that
// acts (Quirk et al. 1985, App. I.34–35: -er/-or "one who", -ant/-ent, -ist, -ian): "regulator",
// "negotiator", "applicant", "economist", "official" is a title. Such a noun is no measure.
func agentNoun(lemma string) bool {
	for _, suf := range []string{"er", "or", "ant", "ist", "ian"} {
		if strings.HasSuffix(lemma, suf) {
			return true
		}
	}
	return false
}

// pluralThingAntecedent returns the syntax token of a plural common noun that the object pronoun
// "them" at syntax token h of fs refers to, or -1: the nearest plural noun (Penn NNS) before it in
// its sentence, when no actor mention comes between ("Germany has industrial policies, and the
// United States has not objected to them": them are the policies, not Germany). A pronoun takes
// the nearest preceding noun phrase that agrees with it in number (Hobbs 1978, "Resolving pronoun
// references", the left-to-right search of the current sentence; Lappin & Leass 1994: number
// agreement filters, recency ranks). The subject of the pronoun's own clause is skipped: an
// object pronoun cannot refer to its clause's subject (binding principle B, Chomsky 1981), so
// that subject neither is the antecedent nor blocks one. A noun inside a compound ("trade
// policies": trade) or an actor mention is no such antecedent.
func (d *doc) pluralThingAntecedent(st *sent, fs *frameSentence, h int) int {
	if !strings.EqualFold(fs.toks[h].Form, "them") {
		return -1
	}
	slo, shi := -1, -1
	if v := fs.toks[h].Head; v >= 0 {
		for _, k := range fs.kids[v] {
			if r := fs.toks[k].DepRel; r == "nsubj" || r == "nsubj:pass" {
				slo, shi = fs.span(k)
			}
		}
	}
	for k := h - 1; k >= 0; k-- {
		if k >= slo && k < shi {
			continue
		}
		if m := actors.MentionAt(d.Doc, st, fs.at[k]); m != nil && docpkg.ActorKind(m.Ent) {
			return -1
		}
		t := fs.toks[k]
		if t.XPOS == "NNS" && t.DepRel != "compound" {
			return k
		}
	}
	return -1
}
