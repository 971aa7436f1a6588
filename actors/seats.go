package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// A capital that stands for the international body seated in it. A capital used as an actor
// stands for the government seated there ("Beijing retaliated", rule metonymy:capital: the
// place for the institution, Lakoff and Johnson 1980, ch. 8). A city that is also the seat of
// an international organization's institutions may stand for that organization instead: news
// English uses "Brussels" for the European Union as well as for Belgium ("the term 'Brussels' is
// widely employed (usually pejoratively) as a shorthand term for the European Union", Politico
// Europe, "Capital gains and losses for Brussels"; Große Hüttmann and Wehling, Das Europalexikon,
// 3rd ed. 2020, "Brüssel": "Der Ortsname steht dabei oft für die EU"). Which one a text means it
// tells by what it is about: a capital is the seated organization's when the article names that
// organization (or one of its institutions seated there) and never names the host state
// otherwise, by its name, a short form or a demonym ("Zelensky urged Brussels to act" in a story
// about the European Commission, which never names Belgium). Otherwise it stays the host state's.
//
// seatOrgs lists the seats, from the organizations' own instruments:
//
//   - Brussels: the European Union. Protocol (No 6) on the location of the seats of the
//     institutions, annexed to the Treaty on European Union and the TFEU: the Council and the
//     Commission have their seat in Brussels (points (b), (c)); the European Council meets there
//     (Declaration 22 annexed to the Treaty of Nice). The institutions that count as naming the
//     organization are those seated in Brussels and the Union itself, with its former name.
//
// Capitals that seat other bodies (Washington: the IMF and World Bank; Vienna: the IAEA and
// OPEC; Addis Ababa: the African Union) are left out: in news English they stand for their
// states, and an article about such a body may still mean the state (a GERD story that names the
// African Union uses "Addis Ababa" for Ethiopia). Geneva and New York are no capitals and never
// resolve to a state in the first place.
var seatOrgs = map[string]seatOrg{
	"brussels": {org: "European Union", organs: []string{"European Union", "European Commission", "European Community"}},
}

// seatOrg is one seat: the organization (a name of actors.txt) and the names of it and its
// institutions seated there (actors.txt names) whose presence in the article makes the capital
// stand for it.
type seatOrg struct {
	org    string
	organs []string
}

// seatActor is the known organization the capital written as capital (e.g. "Brussels") stands for
// in this article (see above), or nil when it stands for its state c.
func seatActor(d *doc.Doc, capital string, c *lexicon.Country) *lexicon.KnownActor {
	so, ok := seatOrgs[strings.ToLower(capital)]
	if !ok || c == nil {
		return nil
	}
	org := KnownByName(d, so.org)
	if org == nil {
		return nil
	}
	organs := map[*lexicon.KnownActor]bool{}
	for _, n := range so.organs {
		if a := KnownByName(d, n); a != nil {
			organs[a] = true
		}
	}
	named, host := false, false
	d.EachCapitalMatch(func(st *doc.Sent, i int, ents []lexicon.Entry) bool {
		for _, e := range ents {
			switch {
			case e.Kind == lexicon.EntryActor && organs[e.Actor] && (!e.Caps || st.Toks[i].AllCaps || st.Toks[i].Lower == "the"):
				named = true
			case (e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryDemonym) && e.Country == c:
				host = true
			}
		}
		return true
	})
	if !named || host {
		return nil
	}
	return org
}

// seatNounAt is the first token of a seat noun ending tokens [ts, te) of st ("Head Office",
// "Headquarters", "HQ"), or -1 when there is none.
func seatNounAt(st *doc.Sent, ts, te int) int {
	toks := st.Toks
	if te-ts >= 3 && toks[te-2].Lower == "head" && toks[te-1].Lower == "office" {
		return te - 2
	}
	if te-ts >= 2 && (toks[te-1].Lower == "headquarters" || toks[te-1].Lower == "hq") {
		return te - 1
	}
	return -1
}

// seatOwner records the organization named by tokens [ts, h) before a seat noun and returns it:
// a name with an organization word is read as orgChunk reads one, an acronym or a known name as
// nameChunk does. ok is false when the words are neither (the whole phrase is then read as any
// name: "Defence Headquarters" is the name of a body, "Defence" alone names none).
func seatOwner(d *doc.Doc, st *doc.Sent, ts, h int, c *lexicon.Country, possessor *doc.Entity) (e *doc.Entity, ok bool) {
	if h <= ts {
		return nil, false
	}
	var kind graph.Kind
	for k := ts; k < h; k++ {
		if ok, found := d.Lx.OrgWords[strings.TrimSuffix(st.Toks[k].Lower, ".")]; found {
			kind = strongerKind(kind, ok)
		}
	}
	if kind != "" {
		return orgChunk(d, st, ts, h, kind, c, possessor), true
	}
	if !(h-ts == 1 && st.Toks[ts].AllCaps) && KnownByName(d, d.SpanText(st, ts, h)) == nil {
		return nil, false
	}
	nameChunk(d, st, ts, h)
	if m := MentionAt(d, st, ts); m != nil {
		return m.Ent, true
	}
	return nil, true
}
