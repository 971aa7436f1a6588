package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// usPartyWords: "democrat", "democratic", "republican", "gop" (data/wordclasses/uspartywords.txt).
var usPartyWords = lexicon.WordClass("uspartywords")

// partyBaseVerbs are the one-word lemmas of WordNet 3.0's index.verb (data/wordclasses/baseverbs.txt):
// a word of the description between a party word and the name must be none of them.
var partyBaseVerbs = lexicon.WordClass("baseverbs")

// PartyPersons gives a person without a country the United States when the article describes
// him by one of its two national parties (usPartyWords: AP Stylebook, "party affiliation"):
//   - before the name, the party word premodifying a description or a title ("Republican
//     strategist X", "Democratic presidential nominee X", "GOP Sen. X", "Democrat X"): a
//     classifying premodification of the name (Quirk et al. 1985, 17.91), as "Saudi
//     businessman X" gives a nationality (AgentNounNationality);
//   - an appositive after the name ("X, a Republican strategist,", "X, a Connecticut Democrat,",
//     "X, the Democratic nominee,"): coreferential with the name (Quirk et al. 1985, 17.65);
//   - the party initial in parentheses after the name ("Gov. X (R)", AP Stylebook, "party
//     affiliation"; the party-and-state form "(R-Iowa)" is CongressMembers').
//
// A description's last word is a title of office (titles.txt, congressTitles) or a singular noun of
// persons (personNouns: WordNet 3.0, first sense in noun.person), its other words lower-case and no
// verb lemma, so "Republican lawmakers criticized X" says nothing of X. The party word must not
// end a longer capitalized name ("Christian Democratic", "Liberal Democrat", "French Republican"):
// before it stands a lower-case word, a sentence's first determiner, or a US state ("Ohio
// Republican"). The article must name the United States, and a person the Phoenix dictionary
// places in another country keeps none from this rule. Rule "country:us-party".
func PartyPersons(d *doc.Doc) {
	us := d.Lx.ByCode["USA"]
	if us == nil || !NamesCountry(d, us.Code) {
		return
	}
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Person || e.Country != nil || e.Dropped || m.Sent >= len(d.Sents) {
			continue
		}
		if d.Phx != nil {
			if a := d.Phx.Unique(e.Name, graph.Person); a != nil && a.Country != "" && a.Country != us.Code {
				continue
			}
		}
		st := d.Sents[m.Sent]
		if partyBefore(d, st, m) || partyAppositive(d, st, m.Te) || partyInitial(st, m.Te) {
			e.Country = us
		}
	}
}

// partyBefore reports a party word before the name of mention m that premodifies a description
// or title reaching the name (PartyPersons).
func partyBefore(d *doc.Doc, st *doc.Sent, m *doc.Mention) bool {
	toks := st.Toks
	for k := max(0, m.Ts-6); k < m.Te-1; k++ {
		if !toks[k].Cap || !usPartyWords.Has(toks[k].Lower) || !partyOpens(d, st, k) {
			continue
		}
		n, ok := descriptionEnd(d, st, k+1, m.Te)
		if n == k+1 && partyMembers.Has(toks[k].Lower) {
			ok = true // "Democrat X", "Republican X": the member's noun before the name
		}
		return ok && n >= m.Ts && n < m.Te && toks[n].Cap
	}
	return false
}

// partyOpens reports that the party word at k ends no longer capitalized name: the sentence opens
// with it or with a determiner or "former" before it, or a lower-case word, punctuation or a US
// state stands before it.
func partyOpens(d *doc.Doc, st *doc.Sent, k int) bool {
	toks := st.Toks
	if k == 0 {
		return true
	}
	p := toks[k-1]
	if p.Kind != text.Word || !p.Cap {
		return true
	}
	for s := max(0, k-3); s < k; s++ {
		if c, q := placeCountryAt(d, st, s); q == k && c == d.Lx.ByCode["USA"] && fullStateName(d.SpanText(st, s, k)) {
			return true // "Ohio Republican Gov. X", "a Connecticut Democrat"
		}
	}
	if k-1 > 0 && toks[k-2].Kind == text.Word {
		return false
	}
	return Determiners.Has(p.Lower) || p.Lower == "former"
}

// descriptionEnd reads from token q, before limit, a description ending in a title of office or
// a singular noun of persons: lower-case words that are no verb lemma, cue word or determiner,
// and titles (titleAt). It returns the token after the description and whether it ended so;
// an empty description returns q, false.
func descriptionEnd(d *doc.Doc, st *doc.Sent, q, limit int) (int, bool) {
	toks := st.Toks
	ok := false
	for words := 0; q < limit && words < 5; words++ {
		if k := titleAt(d, st, q); k > q {
			q, ok = k, true
			continue
		}
		t := toks[q]
		if t.Kind != text.Word || t.Cap || isCueWord(d.Lx, t.Lower) || d.Lx.BeForms[t.Lower] || Determiners.Has(t.Lower) || partyBaseVerbs.Has(t.Lower) {
			break
		}
		ok = singularPersonNoun(t.Lower)
		q++
	}
	return q, ok
}

// singularPersonNoun reports a lower-case word whose regular plural (CGEL ch. 18: -es after s, x,
// z, ch, sh; consonant + y -> -ies; -man -> -men; else -s) is a noun of persons (personNouns); a
// hyphenated word is read by its last part ("front-runner").
func singularPersonNoun(w string) bool {
	if i := strings.LastIndex(w, "-"); i >= 0 {
		w = w[i+1:]
	}
	if len(w) < 3 {
		return false
	}
	var pl string
	switch {
	case strings.HasSuffix(w, "man"):
		pl = strings.TrimSuffix(w, "man") + "men"
	case strings.HasSuffix(w, "y") && !strings.ContainsAny(w[len(w)-2:len(w)-1], "aeiou"):
		pl = strings.TrimSuffix(w, "y") + "ies"
	case strings.HasSuffix(w, "s") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh"):
		pl = w + "es"
	default:
		pl = w + "s"
	}
	return personNouns.Has(pl)
}

// partyAppositive reports an appositive after the name ending at token te that a party word opens
// or that a US state and a party member's noun make ("X, a Republican strategist,", "X, the
// Democratic nominee,", "X, a Connecticut Democrat,", "X, a Republican,"), closed by punctuation,
// a relative or a preposition (PartyPersons).
func partyAppositive(d *doc.Doc, st *doc.Sent, te int) bool {
	toks := st.Toks
	k := appositiveModifiersEnd(d, st, te, usPartyWords.Has) // "a longtime Republican donor", "the presumptive Democratic nominee"
	if k < 0 {
		return false
	}
	if c, q := placeCountryAt(d, st, k); c != nil && c == d.Lx.ByCode["USA"] && fullStateName(d.SpanText(st, k, q)) {
		k = q // "a Connecticut Democrat"
	}
	if k >= len(toks) || !toks[k].Cap || !usPartyWords.Has(toks[k].Lower) {
		return false
	}
	n, ok := descriptionEnd(d, st, k+1, len(toks))
	if n == k+1 {
		ok = partyMembers.Has(toks[k].Lower)
	}
	if !ok {
		return false
	}
	if n == len(toks) {
		return true
	}
	switch toks[n].Lower {
	case ",", ".", ";", ":", ")", "--", "—", "–", "who", "from", "of", "in", "and", "at", "for", "with", "running", "seeking":
		return true
	}
	return false
}

// partyInitial reports a party initial in parentheses right after the name ending at token te:
// "(R)", "(D)" (AP Stylebook, "party affiliation").
func partyInitial(st *doc.Sent, te int) bool {
	toks := st.Toks
	if te+2 >= len(toks) || toks[te].Text != "(" || toks[te+2].Text != ")" {
		return false
	}
	return toks[te+1].Text == "R" || toks[te+1].Text == "D"
}
