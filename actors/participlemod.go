package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// participleModifier reports a lower-case -ing word at k right after a determiner ("the striking
// teachers' union", "a protesting farmers' group"): between the determiner and the head noun
// it is a participial adjective, a premodifier of the noun phrase (Quirk et al. 1985, 7.15 on
// participial adjectives, 17.98 on -ing premodifiers: "a sleeping child"), not the verb of a
// clause, so a cue its verb carries (strike, protest) does not end the noun phrase.
func participleModifier(st *doc.Sent, k int) bool {
	if k < 1 || k >= len(st.Toks) {
		return false
	}
	t := st.Toks[k]
	return t.Kind == text.Word && !t.Cap && len(t.Lower) >= 6 && strings.HasSuffix(t.Lower, "ing") && Determiners.Has(st.Toks[k-1].Lower)
}
