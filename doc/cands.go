// The candidates of the claim and relation facts (moved from loader/doc_cands.go in restruct10;
// the loader names them claimCand and relCand through aliases), fields grouped by the stage whose
// code writes them.

package doc

import "github.com/claimgraph/claimgraph/graph"

// ClaimCand is a CLAIMS relation about to be made: speaker → claim text. Made by claims only
// (quotations, reported speech; the turn, block and joint claims of claims/turns.go); findClaims
// turns each into a claim node and a relCand.
type ClaimCand struct {
	// written by its maker (claims); jointClaims copies one per co-speaker (speaker) and
	// sentenceClaims gives a quotation's sentence claim its cue (cue, cueStart, cueEnd)
	Speaker  *Entity
	Text     string
	Direct   bool
	Sent     int
	Cue      string
	CueStart int
	CueEnd   int
	Rule     string
	Score    float64
	Negated  bool
	Hedged   bool

	// written by claims (findClaims)
	Singular bool // the speaker was named by a singular noun ("the senior official")
}

// RelCand is a relation about to be made, with its evidence. Made by actors (MEMBER_OF and
// PART_OF: memberOf and structural in actor_structure.go), claims (CLAIMS) and relations (stances, with the speaking units' in relation_speakers.go).
type RelCand struct {
	Typ              graph.RelType
	Src, Tgt         *Entity // src: also relations (jointStances, capitalHeName); tgt: also actors (actor_bodysplit.go) ✎; both made final by the facade (build)
	Sent             int
	Cue              string
	CueStart, CueEnd int
	Rule             string
	Score            float64
	Cameo, Plover    string
	Negated, Hedged  bool
	Role             string
	SayStart         int
	Structural       bool // MEMBER_OF / PART_OF from the actor layer: true exactly for doc.structure's candidates (memberOf, structural), never in doc.rels
}
