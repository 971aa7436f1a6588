// The candidates of the claim and relation facts are the package doc's (doc/cands.go since
// restruct10, fields exported, each naming its writing stage); the loader keeps the names through
// aliases.

package loader

import docpkg "github.com/claimgraph/claimgraph/doc"

// claimCand is a CLAIMS relation about to be made: speaker → claim text (doc.ClaimCand).
type claimCand = docpkg.ClaimCand

// relCand is a relation about to be made, with its evidence (doc.RelCand).
type relCand = docpkg.RelCand
