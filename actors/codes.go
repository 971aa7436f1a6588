package actors

import (
	"slices"
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/text"
)

// MembersCountry is the one country of the persons MEMBER_OF e that have one, or nil when they
// have none or several.
func MembersCountry(d *doc.Doc, e *doc.Entity) *lexicon.Country {
	var c *lexicon.Country
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Tgt.Final() != e {
			continue
		}
		p := r.Src.Final()
		if p.Kind != graph.Person || p.Dropped || p.Country == nil || p.Guessed {
			continue
		}
		if c != nil && c != p.Country {
			return nil
		}
		c = p.Country
	}
	return c
}

// LocalScope is where the identity of a generic body without a country holds: its office
// holders, when a person is MEMBER_OF it ("holder:" and the alphabetically first holder's
// normalized name: the Treasury of Treasury Secretary Steven Mnuchin is one node in every article
// that gives him the title, and a person belongs to one state), else the article.
func LocalScope(d *doc.Doc, e *doc.Entity) string {
	first := ""
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Tgt.Final() != e {
			continue
		}
		if p := r.Src.Final(); p.Kind == graph.Person && !p.Dropped {
			if n := graph.NormalizeName(p.Name); first == "" || n < first {
				first = n
			}
		}
	}
	if first != "" {
		return "holder:" + first
	}
	return "article:" + d.C.Article.ID
}

// FinalActors are the article's actor entities that were not merged into another.
func FinalActors(d *doc.Doc) []*doc.Entity {
	var out []*doc.Entity
	for _, e := range d.Ents {
		if e.Merged == nil && e.Kind.IsActor() && !e.Dropped {
			out = append(out, e)
		}
	}
	return out
}

// FamilyNameOnly resolves a person known by one word ("Xi", "President Xi") to the one Phoenix
// person with that family name who held an office on date, when the article names that person's
// country; the entity takes the full name, country and code (rule dict:family). Several such
// persons, or none, leave it as it is: a bare name joins a full one only when it is unambiguous.
//
// The article's own evidence wins: a bare name whose title or membership ties it to another
// country ("Nigerian Senator Obama") is not the dictionary's person of the country named
// elsewhere in the article (issue 14: a dictionary entry applies when the article agrees).
func FamilyNameOnly(d *doc.Doc, e *doc.Entity, date string) {
	var found *lexicon.Actor
	own := memberCountries(d, e)
	for _, a := range d.Phx.ByFamilyName(e.Name, date) {
		if len(a.Dated) == 0 || a.Country == "" || !NamesCountry(d, a.Country) {
			continue
		}
		if len(own) > 0 && !own[a.Country] || e.Country != nil && e.Country.Code != a.Country || titleSectorDisagrees(d.Phx, e, a) {
			continue
		}
		if found != nil && found.Name != a.Name {
			return
		}
		found = a
	}
	if found == nil {
		if a := listedTitledForm(d, e, own, date); a != nil {
			takeDictPerson(d.Lx, e, a, date, "dict:listed-form")
			return
		}
		if a := titledFamilyName(d, e, own, date); a != nil {
			takeDictPerson(d.Lx, e, a, date, "dict:titled-family") // titledfamily.go
			return
		}
	}
	takeDictPerson(d.Lx, e, found, date, "dict:family")
}

// listedTitledForm is the Phoenix person whose record lists e's one-word name as another name of
// theirs ("President Putin": VLADIMIR_PUTIN_ lists +PUTIN_ and +PRESIDENT_PUTIN_; Merkel, Erdogan)
// when the article titles e with an office of the sector the person held on the article's date
// (titleHoldsOffice; on a dated article, the code of that very date), though it never names the
// person's country: the dictionary names the person by that word alone, and the dated role and the
// title agree on who it is, as for a titled name in full (titledOfficeHolder). A word that is the
// record's whole name ("Abdullah": monarchs and single names of several people), a family name
// another dictionary person active on that date bears, or a country of e's own that differs leave
// it; nil then. "President Lula" stays as written: LUIZ_INACIO_LULA_DA_SILVA_ lists no "Lula".
func listedTitledForm(d *doc.Doc, e *doc.Entity, own map[string]bool, date string) *lexicon.Actor {
	a := d.Phx.Unique(e.Name, graph.Person)
	if a == nil || a.Kind != graph.Person || a.Country == "" || graph.NormalizeName(a.Name) == graph.NormalizeName(e.Name) {
		return nil
	}
	if len(own) > 0 && !own[a.Country] || e.Country != nil && !e.Guessed && e.Country.Code != a.Country {
		return nil
	}
	for _, o := range d.Phx.ByFamilyName(e.Name, date) {
		if o.Name != a.Name {
			return nil // a namesake in office on the date
		}
	}
	if titleSectorDisagrees(d.Phx, e, a) || !titleHoldsOffice(d.Phx, e, a, date) {
		return nil
	}
	if len(strings.ReplaceAll(date, "-", "")) == 8 && !titleSectorAgrees(d.Phx, e, &lexicon.Actor{Code: a.CodeAt(date)}) {
		// the office the title names must be the one held on the date ("Chancellor Merkel" in
		// 1985 is not Angela Merkel, then DEUELI), not one held at another time
		return nil
	}
	return a
}

// takeDictPerson gives e the dictionary person a's full name (the name written stays an alias),
// country and code on date, and rule: the canonical name comes from the dictionary. Nil a: no-op.
func takeDictPerson(lx *lexicon.Lexicons, e *doc.Entity, a *lexicon.Actor, date, rule string) {
	if a == nil {
		return
	}
	e.AddAlias(e.Name)
	e.Name = a.Name
	e.Country = lx.ByCode[a.Country]
	e.Cameo = DictCode(a, date)
	e.Rule = rule
}

// CompoundSurname resolves a person the article names by two words only ("President-elect Lopez
// Obrador") to the one Phoenix person whose name of four words or more ends in those two words
// (Andres Manuel Lopez Obrador): Spanish and Portuguese names carry two given names and two
// surnames, and the press names the person by both surnames (CMOS 17th ed. 8.11; AP Stylebook
// "Spanish and Portuguese names"). A shorter dictionary name ("Robert John Smith") is no such
// name: its last two words may be a given name and a surname. The person's country must be named
// in the article and agree with the article's own evidence (as familyNameOnly), and the person
// must be the dictionary's on the article's date: a dated role held on that date, or a role title
// the article gives the name that the Phoenix agents code to a sector of the person's codes
// ("President-elect Lopez Obrador": GOV, and MEXGOV is his), since two surnames are shared by
// namesakes of another generation and the dictionary's roles end years before today's articles.
// Several such persons leave it as it is (rule dict:compound-surname).
func CompoundSurname(d *doc.Doc, e *doc.Entity, date string) {
	words := strings.Fields(graph.NormalizeName(e.Name))
	if len(words) != 2 || e.Country != nil && e.Guessed {
		return
	}
	var found *lexicon.Actor
	own := memberCountries(d, e)
	for _, a := range d.Phx.ByFamilyName(words[1], "") {
		f := strings.Fields(graph.NormalizeName(a.Name))
		if len(f) < 4 || f[len(f)-2] != words[0] || f[len(f)-1] != words[1] || a.Kind != graph.Person {
			continue
		}
		if a.Country == "" || !NamesCountry(d, a.Country) || len(own) > 0 && !own[a.Country] || e.Country != nil && e.Country.Code != a.Country || titleSectorDisagrees(d.Phx, e, a) {
			return // the article's evidence names another state, or a namesake's: leave it
		}
		if found != nil && found.Name != a.Name {
			return
		}
		found = a
	}
	if found != nil && !found.ActiveAt(date) && !titleSectorAgrees(d.Phx, e, found) {
		return // a namesake of another time, or the person out of office with no title to say so
	}
	takeDictPerson(d.Lx, e, found, date, "dict:compound-surname")
}

// titleSectorDisagrees reports a role title of e that the Phoenix agents dictionary codes to a
// sector ("senator" LEG) that none of dictionary person a's codes carries ("SENATOR WALTERS" is not
// Vernon A. Walters, coded USAELI, USAGOV and USASPY): the article's own evidence of the office
// wins over a family name, as its evidence of the country does (familyNameOnly).
func titleSectorDisagrees(phx *lexicon.Actors, e *doc.Entity, a *lexicon.Actor) bool {
	codes := []string{a.Code}
	for _, r := range a.Dated {
		codes = append(codes, r.Code)
	}
	for _, r := range e.Roles {
		sec := TitleSector(phx, r.Title)
		if sec == "" {
			continue
		}
		held := false
		for _, c := range codes {
			for i := 3; i+3 <= len(c); i += 3 {
				held = held || c[i:i+3] == sec
			}
		}
		if !held {
			return true
		}
	}
	return false
}

// titleSectorAgrees reports a role title of e that the Phoenix agents dictionary codes to a sector
// that one of dictionary person a's codes carries: the article's own evidence of the office the
// dictionary gives the person (titleSectorDisagrees is the converse).
func titleSectorAgrees(phx *lexicon.Actors, e *doc.Entity, a *lexicon.Actor) bool {
	if len(e.Roles) == 0 {
		return false
	}
	for _, r := range e.Roles {
		if TitleSector(phx, r.Title) != "" {
			return !titleSectorDisagrees(phx, e, a)
		}
	}
	return false
}

// TitleSector is the CAMEO sector the Phoenix agents dictionary gives a title, looked up whole and
// then without its first words (the head of a compound decides, as in executiveTitle), or "".
// A title with the combining form "-elect" ("President-elect": elected, not yet installed;
// Merriam-Webster "-elect") is of its office's sector.
func TitleSector(phx *lexicon.Actors, title string) string {
	if phx == nil {
		return ""
	}
	f := strings.Fields(strings.ToLower(title))
	if n := len(f); n > 0 {
		f[n-1] = strings.TrimSuffix(f[n-1], "-elect")
	}
	for i := range f {
		if a, ok := phx.Agent(strings.Join(f[i:], " ")); ok {
			return lexicon.SectorOf(a.Code)
		}
	}
	return ""
}

// memberCountries are the countries of the bodies and countries person e is MEMBER_OF in the
// article (by title, apposition or modifier), as ISO3 codes; empty when none has a country.
func memberCountries(d *doc.Doc, e *doc.Entity) map[string]bool {
	out := map[string]bool{}
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Src.Final() != e {
			continue
		}
		if c := r.Tgt.Final().Country; c != nil {
			out[c.Code] = true
		}
	}
	return out
}

// datelineOutweighs reports a story filed from another country than code (its dateline's place
// or country, "SANTIAGO, Aug 8 -") that the article names at least as often as code: a bare
// title there is the filing country's office before a dictionary body of code ("Senator X" in a
// Santiago story that mentions the United States once is no US senator).
func datelineOutweighs(d *doc.Doc, code string) bool {
	dc := DatelineCountry(d)
	if dc == nil || dc.Code == code {
		return false
	}
	cc := CountryCounts(d)
	return cc[dc.Code] >= cc[code]
}

// DatelineCountry is the country of the first dateline of the article (a capital or country
// named in it), else of a place-and-date line ("Oslo, 22 January 2026" as a paragraph of its own
// among the first three or the last: placeDateLine), or nil.
func DatelineCountry(d *doc.Doc) *lexicon.Country {
	for _, st := range d.Sents {
		j := Dateline(d, st, 0)
		if j == 0 {
			continue
		}
		return filedFrom(d, st, j)
	}
	for _, st := range d.Sents {
		if j := placeDateLine(d, st); j > 0 {
			return filedFrom(d, st, j)
		}
	}
	return nil
}

// filedFrom is the country of the dateline that ends at token j of st: a capital or country
// named in it (placeCountry), else the country the Phoenix country records give its place, the
// capitalized words that open it (phoenixPlace, data/lexicons/phoenix/places.txt), compared
// without accents. AP Stylebook, "datelines": a city of the AP list stands alone without its
// country (GENEVA, SYDNEY, SAO PAULO: no capitals), and the place is written as the country
// writes it (BOGOTÁ), so neither shape names its country in the text.
func filedFrom(d *doc.Doc, st *doc.Sent, j int) *lexicon.Country {
	if c := placeCountry(d, st, j); c != nil {
		return c
	}
	k := 0
	for k < j && k < 3 && st.Toks[k].Kind == text.Word && st.Toks[k].Cap {
		k++
	}
	for ; k > 0; k-- {
		words := make([]string, k)
		for i := range words {
			words[i] = st.Toks[i].Text
		}
		if c := PhoenixPlace(d, FoldAccents(strings.Join(words, " "))); c != nil {
			return c
		}
	}
	return nil
}

// placeCountry is the country of the first capital or country named in tokens [0, j) of st.
func placeCountry(d *doc.Doc, st *doc.Sent, j int) *lexicon.Country {
	for i := 0; i < j; i++ {
		ents, _ := d.MatchNames(st, i)
		for _, e := range ents {
			if e.Country != nil && (e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryCapital) {
				return e.Country
			}
		}
	}
	return nil
}

// headerBlockBefore reports a sentence among the first six paragraphs whose every earlier
// paragraph is one line of one sentence without a closing period: the header block of a news
// release (headline, "PRESS RELEASE", the issuer's name) that stands before its place-and-date
// line (AP Stylebook, "news release": headline, dateline, body, boilerplate, contact).
func headerBlockBefore(d *doc.Doc, st *doc.Sent) bool {
	if st.S.Paragraph > 5 {
		return false
	}
	for i := 0; i < st.Idx; i++ {
		p := d.Sents[i]
		if i > 0 && d.Sents[i-1].S.Paragraph == p.S.Paragraph || len(p.Toks) == 0 || p.Toks[len(p.Toks)-1].Text == "." || len(p.Toks) > 16 {
			return false
		}
	}
	return true
}

// placeDateLine returns the index of the comma of a place-and-date line, or 0: a paragraph of
// one sentence among the first three (or after a release's header block, headerBlockBefore) or the last of the article, made of one to three
// capitalized words, a comma and a date with its year (day and month names, numbers, commas),
// maybe a closing colon or dash, nothing else: the date line of a statement, letter or communiqué (rePlaceDateLine, dates.go,
// gives its date).
func placeDateLine(d *doc.Doc, st *doc.Sent) int {
	last := d.Sents[len(d.Sents)-1].S.Paragraph
	if st.S.Paragraph > 2 && st.S.Paragraph != last && !headerBlockBefore(d, st) ||
		st.Idx > 0 && d.Sents[st.Idx-1].S.Paragraph == st.S.Paragraph ||
		st.Idx+1 < len(d.Sents) && d.Sents[st.Idx+1].S.Paragraph == st.S.Paragraph {
		return 0
	}
	toks := st.Toks
	c := placeWords(toks, 0, 3)
	if c > 0 && c+1 < len(toks) && segment.IsDashToken(toks[c]) && toks[c].Space {
		return dashDateLine(toks, c)
	}
	if c == 0 || c >= len(toks) || toks[c].Text != "," {
		return 0
	}
	// "Washington, D.C., April 2, 2031", "Geneva, Switzerland, 3 May 2031", "State House, Dar es
	// Salaam, 2 November 1978", "Castle, Osu, Accra, 9 June 1981": the city's state or country after it, or a seat and its city,
	// then the date (AP Stylebook, "datelines": a city with its state's abbreviation or its
	// country). The line's place ends at the comma before the date, returned.
	from := c + 1
	for n := 0; n < 2; n++ {
		r := placeWords(toks, from, 4)
		if r == from || r+1 >= len(toks) || toks[r].Text != "," {
			break
		}
		from, c = r+1, r
	}
	year := false
	for k, t := range toks[from:] {
		switch {
		case t.Kind == text.Num:
			year = year || len([]rune(t.Text)) == 4
		case t.Text == "," || t.Text == ".":
		case from+k == len(toks)-1 && (t.Text == ":" || segment.IsDashToken(t)):
			// "Nairobi, 4 May 2019:", "Lima, 3 March 2019 —": the line's closing colon or dash
			// introduces the text it heads (CMOS 17th ed. 6.61, 6.85; AP Stylebook "datelines":
			// the dateline ends in a dash)
		case t.Kind == text.Word && t.Cap && (text.IsDayOrMonth(t.Lower) || segment.DatelineMonth(t.Lower) || t.Lower == "may"):
		default:
			return 0
		}
	}
	if !year {
		return 0
	}
	return c
}

// placeWords returns the end of the place field that opens at token from: at most max capitalized
// words (no day or month name), with the lower-case particles of place names between them ("Dar
// es Salaam", "Frankfurt am Main", "Palais des Nations": placeParticles); from when none.
func placeWords(toks []text.Token, from, max int) int {
	r, n := from, 0
	for r < len(toks) && n < max && toks[r].Kind == text.Word {
		t := toks[r]
		switch {
		case t.Cap && !text.IsDayOrMonth(t.Lower) && !segment.DatelineMonth(t.Lower) && t.Lower != "may":
			n++
			r++
		case n > 0 && placeParticles[t.Text] && r+1 < len(toks) && toks[r+1].Kind == text.Word && toks[r+1].Cap:
			r++
		default:
			return r
		}
	}
	return r
}

// placeParticles are the lower-case articles and prepositions written inside place names ("Dar es
// Salaam", "Ras al Khaimah", "Frankfurt am Main", "Palais des Nations", "Rio de Janeiro") and the
// function words of headline style (CMOS 17th ed. 8.159: "Ministry of Foreign Affairs"), the
// words input's placeField admits.
var placeParticles = map[string]bool{
	"of": true, "and": true, "the": true, "for": true, "on": true, "de": true, "des": true, "du": true,
	"la": true, "le": true, "el": true, "del": true, "da": true, "do": true, "di": true, "es": true,
	"al": true, "am": true, "an": true, "en": true,
}

// dashDateLine returns c when the tokens after the spaced dash at c are a date and nothing else
// ("Kabul - 12 May", "Nairobi — 14 March 2025", "Quito – May 3, 2027"): the place and the date of
// a dateline set apart by a dash instead of a comma, as wire services and press offices write
// it (AP Stylebook, "datelines": the place, then the date, then a dash before the text; the
// Reuters and AFP forms drop the comma). A day's number and a month name are needed, the year
// may be left out as a wire dateline leaves it; 0 otherwise. A heading of one name, a dash and a
// date ("Department Press Briefing - March 3, 2031") gives no country: filedFrom reads only a
// known place.
func dashDateLine(toks []text.Token, c int) int {
	day, month := false, false
	for _, t := range toks[c+1:] {
		switch {
		case t.Kind == text.Num:
			day = true
		case t.Text == "," || t.Text == ".":
		case t.Kind == text.Word && t.Cap && (segment.DatelineMonth(t.Lower) || t.Lower == "may" || text.IsDayOrMonth(t.Lower)):
			// a weekday may stand before the date; "late", "early" are no part of one
			if strings.HasSuffix(t.Lower, "day") {
				continue
			}
			if t.Lower == "late" || t.Lower == "early" {
				return 0
			}
			month = true
		default:
			return 0
		}
	}
	if !day || !month {
		return 0
	}
	return c
}

// NamesCountry reports whether the article names the country with ISO3 code (its name, short
// form, demonym or capital, capitalized).
func NamesCountry(d *doc.Doc, code string) bool {
	return CountryCounts(d)[code] > 0
}

// CountryCounts counts, per ISO3 code, how often the article names each country (name, short
// form, demonym or capital, capitalized). Computed once.
func CountryCounts(d *doc.Doc) map[string]int {
	if d.CCounts != nil {
		return d.CCounts
	}
	d.CCounts = map[string]int{}
	d.EachCapitalMatch(func(st *doc.Sent, i int, ents []lexicon.Entry) bool {
		for _, e := range ents {
			if e.Country == nil || (e.Kind != lexicon.EntryCountry && e.Kind != lexicon.EntryDemonym && e.Kind != lexicon.EntryCapital) || !doc.CapsFit(st, i, e) {
				continue
			}
			d.CCounts[e.Country.Code]++
			break
		}
		return true
	})
	return d.CCounts
}

// GenericBody reports a body named only by a generic head: one implied by a title ("foreign
// minister" → Foreign Ministry), or a name whose words are all common English words the article
// also writes in lower case, with an organization head ("Congress", "Central Bank", "Supreme
// Court"): a body every country has, which names no one body without its country. "Trump
// administration" is no generic name: the article never writes "trump" in lower case.
func GenericBody(phx *lexicon.Actors, lx *lexicon.Lexicons, e *doc.Entity) bool {
	if e.Rule == "title:implied-body" || e.Rule == "title:portfolio" {
		return !strings.Contains(e.Name, " (")
	}
	if strings.HasPrefix(e.Rule, "lexicon:") || phx != nil && len(phx.Lookup(e.Name)) > 0 {
		return false // a known actor ("World Bank") is no generic head
	}
	l := strings.ToLower(e.Name)
	if stateAgentName(phx, e, l) {
		return true // "Council of Ministers", "Council of State" (Phoenix.agents.txt, ~GOV)
	}
	if !GenericName(lx, e.Name) {
		return false
	}
	if lx.TitleBodies[l] || lx.OrgAlone[l] || chamberName(l) {
		return true // a body a title implies ("Foreign Ministry"), a head alone ("Parliament"), a chamber ("House of Commons")
	}
	if OfficeOfStateTitle(lx, l) {
		return true // "Office of the President", "Office of the Prime Minister"
	}
	if l == "federal government" {
		// the national executive of every federation bears this name (Germany's Basic Law art.
		// 62 "the Federal Government"; Nigeria's Constitution 1999 s. 5 and the Federal
		// Government's own usage; Australia, Malaysia, Pakistan): whose, the article says
		return true
	}
	if ents, end := lx.Bodies.Longest(strings.Fields(l)); end == text.WordCount(l) && len(ents) > 0 {
		return true // "Central Bank", "Coast Guard" (bodies.txt)
	}
	// a state head with common modifiers: "Commerce Ministry", "Ministry of Finance", "Supreme Court"
	words := strings.Fields(l)
	head := false
	for _, w := range words {
		if stateHeads.Has(w) {
			head = true
		}
	}
	return head
}

// stateAgentName reports a body whose whole name (l, lower case) is an agent of the state
// sectors in the Phoenix agents dictionary (Phoenix.agents.txt, MIT: "council of ministers"
// [~GOV], "council of state" [~GOV], "chamber of deputies" [~LEG], "constitutional court"
// [~JUD]): the dictionary codes such a body by the sector alone and takes its country from the
// text, as it does "ministry" and "parliament", so the name says nothing about which state's it
// is. A name already qualified by its country ("Council of Ministers (Lebanon)") is not one.
func stateAgentName(phx *lexicon.Actors, e *doc.Entity, l string) bool {
	if phx == nil || e.Kind != graph.Government && e.Kind != graph.Organization || strings.Contains(l, " (") {
		return false
	}
	a, ok := phx.Agent(l)
	if !ok {
		return false
	}
	switch lexicon.SectorOf(a.Code) {
	case "GOV", "LEG", "JUD":
		return true
	}
	return false
}

// OfficeOfStateTitle reports a body named as the office of an office of state, "office of the"
// and a title of titles.txt class state ("office of the president", "office of the prime
// minister", l in lower case): every state whose executive has such an office names its staff so
// (the Phoenix agents code the office of an official of state as a government agent whose
// country the text gives, OFFICE_OF_THE_CONSUL_GENERAL [~GOV], PRESIDENTIAL_PALACE [~GOV]), so
// the name says nothing about which state. An international official's office ("office of the
// secretary-general") is no title of state and is left to igoOffices.
func OfficeOfStateTitle(lx *lexicon.Lexicons, l string) bool {
	rest, ok := strings.CutPrefix(l, "office of the ")
	if !ok {
		return false
	}
	t := lx.Titles[rest]
	return t != nil && t.Class == "state"
}

// stateHeads are heads of names that every state gives one of its bodies (ministries, courts,
// chambers of its legislature): with only common words around them ("Ministry of Finance",
// "Supreme Court", "National Assembly"), the name says nothing about which state.
var stateHeads = lexicon.WordClass("stateheads") // data/wordclasses/stateheads.txt

// anyStateHead reports that one of the lower-cased words ws is a head noun of a state body
// (stateHeads: ministry, court, army …), which names a body of a state rather than a body of its own.
func anyStateHead(ws []string) bool {
	for _, w := range ws {
		if stateHeads.Has(w) {
			return true
		}
	}
	return false
}

// CommitteeOnly reports a committee, a commission or a party named by common words alone, after the names of bodies have
// been merged ("Foreign Affairs Committee", "Public Accounts Committee"): a legislature works
// through subject committees (Erskine May, ch. 38; the House of Representatives' Rule X; Kenya's
// National Assembly Standing Orders 216), and so do parties, firms and treaties, so the name says
// nothing about whose; with no country found it stays local to the article (step 3 of codes).
// It is not a generic head for merging names ("the Steering Committee" may still be the one of
// an accord the article names in full).
func CommitteeOnly(phx *lexicon.Actors, lx *lexicon.Lexicons, e *doc.Entity) bool {
	if strings.HasPrefix(e.Rule, "lexicon:") || !GenericName(lx, e.Name) || phx != nil && len(phx.Lookup(e.Name)) > 0 {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if w == "committee" || w == "committees" || w == "party" || w == "parties" || w == "commission" || w == "commissions" {
			// and a party named by common words alone: party names recur from country to
			// country within a party family ("Conservative Party" in Britain, Canada and
			// Norway; "Labour Party", "Green Party", "New Democratic Party"; the ParlGov
			// database of parties, Döring & Manow), so with no country such a name is no one party;
			// and a commission: the Phoenix agents list the commissions states set up under one
			// name (CENTRAL_ELECTION_COMMISSION, ELECTORAL_COMMISSION, HUMAN_RIGHTS_COMMISSION,
			// ANTI_GRAFT_COMMISSION), so "the Central Election Commission" of Georgia is not
			// Russia's or Moldova's
			return true
		}
	}
	return false
}

// GenericName reports a name made only of common English words, an organization head among them
// ("Foreign Ministry", "Congress", "Central Bank", "Supreme Court").
func GenericName(lx *lexicon.Lexicons, name string) bool {
	if i := strings.Index(name, " ("); i > 0 {
		return false // already qualified: "Foreign Ministry (China)"
	}
	if chamberName(name) {
		return true // "House of Commons": a chamber every state with one names so (actor_chambers.go)
	}
	words := strings.Fields(strings.ToLower(name))
	if len(words) == 0 || len(words) > 4 && !portfolioBodyName(lx, words) {
		return false
	}
	head := false
	for _, w := range words {
		w = strings.TrimSuffix(w, "'s")
		if _, ok := lx.OrgWords[w]; ok {
			head = true
			continue
		}
		if w == "of" || w == "the" || w == "for" || w == "and" {
			continue
		}
		if !lx.Common[w] && !lx.PortfolioArea[w] || lx.ByCode != nil && isPlaceWord(lx, w) {
			return false
		}
	}
	return head
}

// portfolioBodyName reports the name of a ministry-like body by its portfolio alone, in either
// order of the English compound and its of-paraphrase (Quirk et al. 1985, 17.38): a body head
// (data/wordclasses/bodyheads.txt) with "of"/"for" and then only portfolio words ("Ministry of
// Energy and Mines", "Ministry of Industry and Trade"), or portfolio words before the head
// ("Trade and Industry Ministry"). The portfolio words are the class of cabinet portfolios of the
// CIA World Factbook's "Chiefs of State and Cabinet Members of Foreign Governments"
// (data/lexicons/portfolios.txt, use "area"): every state has such a ministry, so the name, of
// any length, says nothing about which state's it is.
func portfolioBodyName(lx *lexicon.Lexicons, words []string) bool {
	rest := words
	switch {
	case len(words) >= 3 && BodyHeads.Has(words[0]) && (words[1] == "of" || words[1] == "for"):
		rest = words[2:]
	case len(words) >= 2 && BodyHeads.Has(words[len(words)-1]):
		rest = words[:len(words)-1]
	default:
		return false
	}
	area := false
	for i, w := range rest {
		switch {
		case lx.PortfolioArea[w]:
			area = true
		case w == "and" && i > 0 && i < len(rest)-1, w == "the" && i == 0:
		default:
			return false
		}
	}
	return area
}

// isPlaceWord reports a word that is a demonym, country or capital ("american" in "American
// Chamber of Commerce"): the name then carries its country.
func isPlaceWord(lx *lexicon.Lexicons, w string) bool { return lx.PlaceWord(w) }

// Sector is the CAMEO sector code of a name's head noun from the Phoenix agents ("Parliament
// (Serbia)" → LEG, "Supreme Court" → JUD), or def. A state body whose head the agents do not
// list and whose name opens with a legislature's agent phrase is of the legislative sector: a
// chamber's committee is named with its chamber first ("House of Commons Foreign Affairs
// Committee", "Senate Foreign Relations Committee"; Phoenix.agents.txt HOUSE_OF_COMMONS, SENATE
// [~LEG]) and is an organ of that legislature (Erskine May, ch. 38: select committees are
// appointed by the House).
func Sector(phx *lexicon.Actors, name, def string) string {
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i]
	}
	words := strings.Fields(strings.ToLower(name))
	if phx == nil || len(words) == 0 {
		return def
	}
	for k := 0; k < len(words) && k < 3; k++ {
		if a, ok := phx.Agent(strings.Join(words[k:], " ")); ok {
			return lexicon.SectorOf(a.Code)
		}
	}
	// the head noun comes before its of-complement (Quirk et al. 17.37): "Constitutional Court of
	// Georgia", "Supreme Court of the United States" (COURT [~JUD]), "University of Nairobi"
	// (UNIVERSITY [~EDU]); the whole name was tried first ("Court of Auditors" [~GOV])
	if i := slices.Index(words, "of"); i > 0 {
		for k := 0; k < i && k < 3; k++ {
			if a, ok := phx.Agent(strings.Join(words[k:i], " ")); ok {
				return lexicon.SectorOf(a.Code)
			}
		}
	}
	if def == "GOV" {
		for k := min(len(words)-1, 4); k >= 1; k-- {
			if a, ok := phx.Agent(strings.Join(words[:k], " ")); ok {
				if lexicon.SectorOf(a.Code) == "LEG" {
					return "LEG"
				}
				break
			}
		}
	}
	return def
}

// DictCode is a dictionary actor's code on the article's date; for an undated article only a code
// that does not depend on the date (the default, or the one code all its dated entries share).
func DictCode(a *lexicon.Actor, date string) string {
	if date != "" || a.Code != "" {
		return a.CodeAt(date)
	}
	code := ""
	for _, r := range a.Dated {
		if code != "" && r.Code != code {
			return ""
		}
		code = r.Code
	}
	return code
}

// SectorOnly reports a code that starts with a sector, not a country or a transnational prefix
// ("MED", "GOVMED"): a dictionary entry that leaves the country to the context.
func SectorOnly(code string) bool {
	if len(code) < 3 {
		return false
	}
	for _, s := range []string{"GOV", "MIL", "LEG", "JUD", "COP", "SPY", "MED", "BUS", "OPP", "REB", "PTY", "CVL", "EDU", "LAB", "AGR", "HLH", "REL", "ELI", "NGO"} {
		if code[:3] == s && s != "NGO" {
			return true
		}
	}
	return false
}

// WithoutOwnCountry is a body's name without the of-phrase naming its own state at its end
// ("Ministry of Foreign Affairs of Indonesia", "… of the Republic of Ghana" → "Ministry of
// Foreign Affairs"), so that its portfolio reads as the bare body's does; name unchanged when it
// ends otherwise.
func WithoutOwnCountry(name string, c *lexicon.Country) string {
	if c == nil {
		return name
	}
	low := strings.ToLower(name)
	cn := strings.ToLower(c.Name)
	for _, tail := range []string{" of " + cn, " of the " + cn} {
		if strings.HasSuffix(low, tail) {
			base := name[:len(name)-len(tail)]
			for _, state := range []string{" of the Republic", " of the Kingdom", " of the State", " of the Federal Republic"} {
				base = strings.TrimSuffix(base, state)
			}
			return base
		}
	}
	for _, state := range []string{" of the republic of ", " of the kingdom of ", " of the state of ", " of the federal republic of "} {
		if strings.HasSuffix(low, state+cn) {
			return name[:len(name)-len(state+cn)]
		}
	}
	return name
}
