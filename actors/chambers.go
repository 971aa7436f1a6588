package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// houseChambers are the words after "House of" (or "House of the") in the English names of
// legislative chambers, from the chamber names of the IPU Parline database (Inter-Parliamentary
// Union, data.ipu.org, "Parliament: chambers"): House of Commons (United Kingdom, Canada), Lords
// (United Kingdom), Representatives (United States, Australia, Japan, Nigeria, New Zealand, the
// Philippines, Colombia, Morocco …), Councillors (Japan, Morocco), Assembly (the Bahamas, Barbados,
// Eswatini, Dominica), Delegates (Palau), Keys (Isle of Man), People / Peoples (India's Lok Sabha,
// Somalia, Afghanistan; Bosnia and Herzegovina), Peoples' Representatives and Federation
// (Ethiopia), Elders (Afghanistan), Nationalities (Myanmar), Chiefs (Botswana), Deputies and
// Senators (historic chambers, Bahrain's and Palau's). "Councilors" is the US spelling.
var houseChambers = lexicon.WordClass("housechambers") // data/wordclasses/housechambers.txt

// houseOfChamber reads a chamber's name from the "of" at j after a chunk ending in a capitalized
// "House" (units[last], ending at j): "House of Commons", "House of the People", "House of
// Peoples' Representatives". It returns the end of the chamber's name, or j when "of" does not
// open one (the next capitalized word is no chamber word: "House of Fraser").
func houseOfChamber(st *doc.Sent, units []unit, j int) int {
	toks := st.Toks
	last := len(units) - 1
	if last < 0 || units[last].kind != uChunk || units[last].te != j || j == 0 || toks[j].Lower != "of" {
		return j
	}
	if h := toks[j-1]; h.Lower != "house" || !h.Cap {
		return j
	}
	k := j + 1
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].Cap || !houseChambers.Has(toks[k].Lower) || st.Ment[k] >= 0 {
		return j
	}
	k++
	if k+1 < len(toks) && (toks[k].Lower == "'" || toks[k].Lower == "'s") && toks[k+1].Lower == "representatives" && toks[k+1].Cap {
		k += 2 // "House of Peoples' Representatives" (Ethiopia)
	}
	return k
}

// bodyRunAfter reports a capitalized run from token k (with inner of, on, for, and, the, & before
// a capitalized word) that holds an organization word of orgwords.txt: the chamber's name is then
// the classifying premodifier of a body of its own ("House of Commons Standing Committee on …",
// "House of Lords Select Committee"; Quirk et al. 1985, 17.104). A run without one is a title or
// a person's name after the chamber ("Leader of the House of Commons Lucy Powell", "House of
// Commons Speaker Lindsay Hoyle"), which ends the chamber's name.
func bodyRunAfter(lx *lexicon.Lexicons, st *doc.Sent, k int) bool {
	toks := st.Toks
	for n := 0; k < len(toks) && n < 10; k, n = k+1, n+1 {
		t := toks[k]
		if t.Kind == text.Word && t.Cap && st.Ment[k] < 0 {
			if _, ok := lx.OrgWords[strings.TrimSuffix(t.Lower, ".")]; ok {
				return true
			}
			continue
		}
		switch t.Lower {
		case "of", "on", "for", "and", "the", "&":
			if k+1 < len(toks) && toks[k+1].Cap {
				continue
			}
		}
		break
	}
	return false
}

// chamberName reports a name that is a chamber's alone: "House of" (or "House of the") and one
// chamber word of houseChambers ("House of Commons", "House of the People"). Every state with
// such a chamber names it so; without its country the name is no one body (genericBody).
func chamberName(name string) bool {
	w := strings.Fields(strings.ToLower(name))
	if len(w) == 4 && w[2] == "the" {
		w = []string{w[0], w[1], w[3]}
	}
	return len(w) == 3 && w[0] == "house" && w[1] == "of" && houseChambers.Has(w[2])
}

// chamberStates are, for a chamber word, the states whose parliament has a chamber of that
// English name (IPU Parline, "Parliament: chambers"): the House of Commons of the United Kingdom
// and of Canada, the House of Lords of the United Kingdom. Chambers whose name many states share
// ("House of Representatives", "House of Assembly") are left out: their name says too little.
var chamberStates = map[string][]string{"commons": {"GBR", "CAN"}, "lords": {"GBR"}}

// ChamberCountries gives a body without a country whose name opens with such a chamber's name
// ("House of Commons", "House of Commons Standing Committee on Foreign Affairs …") the one state
// among the chamber's states that the article names, when it names exactly one of them: a
// Canadian committee's hearing that names Canada and never the United Kingdom is the Canadian
// House's. A bare chamber takes its state in its name ("House of Commons (Canada)"), as other
// generic bodies do. Called from assignCodes before the hearing's and the members' countries.
func ChamberCountries(d *doc.Doc, ents []*doc.Entity) {
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government && e.Kind != graph.Organization || e.Final() != e {
			continue
		}
		w := strings.Fields(strings.ToLower(e.Name))
		if len(w) < 3 || w[0] != "house" || w[1] != "of" {
			continue
		}
		var c *lexicon.Country
		n := 0
		for _, code := range chamberStates[w[2]] {
			if NamesCountry(d, code) {
				c, n = d.Lx.ByCode[code], n+1
			}
		}
		if n != 1 || c == nil {
			continue
		}
		if chamberName(e.Name) {
			e.AddAlias(e.Name)
			e.Name += " (" + c.Name + ")"
		}
		e.Country = c
	}
}

// capAfterOf returns the index of the capitalized word after "of" or "of the" at token k, the
// head of an of-phrase postmodifying a name ("Heads of Government of the Caribbean Community",
// "the House of Saud"; Quirk et al. 1985, 17.37-17.40), or -1.
func capAfterOf(toks []text.Token, k int) int {
	if k >= len(toks) || toks[k].Lower != "of" {
		return -1
	}
	k++
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].Cap {
		return -1
	}
	return k
}

// OfNameHead reports a one-word entity every mention of which is followed by "of" (or "of the")
// and a capitalized word: the head of a name postmodified by an of-phrase that the name rules did
// not join ("the House of Fraser", "the House of Saud": Quirk et al. 1985, 17.37-17.40), no short
// form of another body opening with the same word ("House" of the House of Lords; coref.go).
func OfNameHead(d *doc.Doc, e *doc.Entity) bool {
	n := 0
	for _, m := range d.Mentions {
		if m.Ent != e {
			continue
		}
		if capAfterOf(d.Sents[m.Sent].Toks, m.Te) < 0 {
			return false
		}
		n++
	}
	return n > 0
}
