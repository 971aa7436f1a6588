package loader

import (
	"strings"

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
	prev := d.sents[st.Idx-1]
	if prev.S.Paragraph != st.S.Paragraph || prev.Unit != st.Unit || prev.Headline || text.IsQuestion(prev.Toks) || len(prev.Toks) < 4 {
		return nil
	}
	// the wire dateline that opens a story's first sentence ("GENEVA (Reuters) -") is the
	// story's furniture, no word of the statement (AP Stylebook, datelines; wire_dateline.go)
	return d.policyTarget(prev, max(bodyStart(prev), datelineEnd(prev)), len(prev.Toks), "")
}
