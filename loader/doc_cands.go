// The candidates of the claim and relation facts, fields grouped by the stage whose code writes
// them (docs/layout/loader-map.md, Fields × stages; step 2 of docs/layout/plan.md).

package loader

import "github.com/claimgraph/claimgraph/graph"

// claimCand is a CLAIMS relation about to be made: speaker → claim text. Made by claims only
// (quotations, reported speech; the turn, block and joint claims of claim_turns.go); findClaims
// turns each into a claim node and a relCand.
type claimCand struct {
	// written by its maker (claims); jointClaims copies one per co-speaker (speaker) and
	// sentenceClaims gives a quotation's sentence claim its cue (cue, cueStart, cueEnd)
	speaker  *entity
	text     string
	direct   bool
	sent     int
	cue      string
	cueStart int
	cueEnd   int
	rule     string
	score    float64
	negated  bool
	hedged   bool

	// written by claims (findClaims)
	singular bool // the speaker was named by a singular noun ("the senior official")
}

// relCand is a relation about to be made, with its evidence. Made by actors (MEMBER_OF and
// PART_OF: memberOf and structural in actor_structure.go), claims (CLAIMS) and relations (stances, with the speaking units' in relation_speakers.go).
type relCand struct {
	typ              graph.RelType
	src, tgt         *entity // src: also relations (jointStances, capitalHeName); tgt: also actors (actor_bodysplit.go) ✎; both made final by the facade (build)
	sent             int
	cue              string
	cueStart, cueEnd int
	rule             string
	score            float64
	cameo, plover    string
	negated, hedged  bool
	role             string
	obligesActor     bool // relations: an obligation whose subject is an actor, said with the verb of saying at sayStart (dropDemandClaims)
	sayStart         int
	structural       bool // MEMBER_OF / PART_OF from the actor layer: true exactly for doc.structure's candidates (memberOf, structural), never in doc.rels
}
