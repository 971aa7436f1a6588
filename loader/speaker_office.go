package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/discourse"
)

// firstPersonWords are the first-person pronouns and determiners of English (Quirk et al., A
// Comprehensive Grammar, 6.3): a sentence with one of them is in its speaker's own voice.
var firstPersonWords = map[string]bool{"i": true, "me": true, "my": true, "mine": true, "myself": true,
	"we": true, "us": true, "our": true, "ours": true, "ourselves": true}

// namedByFirstPerson reports a person named by name in a sentence of the document's own voice
// (narrative, titled or statement paragraphs) that speaks in the first person outside quotation
// marks ("I have an excellent relationship with President Xi"): the first-person author of a
// statement is not a person the statement talks about in the third person (deixis: "I" is the
// speaker, a name in the same utterance another person; Levinson, Pragmatics, 1983, 2.2.1), so
// that person is no candidate for the statement's author. Coreference mentions (pronouns,
// descriptions) do not count: only a name written out.
func (d *doc) namedByFirstPerson(e *entity) bool {
	for _, m := range d.mentions {
		if m.ent == nil || m.ent.final() != e || strings.HasPrefix(m.rule, "coref") {
			continue
		}
		st := d.sents[m.sent]
		if st.question || st.headline || st.unit != nil && !ownVoice(st.unit.Role) {
			continue // a questioner's, moderator's or labelled speaker's "I" is another voice
		}
		inQuote := false
		for k, t := range st.toks {
			if t.kind == tkQuote {
				inQuote = !inQuote
				continue
			}
			if !inQuote && (k < m.ts || k >= m.te) && t.kind == tkWord && firstPersonWords[t.lower] && (t.lower != "us" || !t.allCaps) {
				return true
			}
		}
	}
	return false
}

// ownVoice reports the roles whose first person is the document's own voice, the one an
// office-titled author speaks in: narrative, a titled document, a statement block.
func ownVoice(r discourse.Role) bool {
	return r == discourse.Narrative || r == discourse.Titled || r == discourse.Statement
}
