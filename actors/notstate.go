package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// compassPlaceBefore reports a country's name at [ts, …) opened by a capitalized compass word
// written against it ("South Georgia", "South America", "Central America", "Latin America",
// "West Virginia") that does not itself begin a country of countries.txt (the lexicon's longest
// match has already taken "South Korea", "North Macedonia", "East Timor"): the compass word and
// the name form one proper name of another place — an island, continent, region or federated
// state (GeoNames lists South Georgia, South America and Central America as places of their own;
// CMOS 17th ed. 8.46, compass points capitalized as part of a region's name). The compass word's
// pending single-name mention, if any, is dropped with it.
func compassPlaceBefore(d *doc.Doc, st *doc.Sent, ts int) bool {
	if ts == 0 {
		return false
	}
	p := st.Toks[ts-1]
	if p.Kind != text.Word || !p.Cap || p.AllCaps && len(p.Text) > 1 && !st.Toks[ts].AllCaps || !compassWord(p.Lower) && p.Lower != "latin" {
		return false
	}
	if m := MentionAt(d, st, ts-1); m != nil {
		e := m.Ent.Final()
		if e.Kind != "" || !e.Pending {
			return false
		}
		e.Dropped, e.Pending = true, false
		Unmention(st, m)
	}
	return true
}

// currencyNouns are the unit nouns of ISO 4217 currency names ("US dollar", "Hong Kong dollar",
// "Japanese yen", "Nigerian naira", "South African rand") that news writes after the issuer's
// name: the issuer names the currency then, not the state acting.
var currencyNouns = lexicon.WordClass("currencynouns") // data/wordclasses/currencynouns.txt

// currencyAfter reports a currency unit noun (currencyNouns) right after a country's name ending
// at te: "3 million US dollars", "the Zimbabwe dollar". Units that are also verb forms after a
// subject are left out ("the US won the vote", "Russia pounds Kharkiv"), and "real" ("a US real
// estate fund"); those currencies are written with the demonym ("British pounds", "the Brazilian
// real") anyway.
func currencyAfter(st *doc.Sent, te int) bool {
	return te < len(st.Toks) && currencyNouns.Has(st.Toks[te].Lower) && !st.Toks[te].Cap
}

// committeeHead reports a chunk [ts, te) whose head before its first "of"/"on" is a committee
// noun ("Committee on Power", "Standing Committee", "Subcommittee on the Western Hemisphere").
func committeeHead(st *doc.Sent, ts, te int) bool {
	h := te - 1
	for k := ts + 1; k < te; k++ {
		if w := st.Toks[k].Lower; w == "of" || w == "on" || w == "for" {
			h = k - 1
			break
		}
	}
	w := st.Toks[h].Lower
	return w == "committee" || w == "subcommittee" || w == "commission"
}

// bodyPartChunk records the body named by chunk u after the state body whose name is unit chamber
// ("Senate" + "Committee on Power"): one GOVERNMENT named with the chamber's words as written
// ("Senate Committee on Power"), its country the chamber's, its short form the chunk alone
// ("Committee on Power"), PART_OF the chamber (rule part-of:body-modifier). The chunk keeps the
// mention; the chamber keeps its own.
func bodyPartChunk(d *doc.Doc, st *doc.Sent, chamber, u unit, parent *doc.Entity) *doc.Entity {
	cs := chamber.ts
	if st.Toks[cs].Lower == "the" && cs+1 < chamber.te {
		cs++
	}
	short := d.SpanText(st, u.ts, u.te)
	name := d.SpanText(st, cs, u.te)
	if ordinalMeeting(st, u.ts, u.te) || abstractUse(d, st, u.ts, u.te) {
		return nil
	}
	e := Entity(d, "org:"+graph.NormalizeName(name), graph.Government, name, "org:head-word")
	if parent.Country != nil && e.Country == nil {
		e.Country, e.Code = parent.Country, parent.Country.Code
	}
	e.AddAlias(short)
	AddMention(d, st, u.ts, u.te, e, "org:head-word")
	structural(d, st, u.ts, e, parent, "part-of:body-modifier")
	return e
}

// headOfNamedOrg is the organization named before unit u in the article whose name ends in u's
// one word, when u is a dictionary state body written bare ("Congress", "Senate": orgwords.txt
// "alone") and the organization is no state body: "the Nigeria Labour Congress (NLC) … The
// Congress also condemns …". A definite noun phrase repeating the head of a name used before
// refers back to it (Quirk et al. 1985, 5.28-5.33, anaphoric the), before it can be read as the
// country's legislature. Only with "the": US news writes the US Congress bare ("Congress passed
// the bill"; AP Stylebook, "Congress"), which an "African National Congress" named before in the
// story must not take. nil otherwise, and when two such organizations were named.
func headOfNamedOrg(d *doc.Doc, st *doc.Sent, u unit) *doc.Entity {
	ts := u.ts
	if st.Toks[ts].Lower == "the" {
		ts++
	}
	if ts == 0 || st.Toks[ts-1].Lower != "the" || u.te-ts != 1 || u.e.Actor == nil || u.e.Actor.Kind != graph.Government || !d.Lx.OrgAlone[st.Toks[ts].Lower] {
		return nil
	}
	w := " " + st.Toks[ts].Lower
	var found *doc.Entity
	for _, m := range d.Mentions {
		if m.Sent > st.Idx || m.Sent == st.Idx && m.Ts >= u.ts {
			break
		}
		e := m.Ent.Final()
		if e.Kind != graph.Organization || e.Dropped || !strings.HasSuffix(strings.ToLower(e.Name), w) {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// describedOrgCountries gives an organization named without a country the country of a demonym
// opening the description written right before its name in close apposition ("the French
// farmers' union FNSEA", "the Kenyan rights group KHRC"): the description's head is an
// organization noun (orgnouns.txt) and every word between the demonym and the name is a
// lower-case word or a possessive mark (the demonym may open a group's mention, "French
// farmers", that the description holds). A close appositive identifies the name's referent by the
// description (Quirk et al. 1985, 17.65, 17.74), and the demonym classifies it by nation.
func describedOrgCountries(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		e := m.Ent.Final()
		if e.Kind != graph.Organization || e.Country != nil || m.Ts < 2 {
			continue
		}
		h := m.Ts - 1
		if toks[h].Kind != text.Word || toks[h].Cap || d.Lx.OrgNouns[toks[h].Lower] == nil {
			continue
		}
		k := h - 1
		for k >= 0 && h-k <= 4 && (toks[k].Kind == text.Word && !toks[k].Cap || toks[k].Lower == "'s" || toks[k].Text == "'" || toks[k].Text == "\u2019") {
			k--
		}
		if k < 0 {
			continue
		}
		ents, end := d.MatchNames(st, k)
		if end != k+1 || len(ents) == 0 || ents[0].Kind != lexicon.EntryDemonym || ents[0].Country == nil {
			continue
		}
		e.Country, e.Code = ents[0].Country, ents[0].Country.Code
	}
}
