package loader

// The codes phase (extract.go runs it last, after relations): assignCodes reads what every stage
// below found — the actors' entities and structure, the speakers' page country and hearing
// legislature (speaker_voice.go, speaker_hearing.go) — and sets each actor's country and code.
// It was in actor_codes.go, whose helpers the actors stage calls; restruct7 put the phase on a
// floor of its own above relations, so its reads of the speakers' findings are downward calls.

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
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
	d.contextJunk()
	d.documentPartNames() // "Executive Summary": a heading, no person (actor_dictsurname.go)
	d.dropUnevidencedPersons()
	// and those the article introduces as places ("the city of El Fasher", actor_placeintro.go)
	d.dropIntroducedPlaces()
	// and the facilities named as actors: "Osan Air Base", "Lotte Hotel" (actor_facilities.go)
	d.dropFacilities()
	// and the names of things no actor is: a religion, a flight, an instrument's acronym (actor_nonactors.go)
	d.dropNonActorNames()
	// 0a. a committee named in two orders is one body (actor_committees.go)
	d.committeeOrders()
	// 0b. a body's short name is the known body named in full with its state (actor_knownshort.go)
	d.knownBodyShortNames()
	// and the state of a dictionary body named in full with a state the article names
	d.dictBodyShortCountries()
	// 0c. "Saudi businessman X": the nationality before a descriptive noun (actor_nationalnoun.go)
	d.agentNounNationality()
	// and "X, the Italian negotiator", "Brazil's X": a demonym role, a country's genitive (actor_nationalappos.go)
	d.phraseNationality()
	ents := d.finalActors()
	// 1. dictionary enrichment and bare family names
	for _, e := range ents {
		if phx == nil {
			break
		}
		if e.Kind == graph.Person && len(strings.Fields(e.Name)) == 1 {
			d.familyNameOnly(e, date)
			continue
		}
		if genericBody(d.Phx, d.Lx, e) {
			continue
		}
		a := phx.UniquePossessive(e.Name, e.Kind)
		if a == nil {
			a = companyRecord(phx, e) // "Exxon Mobil Corp" is the dictionary's Exxon Mobil (codes_legalform.go)
		}
		if a == nil && e.Kind == graph.Person {
			d.compoundSurname(e, date) // "President-elect Lopez Obrador" (actor_codes.go)
			continue
		}
		if a == nil {
			if e.Kind == graph.Organization && e.Country == nil {
				// "United Nations" has several records ("United Nations", "UN" …) that all say
				// IGOUNO: the code they agree on is the name's (actor_cameo.go igoCode)
				e.Cameo = igoCode(phx.Lookup(e.Name))
			}
			continue
		}
		if e.Kind == graph.Person && a.Country != "" && e.Country == nil && !d.namesCountry(a.Country) && !titledOfficeHolder(d.Phx, e, a, date) {
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
			e.Cameo = dictCode(a, date)
			if e.Cameo != "" && e.Country != nil && sectorOnly(e.Cameo) {
				e.Cameo = e.Country.Code + e.Cameo // "MED" for a national outlet → "USAMED"
			}
		}
	}
	// 1a'. "the Federation of Ecuadorian Fishermen": a nationality in the name's of-phrase
	// (actor_nationalnoun.go)
	d.ofNationalityOrgs()
	// and "Dutch chipmaker Nexperion": a nationality before a descriptor noun (actor_nationalnoun.go)
	d.orgNounNationality()
	// and "Hanbit Electronics, South Korea's biggest chipmaker,": a descriptive appositive's
	// country (codes_orgappositive.go)
	d.appositiveOrgNationality()
	// and "the Committee on Foreign Investment in the United States": a country ending the name
	// after "in" (codes_incountry.go)
	d.inCountryBodies()
	// 1b. a body named after its seat that states join is intergovernmental (actor_igo.go)
	d.igoByMembership(ents)
	// and an IGO official's office is the IGO's (actor_cameo.go)
	d.igoOffices(ents)
	// 1a. organizations that are state bodies (Phoenix agents, parents; actor_statebodies.go)
	d.stateBodies()
	d.delegationHeads()
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
	// 2-. the officials a leader "was accompanied by" are the leader's state's (codes_accompanied.go)
	d.accompaniedOfficials()
	// and those representing "the <demonym> side" of talks are that state's (codes_accompanied.go)
	d.sideDelegates()
	// 2a-. a generic body without a country never holds two persons whose countries are unknown
	// or differ: each keeps a body of its own (actor_bodysplit.go)
	ents = d.splitCountrylessBodies(ents)
	// 2a. a generic body without a country takes its members' one country (the speaker's
	// affiliation: Treasury Secretary Steven T. Mnuchin, a US official in the dictionary, makes
	// his "Treasury" the US Treasury)
	for _, e := range ents {
		if e.Country != nil && !e.Guessed || e.Kind != graph.Government || !genericBody(d.Phx, d.Lx, e) && !e.Guessed {
			continue
		}
		if c := d.membersCountry(e); c != nil {
			if e.Country == c {
				e.Guessed = false // the guess was right
				continue
			}
			d.unguess(e) // a holder's stated country outranks the article's one country (actor_guess.go)
			d.placeBody(e, c)
		}
	}
	// and a political party without a country takes its members' one country (codes_party.go)
	d.partyMembersCountry(ents)
	// and the guess that gave a titled voice's body the counterpart's state is taken back
	// (codes_counterpart.go)
	d.counterpartGuess()
	// 2a-'. a generic body whose holder's title is one state's statutory style ("Secretary of
	// the Treasury") is that state's (actor_titlestate.go)
	d.titleStates(ents)
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
	issuer, byDateline := d.issuingState(nil)
	d.storyOfficials(ents, issuer, !byDateline)
	if c := d.soleStoryCountry(); c != nil {
		for _, e := range ents {
			if e.Country == nil && e.Kind == graph.Government && genericBody(d.Phx, d.Lx, e) {
				if fc := d.titleFormDefault(d.bodyTitleHeads(e), c); fc != nil {
					e.PlaceIn(fc) // unless its holders' title is other states' form (actor_titleforms.go)
				}
			}
		}
	}
	// and a title's body with holders, in a story whose dateline country leads
	// (actor_storyofficials.go)
	d.storyBodies(ents, issuer)
	// and a generic body or bare state office of a wire story whose lead's actor is its
	// dateline state (codes_wirelead.go)
	d.wireLeadBodies(ents)
	// and a bare national body a state's own document names, when that state leads its
	// country mentions (actor_issuerbodies.go)
	if !byDateline {
		d.issuerBodies(ents, issuer)
		// and the issuing office a letterhead line names (codes_letterhead.go)
		d.letterheadBodies(ents, issuer)
	}
	// 2a''. an administration named after its head is the head's state's (actor_aliases.go)
	d.administrationCountries(ents)
	// and one named after a party, in a story whose dateline country is the only one it names
	d.storyAdministrations(ents, d.soleStoryCountry())
	// 2a'. the generic body that publishes the article takes the country its outlet names
	// (actor_publisher.go)
	d.publisherCountry(ents)
	// 2a'''. a generic state body the title names, on a page whose domain or title names its
	// state (speaker_voice.go pageCountry), as its spokesperson's "we" was read
	// a group of a state's officials on that state's government domain ("administration
	// officials" on whitehouse.gov, or under its "THE WHITE HOUSE" letterhead) is that state's,
	// as its "we" was read (officialsVoiceCountry)
	for _, e := range ents {
		if e.Country == nil && stateOfficials(e) {
			if c := d.officialsVoiceCountry(e); c != nil {
				e.Country = c
			}
		}
	}
	// and so is the same body named otherwise in the text ("Foreign Minister X" of the
	// "Ministry of Foreign Affairs": canonicalBody), which canonicalBodies then joins to it
	paged := map[string]*lexicon.Country{}
	for _, e := range ents {
		if e.Country == nil {
			if c := d.pageCountry(e); c != nil {
				paged[strings.ToLower(canonicalBody(d.Lx, e.Name, nil))] = c
			}
		}
		if e.Country != nil && !e.Guessed && e.Kind == graph.Government && d.namedInTitle(e) {
			// the briefing's own body named with its state in the title ("Press Briefing by
			// Spokesperson of the Ministry of Foreign Affairs of Indonesia"): the bare body of
			// the same portfolio in its text ("Foreign Minister X") is that state's too
			k := strings.ToLower(canonicalBody(d.Lx, withoutOwnCountry(e.Name, e.Country), nil))
			if _, ok := paged[k]; !ok {
				paged[k] = e.Country
			}
		}
	}
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government || !genericBody(d.Phx, d.Lx, e) {
			continue
		}
		if c := paged[strings.ToLower(canonicalBody(d.Lx, e.Name, nil))]; c != nil {
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
	d.hearingCountry(ents)
	// a chamber named as only some states name theirs, in an article naming one of them
	// (actor_chambers.go)
	d.chamberCountries(ents)
	// 2b. one canonical name per generic body ("Ministry of Commerce" = "Commerce Ministry")
	d.canonicalBodies()
	ents = d.finalActors()
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
	ents = d.splitExchanges(ents)
	for _, e := range ents {
		if e.Kind == graph.Group && e.Country == nil && e.Rule == "group:unnamed" && e.LocalScope == "" {
			e.LocalScope = "article:" + d.C.Article.ID
			continue
		}
		if e.Country != nil || (e.Kind != graph.Government && e.Kind != graph.Organization) || !genericBody(d.Phx, d.Lx, e) && !committeeOnly(d.Phx, d.Lx, e) {
			continue
		}
		e.LocalScope = d.localScope(e)
	}
	// two local bodies of one name in one article are one body ("Treasury Secretary Steven
	// Mnuchin … the Treasury said"): the holders' scope wins over the article's
	scope := map[string]string{}
	for _, e := range ents {
		if e.LocalScope == "" || e.OwnHolder || exchangeLocal(e.LocalScope) {
			continue
		}
		k := strings.ToLower(identity(e))
		if cur, ok := scope[k]; !ok || strings.HasPrefix(e.LocalScope, "holder:") && (!strings.HasPrefix(cur, "holder:") || e.LocalScope < cur) {
			scope[k] = e.LocalScope
		}
	}
	for _, e := range ents {
		if e.LocalScope != "" && !e.OwnHolder && !exchangeLocal(e.LocalScope) {
			e.LocalScope = scope[strings.ToLower(identity(e))]
		}
	}
	// persons of the same body learn its country now that it has one
	for _, r := range d.Structure {
		if r.Typ == graph.MemberOf && r.Src != nil && r.Tgt != nil && r.Src.Final().Country == nil {
			r.Src.Final().Country = r.Tgt.Final().Country
		}
	}
	// 3a. a party introduced as "the opposition <Name>" (actor_cameo.go)
	d.oppositionParties(ents)
	// 4. codes: bodies first, then their members
	for _, e := range ents {
		if e.Cameo != "" || e.Country == nil || e.Kind == graph.Person {
			continue
		}
		if e.Kind == graph.Government && humanRightsCommission(e.Name) {
			e.Kind = graph.Organization // a named one is an NGO to Phoenix (actor_cameo.go)
		}
		switch e.Kind {
		case graph.Country:
			e.Cameo = e.Country.Code
		case graph.Government:
			sec := sector(d.Phx, e.Name, "GOV")
			if sec == "GOV" && d.hearingLegislature() != nil && d.legislature(e) {
				sec = "LEG" // a chamber's committee ("House Committee on …") is of the legislature's sector
			}
			e.Cameo = e.Country.Code + sec
		case graph.Organization:
			e.Cameo = e.Country.Code + orgSector(d.Phx, d.Lx, e.Name)
			if humanRightsCommission(e.Name) {
				e.Cameo = "NGO" + e.Country.Code + "HRI" // actor_cameo.go
			}
		default:
			e.Cameo = e.Country.Code + sector(d.Phx, e.Name, "")
		}
	}
	// an organization's agents take its code with their sector (actor_orgagents.go)
	d.orgAgentCodes(ents)
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
	d.igoMemberCodes(ents)
	for _, e := range ents {
		e.Cameo = cameoRole(e.Cameo)
	}
	// 5. family names written first
	for _, e := range ents {
		if e.Kind == graph.Person && e.Country != nil && phx != nil && phx.SurnameFirst(e.Country.Code) {
			if f := strings.Fields(graph.NormalizeName(e.Name)); len(f) >= 2 {
				e.Family = f[0]
			}
		}
	}
}
