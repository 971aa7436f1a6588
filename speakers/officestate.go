package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// The state a person's written title carries (officeStateMarks).
const (
	ownState   = 1 // the publisher's state ("Australian Prime Minister X", "the Prime Minister of Canada, X")
	otherState = 2 // any other state, named by a country or demonym of the lexicon or by a name it does not know
)

// officeStatus are the modifiers of a title that say when or how its holder holds it (AP
// Stylebook, "titles"; Quirk et al. 1985, 7.36): "Acting Prime Minister X" marks no state.
var officeStatusWords = lexicon.WordClass("officestatus") // data/wordclasses/officestatus.txt

// nonCurrentWords are the temporal modifiers of a title (Quirk et al. 1985, 7.36): "Former".
var nonCurrentWords = lexicon.WordClass("noncurrent") // data/wordclasses/noncurrent.txt

// officeStateMarks gives each person the document titles with the office key, in a title whose
// words name a state, that state's mark: ownState when it is c, otherState when it is another
// state. A state is named in a title by (Quirk et al. 1985, 17.38-17.41 on the of-phrase
// postmodifier and 17.97-17.101 on the proper-noun premodifier; 17.65 on apposition)
//   - an of-phrase after the office or after the person's name: "the Prime Minister of Varnholm,
//     Eskil Dranvik" (the title's "with the <office> of <state>, <Name>"), "Prime Minister Ivo
//     Zelenak of Kessary";
//   - a country or demonym premodifying the office: "New Zealand Prime Minister X", "Tolvanian
//     Prime Minister X".
//
// A capitalised word in those places that the countries lexicon does not know is a state still,
// and not c, which the lexicon knows (the outlet named it): the lexicon's gaps (an invented or a
// rarely written state) must not make the guest of a joint press conference of no state, and so
// the host. Function words of title case (data/wordclasses/titlelowercase.txt, Chicago 8.159),
// determiners, and the status and temporal modifiers of a title mark no state; a deputy word
// before the office ("Deputy Prime Minister") makes it another office, not this one. Persons the
// document never so titles are absent from the map.
func officeStateMarks(d *doc.Doc, c *lexicon.Country, key string) map[*doc.Entity]int {
	kw := strings.Fields(key)
	marks := map[*doc.Entity]int{}
	for si, st := range d.Sents {
		toks := st.Toks
		for i := 0; i+len(kw) <= len(toks); i++ {
			if !officeAt(toks, i, kw) || i > 0 && deputyWords.Has(toks[i-1].Lower) {
				continue
			}
			j := i + len(kw)
			mark := max(premodifierState(d.Lx, c, toks, i), ofPhraseState(d.Lx, c, toks, j))
			p, pe := officeTitledPerson(d, si, i, j)
			if p == nil {
				continue
			}
			mark = max(mark, ofPhraseState(d.Lx, c, toks, pe))
			if mark > marks[p] {
				marks[p] = mark
			}
		}
	}
	for p, m := range marks {
		if m == 0 {
			delete(marks, p)
		}
	}
	return marks
}

// officeAt reports the office words kw at token i of toks.
func officeAt(toks []text.Token, i int, kw []string) bool {
	for k, w := range kw {
		if toks[i+k].Lower != w {
			return false
		}
	}
	return true
}

// officeTitledPerson is the person whose title is the office at [i, j) of sentence si and the end of
// the person's mention: the mention holding the office ("Prime Minister Ivo Zelenak"), the one
// straight after it, or the appositive one after the office and its of-phrase and a comma ("the
// Prime Minister of Varnholm, Eskil Dranvik"; Quirk et al. 1985, 17.65). Nil, 0 otherwise.
func officeTitledPerson(d *doc.Doc, si, i, j int) (*doc.Entity, int) {
	toks := d.Sents[si].Toks
	app := j
	if app < len(toks) && toks[app].Lower == "of" {
		for app++; app < len(toks) && (toks[app].Cap || actors.TitleLowercase.Has(toks[app].Lower)); app++ {
		}
	}
	if si >= len(d.BySent) {
		return nil, 0
	}
	for _, mi := range d.BySent[si] {
		m := d.Mentions[mi]
		if m.Ent == nil {
			continue
		}
		p := m.Ent.Final()
		if p.Kind != graph.Person {
			continue
		}
		in := m.Ts <= i && j <= m.Te
		after := m.Ts == j
		appos := app < len(toks) && toks[app].Text == "," && m.Ts == app+1
		if in || after || appos {
			return p, m.Te
		}
	}
	return nil, 0
}

// premodifierState is the mark of the capitalised words before the office at i: a country or
// demonym of the lexicon ("New Zealand", "Australian"), or capitalised words it does not know
// (another state); 0 when there are none, or when they are function words of title case,
// determiners or a title's status or temporal modifiers.
func premodifierState(lx *lexicon.Lexicons, c *lexicon.Country, toks []text.Token, i int) int {
	s := i
	for s > 0 && toks[s-1].Cap && !toks[s-1].AllCaps && !markless(toks[s-1].Lower) {
		s--
	}
	if s == i {
		return 0
	}
	if es, n := lx.Names.LongestTokens(toks[s:i]); n == i-s {
		if cc := entryCountry(es); cc != nil {
			return stateMark(cc, c)
		}
	}
	if s == 0 {
		return 0 // a sentence's first word is capitalised whatever it is
	}
	return otherState
}

// ofPhraseState is the mark of an of-phrase at token j ("of Kessary", "of the Republic of
// Kenya"): the lexicon's country, or another state for capitalised words it does not know; 0
// when no capitalised of-phrase stands at j.
func ofPhraseState(lx *lexicon.Lexicons, c *lexicon.Country, toks []text.Token, j int) int {
	if j >= len(toks) || toks[j].Lower != "of" {
		return 0
	}
	k := j + 1
	if k < len(toks) && toks[k].Lower == "the" {
		k++
	}
	if k >= len(toks) || !toks[k].Cap {
		return 0
	}
	for _, a := range []int{j + 1, k} {
		if es, n := lx.Names.LongestTokens(toks[a:]); n > 0 {
			if cc := entryCountry(es); cc != nil {
				return stateMark(cc, c)
			}
		}
	}
	return otherState
}

// markless: words before a title that name no state (title-case function words, determiners,
// status and temporal modifiers).
func markless(w string) bool {
	return actors.TitleLowercase.Has(w) || actors.Determiners.Has(w) || officeStatusWords.Has(w) || nonCurrentWords.Has(w)
}

// entryCountry is the country of a country or demonym entry among es, or nil.
func entryCountry(es []lexicon.Entry) *lexicon.Country {
	for _, e := range es {
		if (e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryDemonym) && e.Country != nil {
			return e.Country
		}
	}
	return nil
}

func stateMark(cc, c *lexicon.Country) int {
	if cc == c {
		return ownState
	}
	return otherState
}
