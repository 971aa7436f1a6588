package doc

import (
	"strings"

	"github.com/claimgraph/claimgraph/lexicon"
)

// OutletAuthor reports an author name of the article that is a news service (a Phoenix actor
// with the MED code, as newsOutlet reads it; "The" before it dropped): "By Reuters", "By The
// Associated Press". An agency's byline names no writer, so it does not make the service an
// author, whom the actor stage never takes for an actor: the same service named in the story
// ("a Turkish official told Reuters") stays an actor (issue 14: credits make no node, the
// story's mentions do).
func OutletAuthor(phx *lexicon.Actors, name string) bool {
	if phx == nil {
		return false
	}
	name = strings.TrimSpace(name)
	if len(name) > 4 && strings.EqualFold(name[:4], "the ") {
		name = name[4:]
	}
	a := phx.Unique(name, "")
	if a == nil {
		return false
	}
	c := a.Code
	return strings.HasPrefix(c, "MED") || len(c) >= 6 && c[3:6] == "MED"
}
