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

// The speakers' memo (speaker_selfcountry.go; moved from there in restructs23 so that Doc.SelfC
// lives in Doc and the speakers floor can leave the loader).

// SelfState is what sp's own turns say of his state: the state a "we" is bound to (nil when none
// or two), and the state that is the subject of more of his positions than any other (nil when none
// reaches two or two tie).
type SelfState struct{ Bound, Counted *lexicon.Country }
