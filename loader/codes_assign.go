package loader

// The codes phase (extract.go runs it last, after relations): assignCodes reads what every stage
// below found — the actors' entities and structure, the speakers' page country and hearing
// legislature (speaker_voice.go, speaker_hearing.go) — and sets each actor's country and code.
// It was in actor_codes.go, whose helpers the actors stage calls; restruct7 put the phase on a
// floor of its own above relations, so its reads of the speakers' findings are downward calls.

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// Countries and CAMEO codes of actors (the codes phase, after relations): every actor entity gets
// the country it is or belongs to and, when known, its CAMEO actor code. The sources, in order:
//
//   - the phrase (a demonym, a possessor, "in X"), set by the actor stage;
//   - the Phoenix dictionaries (data/lexicons/phoenix, PETRARCH2, MIT): a named person or body
//     with its country and its code on the article's date (a person only when the article names
//     that country);
//   - structure: a person MEMBER_OF a body or country takes its country and code; a body PART_OF
//     a country takes that country;
//   - a bare single name ("Xi") becomes the one dictionary person of that family name who held an
//     office on the article's date, when the article names that person's country (dict:family),
//     or, titled with the office held on that date, the one person whose record lists the word
//     as another name ("President Putin", dict:listed-form);
//   - a body named only by a generic head ("Foreign Ministry", "Congress", "Central Bank") takes
//     no country from the text: it stays local to the article (graph.Node.Local) instead of merging
//     with another country's body of that name.
//
// A code is the country code followed by the CAMEO sector of the actor's head noun (agents of
// Phoenix.agents.txt: "parliament" LEG, "judge" JUD, "ministry" GOV), as in the CAMEO codebook's
// actor codes (country + role: CHNGOV, SRBLEG).
func (d *doc) assignCodes() {
	phx := d.x.phx
	date := d.C.Article.PublishedAt
	// 0. junk by the article's syntax (actor_junkcontext.go); a person by word shape alone needs
	// evidence (actor_personevidence.go)
	actors.ContextJunk(d.Doc)
	actors.KinNamedPlaces(d.Doc)    // "her sister Victoria": a person's name, no capital (actors/kinname.go)
	actors.DocumentPartNames(d.Doc) // "Executive Summary": a heading, no person (actor_dictsurname.go)
	actors.DropUnevidencedPersons(d.Doc)
	// and those the article introduces as places ("the city of El Fasher", actor_placeintro.go)
	actors.DropIntroducedPlaces(d.Doc)
	// and the facilities named as actors: "Osan Air Base", "Lotte Hotel" (actor_facilities.go)
	actors.DropFacilities(d.Doc)
	// and the names of things no actor is: a religion, a flight, an instrument's acronym (actor_nonactors.go)
	actors.DropNonActorNames(d.Doc)
	// 0a. a committee named in two orders is one body (actor_committees.go)
	actors.CommitteeOrders(d.Doc)
	// 0b. a body's short name is the known body named in full with its state (actor_knownshort.go)
	actors.KnownBodyShortNames(d.Doc)
	// and the state of a dictionary body named in full with a state the article names
	actors.DictBodyShortCountries(d.Doc)
	// 0c. "Saudi businessman X": the nationality before a descriptive noun (actor_nationalnoun.go)
	actors.AgentNounNationality(d.Doc)
	// and "X, the Italian negotiator", "Brazil's X": a demonym role, a country's genitive (actor_nationalappos.go)
	actors.PhraseNationality(d.Doc)
	ents := actors.FinalActors(d.Doc)
	// 1. dictionary enrichment and bare family names
	for _, e := range ents {
		if phx == nil {
			break
		}
		if e.Kind == graph.Person && text.WordCount(e.Name) == 1 {
			if actors.JoinArticleFullName(d.Doc, e) {
				continue // "Gary Johnson … Johnson, a governor": the article's own full name wins (actor_articlebearer.go)
			}
			actors.FamilyNameOnly(d.Doc, e, date)
			continue
		}
		if actors.GenericBody(d.Phx, d.Lx, e) {
			continue
		}
		a := phx.UniquePossessive(e.Name, e.Kind)
		if w, ok := actors.WesternOrder(e.Name); a == nil && ok && e.Kind == graph.Person {
			a = phx.Unique(w, graph.Person) // "ISHIBA Shigeru" is the dictionary's Shigeru Ishiba (capsurname.go)
		}
		if a == nil {
			a = companyRecord(phx, e) // "Exxon Mobil Corp" is the dictionary's Exxon Mobil (codes_legalform.go)
		}
		if a == nil && e.Kind == graph.Person {
			actors.CompoundSurname(d.Doc, e, date) // "President-elect Lopez Obrador" (actor_codes.go)
			continue
		}
		if a == nil {
			if e.Kind == graph.Organization && e.Country == nil {
				// "United Nations" has several records ("United Nations", "UN" …) that all say
				// IGOUNO: the code they agree on is the name's (actor_cameo.go igoCode)
				e.Cameo = actors.IgoCode(phx.Lookup(e.Name))
			}
			continue
		}
		if e.Kind == graph.Person && a.Country != "" && e.Country == nil && !actors.NamesCountry(d.Doc, a.Country) && !actors.TitledOfficeHolder(d.Phx, e, a, date) {
			// a person's name alone may be a namesake's: the dictionary and the article must agree
			// on the country (the article names it somewhere), or on the office (actor_titledholder.go)
			continue
		}
		if e.Country == nil && a.Country != "" {
			e.Country = d.Lx.ByCode[a.Country]
		}
		if e.Kind == graph.Organization && a.Kind == graph.Government {
			e.Kind = graph.Government // the dictionary codes it as a state body (CHNGOVLEG)
		}
		if e.Kind == graph.Government && a.Kind == graph.Organization && a.Country == "" && !strings.HasPrefix(e.Rule, "lexicon:") {
			e.Kind = graph.Organization // an international body of the dictionary ("World Health Assembly", IGOUNOHLHWHO) is no state's, whatever its head word
		}
		if e.Country == nil || a.Country == "" || a.Country == e.Country.Code {
			e.Cameo = actors.DictCode(a, date)
			if e.Cameo != "" && e.Country != nil && actors.SectorOnly(e.Cameo) {
				e.Cameo = e.Country.Code + e.Cameo // "MED" for a national outlet → "USAMED"
			}
		}
	}
	// 1a'. "the Federation of Ecuadorian Fishermen": a nationality in the name's of-phrase
	// (actor_nationalnoun.go)
	actors.OfNationalityOrgs(d.Doc)
	// and "Dutch chipmaker Nexperion": a nationality before a descriptor noun (actor_nationalnoun.go)
	actors.OrgNounNationality(d.Doc)
	// and "Hanbit Electronics, South Korea's biggest chipmaker,": a descriptive appositive's
	// country (codes_orgappositive.go)
	d.appositiveOrgNationality()
	// and "the Committee on Foreign Investment in the United States": a country ending the name
	// after "in" (codes_incountry.go)
	d.inCountryBodies()
	// and "the Detroit Economic Club": a city of one state opening the name, that state named
	// in its sentence (actors/placenamedorg.go)
	actors.PlaceNamedOrgs(d.Doc, ents)
	// and a release's venue line over its capital place line (actors/venueline.go)
	actors.VenueOrgs(d.Doc, ents)
	// 1b. a body named after its seat that states join is intergovernmental (actor_igo.go)
	actors.IgoByMembership(d.Doc, ents)
	// and an IGO official's office is the IGO's (actor_cameo.go)
	actors.IgoOffices(d.Doc, ents)
	// 1a. organizations that are state bodies (Phoenix agents, parents; actor_statebodies.go)
	actors.StateBodies(d.Doc)
	actors.DelegationHeads(d.Doc)
	// 2. structure: PART_OF and MEMBER_OF give bodies and members their country
	for pass := 0; pass < 2; pass++ {
		for _, r := range d.Structure {
			if !r.Structural || r.Src == nil || r.Tgt == nil {
				continue
			}
			s, t := r.Src.Final(), r.Tgt.Final()
			if s == t || s.Country != nil {
				continue
			}
			// a state body is part of its country; a person or group is a member of a body's or
			// country's state; an organization is neither by these relations alone ("Argentina's
			// IMF program" makes no Argentine IMF)
			if c := t.Country; c != nil && (r.Typ == graph.PartOf && s.Kind == graph.Government || r.Typ == graph.MemberOf && (s.Kind == graph.Person || s.Kind == graph.Group)) {
				s.Country, s.Guessed = c, t.Guessed
			}
		}
	}
	// 2-'. a member of the US Congress by his party-and-state designation or his state
	// (actors/congress.go)
	actors.CongressMembers(d.Doc)
	// 2-. the officials a leader "was accompanied by" are the leader's state's (codes_accompanied.go)
	d.accompaniedOfficials()
	// and those representing "the <demonym> side" of talks are that state's (codes_accompanied.go)
	d.sideDelegates()
	// 2a-. a generic body without a country never holds two persons whose countries are unknown
	// or differ: each keeps a body of its own (actor_bodysplit.go)
	ents = actors.SplitCountrylessBodies(d.Doc, ents)
	// 2a. a generic body without a country takes its members' one country (the speaker's
	// affiliation: Treasury Secretary Steven T. Mnuchin, a US official in the dictionary, makes
	// his "Treasury" the US Treasury)
	for _, e := range ents {
		if e.Country != nil && !e.Guessed || e.Kind != graph.Government || !actors.GenericBody(d.Phx, d.Lx, e) && !e.Guessed {
			continue
		}
		if c := actors.MembersCountry(d.Doc, e); c != nil {
			if e.Country == c {
				e.Guessed = false // the guess was right
				continue
			}
			actors.Unguess(d.Doc, e) // a holder's stated country outranks the article's one country (actor_guess.go)
			actors.PlaceBody(d.Doc, e, c)
		}
	}
	// and a political party without a country takes its members' one country (codes_party.go)
	d.partyMembersCountry(ents)
	// and a bare Congress whose Senate or House is the US one is the US Congress (actors/congress.go)
	actors.CongressOfChambers(d.Doc, ents)
	// and "House Judiciary Committee", a chamber's committee, is a state body (actors/chambercommittees.go)
	actors.ChamberCommittees(d.Doc, ents)
	// and the guess that gave a titled voice's body the counterpart's state is taken back
	// (codes_counterpart.go)
	d.counterpartGuess()
	// 2a-'. a generic body whose holder's title is one state's statutory style ("Secretary of
	// the Treasury") is that state's (actor_titlestate.go)
	actors.TitleStates(d.Doc, ents)
	// 2a-''. a generic body named only in quotations of one state's speakers is theirs
	// (codes_quotedbodies.go)
	d.quotedBodies(ents)
	// 2a'''. a generic state body in a story filed from a country's capital or country, when
	// the article names no other country, is that country's (actor_unnamed.go soleStoryCountry)
	// and a person holding only a bare office of state in a story whose dateline country leads
	// (actor_storyofficials.go)
	// (the issuing state: a document whose heading lines name one state's body, on a
	// government domain or published by a government, is that state's own, and its bare
	// office titles are its officials, its spokespersons too, as a dateline gives a story's:
	// issuingState)
	issuer, byDateline := speakers.IssuingState(d.Doc, nil)
	d.storyOfficials(ents, issuer, !byDateline)
	// and a bare national title in a wire story datelined in a capital, whatever other country
	// the story names, unless the title names another (codes_capitaldateline.go)
	if cc := actors.CapitalDateline(d.Doc); cc != nil && (issuer == nil || byDateline && issuer == cc) {
		d.capitalDatelineOfficials(ents, cc)
	}
	d.readoutHostCountry() // a readout's principal, of its place line's state (codes_readouthost.go)
	if c := actors.SoleStoryCountry(d.Doc); c != nil {
		for _, e := range ents {
			if e.Country == nil && e.Kind == graph.Government && actors.GenericBody(d.Phx, d.Lx, e) {
				if fc := actors.TitleFormDefault(d.Doc, actors.BodyTitleHeads(d.Doc, e), c); fc != nil {
					e.PlaceIn(fc) // unless its holders' title is other states' form (actor_titleforms.go)
				}
			}
		}
	}
	// and one in a story whose places are the US states (actors/usstory.go), its parties too
	// (codes_party.go)
	if c := actors.StateNamesCountry(d.Doc); c != nil {
		actors.StateNamedBodies(d.Doc, ents, c)
		d.stateNamedParties(ents, c)
	}
	// and a title's body with holders, in a story whose dateline country leads
	// (actor_storyofficials.go)
	if issuer != nil && !actors.HeaderAbroad(d.Doc, issuer) {
		// (not when the speaker speaks abroad, "At a Press Availability in Manila": there a bare
		// title's body is the host's as well as his, as storyOfficials leaves its holders)
		actors.StoryBodies(d.Doc, ents, issuer)
	}
	// and a generic body or bare state office of a wire story whose lead's actor is its
	// dateline state (codes_wirelead.go)
	d.wireLeadBodies(ents)
	// and a person holding, with no body, an office only one state's style names ("Taoiseach
	// X") is that state's (actor_titlestate.go); after the story's officials, so that his
	// country, which says nothing of theirs, does not stand beside their bare titles
	actors.TitleStatePersons(d.Doc, ents)
	// and a bare national body a state's own document names, when that state leads its
	// country mentions (actor_issuerbodies.go)
	if !byDateline {
		actors.IssuerBodies(d.Doc, ents, issuer)
		// and the issuing office a letterhead line names (codes_letterhead.go)
		d.letterheadBodies(ents, issuer)
	}
	// 2a''. an administration named after its head is the head's state's (actor_aliases.go)
	actors.AdministrationCountries(d.Doc, ents)
	// and one named after a party, in a story whose dateline country is the only one it names
	actors.StoryAdministrations(d.Doc, ents, actors.SoleStoryCountry(d.Doc))
	// 2a'. the generic body that publishes the article takes the country its outlet names
	// (actor_publisher.go)
	actors.PublisherCountry(d.Doc, ents)
	// 2a'''. a generic state body the title names, on a page whose domain or title names its
	// state (speaker_voice.go pageCountry), as its spokesperson's "we" was read
	// a group of a state's officials on that state's government domain ("administration
	// officials" on whitehouse.gov, or under its "THE WHITE HOUSE" letterhead) is that state's,
	// as its "we" was read (officialsVoiceCountry)
	for _, e := range ents {
		if e.Country == nil && actors.StateOfficials(e) {
			if c := speakers.OfficialsVoiceCountry(d.Doc, e); c != nil {
				e.Country = c
			}
		}
	}
	// and so is the same body named otherwise in the text ("Foreign Minister X" of the
	// "Ministry of Foreign Affairs": canonicalBody), which canonicalBodies then joins to it
	paged := map[string]*lexicon.Country{}
	for _, e := range ents {
		if e.Country == nil {
			if c := speakers.PageCountry(d.Doc, e); c != nil {
				paged[strings.ToLower(actors.CanonicalBody(d.Lx, e.Name, nil))] = c
			}
		}
		if e.Country != nil && !e.Guessed && e.Kind == graph.Government && actors.NamedInTitle(d.Doc, e) {
			// the briefing's own body named with its state in the title ("Press Briefing by
			// Spokesperson of the Ministry of Foreign Affairs of Indonesia"): the bare body of
			// the same portfolio in its text ("Foreign Minister X") is that state's too
			k := strings.ToLower(actors.CanonicalBody(d.Lx, actors.WithoutOwnCountry(e.Name, e.Country), nil))
			if _, ok := paged[k]; !ok {
				paged[k] = e.Country
			}
		}
	}
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government || !actors.GenericBody(d.Phx, d.Lx, e) {
			continue
		}
		if c := paged[strings.ToLower(actors.CanonicalBody(d.Lx, e.Name, nil))]; c != nil {
			e.PlaceIn(c)
		}
	}
	// 2a''''. a generic body whose holders are spokespersons speaking for one state is that
	// state's (actor_spokesbody.go)
	d.spokespersonBodies(ents)
	// and a spokesperson or press secretary named with no body takes that state (codes_spokesbody.go)
	d.spokespersonHomes(ents)
	// 2a'''. a hearing's legislature takes the publisher's or the dateline's country
	// (speaker_hearing.go)
	speakers.HearingCountry(d.Doc, ents)
	// a chamber named as only some states name theirs, in an article naming one of them
	// (actor_chambers.go)
	actors.ChamberCountries(d.Doc, ents)
	// 2b. one canonical name per generic body ("Ministry of Commerce" = "Commerce Ministry")
	actors.CanonicalBodies(d.Doc)
	ents = actors.FinalActors(d.Doc)
	// 2c. a state body PART_OF a body that has its country only now (a bare "Senate" joined to
	// "Senate (Canada)" by canonicalBodies) takes that country, as in step 2
	for _, r := range d.Structure {
		if r.Typ != graph.PartOf || !r.Structural || r.Src == nil || r.Tgt == nil {
			continue
		}
		if s, t := r.Src.Final(), r.Tgt.Final(); s != t && s.Kind == graph.Government && s.Country == nil && t.Kind == graph.Government && t.Country != nil {
			s.Country, s.Guessed = t.Country, t.Guessed
		}
	}
	// 3. generic bodies without a country stay local to the article, and so does a group named
	// by a description alone with no country or organization ("relevant parties", "foreign
	// investors", rule group:unnamed): the same words in two articles are not known to be the
	// same people (issue 14, identity), as for the unnamed agents of actor_unnamed.go
	// in a transcript, such a group is local to its question-and-answer exchange (actor_exchange.go)
	// a description with no country, after a group of its head noun placed in a state in the
	// sentence before (actors/groupdomain.go)
	actors.GroupDomains(d.Doc, ents)
	ents = actors.SplitExchanges(d.Doc, ents)
	for _, e := range ents {
		if e.Kind == graph.Group && e.Country == nil && e.Rule == "group:unnamed" && e.LocalScope == "" {
			e.LocalScope = "article:" + d.C.Article.ID
			continue
		}
		if e.Country != nil || (e.Kind != graph.Government && e.Kind != graph.Organization) || !actors.GenericBody(d.Phx, d.Lx, e) && !actors.CommitteeOnly(d.Phx, d.Lx, e) {
			continue
		}
		e.LocalScope = actors.LocalScope(d.Doc, e)
	}
	// two local bodies of one name in one article are one body ("Treasury Secretary Steven
	// Mnuchin … the Treasury said"): the holders' scope wins over the article's
	scope := map[string]string{}
	for _, e := range ents {
		if e.LocalScope == "" || e.OwnHolder || actors.ExchangeLocal(e.LocalScope) {
			continue
		}
		k := strings.ToLower(actors.Identity(e))
		if cur, ok := scope[k]; !ok || strings.HasPrefix(e.LocalScope, "holder:") && (!strings.HasPrefix(cur, "holder:") || e.LocalScope < cur) {
			scope[k] = e.LocalScope
		}
	}
	for _, e := range ents {
		if e.LocalScope != "" && !e.OwnHolder && !actors.ExchangeLocal(e.LocalScope) {
			e.LocalScope = scope[strings.ToLower(actors.Identity(e))]
		}
	}
	// persons of the same body learn its country now that it has one
	for _, r := range d.Structure {
		if r.Typ == graph.MemberOf && r.Src != nil && r.Tgt != nil && r.Src.Final().Country == nil {
			r.Src.Final().Country = r.Tgt.Final().Country
		}
	}
	// 3-. a state's group named by its demonym or by its name is one identity ("American
	// workers", "United States workers": actors/groupidentity.go)
	actors.GroupIdentities(d.Doc, ents)
	ents = actors.FinalActors(d.Doc)
	// 3a. a party introduced as "the opposition <Name>" (actor_cameo.go)
	actors.OppositionParties(d.Doc, ents)
	// 3b. countries the text gives persons and bodies no earlier rule placed, after the bodies
	// took theirs so that none passes to a body: an office title a place premodifies ("Vermont
	// Gov. X", actors/placeoffice.go), a US party describing the person ("Republican strategist
	// X", "X, a Democrat,", actors/partyperson.go), a place in an organization's name ("Dallas
	// Morning News", "University of Texas", actors/placenameorgs.go)
	actors.PlaceOfficePersons(d.Doc)
	actors.PartyPersons(d.Doc)
	actors.PlaceNameBodies(d.Doc, ents)
	// 4. codes: bodies first, then their members
	for _, e := range ents {
		if e.Cameo != "" || e.Country == nil || e.Kind == graph.Person {
			continue
		}
		if e.Kind == graph.Government && actors.HumanRightsCommission(e.Name) {
			e.Kind = graph.Organization // a named one is an NGO to Phoenix (actor_cameo.go)
		}
		switch e.Kind {
		case graph.Country:
			e.Cameo = e.Country.Code
		case graph.Government:
			sec := actors.Sector(d.Phx, e.Name, "GOV")
			if sec == "GOV" && speakers.HearingLegislature(d.Doc) != nil && speakers.Legislature(d.Doc, e) {
				sec = "LEG" // a chamber's committee ("House Committee on …") is of the legislature's sector
			}
			e.Cameo = e.Country.Code + sec
		case graph.Organization:
			e.Cameo = e.Country.Code + actors.OrgSector(d.Phx, d.Lx, e.Name)
			if actors.HumanRightsCommission(e.Name) {
				e.Cameo = "NGO" + e.Country.Code + "HRI" // actor_cameo.go
			}
		default:
			sec := actors.Sector(d.Phx, e.Name, "")
			if sec == "" && e.Kind == graph.Group {
				sec = actors.GroupHeadSector(e.Name) // "U.S. officials" → USAGOV (actors/groupcodes.go)
			}
			e.Cameo = e.Country.Code + sec
		}
	}
	// an organization's agents take its code with their sector (actor_orgagents.go)
	actors.OrgAgentCodes(d.Doc, ents)
	for _, r := range d.Structure {
		// "Senate Committee on Power" PART_OF "Senate (Nigeria)": a chamber's committee is part of
		// the legislature and takes its sector (CAMEO LEG: "parliaments, assemblies, lawmakers")
		if r.Typ == graph.PartOf && r.Rule == "part-of:body-modifier" {
			if src, tgt := r.Src.Final(), r.Tgt.Final(); src.Country != nil && src.Country == tgt.Country && strings.HasSuffix(tgt.Cameo, "LEG") && strings.HasSuffix(src.Cameo, "GOV") {
				src.Cameo = tgt.Cameo
			}
		}
	}
	for _, e := range ents {
		if e.Kind != graph.Person || e.Cameo != "" {
			continue
		}
		for _, r := range d.Structure {
			if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Src.Final() != e {
				continue
			}
			t := r.Tgt.Final()
			switch {
			case t.Kind == graph.Government && t.Cameo != "":
				e.Cameo = t.Cameo
			case t.Kind == graph.Country && t.Country != nil:
				e.Cameo = t.Country.Code + "GOV" // a state title held for the country
			}
			if e.Cameo != "" {
				break
			}
		}
		if e.Cameo == "" && e.Country != nil {
			e.Cameo = e.Country.Code
		}
	}
	// 4a. officials of an intergovernmental body, and the dictionary's GOV+LEG/JUD written as
	// CAMEO's roles (actor_cameo.go)
	actors.IgoMemberCodes(d.Doc, ents)
	for _, e := range ents {
		e.Cameo = actors.CameoRole(e.Cameo)
	}
	// and an actor whose code opens with a country's code is of that country (actors/codecountry.go)
	actors.CodeCountries(d.Doc, ents)
	// 5. family names written first; a family name marked by capitals ("ISHIBA Shigeru") is
	// written in canonical case and is the family name whatever the country (capsurname.go)
	for _, e := range ents {
		if e.Kind != graph.Person {
			continue
		}
		if name, fam, ok := actors.CapitalsSurname(strings.Fields(e.Name)); ok {
			e.Name = name
			if fam < text.WordCount(name)-1 {
				e.Family = graph.NormalizeName(strings.Fields(name)[fam])
			}
			continue
		}
		if e.Country != nil && phx != nil && phx.SurnameFirst(e.Country.Code) {
			if f := strings.Fields(graph.NormalizeName(e.Name)); len(f) >= 2 {
				e.Family = f[0]
			}
		}
	}
}
