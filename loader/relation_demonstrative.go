package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// Bare demonstrative targets (issue 13, session 13 trial finding 3): "China welcomes that.", "It
// was only natural for China to oppose and resist that.", "China will handle that in accordance
// with …". A demonstrative pronoun standing alone as the phrase refers back to a stretch of the
// text — a statement, a question, an event — more often than to one noun phrase (Halliday &
// Hasan 1976, Cohesion in English, 2.4.2: extended reference and reference to fact; Quirk et al.
// 1985, 19.48), and the words "that" or "this" name nothing a reader could find in the graph.
// The target is the antecedent: the sentence before, in the same paragraph, when it is a
// statement ("Peru lifted the tariffs on Monday. Chile welcomed this."); with none (an answer
// opening "China welcomes that." after a question, a paragraph's first sentence) the target has
// no node of that text, so the frame gives no relation. A demonstrative determining a noun ("that
// decision") is a phrase of its own and stays.

// demonstrativeAlone reports a target headed by a demonstrative pronoun with no dependent
// (this, that, these, those: UD PronType=Dem used as a pronoun).
func demonstrativeAlone(fs *frameSentence, h int) bool {
	switch strings.ToLower(fs.toks[h].Form) {
	case "this", "that", "these", "those":
	default:
		return false
	}
	return (fs.toks[h].UPOS == "PRON" || fs.toks[h].UPOS == "DET") && fs.phraseLen(h) == 1
}

// demonstrativeAntecedent is the target a bare demonstrative in st refers back to: the statement
// before it in the same paragraph and the same speaking unit (policyTarget over its words), or
// nil.
func (d *doc) demonstrativeAntecedent(st *sent) *entity {
	if st.Idx == 0 {
		return nil
	}
	prev := d.Sents[st.Idx-1]
	if prev.S.Paragraph != st.S.Paragraph || prev.Unit != st.Unit || prev.Headline || text.IsQuestion(prev.Toks) || len(prev.Toks) < 4 {
		return nil
	}
	// the wire dateline that opens a story's first sentence ("GENEVA (Reuters) -") is the
	// story's furniture, no word of the statement (AP Stylebook, datelines; wire_dateline.go)
	return surface.PolicyTarget(d.Doc, prev, max(docpkg.BodyStart(prev), segment.DatelineEnd(prev)), len(prev.Toks), "")
}

// demonstrativeNounAntecedent is the noun phrase a demonstrative description as target refers
// back to ("Washington imposed tariffs on Chinese steel. Beijing condemned those tariffs": the
// tariffs on Chinese steel; issue 13, classes19 class 7): the target head h of fs determined by
// "these", "those" or "such" (the plural demonstratives and the anaphoric "such", Quirk et al.
// 1985, 6.40-6.45, 5.36; Halliday & Hasan 1976, 2.4 on demonstrative reference with a head noun)
// and a noun of the same head, in its singular or plural, in one of the two sentences before it
// (same or previous paragraph), whose noun phrase, with its postmodifiers, is returned as that
// sentence and its token range [b, e). A description whose head names nothing said before
// ("these measures" after "introduced curfews") stays as written: nil.
func (d *doc) demonstrativeNounAntecedent(st *sent, fs *frameSentence, h int) (*sent, int, int) {
	if fs.toks[h].UPOS != "NOUN" {
		return nil, 0, 0
	}
	det := false
	for _, k := range fs.kids[h] {
		if w := strings.ToLower(fs.toks[k].Form); fs.toks[k].DepRel == "det" || fs.toks[k].DepRel == "amod" {
			det = det || w == "these" || w == "those" || w == "such"
		}
	}
	if !det {
		return nil, 0, 0
	}
	head := strings.TrimSuffix(strings.ToLower(fs.toks[h].Form), "s")
	for s := st.Idx - 1; s >= 0 && s >= st.Idx-2; s-- {
		ss := d.Sents[s]
		if ss.S.Paragraph < st.S.Paragraph-1 {
			break
		}
		for k := len(ss.Toks) - 1; k >= 0; k-- {
			t := ss.Toks[k]
			if t.Kind != text.Word || t.Cap || strings.TrimSuffix(t.Lower, "s") != head || actors.MentionAt(d.Doc, ss, k) != nil {
				continue
			}
			pfs, _ := d.parseSentenceFor(ss, true)
			if pfs == nil {
				return nil, 0, 0
			}
			for i := range pfs.toks {
				if pfs.at[i] != k || pfs.toks[i].UPOS != "NOUN" || pfs.toks[i].DepRel == "compound" {
					continue
				}
				lo, hi := pfs.phrase(i)
				return ss, pfs.at[lo], pfs.at[hi-1] + 1
			}
		}
	}
	return nil, 0, 0
}
