package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// titledOfficeVoice resolves a title's speaker named only by an office ("Statement from the President
// Regarding Trade with China", "Statement by the Prime Minister on …") when neither a holder the
// document names (officeHolder) nor a sign-off (signature) gives the person: the office of the
// state the document's heading gives (headingState) speaks. A statement so titled is the
// office's, whoever holds it (GPO Style Manual ch. 16: a presidential statement is issued in
// the President's name; CAMEO codes an unnamed office by its state's government, "USAGOV"), so
// its "I" and "we" and its claims go to the office, a government body of that state
// ("President (United States)", rule title:office, the key actor_offices.go gives an office
// named with its country: "the US president" in a sentence is the same node).
//
// The person is not looked up in the Phoenix dictionary's dated codes: its dated roles name a
// sector (USAGOV), not the office, and end with the dictionary (its last dated entry is of
// February 2015), so an open range ("Barack Obama | USAGOV:20090120-") says nothing of a later
// date. With no state given the office names no one the graph can key, and nil is returned.
func titledOfficeVoice(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	if u.Rule != "title:speaker" {
		return nil
	}
	office := withoutArticle(words)
	key := strings.Join(office, " ")
	tl := d.Lx.Titles[key] // "prime minister": a title of several words
	if tl == nil && OfficeOnly(d.Lx, words) {
		for _, w := range office {
			if t := d.Lx.Titles[w]; t != nil {
				tl = t // "the minister of agriculture": the title before its portfolio
				break
			}
		}
	}
	if tl == nil || tl.Class != "state" && !(actors.SpokesTitle(key) && !hasTurns(d)) {
		// (a spokesperson's or press secretary's office, class role in titles.txt, is an
		// office of the state whose page issues the statement: the holder speaks for the
		// government, as CAMEO codes a government spokesperson by the government, "USAGOV".
		// In a briefing the turn labels name the spokesperson who answers: briefingBodyRole)
		return nil
	}
	c := HeadingState(d, u)
	if c == nil {
		return nil
	}
	return actors.OfficeEntity(d, c, key)
}

// HeadingState is the state that issues a document titled by an office: the one state of the
// government bodies whose names alone make a line among the first three ("The White House"
// with "Statement from the President …", above or below it as the page sets it: the issuing
// body a page sets at its head, as a letterhead names the sender, letterhead()), else the state of the page's government domain
// (govHostCountry: whitehouse.gov) or of the publisher's government ("Government of Ghana"),
// else the leading dateline's ("OSLO, 3 March 2031 –"). Nil when none or two states. With u nil
// no line is skipped as a title: the state that issues the document as a whole (issuer
// state, codes_assign.go), as a joint statement's heading of two states gives none.
func HeadingState(d *doc.Doc, u *discourse.Unit) *lexicon.Country {
	c, _ := IssuingState(d, u)
	return c
}

// IssuingState is headingState's state, and whether only the dateline gave it (a news story's
// dateline as well as a state's own statement's), not the heading, the page's domain or the
// publisher (a state's own document).
func IssuingState(d *doc.Doc, u *discourse.Unit) (*lexicon.Country, bool) {
	var c *lexicon.Country
	for i, st := range d.Sents {
		if i >= 3 {
			break
		}
		if u != nil && st.S.End > u.Speaker.Start && st.S.Start <= u.Speaker.Start {
			continue // the title itself
		}
		for _, mi := range d.BySent[i] {
			m := d.Mentions[mi]
			if m.Ent == nil || m.Ts > 0 && !(m.Ts == 1 && st.Toks[0].Lower == "the") && !issuedByAgent(st, m.Ts) {
				continue
			}
			if m.Te < len(st.Toks) && !(m.Te == len(st.Toks)-1 && st.Toks[m.Te].Kind != text.Word) && !seatPhraseEnds(st, m.Te) {
				continue
			}
			e := m.Ent.Final()
			if e.Kind != graph.Government && !formalStateLine(st, m, e) || e.Country == nil || e.Guessed {
				continue
			}
			if c != nil && c != e.Country {
				return nil, false
			}
			c = e.Country
		}
		lc := LineBodyState(d.Lx, st.S.Text)
		if lc == nil {
			lc = agentLineState(d.Phx, d.Lx, st.S.Text)
		}
		if lc != nil {
			if c != nil && c != lc {
				return nil, false
			}
			c = lc
		}
	}
	if c != nil {
		return c, false
	}
	if c := doc.GovHostCountry(d.Lx, d.C.Article.URL); c != nil {
		return c, false
	}
	if _, pc := d.OutletBody(); pc != nil && publisherGovernment(d.Lx, d.C.Article.Outlet) != nil {
		return pc, false
	}
	// a readout's place line (speaker_readoutplace.go): the principal's office's own account
	if c := ReadoutPlace(d); c != nil {
		return c, false
	}
	// a document whose heading names its speaker is its speaker's state's: his self-reference,
	// else the header's place line, whatever other state it is about (actor_issuervoice.go)
	if c := actors.OwnDocumentState(d); c != nil {
		return c, false
	}
	// the dateline's country when the text names it strictly more often than any other, as a
	// spokesperson's press office is read (homeCountry): a statement's dateline is where it
	// was issued (AP Stylebook, "datelines")
	return actors.DatelineLeading(d, true), true
}

// formalStateLine reports a heading line that is a state's formal name and nothing else, the
// mention m of country e ("Republic of Kenya", "KINGDOM OF NORWAY" above "Ministry of Foreign
// Affairs"): a government's letterhead sets the state's formal name over the issuing office's
// (the sender's name heads a letter, Gregg Reference Manual, on letterheads; the state's style
// in its protocol form, Satow's Diplomatic Practice), so the line names the issuing state as a
// body's own line does. The short name alone ("Kenya") may be a page's section label: a
// formal name of three words or more with its of-phrase is needed.
func formalStateLine(st *doc.Sent, m *doc.Mention, e *doc.Entity) bool {
	if e.Kind != graph.Country || m.Ts != 0 || m.Te != len(st.Toks) || m.Te < 3 {
		return false
	}
	for _, t := range st.Toks[m.Ts:m.Te] {
		if t.Lower == "of" {
			return true
		}
	}
	return false
}

// issuedByAgent reports that the mention starting at token i of st is the agent of a passive
// "issued / released / published by" ("Press release issued by the Ministry of Foreign Affairs
// of Norway"): the by-phrase of a passive names the actor of the verb (Quirk et al. 1985,
// 3.64), and a press-office line so names the body that issues the document.
func issuedByAgent(st *doc.Sent, i int) bool {
	if i > 0 && st.Toks[i-1].Lower == "the" {
		i--
	}
	if i < 2 || st.Toks[i-1].Lower != "by" {
		return false
	}
	switch st.Toks[i-2].Lower {
	case "issued", "released", "published":
		return true
	}
	return false
}

// seatPhraseEnds reports that the tokens of st from i on are a locative phrase of a mission's
// seat, "in" with a proper name ending the line ("Norwegian Embassy in Nairobi"): a
// postmodifying prepositional phrase of place (Quirk et al. 1985, 17.37), so that the body's
// name with its seat still makes the line alone.
func seatPhraseEnds(st *doc.Sent, i int) bool {
	if i+1 >= len(st.Toks) || st.Toks[i].Lower != "in" {
		return false
	}
	for _, t := range st.Toks[i+1:] {
		if t.Kind == text.Word && !t.Cap {
			return false
		}
	}
	return true
}

// LineBodyState is the country of a heading line that is a state body's name and nothing else
// ("Ministry of Foreign Affairs of Norway", "Ministry of Commerce, the People's Republic of
// China"), read as an outlet's name is (publisherBody: the body left without the country is a
// generic state body's name, as publisherState reads it): a letterhead line names the sender
// (letterhead()). A line that says more ("Norway's Foreign Ministry criticises …") leaves no
// generic name and gives nil. A heading line of a page's title is not made an actor, so the
// mentions of headingState do not see it.
func LineBodyState(lx *lexicon.Lexicons, line string) *lexicon.Country {
	line = strings.TrimSpace(line)
	if v, ok := sourceLineValue(line); ok {
		line = v
	}
	body, c := doc.PublisherBody(lx, line)
	if c == nil || !actors.GenericName(lx, body) && !actors.GenericName(lx, actors.CanonicalBody(lx, body, nil)) && !actors.OfficeOfStateTitle(lx, strings.ToLower(body)) {
		return nil
	}
	return c
}

// agentLineState is the country of a heading line that names a state body by a Phoenix state
// agent as its head and its state in an of-phrase after it, and nothing else ("Chancellery of the Prime Minister
// of Poland", "Federal Chancellery of Austria"): the agents dictionary (Phoenix.agents.txt, MIT:
// CHANCELLERY [~GOV]) codes such a body by its sector and leaves its country to the text, here
// the line's own of-phrase, so the line is a letterhead naming the issuing state as
// lineBodyState's are. The agent is the longest the name opens with, whole or before one of its
// "of"s (Quirk et al. 1985, 17.37: the head noun precedes its of-complement). Nil otherwise.
func agentLineState(phx *lexicon.Actors, lx *lexicon.Lexicons, line string) *lexicon.Country {
	if phx == nil {
		return nil
	}
	line = strings.TrimSpace(line)
	body, c := doc.PublisherBody(lx, line)
	if c == nil || !strings.HasPrefix(strings.ToLower(line), strings.ToLower(body)+" of ") {
		// the state in the body's own of-phrase after it, not a premodifier before it ("U.S.
		// Mission to the United Nations": a mission abroad, whose statement names other states'
		// leaders by their bare titles as well)
		return nil
	}
	// the longest agent the name opens with, whole or up to an "of": "Chamber of Commerce" is
	// the dictionary's business agent (~BUS), not its "chamber" (~LEG)
	words := strings.Fields(strings.TrimPrefix(strings.ToLower(body), "the "))
	for k := len(words); k > 0; k-- {
		if k < len(words) && words[k] != "of" {
			continue
		}
		if a, ok := phx.Agent(strings.Join(words[:k], " ")); ok {
			switch lexicon.SectorOf(a.Code) {
			case "GOV", "LEG", "JUD":
				return c
			}
			return nil
		}
	}
	return nil
}

// sourceLineValue is the value of a header line labelled "Source:" whose value names a country,
// a colon and a body ("Source: Ghana: Ministry of Foreign Affairs and Regional Integration"): an
// aggregator's issuer line, which the cleaner keeps (input sourceCredit), names the government
// that issued the release, its country before the colon and its office after (the layout of the
// source field of humanitarian and news aggregators' reposted releases). The value is read as a
// letterhead line is (lineBodyState). ok is false for any other line.
func sourceLineValue(line string) (string, bool) {
	label, v, ok := strings.Cut(line, ":")
	if !ok || !strings.EqualFold(strings.TrimSpace(label), "source") || !strings.Contains(v, ": ") {
		return "", false
	}
	return strings.TrimSpace(v), true
}

// hasTurns reports a paragraph of the document that is a transcript's turn (a label's, a
// question's or an answer's): the document is a briefing or an interview, not a statement.
func hasTurns(d *doc.Doc) bool {
	for _, st := range d.Sents {
		if u := st.Unit; u != nil && (u.Role == discourse.Turn || u.Role == discourse.Question || u.Role == discourse.Answer) {
			return true
		}
	}
	return false
}

// withoutArticle is an office label's words without the article ("the prime minister" → "prime
// minister"), the form titles.txt keys an office by; shared by the title's office readers here and
// publisherOfficeLabel.
func withoutArticle(words []string) []string {
	var office []string
	for _, w := range words {
		if w != "the" {
			office = append(office, w)
		}
	}
	return office
}

// intlTitleOffice resolves a title's speaker named only by the office of an international body
// ("Remarks by the High Representative following the Foreign Affairs Council", "Statement by the
// Secretary-General on …"): the Phoenix International actors list writes such an office as an
// entry of one body (EU_HIGH_REPRESENTATIVE [IGOEUREEC], UN_SECRETARY_GENERAL [IGOUNO];
// lexicon.IntlOffice), so the office speaks for that body, the node "the EU High
// Representative" in a sentence or in the title also gives (the body's entry of actors.txt:
// European Union, IGOEUREEC). As titledOfficeVoice, the office's holder speaks for the office,
// whoever holds it. Nil when the words are more than an office, when no body or several bodies
// have an office so named, or when the body has no entry of actors.txt. Rule title:speaker.
func intlTitleOffice(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	if u.Rule != "title:speaker" || d.Phx == nil {
		return nil
	}
	office := withoutArticle(words)
	// the words name an office: a title of titles.txt, or a phrase whose head, its last word,
	// is one ("high representative": Quirk et al. 1985, 17.2, the head ends a premodified
	// noun phrase), not a body's organ ("security council") or a mission ("mission in sudan")
	if len(office) == 0 || d.Lx.Titles[strings.Join(office, " ")] == nil && d.Lx.Titles[office[len(office)-1]] == nil {
		return nil
	}
	body, _, ok := d.Phx.IntlOffice(strings.Join(office, " "))
	if !ok {
		return nil
	}
	k := actors.KnownByName(d, body)
	if k == nil {
		k = d.Lx.ActorByName[graph.NormalizeName(body)] // "EU" written in capitals
	}
	if k == nil {
		return nil
	}
	return actors.KnownEntity(d, k)
}
