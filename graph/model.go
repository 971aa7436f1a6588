// Package graph holds claimgraph's domain model (node kinds, relation types, stable IDs) and its
// Badger-backed store. It knows nothing of GraphQL or of natural-language processing: the loader
// hands it an ArticleGraph, and the schema reads nodes and relations back.
//
// Offsets everywhere in this package are in Unicode code points into Article.Text (the cleaned
// article text), never bytes.
package graph

import (
	"crypto/sha256"
	"encoding/base32"
	"math"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kind is a node kind. The values are the contract's NodeKind enum; actor kinds follow the NER
// conventions (PERSON, ORG → ORGANIZATION, GPE → COUNTRY/GOVERNMENT).
type Kind string

// Node kinds.
const (
	Person       Kind = "PERSON"       // a named person
	Organization Kind = "ORGANIZATION" // company, university, think tank, party, non-state agency
	Government   Kind = "GOVERNMENT"   // a state body or administration
	Country      Kind = "COUNTRY"      // a state acting as one
	Group        Kind = "GROUP"        // an unnamed collective source ("Chinese officials")
	Policy       Kind = "POLICY"       // a program, demand, measure or proposal
	ClaimKind    Kind = "CLAIM"        // a proposition someone asserts
	ArticleKind  Kind = "ARTICLE"      // a loaded document
)

// Kinds lists every node kind in contract order.
var Kinds = []Kind{Person, Organization, Government, Country, Group, Policy, ClaimKind, ArticleKind}

// IsActor reports whether k is one of the actor kinds (PERSON, ORGANIZATION, GOVERNMENT, COUNTRY,
// GROUP).
func (k Kind) IsActor() bool {
	switch k {
	case Person, Organization, Government, Country, Group:
		return true
	}
	return false
}

// RelType is a relation type. The values are the contract's RelationType enum.
type RelType string

// Relation types. Source → target, as in the contract.
const (
	Opposes   RelType = "OPPOSES"
	Supports  RelType = "SUPPORTS"
	Offers    RelType = "OFFERS"
	Demands   RelType = "DEMANDS"
	Threatens RelType = "THREATENS"
	Sanctions RelType = "SANCTIONS"
	Cites     RelType = "CITES"
	Claims    RelType = "CLAIMS"
	MemberOf  RelType = "MEMBER_OF"
	PartOf    RelType = "PART_OF"
)

// RelTypes lists every relation type in contract order.
var RelTypes = []RelType{Opposes, Supports, Offers, Demands, Threatens, Sanctions, Cites, Claims, MemberOf, PartOf}

// Direction selects which relations of a node to follow.
type Direction int

// Directions.
const (
	Any Direction = iota // both ways
	Out                  // relations whose source is the node
	In                   // relations whose target is the node
)

// Role is a title an actor holds, optionally at an organization (by node ID).
type Role struct {
	Title string `json:"title"`
	OrgID string `json:"org,omitempty"`
}

// Node is an actor, policy or claim. Articles are stored apart (see Article) but share the ID space.
type Node struct {
	ID      string   `json:"id"`
	Kind    Kind     `json:"kind"`
	Name    string   `json:"name"`              // canonical name; for a claim, its text
	Aliases []string `json:"aliases,omitempty"` // every surface form seen, canonical name included
	Roles   []Role   `json:"roles,omitempty"`
	// Country is the state an actor belongs to or is: ISO 3166-1 alpha-3 (which CAMEO's country
	// codes follow), "" when unknown or international. Two actors with different countries are
	// never merged by name (see Store.MergeArticle).
	Country string `json:"country,omitempty"`
	// Code is the CAMEO actor code when known: the country's code for a country ("CHN"), country
	// and role for its bodies, members and groups ("CHNGOV", "USALEG", "SRBLEG"), or a
	// transnational code ("IGOUNO"). Stores written before Country existed hold an ISO3 code
	// here for countries and governments; ActorCountry reads both.
	Code string `json:"code,omitempty"`
	// Local marks an actor whose identity holds only in a scope: a body named by a generic head
	// ("Foreign Ministry", "Parliament") whose country the article does not give. Its ID is made
	// from the scope (LocalActorID: its office holders, else its article); it is never matched to
	// another actor by name, and no other actor is matched to it.
	Local bool `json:"local,omitempty"`
	// Family is the normalized family name of a person whose name is not written family name
	// last ("he" for He Lifeng, "liu" for Liu He); empty means the last word. The surname index
	// uses it.
	Family string `json:"family,omitempty"`
	// MergedBy says what decided the node's identity when it was not the extractor: "curation"
	// for a rule of the user's curation file (same-as, rename, kind, country).
	MergedBy string `json:"mergedBy,omitempty"`

	kindFixed    bool   // set by a curation kind rule for one merge: the kind overrides the stored one
	countryFixed bool   // set by a curation country rule for one merge: the country overrides the stored one
	Text         string `json:"text,omitempty"`   // claim content as written
	Direct       bool   `json:"direct,omitempty"` // claim is a direct quotation
	// Turn is, for a claim, the discourse unit of its document it came from: the role and the
	// unit's 0-based number in the article ("answer:3", "turn:0", "statement:1", "title:0");
	// empty for claims in the article's own voice.
	Turn string `json:"turn,omitempty"`
	Rule string `json:"rule,omitempty"` // rule or lexicon entry that first produced the node
}

// ActorCountry is n's country: Country, or, for a country or government stored before Country
// existed, its three-letter Code.
func (n *Node) ActorCountry() string {
	if n.Country != "" {
		return n.Country
	}
	if (n.Kind == Country || n.Kind == Government) && len(n.Code) == 3 {
		return n.Code
	}
	return ""
}

// Label is the display name: name for actors and policies, text for claims (shortened to 120
// code points with an ellipsis).
func (n *Node) Label() string {
	if n.Kind == ClaimKind {
		r := []rune(n.Text)
		if len(r) > 120 {
			return string(r[:119]) + "…"
		}
		return n.Text
	}
	return n.Name
}

// Article is a loaded document with its metadata and cleaned text.
type Article struct {
	ID          string   `json:"id"`
	Title       string   `json:"title,omitempty"`
	URL         string   `json:"url,omitempty"`
	PublishedAt string   `json:"published,omitempty"` // ISO 8601 date (YYYY-MM-DD) when known
	Authors     []string `json:"authors,omitempty"`
	Outlet      string   `json:"outlet,omitempty"`
	Source      string   `json:"source,omitempty"` // file (and line) it was loaded from: its path below the loaded folder, never above it (SourceUnder)
	Text        string   `json:"text"`             // cleaned text that all offsets refer to

	// PublishedSource names where PublishedAt came from: "json", "flag", "html-meta", "json-ld",
	// "html-time", "html-meta-date", "byline", "dateline", "title" or "filename" (the loader's
	// DateFrom constants); "" when PublishedAt is empty or the article was stored before it existed.
	PublishedSource string `json:"published_source,omitempty"`
	// NearDuplicateOf is the ID of a stored article this one nearly repeats, set by the store
	// when it is merged: the same title and publication date, and a text that shares at least
	// half its four-word sequences (a corrected copy, a repost with small edits; merge_neardup.go).
	// It is stored all the same (only the exact text is one article), so its relations count its
	// sentences too; leave out the articles that have it to count each statement once. ""
	// when none, or the article has no title or date.
	NearDuplicateOf string `json:"near_duplicate_of,omitempty"`
}

// Mention is one occurrence of a node in an article.
type Mention struct {
	NodeID    string `json:"node"`
	ArticleID string `json:"article"`
	Sentence  int    `json:"sentence"` // 0-based sentence index
	Start     int    `json:"start"`    // code points into Article.Text
	End       int    `json:"end"`      // exclusive
	Text      string `json:"text"`
	Rule      string `json:"rule,omitempty"` // rule that recognized or resolved it, e.g. "metonymy:capital"
}

// Evidence is one sentence that states a relation.
type Evidence struct {
	ArticleID string  `json:"article"`
	Sentence  int     `json:"sentence"` // 0-based sentence index in the article
	Start     int     `json:"start"`    // code points of the sentence in Article.Text
	End       int     `json:"end"`      // exclusive
	Text      string  `json:"text"`     // the sentence
	Cue       string  `json:"cue,omitempty"`
	Rule      string  `json:"rule,omitempty"`  // extraction rule or lexicon entry, e.g. "cue:refuse"
	Score     float64 `json:"score,omitempty"` // the rule's confidence for this sentence, 0..1
	// CueStart..CueEnd are the code points of the cue in Article.Text, inside the sentence:
	// Article.Text[CueStart:CueEnd] (in code points) is Cue, exactly. CueEnd 0: no cue.
	CueStart int  `json:"cue_start"`
	CueEnd   int  `json:"cue_end"`          // exclusive
	Hedged   bool `json:"hedged,omitempty"` // this sentence hedges ("may offer"); Relation.Hedged is the AND over its evidence
	// InQuestion marks a sentence of a journalist's question or a moderator's turn of a
	// transcript ("Q: Mnuchin and the IMF have urged China to …"): the relation is the
	// questioner's report of another's words, not that party's own; Relation.InQuestion is the
	// AND over its evidence.
	InQuestion bool `json:"in_question,omitempty"`
	// Speaker is the node ID of the person who voiced this sentence for the relation's source,
	// when the source is the state or body he speaks for (a spokesperson's "we urge …" is the
	// state's, loader evidenceSpeaker); "" when the source spoke itself or no one is known.
	Speaker string `json:"speaker,omitempty"`
	// Addressee is the node ID of the actor this sentence asks or tells to act, when the
	// relation's target names that act with its agent rather than the actor itself: "We urge the
	// US side to abide by the one-China principle" is China DEMANDS "United States abiding by the
	// one-China principle", addressed to the United States (the object that controls the
	// infinitive, Quirk et al. 1985, 16.52; loader contentAgent); for a warning whose target is the
	// act of its that-clause, the actor warned: "Poland warned Belarus that the crossings would
	// stay closed" is Poland THREATENS "the crossings staying closed", addressed to Belarus
	// (VerbNet advise-37.9 Recipient; loader noteWarned). "" when the target is the actor acted
	// on itself, or the act has no agent named other than the source.
	Addressee string `json:"addressee,omitempty"`
	// EventDate is the date of the event this sentence reports, when the sentence says it ("on
	// 8 November 2018", "in April last year", "on Monday", "yesterday", "two weeks ago"):
	// the first day (YYYY-MM-DD) of the period the date expression names, relative ones resolved
	// against the article's publication date (TimeML TIMEX3 anchoring to the document creation
	// time; loader eventDate). "" when the sentence names no date of its event (the article's
	// PublishedAt then dates it), or names only a later one (a planned act).
	EventDate string `json:"event_date,omitempty"`
	// EventDatePrecision is EventDate's granularity: "DAY", "WEEK" (an ISO 8601 week from its
	// Monday), "MONTH" or "YEAR"; "" when EventDate is "".
	EventDatePrecision string `json:"event_date_precision,omitempty"`

	// nearDup: the sentence is of an article stored as a near-duplicate of another
	// (Article.NearDuplicateOf); set by the store, which counts it but takes no confidence from it.
	nearDup bool
}

// Relation is a typed edge between two nodes, with the sentences that state it.
type Relation struct {
	ID      string  `json:"id"`
	Type    RelType `json:"type"`
	Source  string  `json:"source"`
	Target  string  `json:"target"`
	Negated bool    `json:"negated,omitempty"`
	Hedged  bool    `json:"hedged,omitempty"`
	// InQuestion: every evidence sentence is inside a question turn (Evidence.InQuestion).
	InQuestion bool       `json:"in_question,omitempty"`
	Confidence float64    `json:"confidence"`       // 0..1; see Confidence
	Cameo      string     `json:"cameo,omitempty"`  // CAMEO root code, e.g. "12" (Reject)
	Plover     string     `json:"plover,omitempty"` // PLOVER event category, e.g. "REJECT"
	Role       string     `json:"role,omitempty"`   // for MEMBER_OF: the title held
	Evidence   []Evidence `json:"evidence"`
	// EvidenceCount is how many evidence sentences the store holds for the relation; reads fill it
	// even when they leave Evidence unread (WithoutEvidence). Relations read with a From/To filter
	// count (and read as Evidence) only the sentences of articles published in that window.
	EvidenceCount int `json:"evidence_count,omitempty"`
}

// ArticleGraph is what the loader extracts from one article and the store merges in one
// transaction. Node and relation IDs are assigned by the loader with the ID functions below;
// the store may remap actor IDs to nodes it already holds (cross-article entity resolution).
type ArticleGraph struct {
	Article   Article
	Nodes     []Node
	Mentions  []Mention
	Relations []Relation
}

// Confidence combines per-evidence scores into a relation confidence as a noisy-OR over
// independent sources: 1 - Π(1 - s_i), taking for each article only its best-scoring sentence, so
// repeating a claim within one article does not inflate it. Scores of 0 count as 0.5, scores above
// 1 as 1; below three articles the result is capped at 0.99. The product is taken in ascending
// score order (see SourceScores), so the result does not depend on the order of ev.
func Confidence(ev []Evidence) float64 {
	var h SourceScores
	for _, best := range bestScores(ev) {
		h = h.Add(best, 1)
	}
	return h.Confidence()
}

// bestScores is the best normalized score per article of ev.
func bestScores(ev []Evidence) map[string]float64 {
	best := map[string]float64{}
	for _, e := range ev {
		if s := normScore(e.Score); s > best[e.ArticleID] {
			best[e.ArticleID] = s
		}
	}
	return best
}

func normScore(s float64) float64 {
	switch {
	case s <= 0:
		return 0.5
	case s > 1:
		return 1
	}
	return s
}

// ScoreCount is one bucket of SourceScores: Articles articles whose best sentence scored Score.
type ScoreCount struct {
	Score    float64 `json:"s"`
	Articles int     `json:"n"`
}

// SourceScores is the histogram of per-article best scores of a relation's evidence, sorted by
// Score. The store keeps it in the relation record so that adding or removing one article's
// evidence updates Confidence without reading the evidence of every other article.
type SourceScores []ScoreCount

// Add returns h with n more articles (n < 0: fewer) whose best score is s; empty buckets go.
func (h SourceScores) Add(s float64, n int) SourceScores {
	for i := range h {
		if h[i].Score == s {
			h[i].Articles += n
			if h[i].Articles <= 0 {
				return append(h[:i:i], h[i+1:]...)
			}
			return h
		}
	}
	if n <= 0 {
		return h
	}
	i := 0
	for i < len(h) && h[i].Score < s {
		i++
	}
	out := make(SourceScores, 0, len(h)+1)
	out = append(out, h[:i]...)
	out = append(out, ScoreCount{s, n})
	return append(out, h[i:]...)
}

// Articles is the number of articles counted.
func (h SourceScores) Articles() int {
	n := 0
	for _, c := range h {
		n += c.Articles
	}
	return n
}

// Confidence is the noisy-OR of Confidence over the histogram, in ascending score order.
func (h SourceScores) Confidence() float64 {
	p := 1.0
	for _, c := range h {
		p *= math.Pow(1-c.Score, float64(c.Articles))
	}
	c := 1 - p
	if c > 0.99 && h.Articles() < 3 {
		c = 0.99
	}
	return c
}

// quoteFolder makes typographic apostrophes plain and drops double quotes; built once, as a
// Replacer compiles its lookup table on construction.
var quoteFolder = strings.NewReplacer("\u2019", "'", "\u2018", "'", "\u201c", "", "\u201d", "", "\"", "")

// NormalizeName folds a name for matching: lower case, typographic apostrophes and quotes made
// plain, possessive "'s" and a leading "the " dropped, punctuation other than $ . - & removed,
// spaces collapsed. "The U.S. Treasury's" → "u.s. treasury".
//
// The extractor calls it for every candidate name of every article, so ASCII input (nearly all
// English news) takes a single-pass byte loop; other input takes normalizeNameSlow, the reference
// implementation the fast path is tested against.
func NormalizeName(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return normalizeNameSlow(s)
		}
	}
	var stack [64]byte
	b := stack[:0]
	space, apos := false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch {
		case c == '"':
			// dropped without leaving a space, as the quote folder does
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '$' || c == '.' || c == '-' || c == '&' || c == '\'':
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			apos = apos || c == '\''
			b = append(b, c)
		default:
			space = true
		}
	}
	if apos {
		return finishNormalized(string(b))
	}
	if len(b) >= 4 && string(b[:4]) == "the " {
		b = b[4:]
	}
	for len(b) > 0 && b[len(b)-1] == '.' {
		b = b[:len(b)-1]
	}
	return string(b)
}

// normalizeNameSlow is NormalizeName for any input.
func normalizeNameSlow(s string) string {
	s = strings.ToLower(s)
	s = quoteFolder.Replace(s)
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' || r == '.' || r == '-' || r == '&' || r == '\'':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return finishNormalized(b.String())
}

// finishNormalized drops possessives, apostrophes, a leading "the " and trailing periods.
func finishNormalized(out string) string {
	out = strings.ReplaceAll(out, "'s ", " ")
	out = strings.TrimSuffix(out, "'s")
	out = strings.ReplaceAll(out, "'", "")
	out = strings.TrimPrefix(out, "the ")
	return strings.TrimRight(out, ".")
}

var idEncoding = base32.StdEncoding.WithPadding(base32.NoPadding)

func hashID(prefix string, parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return prefix + strings.ToLower(idEncoding.EncodeToString(h.Sum(nil))[:20])
}

// ID prefixes tell a node's family from its ID alone: a:actor p:policy c:claim d:article (document)
// r:relation.
const (
	ActorPrefix    = "a_"
	PolicyPrefix   = "p_"
	ClaimPrefix    = "c_"
	ArticlePrefix  = "d_"
	RelationPrefix = "r_"
)

// ActorID is the stable ID of an actor with the given canonical name (kind-independent, so a
// country and its government named alike stay one node).
func ActorID(name string) string { return hashID(ActorPrefix, NormalizeName(name)) }

// LocalActorID is the stable ID of an actor whose identity holds only in a scope (Node.Local): its
// canonical name and the scope, an article ("article:" + its ID) or the office holders that make
// the body one ("holder:" + a person's normalized name).
func LocalActorID(name, scope string) string {
	return hashID(ActorPrefix, NormalizeName(name), "local", scope)
}

// PolicyID is the stable ID of a policy with the given canonical name.
func PolicyID(name string) string { return hashID(PolicyPrefix, NormalizeName(name)) }

// LocalPolicyID is the ID of a policy whose identity is local to a scope (an article): a policy
// named only by a definite description ("the plan") is that article's plan, not every article's.
func LocalPolicyID(name, scope string) string {
	return hashID(PolicyPrefix, NormalizeName(name), "local", scope)
}

// ClaimID is the stable ID of a claim: its speaker's node ID and its normalized text.
func ClaimID(speakerID, text string) string {
	return hashID(ClaimPrefix, speakerID, NormalizeName(text))
}

// ArticleID is the stable ID of an article: from its URL when it has one, else from its text with
// white space collapsed.
func ArticleID(url, text string) string {
	if u := strings.TrimSpace(url); u != "" {
		return hashID(ArticlePrefix, "url", strings.TrimRight(u, "/"))
	}
	return hashID(ArticlePrefix, "text", collapseSpace(text))
}

// collapseSpace is strings.Join(strings.Fields(s), " ") in one allocation: every load keys each
// article by its body (TextKey), and the field slice and the joined copy were 4% of a load's
// allocated bytes. White space is what strings.Fields splits on (unicode.IsSpace); bytes that
// are not valid UTF-8 are kept as they are, as Fields keeps them.
func collapseSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	start := -1 // start of the current field, -1 between fields
	for i := 0; i < len(s); {
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		if unicode.IsSpace(r) {
			if start >= 0 {
				if b.Len() > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
		i += size
	}
	if start >= 0 {
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(s[start:])
	}
	return b.String()
}

// RelationID is the stable ID of a relation: its type, endpoints and polarity.
func RelationID(t RelType, source, target string, negated bool) string {
	n := "0"
	if negated {
		n = "1"
	}
	return hashID(RelationPrefix, string(t), source, target, n)
}

// KindOfID tells the family of an ID from its prefix: "actor", "policy", "claim", "article",
// "relation", or "" for a malformed ID.
func KindOfID(id string) string {
	switch {
	case strings.HasPrefix(id, ActorPrefix):
		return "actor"
	case strings.HasPrefix(id, PolicyPrefix):
		return "policy"
	case strings.HasPrefix(id, ClaimPrefix):
		return "claim"
	case strings.HasPrefix(id, ArticlePrefix):
		return "article"
	case strings.HasPrefix(id, RelationPrefix):
		return "relation"
	}
	return ""
}

// SourceUnder is the stored source of a document read from src while walking the directory root
// (as named to the load): src relative to root, with forward slashes ("mine/s13.txt",
// "v2/s13.txt", "wire/feed.jsonl:3"), so that files of one name in two folders of a load are
// told apart (nu20 finding A13) while nothing above the loaded folder is kept. With root "", or
// src not under root, it is SourceName(src).
func SourceUnder(src, root string) string {
	if root == "" {
		return SourceName(src)
	}
	rel, err := filepath.Rel(root, src)
	if err != nil || rel == "." || strings.HasPrefix(rel, "..") || filepath.IsAbs(rel) {
		return SourceName(src)
	}
	return filepath.ToSlash(rel)
}

// RelativeSource reports whether src is a stored source relative to a loaded folder (SourceUnder):
// not absolute and without ".." steps, so that it names nothing above that folder.
func RelativeSource(src string) bool {
	if strings.HasPrefix(src, "/") || strings.HasPrefix(src, `\`) || len(src) > 2 && src[1] == ':' && (src[2] == '\\' || src[2] == '/') {
		return false
	}
	for _, part := range strings.FieldsFunc(src, func(r rune) bool { return r == '/' || r == '\\' }) {
		if part == ".." {
			return false
		}
	}
	return !strings.HasPrefix(src, "embedded:")
}

// SourceName is the file name (and ":line" for a JSON lines record) of a load source: the path
// without its directory, and without the "embedded:" prefix of the demo's sample. A store keeps
// only this, so that no export, backup or API answer gives away where the user's files live.
func SourceName(src string) string {
	if strings.HasPrefix(src, "POST /") {
		return src // an article posted to the server ("POST /articles:3"): no file, no directory
	}
	if i := strings.LastIndexAny(src, `/\`); i >= 0 {
		return src[i+1:]
	}
	return strings.TrimPrefix(src, "embedded:")
}
