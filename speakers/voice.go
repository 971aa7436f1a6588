package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/text"
)

// SentenceVoice returns who speaks sentence si in his own words, for the stages that credit a
// stance cue to its speaker (issue 12: "a stance cue in a speaker's turn is the speaker's act";
// the frames stage reads it instead of a subject when the cue's subject is a first-person pronoun
// or missing): the actors of its turn, statement block or titled document — every party of a
// joint one (coSpeakers) — with the unit's rule (turn:answer, block:statement, title:speaker, …);
// for a sentence that opens inside a quotation with a speaker, that speaker and the quotation's
// rule. nil and "" for the story's own voice, questions, furniture and speakers not resolved to an
// actor. First-person pronouns of such a sentence are resolved to the same speaker (turnVoice).
func SentenceVoice(d *doc.Doc, si int) ([]*doc.Entity, string) {
	if si < 0 || si >= len(d.Sents) {
		return nil, ""
	}
	st := d.Sents[si]
	if len(st.Toks) > 0 {
		for _, q := range d.QBySent[si] {
			if q.Speaker != nil && (si > q.S0 || q.T0 == 0) && si <= q.S1 {
				return []*doc.Entity{q.Speaker.Final()}, q.Rule
			}
		}
	}
	u := st.Unit
	if !Speaking(u) || u.Furniture || u.Role == discourse.Question || st.Question {
		return nil, ""
	}
	if cos := CoSpeakers(d, u); len(cos) >= 2 {
		return cos, u.Rule
	}
	if sp := UnitSpeaker(d, u); sp != nil {
		return []*doc.Entity{sp.Final()}, u.Rule
	}
	return nil, ""
}

// TurnHow says how the pronoun at token k of st came to its actor, for frameActorAt: "turn" when
// it is a first-person pronoun ("we", "I", "our" of "our government") in a speaking unit, outside
// quotations or inside the unit's own (the quoted paragraphs under "From X:", a statement given
// in quotation marks, a quotation closed by a dash line: discourse.Unit.Quoting, the quotation's
// speaker the unit's), so that it stands for the unit's speaker (turnVoice), else "coref". A
// stance whose source came so carries the unit's rule after its frame rule
// ("frames:verb:cameo@7348+turn:answer", "…+quote:lead-in"), as the turn's evaluations do
// ("frames:judgement-copula:grammar/copula+turn:answer"): the evidence shows why the stance went to the speaker.
func TurnHow(d *doc.Doc, st *doc.Sent, k int) string {
	if k < 0 || k >= len(st.Toks) || text.PronounClass(st.Toks[k].Lower) != "first" || !Speaking(st.Unit) {
		return "coref"
	}
	if q := segment.QuoteAt(d, st.Idx, k); q != nil || st.InQuote[k] {
		if q == nil || !st.Unit.Quoting || q.Speaker == nil || !unitVoices(d, st.Unit, q.Speaker.Final()) {
			return "coref" // a quotation inside a turn quotes someone else
		}
	}
	return "turn"
}

// unitVoices reports e as the speaker of unit u, or one of its joint speakers (coSpeakers).
func unitVoices(d *doc.Doc, u *discourse.Unit, e *doc.Entity) bool {
	if sp := UnitSpeaker(d, u); sp != nil && sp.Final() == e {
		return true
	}
	for _, c := range CoSpeakers(d, u) {
		if c.Final() == e {
			return true
		}
	}
	return false
}

// BodyVoiceSubject reports mention m, opening the clause at token a of st (after its label, or
// after at most a title before the name), as the third-person name of the voice of body sp: a
// person named by name (no pronoun, no coreference) who holds a role at sp, or a spokesperson's
// role at no named body, when sp is a government body or organization. A speaker refers to
// himself in the first person (Levinson 1983, Pragmatics, ch. 2 on person deixis), so a
// sentence in a body's voice whose subject is that body's own speaker named in the third person
// ("Spokesperson Helga Varnsen presided over the press conference.") is the transcript's
// narration, not the body's claim.
func BodyVoiceSubject(lx *lexicon.Lexicons, st *doc.Sent, m *doc.Mention, a int, sp *doc.Entity) bool {
	if sp == nil || sp.Kind == graph.Person || m.Ts > a+2 || strings.HasPrefix(m.Rule, "coref") {
		return false
	}
	for k := a; k < m.Ts; k++ {
		if lx.Titles[st.Toks[k].Lower] == nil {
			return false
		}
	}
	p := m.Ent.Final()
	if p.Kind != graph.Person {
		return false
	}
	for _, r := range p.Roles {
		if r.Org != nil && r.Org.Final() == sp {
			return true
		}
		if r.Org == nil {
			f := strings.Fields(strings.ToLower(r.Title))
			if n := len(f); n > 0 && (f[n-1] == "spokesperson" || f[n-1] == "spokesman" || f[n-1] == "spokeswoman") {
				return true
			}
		}
	}
	return false
}

// GovCountry is the country of government body o when the article or a dictionary says it: a
// dictionary entry (lexicon:actors: "State Department"), a surface form naming the country
// ("Ministry of Commerce of China"), or the phrase naming the speaker (label: "Chilean Foreign
// Ministry Spokesperson Rosa Iturra"). A country the actor layer only
// guessed (the one country an article names) is not enough: "We urge Tokyo to withdraw" is no
// Japanese demand. Nor is the country a spokesperson talks about most: Indonesia's spokesperson
// answers about India. So a ministry named with no country, as its own transcripts name it
// ("Foreign Ministry Spokesperson Lu Kang"), keeps "we" its spokesperson's.
//
// The page names the country too when the body is the state's and the page's title or publisher
// says which state: a government domain of that country (`.go.id`, `.gov`: govHostCountry, the
// domain's registry assigns it to the state's bodies only), or a title naming the country, its
// demonym or its capital ("Press Briefing by Ministry of Foreign Affairs Spokesperson X,
// Jakarta, …"), when the body already has that country from the text or the publisher and not by
// a guess.
func GovCountry(d *doc.Doc, o *doc.Entity, label string) *lexicon.Country {
	if o.Country != nil && (o.Rule == "lexicon:actors" || namesCountry(o.Country, append([]string{label}, o.Aliases...), o.Name)) {
		return o.Country
	}
	if o.Country != nil && !o.Guessed && o.Kind == graph.Government {
		if statedBodyRules[o.Rule] {
			return o.Country // "Austria's finance minister, X,": the phrase naming the office names its state
		}
		if c := doc.GovHostCountry(d.Lx, d.C.Article.URL); c == o.Country {
			return c
		}
		if t := d.C.Article.Title; t != "" && namesCountry(o.Country, []string{t}, "") {
			return o.Country
		}
	}
	if c := PublisherOwnCountry(d.Phx, d.Lx, d.C.Article.Outlet, o); c != nil {
		// the publisher's stated country before the title's: the outlet names who issues the
		// page, while a title may name a country only as its subject matter ("Remarks on the
		// Philippine Vessel Incident": a phrase of subject matter after on, about, regarding,
		// Quirk et al. 1985, ch. 9), and publisherCountry gives the body that country later
		return c
	}
	if o.Country == nil {
		if c := PageCountry(d, o); c != nil {
			return c // the body's country is set from the same page later (assignCodes)
		}
	}
	return nil
}

// statedBodyRules are the rules of a government body made with the country its own phrase
// names: the body a state title implies, written with a possessive, demonym or country
// ("Austria's finance minister", "the Chilean trade minister": title:implied-body, whose country
// is else only guessed and then marked so), and a generic body after a possessive or a country
// ("Kenya's Treasury", "Japan Foreign Ministry"). Its country is stated, as a label's is.
var statedBodyRules = map[string]bool{"title:implied-body": true, "body:possessive": true, "body:country-modifier": true}

// PageCountry is the country of a generic state body ("Ministry of Foreign Affairs", "Foreign
// Ministry") that the page's title names, when the page says which state publishes it: a
// government domain (govHostCountry: the registry of a country's government second-level domain
// assigns names to that state's bodies only), else the one country the title names by its name,
// demonym or capital ("Press Briefing by Ministry of Foreign Affairs Spokesperson X, Jakarta, 12
// March 2026": a ministry's page titled with the state's capital). Nil when the body is not a
// generic state body named in the title, or the title names no country or more than one, or
// names it only in its heading's topic phrase ("… on the arrests in Armenia", TitleTopicCountry).
func PageCountry(d *doc.Doc, o *doc.Entity) *lexicon.Country {
	if o.Kind != graph.Government || !actors.GenericBody(d.Phx, d.Lx, o) || !actors.NamedInTitle(d, o) {
		return nil
	}
	if c := doc.GovHostCountry(d.Lx, d.C.Article.URL); c != nil {
		return c
	}
	t := d.C.Article.Title
	if t == "" && len(d.Sents) > 0 && d.Sents[0].Headline {
		t = d.Sents[0].S.Text
	}
	if t == "" {
		return nil
	}
	t = titlePunct.Replace(t) // "…, Jakarta, 12 March 2026": the capital between commas
	var one *lexicon.Country
	for _, c := range d.Lx.Countries {
		if namesCountry(c, []string{t}, "") {
			if one != nil && one != c {
				return nil
			}
			one = c
		}
	}
	if actors.TitleTopicCountry(d, one) {
		// "Statement by Foreign Minister X on the arrests in Armenia": the title's topic names
		// the state the statement is about, not the page's (actors/titletopic.go)
		return nil
	}
	return one
}

// PublisherOwnCountry is the country of o when o is the publisher's own body on its own page: the
// outlet names it with its country ("Ministry of Foreign Affairs, Nigeria"), as publisherCountry
// gives the body later (actor_publisher.go), over any country the actor layer guessed for it (the
// article's one named country, actor_guess.go); its spokesperson's "we" and "our government" are
// that state's. Otherwise nil.
func PublisherOwnCountry(phx *lexicon.Actors, lx *lexicon.Lexicons, outlet string, o *doc.Entity) *lexicon.Country {
	if o.Kind != graph.Government || !actors.GenericBody(phx, lx, o) && !o.Guessed {
		return nil
	}
	body, c := doc.PublisherBody(lx, outlet)
	if c == nil || body == "" {
		return nil
	}
	if strings.EqualFold(actors.CanonicalBody(lx, o.Name, nil), actors.CanonicalBody(lx, body, nil)) {
		return c
	}
	if gc := publisherGovernment(lx, outlet); gc != nil && actors.GenericBody(phx, lx, o) && (o.Country == nil || o.Country == gc) {
		// a ministry is a department of the government (Merriam-Webster, "ministry" 3), so a
		// generic ministry on the whole government's page is that state's
		return gc
	}
	return nil
}

// publisherGovernment is the state whose government as a whole publishes the page: an outlet
// whose body, without its country, opens with "Government" ("Government Offices of Sweden",
// "Government of Ghana"); nil otherwise.
func publisherGovernment(lx *lexicon.Lexicons, outlet string) *lexicon.Country {
	body, c := doc.PublisherBody(lx, outlet)
	if f := strings.Fields(strings.ToLower(body)); c != nil && len(f) > 0 && f[0] == "government" {
		return c
	}
	return nil
}

// titlePunct sets a title's commas, colons and parentheses off its words.
var titlePunct = strings.NewReplacer(",", " , ", ":", " : ", "(", " ( ", ")", " ) ", ";", " ; ")

// possessiveSplit sets a possessive ending off its noun, so that the noun is a word of its own.
var possessiveSplit = strings.NewReplacer("'s ", " 's ", "\u2019s ", " \u2019s ", "s' ", "s ' ")

// namesCountry reports whether one of the phrases (but not the canonical name, to which the actor
// layer appends its country) names country c ("Chinese Foreign Ministry", "Ministry of Commerce
// of China", "U.S. State Department"). The country's ISO 3166-1 alpha-3 code names it only as
// written, in capitals ("USA", "GBR"): the codes are capital letters by the standard, and read
// in any case they are English words of every title ("and" is Andorra's AND, "can" Canada's CAN,
// "per" Peru's PER), so "Joint Press Conference of Minister X and Minister Y" named Andorra.
func namesCountry(c *lexicon.Country, phrases []string, canonical string) bool {
	for _, a := range phrases {
		if a != canonical && a != "" && c.Code != "" && strings.Contains(" "+titlePunct.Replace(possessiveSplit.Replace(a+" "))+" ", " "+c.Code+" ") {
			return true
		}
	}
	forms := append([]string{c.Name}, c.Demonyms...)
	forms = append(forms, c.ShortForm...)
	forms = append(forms, c.Capitals...)
	for _, a := range phrases {
		if a == canonical || a == "" {
			continue
		}
		// a possessive names its country too: "Ghana's Finance Minister Kwame Mensah"
		la := possessiveSplit.Replace(" " + strings.ToLower(a) + " ")
		for _, f := range forms {
			if f != "" && strings.Contains(la, " "+strings.ToLower(f)+" ") {
				return true
			}
		}
	}
	return false
}

// FirstPerson resolves a first-person pronoun w of a speaker sp (of unit u, nil outside units):
// "I", "me", "my" are sp; "we", "us", "our" of a person who speaks for a government body (a
// ministry's spokesperson, a department's secretary) are that body's country ("our position is
// clear" in the Foreign Ministry's answer is China's), as "Beijing" is; of a legislator in a
// hearing, the legislature (hearingMembers); of a witness from a government body in a hearing,
// that body (the State Department, not the United States); of an official of an intergovernmental body (the
// EU, the UN, NATO), that body; of a member of a state's executive or a head of mission whose
// role is at a country ("Germany's economy minister", "Sweden's UN ambassador"), that state;
// of the author of a state body's statement or testimony on its page (title:publisher-author),
// the state (publisherAuthorCountry); of anyone else, sp. A government body's country must be known (govCountry). The rule is one
// for turns, statement blocks and quotations in news (resolvePronoun: issue 12, "'we'/'our' in
// a ministry's answer is that ministry's country's government").
func FirstPerson(d *doc.Doc, sp *doc.Entity, w string, u *discourse.Unit) *doc.Entity {
	if sp == nil {
		return nil
	}
	sp = sp.Final()
	switch w {
	case "we", "us", "our", "ours", "ourselves":
	default:
		return sp
	}
	if sp.Kind == graph.Group && actors.StateOfficials(sp) {
		if c := OfficialsVoiceCountry(d, sp); c != nil {
			return actors.CountryEntity(d, c) // "[Senior administration official]: We oppose …"
		}
	}
	if sp.Kind != graph.Person {
		if st := ownBodyState(d, sp, u); st != nil {
			return st // "We demand …" under "Statement by the Ministry of Foreign Affairs of Chile" (speaker_ownbody.go)
		}
		return sp
	}
	hearing := u != nil && HearingLegislature(d) != nil
	for _, r := range sp.Roles {
		if r.Org == nil {
			continue
		}
		o := r.Org.Final()
		if hearing && Legislature(d, o) {
			return o // a member's "we" in a hearing is the legislature (speaker_hearing.go)
		}
		if igoBody(d.Phx, d.C.Article.PublishedAt, o) {
			return o // "EU trade spokesperson X": an official of an intergovernmental body speaks for it
		}
		if o.Kind == graph.Country {
			if text.HeadOfMission(r.Title) || executiveTitle(d.Phx, r.Title) {
				// "Permanent Representative of Sweden": a head of mission represents the sending
				// State (Vienna Convention on Diplomatic Relations 1961, art. 3(1)(a), art. 14);
				// "Germany's economy minister": a member of the state's executive speaks for the
				// state (speaker_we.go executiveTitle), as a ministry's spokesperson does
				return o
			}
			continue // "Austria's opposition leader": a national of the state, not its voice
		}
		if o.Kind != graph.Government {
			continue
		}
		if hearing && !Legislature(d, o) {
			// a witness from an executive body ("Assistant Secretary of State X" before a
			// Senate committee) testifies for that body: the hearing is itself an organ of
			// the same state, so her "we" ("We have raised every case") is the department,
			// not the country (House Rule XI cl. 2(g)(5) and Senate committee rules: a witness
			// states the entity on whose behalf she appears)
			return o
		}
		label := ""
		if u != nil {
			label = u.Label
		}
		if r.Phrase != "" {
			label += " | " + r.Phrase // the title phrase that gave the role names the body's state
		}
		if c := GovCountry(d, o, label); c != nil {
			return actors.CountryEntity(d, c)
		}
	}
	if gc := publisherGovernment(d.Lx, d.C.Article.Outlet); gc != nil && (sp.Country == nil || sp.Country == gc) {
		for _, r := range sp.Roles {
			if r.Org == nil && executiveTitle(d.Phx, r.Title) {
				// "says Minister for Foreign Trade X" on the page of a state's government as a
				// whole: a member of the executive whose office names no body is a member of the
				// publishing government, and speaks for its state as executiveTitle says
				return actors.CountryEntity(d, gc)
			}
		}
	}
	if c := HomeCountry(d, sp); c != nil {
		return actors.CountryEntity(d, c)
	}
	if c := AuthorHomeCountry(d, sp, u); c != nil {
		return actors.CountryEntity(d, c)
	}
	if o, heading := briefingHost(d, sp, u); o != nil && o.Kind == graph.Government {
		// "Regular Press Conference of the Ministry of Commerce" over "Gao Feng:" turns alone: a
		// state body's, as a ministry spokesperson's "we" is its state (a union's or company's
		// conference keeps "we" the speaker's: govCountry would give the organization's country)
		if c := GovCountry(d, o, heading); c != nil {
			return actors.CountryEntity(d, c)
		}
	}
	if c := publisherAuthorCountry(d, sp); c != nil {
		// "Statement of Under Secretary X Before …" on the Treasury's page: the author speaks
		// for the publishing body (title:publisher-author), and his "we" is its state, as a
		// spokesperson's or a briefing host's is (one rule for statements and briefings)
		return actors.CountryEntity(d, c)
	}
	if u != nil && (u.Role == discourse.Turn || u.Role == discourse.Answer) {
		if c := boundSelfCountry(d, sp); c != nil {
			// "China has made it clear that we firmly oppose …" in his own turn: whoever says it
			// is of that state, spokesperson or not (speaker_selfcountry.go, boundWeState)
			return actors.CountryEntity(d, c)
		}
	}
	return sp
}

// HomeCountry is the state a government spokesperson speaks for when no role of his names its
// country (firstPerson tried them first: a ministry's stated country outranks everything here):
// the page's government domain (govHostCountry) or the publisher's stated country, else the
// country of the document's dateline or place-and-date line ("Pretoria, 26 February 2026"),
// when the article names it strictly more often than any other (a briefing held abroad names
// its own state more than the host's). A press office speaks for the state that issues
// the document (AP Stylebook, "datelines": the dateline is where the statement was issued).
// The spokesperson's own stated country comes first. Only a person whose title is a
// spokesperson's or a press secretary's (spokesTitle: Merriam-Webster, "press secretary": "a
// person officially in charge of press relations for a prominent public figure or
// organization", who speaks for it as a spokesperson does) and whose role is at no body or at a body of no known country; else nil.
func HomeCountry(d *doc.Doc, sp *doc.Entity) *lexicon.Country {
	spokes := false
	for _, r := range sp.Roles {
		if !actors.SpokesTitle(r.Title) {
			continue // a spokesperson's title or a press secretary's (spokesTitle)
		}
		if r.Org != nil {
			o := r.Org.Final()
			if o.Kind != graph.Government && o.Kind != graph.Organization || o.Country != nil && !o.Guessed {
				continue
			}
		}
		spokes = true
	}
	if !spokes {
		return nil
	}
	if sp.Country != nil && !sp.Guessed {
		return sp.Country // his own stated country ("Spokesperson X of the Ministry … of Namibia")
	}
	c := doc.GovHostCountry(d.Lx, d.C.Article.URL)
	if c == nil {
		_, c = d.OutletBody()
	}
	if c == nil {
		// the dateline's country only when the article names it strictly more often than any
		// other: a tie with the country of a briefing abroad ("Beijing, …" over a Namibian
		// spokesperson's answers naming Namibia as often) says nothing about whose press office
		c = actors.DatelineLeading(d, true)
	}
	if c == nil {
		c = answerSelfCountry(d, sp)
	}
	return c
}

// TurnVoice resolves a first-person pronoun w outside quotations in sentence st from the speaker
// of its turn or block; ok is false when st is in no speaking unit.
//
// A moderator's turn is the moderator's, and a turn under a name label the label's speaker's: a
// turn belongs to the party who takes it (Clayman & Heritage 2002, The News Interview, ch. 3 on
// turn-taking: the moderator or interviewer manages the floor in his own voice). "MODERATOR:
// Welcome. We strongly condemn any attempt to disrupt this briefing." is no act of the minister
// the title names, so its "we" (ok true, nil) is nobody's; so is the "we" of a named turn whose
// label resolves to no actor. Only an "A:" turn with no named answerer falls back to the
// transcript's voice (ok false).
func TurnVoice(d *doc.Doc, st *doc.Sent, w string) (*doc.Entity, bool) {
	if st.Unit != nil && st.Unit.Role == discourse.Moderator {
		return nil, true
	}
	if !Speaking(st.Unit) {
		return nil, false
	}
	sp := UnitSpeaker(d, st.Unit)
	if sp == nil {
		return nil, st.Unit.Role == discourse.Turn
	}
	return FirstPerson(d, sp, w, st.Unit), true
}

// TurnRules are the rules turnClaims gives its claims: the discourse unit's rule.
var TurnRules = map[string]bool{"turn:label": true, "turn:answer": true, "block:statement": true,
	"quote:lead-in": true, "quote:dash-line": true, "title:speaker": true, "quote:dash-dialogue": true,
	"title:release": true}
