package loader

import "strings"

// Bare demonstrative targets (issue 13, session 13 trial finding 3): "China welcomes that.", "It
// was only natural for China to oppose and resist that.", "China will handle that in accordance
// with …". A demonstrative pronoun standing alone as the phrase refers back to a stretch of the
// text — a statement, a question, an event — more often than to one noun phrase (Halliday &
// Hasan 1976, Cohesion in English, 2.4.2: extended reference and reference to fact; Quirk et al.
// 1985, 19.48), and the words "that" or "this" name nothing a reader could find in the graph.
// Such a target gives no target node of that text, so the frame gives no relation; a
// demonstrative determining a noun ("that decision") is a phrase of its own and stays.

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
