package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// BodyHeads are the heads that English puts either first with "of" ("Ministry of Commerce") or
// last ("Commerce Ministry") in the name of a ministry-like body; "Ministry of X" = "X Ministry"
// and "Department of X" = "X Department" (the two orders of the English compound noun and its
// of-paraphrase, Quirk et al., A Comprehensive Grammar, 17.38).
var BodyHeads = lexicon.WordClass("bodyheads") // data/wordclasses/bodyheads.txt

// CanonicalBody rewrites the name of a generic state body to one form: "X Ministry" for
// "Ministry of X"; "Foreign Ministry" for "Ministry of Foreign Affairs" (the usual English short
// name of a foreign ministry); a bare state head for a head doubled by "Ministry"/"Department"
// ("Treasury Department", "Department of the Treasury" → "Treasury"); and, with a country, the
// name followed by the country in parentheses ("Commerce Ministry of China" → "Commerce Ministry
// (China)"). It returns name unchanged when the name is not of this shape or names more than a
// generic body (words other than common English words and the heads).
func CanonicalBody(lx *lexicon.Lexicons, name string, c *lexicon.Country) string {
	base := name
	if i := strings.Index(base, " ("); i > 0 && strings.HasSuffix(base, ")") {
		base = base[:i]
	}
	base = ownCountryTail(base, c)
	words := strings.Fields(base)
	if len(words) == 0 || len(words) > 5 && !portfolioBodyName(lx, strings.Fields(strings.ToLower(base))) {
		return name
	}
	lw := strings.Fields(strings.ToLower(base))
	// "Ministry of X", "Department of the X" → "X Ministry", "X Department"; "Ministry for X"
	// (the official English form of several states: "Ministry for Foreign Affairs" of Finland,
	// Sweden and Iceland) is the same paraphrase with "for"
	if len(lw) >= 3 && BodyHeads.Has(lw[0]) && (lw[1] == "of" || lw[1] == "for") {
		rest := words[2:]
		if strings.EqualFold(rest[0], "the") {
			rest = rest[1:]
		}
		for _, w := range rest {
			lwr := strings.ToLower(w)
			if lwr == "of" || lwr == "for" {
				return name // "Ministry of Trade of …", a second "of": no simple portfolio
			}
		}
		if len(rest) == 0 {
			return name
		}
		words = append(append([]string{}, rest...), words[0])
		lw = strings.Fields(strings.ToLower(strings.Join(words, " ")))
	}
	if len(lw) == 3 && lw[0] == "foreign" && lw[1] == "affairs" && lw[2] == "ministry" {
		words = []string{words[0], words[2]}
		lw = []string{"foreign", "ministry"}
	}
	if len(lw) == 2 && BodyHeads.Has(lw[1]) && stateHeads.Has(lw[0]) && !BodyHeads.Has(lw[0]) {
		words = words[:1] // "Treasury Department" → "Treasury"
	}
	for _, w := range lw {
		if !lx.Common[w] && !lx.PortfolioArea[w] && !BodyHeads.Has(w) && !stateHeads.Has(w) && w != "and" {
			return name
		}
	}
	out := strings.Join(words, " ")
	if c != nil {
		out += " (" + c.Name + ")"
	}
	return out
}

// formalStates are the words a state's formal name puts before its short name ("the Republic of
// Moldova", "the Kingdom of Spain"; ISO 3166-1 / UNTERM full names): a ministry's own style often
// ends with them ("Ministry of Foreign Affairs of the Republic of Moldova";
// data/wordclasses/phrases/formalstates.txt).
var formalStates = lexicon.PhraseClass("formalstates")

// ownCountryTail is name without a final of-phrase naming c: its name, a short or formal form of
// countries.txt, or a formal state name around its name ("of the Republic of Moldova"); the
// longest form that ends the name is the one taken ("of the People's Republic of China", not
// "of China", which would leave "of the People's Republic"). name unchanged when none ends it or
// c is nil.
func ownCountryTail(name string, c *lexicon.Country) string {
	if c == nil {
		return name
	}
	forms := []string{}
	for _, cn := range append([]string{c.Name}, c.ShortForm...) {
		forms = append(forms, cn)
		for _, f := range formalStates.Words() {
			forms = append(forms, f+" "+cn, f+" the "+cn)
		}
	}
	low := strings.ToLower(name)
	best := 0
	for _, cn := range forms {
		for _, of := range []string{" of the ", " of "} {
			if t := strings.ToLower(of + cn); len(t) > best && strings.HasSuffix(low, t) {
				best = len(t)
			}
		}
	}
	return name[:len(name)-best]
}

// CanonicalBodies gives the article's generic state bodies their canonical names as identity
// (entity.idName, which node IDs follow; the name shown stays as first written) and merges the
// entities that then share one (the same body written two ways in one article). A known actor
// (lexicon, Phoenix) keeps its identity, unless it is a generic body named with its own state
// (KnownNationalBody: "Ministry of Commerce of the People's Republic of China", MOFCOM, is the
// "Commerce Ministry (China)" of every other article).
func CanonicalBodies(d *doc.Doc) {
	byName := map[string]*doc.Entity{}
	for _, e := range FinalActors(d) {
		if e.Kind != graph.Government || strings.HasPrefix(e.Rule, "lexicon:") && !KnownNationalBody(d.Lx, e) {
			continue
		}
		base := e.Name
		if i := strings.Index(base, " ("); i > 0 {
			base = base[:i]
		}
		if !GenericName(d.Lx, base) && CanonicalBody(d.Lx, e.Name, e.Country) == e.Name {
			continue
		}
		n := CanonicalBody(d.Lx, e.Name, e.Country)
		if n != e.Name {
			e.IdName = n
		}
		k := strings.ToLower(n)
		if o := byName[k]; o != nil && o != e && o.Country == e.Country && !e.OwnHolder && !o.OwnHolder {
			for _, a := range e.Aliases {
				o.AddAlias(a)
			}
			for _, r := range e.Roles {
				o.AddRole(r.Title, r.Org)
			}
			e.MergeInto(o)
			continue
		}
		byName[k] = e
	}
	// a bare body joins the one body of that canonical name with a country in the article ("the
	// Ministry of Commerce of Ghana … the Commerce Ministry said"): the definite description refers
	// to the body named in full (as coreference does for bodies named by a title). A bare body with
	// holders of its own is their body ("Foreign Ministry Spokesperson Lin Bo's Press Conference"
	// as a title, then "the Ghanaian Foreign Ministry announced …"): the title names the holder's
	// own ministry, whose country the holder's title leaves unsaid, and another body of the same
	// head named with a country elsewhere in the article is no evidence of it. Without a country
	// of its own it stays local (actor_codes.go) rather than merge with another country's.
	withC := map[string][]*doc.Entity{}
	for k, e := range byName {
		if e.Final() == e && e.Country != nil {
			if i := strings.Index(k, " ("); i > 0 {
				withC[k[:i]] = append(withC[k[:i]], e)
			}
		}
	}
	for k, e := range byName {
		if e.Final() != e || e.Country != nil || len(withC[k]) != 1 || hasMembers(d, e) && !holdersFormOnly(d, e, withC[k][0].Country) {
			continue
		}
		if LaterForeignBody(d, e, withC[k][0]) {
			continue
		}
		c := withC[k][0]
		for _, a := range e.Aliases {
			c.AddAlias(a)
		}
		for _, r := range e.Roles {
			c.AddRole(r.Title, r.Org)
		}
		e.MergeInto(c)
	}
}

// LaterForeignBody reports that bare body e is named before body c, and c's country is not the
// one the story is filed from (datelineCountry): the definite article of "the Commerce Ministry"
// refers back to a body already named (anaphoric reference, Quirk et al. 1985, 5.31) or to one
// the situation makes known (situational reference, 5.28-5.30: in a story filed from Nairobi,
// Kenya's), so another state's ministry named only after it ("The Commerce Ministry demanded
// …. Ugandan Commerce Minister X said …") is not its referent. Without a dateline, or filed from
// c's own country, the bare name may be the situation's body that c names later ("Treasury …"
// in a US Treasury official's testimony that later names "the Secretary of the Treasury").
func LaterForeignBody(d *doc.Doc, e, c *doc.Entity) bool {
	dc := DatelineCountry(d)
	return dc != nil && c.Country != dc && firstSent(d, e) < firstSent(d, c)
}

// firstSent is the index of the first sentence that names e (or an entity merged into it): a
// mention, or a holder's title that implies it ("Zambian Commerce Minister X" names the
// Zambian Commerce Ministry, as a MEMBER_OF relation of that sentence); len(d.sents) when none.
func firstSent(d *doc.Doc, e *doc.Entity) int {
	e = e.Final()
	first := len(d.Sents)
	for _, m := range MentionsOf(d, e) {
		if m.Sent < first {
			first = m.Sent
		}
	}
	for _, r := range d.Structure {
		if r.Typ == graph.MemberOf && r.Tgt != nil && r.Tgt.Final() == e && r.Sent < first {
			first = r.Sent
		}
	}
	return first
}

// holdersFormOnly reports that the titles of the holders of bare body e are, by their head nouns,
// a form the Phoenix dictionary records for country c's offices and for no other country the
// article names (lx.TitleForms, data/lexicons/phoenix/titleforms.txt, as titleFormDefault reads
// it): "Treasury Secretary X" in an article naming the U.S. Treasury Department and China is the
// US Treasury's, since the dictionary writes secretaries for the United States and only ministers
// for China. A named country whose forms the dictionary does not record, or that shares the head
// ("secretary" for Mexico too), leaves the holders' body on its own, as hasMembers does.
func holdersFormOnly(d *doc.Doc, e *doc.Entity, c *lexicon.Country) bool {
	heads := BodyTitleHeads(d, e)
	if c == nil || len(heads) == 0 {
		return false
	}
	for _, h := range heads {
		users := d.Lx.TitleForms[h]
		if !users[c.Code] {
			return false
		}
		for code, n := range CountryCounts(d) {
			if n > 0 && code != c.Code && (users[code] || !d.Lx.TitleFormCountries[code]) {
				return false
			}
		}
	}
	return true
}

// hasMembers reports a person MEMBER_OF e.
func hasMembers(d *doc.Doc, e *doc.Entity) bool {
	for _, r := range d.Structure {
		if r.Typ == graph.MemberOf && r.Src != nil && r.Tgt != nil && r.Tgt.Final() == e && r.Src.Final().Kind == graph.Person {
			return true
		}
	}
	return false
}

// KnownNationalBody reports a known state body of the actors lexicon (data/lexicons/actors.txt)
// whose name is a generic body's name followed by "of" and its own state ("Ministry of Commerce
// of the People's Republic of China", CHN): the same office as the generic body that any article
// names with that state ("China's Commerce Ministry", "the Chinese Ministry of Commerce"), so it
// takes that body's canonical identity rather than one of its own — the of-phrase naming the
// state and the possessive or demonym premodifier are two forms of one modification (Quirk et
// al. 1985, 17.38-17.44 on the of-phrase and the premodifier; AP Stylebook, a shortened form of
// a name on second reference). Two states' bodies never share an identity: the state is part of
// the canonical name ("Commerce Ministry (China)").
func KnownNationalBody(lx *lexicon.Lexicons, e *doc.Entity) bool {
	if e.Rule != "lexicon:actors" || e.Country == nil {
		return false
	}
	base := ownCountryTail(e.Name, e.Country)
	return base != e.Name && GenericName(lx, base)
}
