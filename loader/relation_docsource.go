package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// frameDocumentAuthor returns the author of the document noun heading the source argument h of a cue
// ("The European Union's statement urged Iran to …", "A communique from the summit called for
// …", "The statement also demanded …" after "Ruritania's Ministry of Commerce issued a
// statement"): a document does not act, its author does (PARC 3.0 attribution: a source may be a
// document, whose author is the source; the same reading as documentAuthor for verbs of saying,
// speaker_docs.go; the nouns are speech.txt's "document" rows). The author is the possessor, the agent after "from", "by" or "of", else the
// author of the sentence before that issued such a document (authorBefore). nil when h is no
// document noun or no author is found.
func (d *doc) frameDocumentAuthor(st *sent, fs *frameSentence, h int) *entity {
	w := strings.ToLower(fs.toks[h].Form)
	if !d.Lx.DocNoun[strings.ToLower(fs.toks[h].Lemma)] && !d.Lx.DocNoun[w] || d.Lx.Titles[w] != nil {
		return nil // a spokesman is a person (speech.txt lists him among the documents' sources): the title rules read him
	}
	if actors.MentionAt(d.Doc, st, fs.at[h]) != nil {
		return nil // a document noun inside a name ("Declaration of Independence Party") is the name's
	}
	for _, k := range fs.kids[h] {
		r := fs.toks[k].DepRel
		ok := r == "nmod:poss"
		if r == "nmod" {
			for _, c := range fs.kids[k] {
				if fs.toks[c].DepRel == "case" {
					w := strings.ToLower(fs.toks[c].Form)
					ok = ok || w == "from" || w == "by" || w == "of"
				}
			}
		}
		if !ok {
			continue
		}
		if m := actors.MentionAt(d.Doc, st, fs.at[k]); m != nil && docpkg.ActorKind(m.Ent) {
			return m.Ent.Final()
		}
		if text := strings.ToLower(fs.toks[k].Form); k > 0 && fs.toks[k].UPOS == "PRON" && text != "" {
			if e := coref.ResolvePronoun(d.Doc, st.Idx, fs.at[k], text); e != nil && docpkg.ActorKind(e) {
				return e.Final() // "its statement"
			}
		}
	}
	if e := speakers.AuthorBefore(d.Doc, st, w); e != nil && docpkg.ActorKind(e) {
		return e.Final()
	}
	return nil
}

// documentSubjectIt returns the author of the document a sentence-initial "it" at token lh of st
// continues: the sentence before opens with "the" and a document noun as its subject ("The
// statement urged Syria to halt its offensive. It called on Russia to …"). The pronoun subject
// continues the previous utterance's subject, its preferred center (Grosz, Joshi & Weinstein
// 1995, centering: Rule 1, a pronoun realizes the backward-looking center), here a document,
// which does not act: its author does (PARC 3.0, as frameDocumentAuthor), the actor that issued
// it in a sentence before (authorBefore). ok reports that "it" is such a document; e is nil when
// no author is found, so that "it" goes to no actor named in between.
func (d *doc) documentSubjectIt(st *sent, lh int) (e *entity, ok bool) {
	if st.Idx == 0 || st.Toks[lh].Lower != "it" || st.InQuote[lh] || lh > actors.Dateline(d.Doc, st, 0)+1 {
		return nil, false
	}
	prev := d.Sents[st.Idx-1]
	a := actors.Dateline(d.Doc, prev, 0)
	for a < len(prev.Toks) && prev.Toks[a].Kind == text.Quote {
		a++
	}
	if a+1 >= len(prev.Toks) || prev.Toks[a].Lower != "the" || prev.Ment[a+1] >= 0 {
		return nil, false
	}
	w := prev.Toks[a+1].Lower
	if !d.Lx.DocNoun[w] || d.Lx.Titles[w] != nil || docpkg.VerbAfter(d.Lx, prev, a+2) < 0 {
		return nil, false // "The spokesman …" is a person; the noun must be the subject of a verb of saying or a cue
	}
	if e := speakers.AuthorBefore(d.Doc, prev, w); e != nil && docpkg.ActorKind(e) {
		return e.Final(), true
	}
	return nil, true
}
