package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// premodifiedGroupStart is where the noun phrase of group speaker src opens when its mention at
// token i covers only the head because the country premodifying it keeps a mention of its own
// ("…, U.S. officials said", "…, senior US officials told Reuters"): back over that country's
// name and up to two lower-case premodifiers before it, to the comma (or the comma and an
// article) that opens the attribution. A proper noun premodifying a head belongs to the head's
// noun phrase (Quirk et al. 1985, 17.95-17.97 on premodification by proper nouns), as the
// nationality before a speaker's title does (the case above in reportedClaims); the run's
// lower-case words are the premodifiers of the same phrase (17.113 on their order: "senior"
// before the nationality). The group must be of that country (its MEMBER_OF and code came from
// the same words), or the modifier one the group rule took into its name ("…, European
// diplomats said"). It returns the phrase's first token (the article if one opens it), or -1.
func premodifiedGroupStart(d *doc.Doc, st *doc.Sent, i int, src *doc.Entity) int {
	toks := st.Toks
	g := src.Final()
	if g.Kind != graph.Group || i < 2 {
		return -1
	}
	if m := actors.MentionAt(d, st, i); m == nil || m.Ts != i || m.Ent.Final() != g {
		return -1
	}
	cm := actors.MentionAt(d, st, i-1)
	if cm == nil || cm.Te != i {
		return -1
	}
	if ce := cm.Ent.Final(); !(ce.Kind == graph.Country && g.Country != nil && ce.Country == g.Country) && !(ce.Dropped && strings.HasPrefix(g.Name, d.SpanText(st, cm.Ts, cm.Te)+" ")) {
		// the country's name, or an unknown capitalized modifier the group rule took into the
		// group's name ("European officials": actors/structure.go drops its own entity)
		return -1
	}
	s := cm.Ts
	for n := 0; n < 3 && s > 1 && groupPremodifier(d, st, s-1); n++ {
		s--
	}
	return articledComma(toks, s)
}

// groupPremodifier reports token k as a lower-case premodifier or a cardinal number inside a
// group's noun phrase ("senior", "two", "several"; Quirk et al. 1985, 5.12-5.16 and 17.113): no
// preposition, conjunction, verb or word of another mention, which would end the phrase.
func groupPremodifier(d *doc.Doc, st *doc.Sent, k int) bool {
	t := st.Toks[k]
	if st.Ment[k] >= 0 || t.Cap || t.Kind != text.Word && t.Kind != text.Num {
		return false
	}
	if t.Kind == text.Num {
		return true
	}
	w := t.Lower
	return !text.IsPrep(w) && w != "and" && w != "or" && w != "but" && w != "the" && w != "a" && w != "an" && !d.Lx.BeForms[w] && d.Lx.Speech[w].Kind == 0 && !actors.FiniteVerbAt(d, st, k)
}
