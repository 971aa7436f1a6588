package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// commonPluralName reports a person-typed name made only of common English words
// (data/lexicons/commonwords.txt, SCOWL) whose last word is the plural of a common noun or a
// cardinal number word: "Foreign Ministers", "Political Affairs", "Social Democrats", "Number
// One". Such a run is a common noun phrase set in capitals (a heading, a portfolio, a group, a
// designation), no personal name: a name is a proper noun (UD guidelines, PROPN: "a noun (or
// word of another class) that is the name of a specific individual"), and a plural head refers
// to a set (Quirk et al. 1985, 5.40-5.45); CoNLL-2003 and OntoNotes 5.0 PERSON take people's
// names only. Names whose first word opens a Phoenix PERSON name ("Tiger Woods", "Bill Gates")
// are left.
func commonPluralName(lx *lexicon.Lexicons, phx *lexicon.Actors, name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 || givenNameFirst(phx, name) {
		return false
	}
	for _, w := range f {
		if !lx.Common[w] {
			return false
		}
	}
	w := f[len(f)-1]
	if CardinalWords.Has(w) {
		return len(f) > 1
	}
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		(lx.Common[strings.TrimSuffix(w, "s")] || strings.HasSuffix(w, "es") && lx.Common[strings.TrimSuffix(w, "es")])
}

// actNouns are the nouns whose most frequent sense names an act or event (WordNet 3.0
// lexicographer files noun.act and noun.event; data/wordclasses/actnouns.txt).
var actNouns = lexicon.WordClass("actnouns")

// commonActName reports a person-typed name of two or more words, all common English words
// (data/lexicons/commonwords.txt, SCOWL), whose last word is an act noun (actnouns.txt: first
// WordNet sense in noun.act or noun.event): "Official Development Assistance", "Humanitarian
// Relief", "Budget Support". The head of an English nominal is its last noun (Quirk et al. 1985,
// 17.104-17.110), and such a head names an act — aid given, a programme carried out — not a
// person; the capitals are those of a programme's or budget line's name. UD PROPN and OntoNotes
// 5.0 PERSON take people's names only. A first word that opens a Phoenix PERSON name is left.
func commonActName(lx *lexicon.Lexicons, phx *lexicon.Actors, name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 || givenNameFirst(phx, name) || !actNouns.Has(f[len(f)-1]) {
		return false
	}
	for _, w := range f {
		if !lx.Common[w] {
			return false
		}
	}
	return true
}

// headlineOnly reports mentions all in headline sentences, where every word is capitalized.
func headlineOnly(d *doc.Doc, ms []*doc.Mention) bool {
	for _, m := range ms {
		if !d.Sents[m.Sent].Headline {
			return false
		}
	}
	return len(ms) > 0
}

// attributiveAdjective reports a weak organization (a single unknown capitalized word) that is a
// proper adjective — a nationality or region adjective (countries.txt demonyms,
// regionadjectives.txt) or a compass adjective (compassadjectives.txt) — written before a
// lower-case word in every mention: "new European sanctions", "a joint Western embargo". An
// adjective premodifying a noun (Quirk et al. 1985, 7.24-7.26, attributive position) names no
// organization; OntoNotes 5.0 files such words as NORP, never ORG.
func attributiveAdjective(d *doc.Doc, e *doc.Entity, ms []*doc.Mention) bool {
	w := strings.ToLower(e.Name)
	if strings.Contains(w, " ") || !isDemonymWord(d.Lx, w) && !compassAdjectives.Has(w) {
		return false
	}
	return allMentions(d, ms, func(st *doc.Sent, ts, te int) bool {
		return te == ts+1 && te < len(st.Toks) && st.Toks[te].Kind == text.Word && !st.Toks[te].Cap
	})
}

// surnameOfOnePerson is the one person of the article whose name's last word is the weak
// organization's single word ("Biden also believes …" after "President Biden", a person named
// "Biden" until the dictionary gives his full name), or nil when no
// person or several bear it. A news story names a person by surname alone on second reference
// (AP Stylebook, "names": "use only last names on second reference"); CoNLL-2003 and OntoNotes
// 5.0 tag such a mention PERSON.
func surnameOfOnePerson(d *doc.Doc, e *doc.Entity) *doc.Entity {
	if strings.Contains(e.Name, " ") {
		return nil
	}
	var found *doc.Entity
	for _, p := range FinalActors(d) {
		if p.Kind != graph.Person || p == e {
			continue
		}
		f := strings.Fields(p.Name)
		if len(f) == 0 || f[len(f)-1] != e.Name {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}
