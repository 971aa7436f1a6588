// The document the stages annotate: one article's sentences and what each stage found in them.
//
// Fields are grouped by the stage whose code writes them, as docs/layout/loader-map.md's
// *Fields × stages* table finds (step 2 of docs/layout/plan.md: one writer per field). A stage
// is the floor of the file that holds the code (the map's file rules): "doc" is newDoc
// (extract.go), "facade" the Extractor's driver. Where a later phase than the writer's own fills
// a memo on first use, the comment says "once computed". A field set by more than one stage says
// so and names them; those are the splits step 2 still owes.

package loader

import (
	"context"

	"github.com/claimgraph/claimgraph/discourse"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/lexicon"
)

// sent is one sentence with its tokens and per-token annotations: the package doc's Sent (its
// fields name their writing stages), the first of the document's types to leave the loader
// (restruct10). The import is named docpkg: the loader's own per-article type is doc.
type sent = docpkg.Sent

// doc is the per-article extraction state.
type doc struct {
	// written by the facade (ExtractContext)
	ctx context.Context // nil: never stop (checkStop)

	// written by newDoc (doc), read-only after it
	x         *Extractor
	lx        *lexicon.Lexicons
	phx       *lexicon.Actors // the Extractor's Phoenix dictionaries (nil without them): the doc floor reads them (doc_capitals.go)
	c         *input.Cleaned
	runes     []rune
	sents     []*sent
	lowerSeen map[string]bool // words seen in lower case somewhere in the article
	authors   map[string]bool // normalized author names: never actors

	// written by the doc floor (doc_capitals.go), once computed
	capSurnames map[string]bool // capitals' names the article writes as surnames (capitalSurnames)

	// written by segment
	qBySent        [][]*quote
	quotes         []*quote
	units          []discourse.Unit             // per paragraph: its turn or block (markTurns)
	selfC          map[*entity]selfState        // per speaker, the state his answers speak for (answerSelfCountry), once computed
	hearingL       **entity                     // the legislature a hearing's heading names, once computed (speaker_hearing.go)
	speakers       map[discourse.Span]*entity   // a unit's speaker span → its actor, once resolved (unitSpeaker)
	talkSents      map[int]bool                 // sentences found to be talk about the talk in reported speech (turnTalkContent)
	superiorSents  map[int]bool                 // sentences whose clause a speaker's superior says ("My President said …": superiorSubject), none of the speaker's own
	coSpeakerCache map[discourse.Span][]*entity // a coordinated speaker span → its parties (coSpeakers)

	// written by actors (byKey, bySent and the maps below allocated by newDoc)
	ents         []*entity
	byKey        map[string]*entity
	mentions     []*mention
	bySent       [][]int               // mention indices per sentence
	policies     map[string]*entity    // normalized name → POLICY entity, for later mentions
	policyToks   map[string][][]string // named programs by first token, built after the policy pass
	nonActor     map[string]bool       // acronyms defined for non-actor phrases ("(DUV)")
	redefined    map[string]bool       // dictionary acronyms the article defines for another name (actor_acrdefs.go)
	soleC        *soleCountryMemo      // the one country the article names, once computed
	placeChunks  [][3]int              // capitalized runs with a place word: sentence, start, end token
	placeNames   map[string]bool       // normalized names the article uses as places (actor_places.go)
	pendingRoles []pendingRole         // roles under a definite description, resolved in coreference
	ownedRoles   []*entity             // persons whose role's possessor ("the confederation's president") resolved to no actor (actor_storyofficials.go)
	cCounts      map[string]int        // codes (actor_codes.go): how often the article names each country (ISO3)
	structure    []*relCand            // MEMBER_OF and PART_OF (memberOf, structural: actor_structure.go)
	pluralAcr    map[string]bool       // acronyms the article writes with a plural s

	// written by coref
	byEnt      map[*entity][]*mention
	voice      *entity          // the speaker of a transcript ("we", "I" outside quotes)
	pronGender map[*entity]byte // 'f'/'m' from "she"/"he" already resolved to a person

	// written by relations
	pronExclude  *entity             // what a pronoun being resolved cannot be (its clause's object)
	meetPair     *[]*entity          // the two principals the heading or first sentence names, once computed (meetingPair)
	meetPairSent int                 // the sentence that names them
	wordCues     map[string]*wordCue // wordCue of the words the shared cache (Extractor.cues) has no room for
	actAgent     map[*entity]*entity // an act target (frameTarget) → the actor its content names as agent (contentAgent)

	// written by claims: quotations, reported speech, and the turn, block and joint claims of
	// claim_turns.go, in the order findClaims makes them (resolvePronoun reads the last ones)
	claims []*claimCand

	// written by claims: the claims stage's relations (CLAIMS) in the order it makes them
	claimRels []*relCand

	// written by claims: the turn sentences turnClaims held back as talk about the talk, and
	// their claims in claimRels, which the relations stage keeps only when it codes the speaker's
	// stance in the sentence (dropUncodedTalk)
	stanceTurns []*claimCand
	heldTalk    map[*relCand]bool

	// written by relations: the stances, and which of claimRels the relations stage drops
	// (dropRels: dropUncodedTalk, dropExchangeStances, dropIssuedTexts); until restruct6 both
	// stages appended to rels and relations filtered the one list (plan step 6)
	rels          []*relCand
	droppedClaims map[*relCand]bool
}

// allRels is every relation candidate of the document in stage order: the actors' structure
// (MEMBER_OF, PART_OF), then the others as they were made (stanceRels). It is a new slice; the
// candidates are shared.
func (d *doc) allRels() []*relCand {
	return append(append([]*relCand(nil), d.structure...), d.stanceRels()...)
}

// stanceRels is the claims stage's relations that the relations stage has not dropped, then the
// relations stage's own, in the order they were made: the one list both stages appended to
// before restruct6. It is a new slice; the candidates are shared.
func (d *doc) stanceRels() []*relCand {
	out := make([]*relCand, 0, len(d.claimRels)+len(d.rels))
	for _, r := range d.claimRels {
		if !d.droppedClaims[r] {
			out = append(out, r)
		}
	}
	return append(out, d.rels...)
}
