// The document the stages annotate: one article's sentences and what each stage found in them.
//
// Fields are grouped by the stage whose code writes them, as docs/layout/loader-map.md's
// *Fields × stages* table finds (step 2 of docs/layout/plan.md: one writer per field). A stage
// is the floor of the file that holds the code (the map's file rules): "doc" is newDoc
// (extract.go), "facade" the Extractor's driver. Where a later phase than the writer's own fills
// a memo on first use, the comment says "once computed". A field set by more than one stage says
// so and names them; those are the splits step 2 still owes.

package doc

import (
	"context"

	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/lexicon"
)

// Doc is the per-article extraction state.
type Doc struct {
	// written by the facade (ExtractContext)
	Ctx context.Context // nil: never stop (checkStop)

	// written by newDoc (doc), read-only after it
	Lx        *lexicon.Lexicons
	Phx       *lexicon.Actors // the Extractor's Phoenix dictionaries (nil without them): the doc floor reads them (doc_capitals.go)
	Frames    Frames          // the Extractor's lemmatizer and frames lexicon (nil without them): the actors read them (frames.go)
	Resolve   Resolver        // coreference and the surface subject as the speakers ask them (resolver.go)
	Parse     Parses          // the relations stage's parse as the claims stage reads it (parses.go)
	C         *input.Cleaned
	Runes     []rune
	Sents     []*Sent
	LowerSeen map[string]bool // words seen in lower case somewhere in the article
	Authors   map[string]bool // normalized author names: never actors

	// written by the doc floor (doc_capitals.go), once computed
	CapSurnames map[string]bool // capitals' names the article writes as surnames (capitalSurnames)

	// written by segment
	QBySent        [][]*Quote
	Quotes         []*Quote
	Units          []discourse.Unit             // per paragraph: its turn or block (markTurns)
	HearingL       **Entity                     // the legislature a hearing's heading names, once computed (speaker_hearing.go)
	Speakers       map[discourse.Span]*Entity   // a unit's speaker span → its actor, once resolved (unitSpeaker)
	TalkSents      map[int]bool                 // sentences found to be talk about the talk in reported speech (turnTalkContent)
	SuperiorSents  map[int]bool                 // sentences whose clause a speaker's superior says ("My President said …": superiorSubject), none of the speaker's own
	CoSpeakerCache map[discourse.Span][]*Entity // a coordinated speaker span → its parties (coSpeakers)
	SelfC          map[*Entity]SelfState        // per speaker, the state his answers speak for (answerSelfCountry, speaker_selfcountry.go), once computed
	outletBody     *outletBody                  // PublisherBody of the outlet, once computed (OutletBody)
	BriefingHead   []int8                       // per sentence, discourse.BriefingHeading of its text once computed: 0 not yet, 1 no, 2 yes (speakers' briefingOffice)

	// written by actors (byKey, bySent and the maps below allocated by newDoc)
	Ents         []*Entity
	ByKey        map[string]*Entity
	Mentions     []*Mention
	BySent       [][]int               // mention indices per sentence
	Policies     map[string]*Entity    // normalized name → POLICY entity, for later mentions
	PolicyToks   map[string][][]string // named programs by first token, built after the policy pass
	NonActor     map[string]bool       // acronyms defined for non-actor phrases ("(DUV)")
	Redefined    map[string]bool       // dictionary acronyms the article defines for another name (actor_acrdefs.go)
	PlaceChunks  [][3]int              // capitalized runs with a place word: sentence, start, end token
	PlaceNames   map[string]bool       // normalized names the article uses as places (actor_places.go)
	OwnedRoles   []*Entity             // persons whose role's possessor ("the confederation's president") resolved to no actor (actor_storyofficials.go)
	SoleC        *SoleCountryMemo      // the one country the article names, once computed (actor_names.go)
	PendingRoles []PendingRole         // roles under a definite description, resolved in coreference (actor_roles.go)
	CCounts      map[string]int        // codes (actor_codes.go): how often the article names each country (ISO3)
	COutright    map[string]bool       // codes (actors/placeoffice.go): the countries (ISO3) the article names by name or demonym
	Structure    []*RelCand            // MEMBER_OF and PART_OF (memberOf, structural: actor_structure.go)
	PluralAcr    map[string]bool       // acronyms the article writes with a plural s

	// written by coref
	ByEnt      map[*Entity][]*Mention
	Voice      *Entity          // the speaker of a transcript ("we", "I" outside quotes)
	PronGender map[*Entity]byte // 'f'/'m' from "she"/"he" already resolved to a person

	// written by relations
	PronExclude    *Entity             // what a pronoun being resolved cannot be (its clause's object)
	PronExcludeAll []*Entity           // likewise, several: a coordinated subject (relation_bindingsubject.go)
	MeetPair       *[]*Entity          // the two principals the heading or first sentence names, once computed (meetingPair)
	MeetPairSent   int                 // the sentence that names them
	ActAgent       map[*Entity]*Entity // an act target (frameTarget) → the actor its content names as agent (contentAgent)
	Warned         map[*Entity]*Entity // an act target of a warning (frameTarget) → the actor warned, its addressee (loader noteWarned)

	// written by claims: quotations, reported speech, and the turn, block and joint claims of
	// claims/turns.go, in the order findClaims makes them (resolvePronoun reads the last ones)
	Claims []*ClaimCand

	// written by claims: the claims stage's relations (CLAIMS) in the order it makes them
	ClaimRels []*RelCand

	// written by claims: the turn sentences turnClaims held back as talk about the talk, and
	// their claims in claimRels, which the relations stage keeps only when it codes the speaker's
	// stance in the sentence (dropUncodedTalk)
	StanceTurns []*ClaimCand
	HeldTalk    map[*RelCand]bool

	// written by relations: the stances, and which of claimRels the relations stage drops
	// (dropRels: dropUncodedTalk, dropExchangeStances, dropIssuedTexts); until restruct6 both
	// stages appended to rels and relations filtered the one list (plan step 6)
	Rels          []*RelCand
	DroppedClaims map[*RelCand]bool
}

// AllRels is every relation candidate of the document in stage order: the actors' structure
// (MEMBER_OF, PART_OF), then the others as they were made (stanceRels). It is a new slice; the
// candidates are shared.
func (d *Doc) AllRels() []*RelCand {
	return append(append([]*RelCand(nil), d.Structure...), d.StanceRels()...)
}

// StanceRels is the claims stage's relations that the relations stage has not dropped, then the
// relations stage's own, in the order they were made: the one list both stages appended to
// before restruct6. It is a new slice; the candidates are shared.
func (d *Doc) StanceRels() []*RelCand {
	out := make([]*RelCand, 0, len(d.ClaimRels)+len(d.Rels))
	for _, r := range d.ClaimRels {
		if !d.DroppedClaims[r] {
			out = append(out, r)
		}
	}
	return append(out, d.Rels...)
}
