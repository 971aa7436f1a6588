package doc

import "github.com/claimgraph/claimgraph/lexicon"

// The actors stage's memos: their types sit with the document so that the fields live in Doc
// and the actors floor can leave the loader (docs/layout/plan.md, step 8; moved from
// loader/actor_names.go and loader/actor_roles.go in restruct21c).

// SoleCountryMemo holds the one country the article names (nil when it names none or several),
// once computed (soleCountry, actor_names.go).
type SoleCountryMemo struct{ C *lexicon.Country }

// PendingRole is a role whose organization is named by a definite description ("the union's
// general secretary"), resolved once every actor of the article is known (resolvePendingRoles,
// actor_roles.go): news writing may describe an organization before naming it.
type PendingRole struct {
	P        *Entity
	Sent, At int // sentence and token of the noun ("union")
	Cs, Ce   int // tokens of the role's words, the cue of the MEMBER_OF
	Role     string
	Rule     string
}
