package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// participleOpening reports that the words [a, b) before a comma and an attribution are a
// nonfinite clause opened by a participle, "Asked about the clashes in Chad, the Spokesman said …",
// "Responding to a question about Myanmar, the Spokesman said the United Nations …" (the UN noon
// briefing highlights' and wire copy's way of giving the occasion of an answer): a supplementive
// -ing or -ed clause is an adverbial of the matrix clause, whose subject it takes (Quirk et al.
// 1985, 15.58-15.60), never the reported clause, which in indirect speech is finite (14.31); what
// the speaker said is the clause after the verb. The opening word is capitalized and ends in
// "-ing" or "-ed" (a participle, not a preposition or a name: "During", "Following" are
// prepositions that open adverbials too, and are read the same way), and no finite verb or
// auxiliary follows it before the comma ("Rising prices are hurting families, …" is a clause).
func participleOpening(d *doc.Doc, st *doc.Sent, a, b int) bool {
	toks := st.Toks
	for a < b && toks[a].Kind == text.Quote {
		a++
	}
	if a >= b || toks[a].Kind != text.Word || !toks[a].Cap || len(toks[a].Lower) < 5 ||
		!strings.HasSuffix(toks[a].Lower, "ing") && !strings.HasSuffix(toks[a].Lower, "ed") {
		return false
	}
	if m := actors.MentionAt(d, st, a); m != nil && doc.ActorKind(m.Ent) {
		return false // "Beijing, …": a name, not a participle
	}
	for k := a + 1; k < b; k++ {
		if doc.AuxWords.Has(toks[k].Lower) && toks[k].Lower != "'s" || actors.FiniteVerbAt(d, st, k) || st.InQuote[k] {
			return false
		}
	}
	return true
}
