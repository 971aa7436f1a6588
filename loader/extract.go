package loader

import (
	"context"
	"errors"
	"fmt"
	"github.com/claimgraph/claimgraph/stance"
	"io/fs"
	"sort"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/claims"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/syntax"
	"github.com/claimgraph/claimgraph/syntax/tag"
	"github.com/claimgraph/claimgraph/text"
)

// Extractor finds actors, policies, claims and relations in cleaned articles with rules of English
// news writing and the lexicons in data/lexicons. It is immutable after NewExtractor and safe for
// concurrent use: Extract keeps all per-article state in a value of its own.
//
// The stages, each in its own file with its own table test:
//   - extract_token.go: rune-scanning tokenizer with code-point offsets;
//   - doc_*.go: the document and its types (sentences, entities, mentions, quotations, claim and
//     relation candidates), each field's writing stage named;
//   - actor.go: name phrases read as units, policies, datelines; actor_entity.go (making entities
//     and mentions), actor_interpret.go (a phrase's units turned into mentions and roles),
//     actor_structure.go (administrations, acronyms, groups, appositives); with
//     actor_names.go (organization name shapes, portfolio titles), actor_roles.go (roles under a
//     possessor, preposed appositives, a title's country), actor_bodies.go (bodies and companies
//     named by description, numbered instruments), actor_publisher.go and actor_igo.go (the
//     publisher's own bodies, intergovernmental bodies), title_coordination.go (a nationality
//     over coordinated titles);
//   - coref.go: surnames, honorifics, pronouns, definite descriptions, metonymy; with
//     coref_shortforms.go (short forms of organization names, surnames of several words);
//   - claims/claim.go: quotations (CLAIMS, CITES via "according to"); claims/reported.go: reported
//     speech ("X said CLAUSE", "CLAUSE, X said", "according to X");
//   - speaker.go: the speaker of each paragraph from the discourse package (transcript turns,
//     statement blocks, title speakers) resolved to an actor, for turn claims and first-person
//     pronouns; speaker_stance.go: stance relations that act on the exchange itself
//     (metadiscourse, courtesies, false starts) dropped;
//   - relation_frames.go: stance relations (OPPOSES … OFFERS) from the frames package's cue
//     frames matched on the syntax layer's parse of each sentence that holds a cue candidate,
//     arguments mapped onto mentions and coreference, and the frames of judgements, mandatives,
//     hopes and sponsors (relation_frames_judgement.go, relation_frames_hope.go); relation.go:
//     the stage's driver and relation candidates;
//   - actor_codes.go: countries and CAMEO codes of actors, local generic bodies (after relations,
//     so that MEMBER_OF and PART_OF are known); actor_agents.go and actor_junk.go: descriptive
//     actors from the Phoenix agents and the shapes a name cannot have.
//
// Every mention and every evidence names the rule that produced it:
//
//	mentions   lexicon:countries lexicon:actors metonymy:capital metonymy:government
//	           coref:possessive ("Its leaders", "their spokesman": the pronoun's antecedent's,
//	           coref_possessiveagent.go)
//	           metonymy:spokesperson person:title person:honorific person:name-shape
//	           person:appositive org:head-word org:acronym org:role-noun alias:acronym
//	           body:possessive body:country-modifier gov:administration group:unnamed
//	           policy:called policy:head-noun name:subject coref:pronoun coref:definite
//	           body:descriptive org:descriptor org:appositive-noun policy:numbered
//	           coref:org-short-form (entities: coref:surname for "Ould Cheikh",
//	           person:speaker-label for a transcript's or title's speaker: speaker.go)
//	           agent:descriptive group:nationality-plural org:national-name
//	           agent:shared-modifier (a later conjunct sharing the first's country,
//	           actor_sharedmodifier.go; entities: target:people, a stance's target naming
//	           people of one country, relation_peopletarget.go)
//	           (actor_agents.go, actor_junk.go) org:national-branch (an NGO's branch: "Greenpeace Brazil",
//	           actor_namedheads.go) metonymy:phoenix-place (a place the Phoenix country records
//	           list, as a subject: "Geneva urged calm" → Switzerland, actor_places.go)
//	codes      country and CAMEO code of every actor (actor_codes.go, from the Phoenix dictionary,
//	           the phrase and MEMBER_OF/PART_OF); entities: dict:family ("Xi" → Xi Jinping),
//	           dict:listed-form ("President Putin" → Vladimir Putin: a one-word name the record lists),
//	           dict:kind (a name-shaped "person" the dictionary knows as an organization)
//	structure  title:implied-body title:modifier title:context-org title:portfolio
//	           title:paragraph-body (a title's body named before it in its paragraph,
//	           actor_paragraph.go)
//	           appositive:title-of appositive:title-body appositive:title-country
//	           appositive:part-of appositive:possessor appositive:preposed
//	           part-of:possessive part-of:country-modifier body:descriptive group:nationality
//	           group:owner hearing:legislature (a hearing's labelled legislator, speaker_hearing.go)
//	           hearing:heading (the legislature a heading line names, speaker_legislature.go)
//	           turn:delegation (a meeting record's "Mr. X (State):" representative, speaker_delegation.go)
//	claims     quote:after quote:before quote:dash quote:label quote:according-to quote:continuation
//	           quote:after-report (a paragraph-opening quotation after a reported speaker: claims/claim.go)
//	           quote:cataphoric (a quotation whose speaker the next sentence names: claims/cataphora.go)
//	           turn:label turn:answer block:statement quote:lead-in quote:dash-line title:speaker
//	           (the discourse unit a sentence stands in: speaker.go) speech:reported
//	           speech:inverted speech:aside speech:participle
//	           speech:nominal speech:relative speech:according-to
//	           speech:reported+party-designation, +appositive-role, +of-postmodifier (the subject
//	           read through "(R-Ohio)", ", dean of …,", "of Ohio": surface_subject25.go)
//	           speech:reported+supplementive (", saying …" whose matrix verb no lexicon lists:
//	           the matrix clause's subject through the parse, claims/supplementive.go)
//	           quote:before+recipient ("told the crowd: “…”": claims/supplementive.go)
//	           headline:colon (a title "NAME: words", its family name resolved: claims/headline.go)
//	stances    frames:<frame>:<entry> (relation_frames.go: the frames package's Match.Rule, e.g.
//	           frames:verb:cameo@2976 = CAMEO.2.0.txt line 2976, frames:noun-poss:class/noun/demand
//	           = cue-classes.txt; frames.Frames lists the frames, Lexicon.KnownRule checks a name;
//	           frames:…+<unit rule> when the source is a turn's speaker through "we"/"I"/"our
//	           government": frames:verb:cameo@7348+turn:answer, speaker_voice.go)
//	           frames:judgement-copula, -call, -as (judgements over the parse, frames judgement.go;
//	           frames:judgement-copula:grammar/copula+<unit rule>: a turn's judgement),
//	           frames:clause-obligation:modality/deontic/<modal>[+<unit rule>] and
//	           frames:<frame>-obligation:modality/<class>/<modal> (a modal of obligation in someone's
//	           own words or reported: DEMANDS, relation_ownspeech.go),
//	           (frames:mandative:…, frames:hope:…, frames:sponsor:… are the frames of mandative
//	           adjectives, hopes and sponsors: frames mandative.go, hope.go, sponsor.go)
//	           accusation:armed-support (a speaker says an actor arms or funds rebels or militias →
//	           OPPOSES, CAMEO 112, relation_accusation.go), accusation:violation (a speaker says a
//	           named actor tortured, shelled, committed genocide … → OPPOSES, CAMEO 112,
//	           relation_violation.go)
//
// Evidence.Score is the rule's confidence for its sentence: 0.9 for titles before names and
// attributed quotations, 0.85 for appositive and possessive structure, 0.8 for a frame match and
// for reported speech, 0.7-0.75 for judgements, participles, asides and "according to"; 0.1 less
// when the source came through coreference, a relative pronoun or coordination, 0.15 less when
// hedged. These are rule priors set by hand on the
// development set, not learned; Relation.Confidence combines them with graph.Confidence (noisy-OR
// over articles, best sentence per article).
type Extractor struct {
	lex *lexicon.Lexicons
	phx *lexicon.Actors // Phoenix actor and agent dictionaries; nil when fsys has none
	// the relations stage's parser and cue frames (relation_frames.go): always the embedded
	// models and data/frames, whatever fsys holds
	syn    *syntax.Model
	lemma  syntax.Lemmatizer
	frames *frames.Lexicon
	cues   *cueCache   // what each word contributes to cueCandidate, shared by all articles
	pstats *ParseStats // nil unless CountParses (parsestats.go: a bench facility)
	// the learned stance layer (relation_stance.go): on when learned, its model loaded then;
	// stanceTap, when set, sees every candidate (training)
	learned     bool
	stanceModel *stance.Model
	stanceTap   func(StanceCandidate)
	stanceVeto  float64 // < 0: drop rule stances the model scores below it (WithStanceVeto)
}

// NewExtractor loads every lexicon under lexicons/ in fsys once (data.FS in production; tests may
// pass an fstest.MapFS). It returns a *lexicon.Error naming the file and line of a malformed entry,
// or of a missing file.
func NewExtractor(fsys fs.FS) (*Extractor, error) {
	if fsys == nil {
		return nil, errors.New("loader: NewExtractor: nil fs.FS")
	}
	lx, err := lexicon.LoadLexicons(fsys)
	if err != nil {
		return nil, err
	}
	x := &Extractor{lex: lx, cues: &cueCache{}}
	if x.syn, err = syntax.Default(); err != nil {
		return nil, err
	}
	if x.lemma = x.syn.Lemmatizer(); x.lemma == nil {
		return nil, errors.New("loader: NewExtractor: the syntax model has no lemmatizer")
	}
	if x.frames, err = frames.Default(); err != nil {
		return nil, err
	}
	// The Phoenix dictionaries are optional for a swapped lexicon set (tests with a few files):
	// without lexicons/phoenix/actors.txt the extractor runs without dictionary actors.
	if _, err := fs.Stat(fsys, lexicon.ActorsFile); err == nil {
		if x.phx, err = lexicon.LoadShared(fsys); err != nil {
			return nil, err
		}
	}
	return x, nil
}

// ExtractError reports a failure of one extraction stage on one article.
type ExtractError struct {
	ArticleID string
	Stage     string
	Err       error
}

func (e *ExtractError) Error() string {
	return fmt.Sprintf("loader: extract %s: %s: %v", e.ArticleID, e.Stage, e.Err)
}

func (e *ExtractError) Unwrap() error { return e.Err }

// Extract returns the graph of one cleaned article: actor, policy and claim nodes, their mentions
// (code-point offsets into c.Article.Text, each with the Rule that found or resolved it) and the
// relations between them with Evidence (sentence index and offsets, sentence text, cue and its
// offsets, Rule, Score). Relation.Confidence is graph.Confidence(Evidence). Sentences must lie
// inside c.Article.Text with Text equal to the text at their offsets; otherwise Extract returns an
// *ExtractError. A panic inside a stage is returned as an *ExtractError too (runtime errors
// included), so one odd article never stops a batch load.
func (x *Extractor) Extract(c *input.Cleaned) (*graph.ArticleGraph, error) {
	return x.ExtractContext(context.Background(), c)
}

// ExtractContext is Extract that stops when ctx is done: the stages look at ctx between
// sentences, so an article abandoned by a caller's timeout stops costing CPU within one sentence's
// work. It then returns an *ExtractError wrapping ctx.Err().
func (x *Extractor) ExtractContext(ctx context.Context, c *input.Cleaned) (g *graph.ArticleGraph, err error) {
	if c == nil {
		return nil, &ExtractError{Stage: "input", Err: errors.New("nil *Cleaned")}
	}
	stage := "input"
	defer func() {
		if r := recover(); r != nil {
			g = nil
			if s, ok := r.(docpkg.Stopped); ok {
				err = &ExtractError{ArticleID: c.Article.ID, Stage: stage, Err: s.Err}
				return
			}
			err = &ExtractError{ArticleID: c.Article.ID, Stage: stage, Err: fmt.Errorf("panic: %v", r)}
		}
	}()
	d, err := newDoc(x, c)
	if err != nil {
		return nil, &ExtractError{ArticleID: c.Article.ID, Stage: stage, Err: err}
	}
	d.Ctx = ctx
	if x.pstats != nil {
		d.pstats = newDocParseStats(len(d.Sents))
	}
	stage = "segment"
	d.CheckStop()
	segment.Annotate(d.Doc)
	stage = "actors"
	d.CheckStop()
	actors.Find(d.Doc)
	stage = "coref"
	d.CheckStop()
	coref.ResolveEntities(d.Doc)
	stage = "claims"
	d.CheckStop()
	claims.Find(d.Doc)
	stage = "relations"
	d.CheckStop()
	d.findRelations()
	d.dropIssuedTexts()
	stage = "codes"
	d.CheckStop()
	d.assignCodes()
	stage = "graph"
	d.CheckStop()
	g = d.build()
	if d.pstats != nil {
		x.pstats.add(d.pstats, g)
	}
	return g, nil
}

func newDoc(x *Extractor, c *input.Cleaned) (*doc, error) {
	d := &doc{Doc: &docpkg.Doc{Lx: x.lex, Phx: x.phx, C: c, Runes: []rune(c.Article.Text), ByKey: map[string]*entity{}, LowerSeen: map[string]bool{}, Authors: map[string]bool{}, Policies: map[string]*entity{}, NonActor: map[string]bool{}, Redefined: map[string]bool{}, PlaceNames: map[string]bool{}}, x: x}
	// the speakers' questions to coreference and the surface subject (doc.Resolver)
	d.Resolve = surface.Resolver{D: d.Doc}
	// the claims stage's reads of the relations stage's parse (doc.Parses)
	d.Parse = parseTags{d}
	if x.lemma != nil && x.frames != nil { // nil without either, as the actors' nil tests expect
		d.Frames = lemmaFrames{x.lemma, x.frames, x.syn.Tagger()}
	}
	for _, a := range c.Article.Authors {
		if !docpkg.OutletAuthor(x.phx, a) { // "By Reuters" (doc_bylineoutlet.go)
			d.Authors[graph.NormalizeName(a)] = true
		}
	}
	for i, s := range c.Sentences {
		if s.Start < 0 || s.End > len(d.Runes) || s.Start > s.End {
			return nil, fmt.Errorf("sentence %d: offsets %d..%d outside the text (%d code points)", i, s.Start, s.End, len(d.Runes))
		}
		if string(d.Runes[s.Start:s.End]) != s.Text {
			return nil, fmt.Errorf("sentence %d: text %q differs from the article text at %d..%d", i, s.Text, s.Start, s.End)
		}
		st := &sent{Idx: i, S: s, Toks: text.Tokenize(d.Runes[s.Start:s.End], s.Start)}
		st.Ment = make([]int, len(st.Toks))
		for j := range st.Ment {
			st.Ment[j] = -1
		}
		st.InQuote = make([]bool, len(st.Toks))
		d.Sents = append(d.Sents, st)
		for k, t := range st.Toks {
			if t.Kind == text.Word && !t.Cap && k > 0 {
				d.LowerSeen[t.Lower] = true
			}
		}
	}
	d.BySent = make([][]int, len(d.Sents))
	return d, nil
}

// lemmaFrames is docpkg.Frames (doc/frames.go) over the Extractor's lemmatizer, frames lexicon
// and tagger; newDoc sets it as the document's Frames.
type lemmaFrames struct {
	syntax.Lemmatizer
	*frames.Lexicon
	tagger *tag.Model
}

// Tag is the tagger's Tag (syntax/tag): the UPOS and Penn tags of forms into upos and xpos.
func (f lemmaFrames) Tag(forms, upos, xpos []string) { f.tagger.Tag(forms, upos, xpos) }

// build turns the extraction state into the graph the store merges.
func (d *doc) build() *graph.ArticleGraph {
	g := &graph.ArticleGraph{Article: d.C.Article}
	aid := d.C.Article.ID
	d.localPolicies() // before any node ID is made (policy_scope.go)
	// Relations first: they decide which weak entities (groups, policies) are kept.
	type relKey struct {
		t   graph.RelType
		s   string
		o   string
		neg bool
	}
	relIdx := map[relKey]int{}
	rels := d.AllRels()
	for _, r := range rels {
		if !r.Structural && r.Src != nil && r.Tgt != nil {
			r.Src.Final().Keep = true
			r.Tgt.Final().Keep = true
			d.keepAddressee(r)
		}
	}
	for _, r := range rels {
		if r.Src == nil || r.Tgt == nil || !actors.Emit(r.Src) || !actors.Emit(r.Tgt) {
			continue
		}
		addressee := d.demandAddressee(r) // relation_contentagent.go
		r.Src, r.Tgt = r.Src.Final(), r.Tgt.Final()
		if r.Src == nil || r.Tgt == nil || r.Src == r.Tgt {
			continue
		}
		sid, tid := actors.NodeID(r.Src), actors.NodeID(r.Tgt)
		if sid == tid {
			continue
		}
		k := relKey{r.Typ, sid, tid, r.Negated}
		st := d.Sents[r.Sent]
		ev := graph.Evidence{ArticleID: aid, Sentence: st.Idx, Start: st.S.Start, End: st.S.End, Text: st.S.Text,
			Cue: r.Cue, Rule: r.Rule, Score: r.Score, CueStart: r.CueStart, CueEnd: r.CueEnd,
			// a journalist's or moderator's turn states another's words at second hand
			// (relation_question.go): marked, so a reader can keep the parties' own words only
			InQuestion: d.journalistTurn(st), Speaker: d.evidenceSpeaker(st, r.Typ, r.Src), Addressee: addressee}
		if ev.Speaker == "" {
			// a wire story's trailing ", Finance Minister X said" (evidence_speaker.go)
			ev.Speaker = d.attributedSpeaker(st, r.Typ, r.Src, r.CueStart, rels)
		}
		// the date of the event the sentence reports, when it says one (doc_eventdate.go); a
		// membership or part-whole relation is a state that holds, no event of the sentence
		if r.Typ != graph.MemberOf && r.Typ != graph.PartOf {
			ev.EventDate, ev.EventDatePrecision = docpkg.EventDate(st, r.CueStart, r.CueEnd, d.C.Article.PublishedAt)
		}
		if i, ok := relIdx[k]; ok {
			rel := &g.Relations[i]
			dup := false
			for _, e := range rel.Evidence {
				dup = dup || (e.Sentence == ev.Sentence && e.Rule == ev.Rule)
			}
			if !dup {
				rel.Evidence = append(rel.Evidence, ev)
			}
			rel.Hedged = rel.Hedged && r.Hedged
			if rel.Role == "" {
				rel.Role = r.Role
			}
			continue
		}
		relIdx[k] = len(g.Relations)
		g.Relations = append(g.Relations, graph.Relation{ID: graph.RelationID(r.Typ, sid, tid, r.Negated), Type: r.Typ,
			Source: sid, Target: tid, Negated: r.Negated, Hedged: r.Hedged, Cameo: r.Cameo, Plover: r.Plover,
			Role: r.Role, Evidence: []graph.Evidence{ev}})
	}
	for i := range g.Relations {
		g.Relations[i].Confidence = graph.Confidence(g.Relations[i].Evidence)
	}
	seen := map[string]int{}
	for _, e := range d.Ents {
		if e.Merged != nil || !actors.Emit(e) {
			continue
		}
		id := actors.NodeID(e)
		n := graph.Node{ID: id, Kind: e.Kind, Name: e.Name, Aliases: actors.StoreAliases(d.Doc, e), Code: e.Cameo, Rule: e.Rule,
			Text: e.Text, Direct: e.Direct, Turn: e.Turn, Local: e.LocalScope != "", Family: e.Family}
		if e.Country != nil && e.Kind.IsActor() {
			n.Country = e.Country.Code
		}
		for _, r := range e.Roles {
			role := graph.Role{Title: r.Title}
			if r.Org != nil && actors.Emit(r.Org.Final()) {
				role.OrgID = actors.NodeID(r.Org.Final())
			}
			n.Roles = append(n.Roles, role)
		}
		if i, ok := seen[id]; ok {
			g.Nodes[i].Aliases = mergeStrings(g.Nodes[i].Aliases, n.Aliases)
			continue
		}
		seen[id] = len(g.Nodes)
		g.Nodes = append(g.Nodes, n)
	}
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if !actors.Emit(e) {
			continue
		}
		st := d.Sents[m.Sent]
		start, end := st.Toks[m.Ts].Start, st.Toks[m.Te-1].End
		g.Mentions = append(g.Mentions, graph.Mention{NodeID: actors.NodeID(e), ArticleID: aid, Sentence: m.Sent,
			Start: start, End: end, Text: d.Text(start, end), Rule: m.Rule})
	}
	// Drop relations whose endpoint was not emitted (an entity merged away after the relation).
	kept := g.Relations[:0]
	for _, r := range g.Relations {
		if _, ok := seen[r.Source]; !ok {
			continue
		}
		if _, ok := seen[r.Target]; !ok {
			continue
		}
		kept = append(kept, r)
	}
	g.Relations = kept
	g.Nodes = supportedNodes(g)
	sort.SliceStable(g.Mentions, func(i, j int) bool { return g.Mentions[i].Start < g.Mentions[j].Start })
	return g
}

// supportedNodes returns g's nodes that a fact of the article supports — an endpoint of one of
// its relations, or the subject of one of its mentions — in their order. Every stage may build a
// node (a claim for a speaker's statement, a group named once) whose relation a later rule then
// drops (furniture, talk about the talk, an endpoint merged away); such a node would be stored
// with nothing to explain it, shown by search and exports, and lost by a backup's restore. A
// role's organization that is dropped so is dropped from the role too.
func supportedNodes(g *graph.ArticleGraph) []graph.Node {
	supported := make(map[string]bool, len(g.Nodes))
	for _, r := range g.Relations {
		supported[r.Source], supported[r.Target] = true, true
	}
	for _, m := range g.Mentions {
		supported[m.NodeID] = true
	}
	kept := g.Nodes[:0]
	for _, n := range g.Nodes {
		if supported[n.ID] {
			kept = append(kept, n)
		}
	}
	for i := range kept {
		for j := range kept[i].Roles {
			if o := kept[i].Roles[j].OrgID; o != "" && !supported[o] {
				kept[i].Roles[j].OrgID = ""
			}
		}
	}
	return kept
}

func mergeStrings(a, b []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range append(append([]string(nil), a...), b...) {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
