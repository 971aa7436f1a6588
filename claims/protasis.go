package claims

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/text"
)

// invertedProtasisOpening reports a declarative sentence (no question mark at its end) whose
// first word after any dateline and quotation mark is had, were or should: a conditional clause
// by subject–operator inversion ("Were Russia to invade, NATO would respond", "Had Britain
// vetoed the text, the talks would have failed"; Quirk et al. 1985, 15.36). Such a clause is an
// adverbial of the main clause after it, as an if-clause is, so the words before ", NATO would
// respond" are no content reported by a verb of saying (the subordinator rule of reportedSpeech:
// actors.Subordinators). Only when the words before the comma at end are that clause alone (no
// comma among them): "Had Britain vetoed the text, the talks would have failed, diplomats said"
// reports the whole conditional sentence.
func invertedProtasisOpening(st *doc.Sent, end int) bool {
	toks := st.Toks
	if n := len(toks); n == 0 || toks[n-1].Text == "?" {
		return false
	}
	k := segment.DatelineEnd(st)
	for k < len(toks) && (toks[k].Kind == text.Quote || toks[k].Kind == text.Punct) {
		k++
	}
	if k+1 >= len(toks) {
		return false
	}
	switch toks[k].Lower {
	case "had", "were", "should":
	default:
		return false
	}
	for j := k + 1; j < end && j < len(toks); j++ {
		if toks[j].Text == "," {
			return false
		}
	}
	return toks[k+1].Kind == text.Word
}

// articledComma is where an inverted attribution whose premodified noun phrase starts at token i
// opens: i itself after a comma ("…, Dutch Foreign Minister X said"), or the article before i
// after a comma ("…, the Israeli foreign minister Tzipi Livni said", "…, the EU foreign policy
// chief Javier Solana said"): the definite or indefinite article determines the whole noun
// phrase, premodifiers included (Quirk et al. 1985, 5.13, 17.95 on premodification by proper
// adjectives and nouns), so the attribution opens with it, as it does before a bare title
// ("…, the Treasury Department said"). -1 otherwise.
func articledComma(toks []text.Token, i int) int {
	switch {
	case i > 1 && toks[i-1].Text == ",":
		return i
	case i > 2 && (toks[i-1].Lower == "the" || toks[i-1].Lower == "a" || toks[i-1].Lower == "an") && toks[i-2].Text == ",":
		return i - 1
	}
	return -1
}

// subordinateOpeningAlone reports a sentence opening with a subordinator (actors.Subordinators:
// "When asked about the plan, the minister said.") whose words before the comma at end are that
// adverbial clause alone (no comma among them): it is an adverbial of the reporting clause, which
// then reports nothing before it. With a comma among them the adverbial clause opens a main
// clause that the reporting clause at end reports whole ("If the states fail, the courts can step
// in, Ana Ruiz said"; Quirk et al. 1985, 14.30 and 15.53 on reporting clauses after the reported
// clause, which may hold adverbial clauses of its own), as invertedProtasisOpening reads a
// conditional by inversion.
func subordinateOpeningAlone(st *doc.Sent, end int) bool {
	toks := st.Toks
	if len(toks) == 0 || !actors.Subordinators.Has(toks[0].Lower) {
		return false
	}
	for j := 1; j < end && j < len(toks); j++ {
		if toks[j].Text == "," && !st.InQuote[j] {
			return false
		}
	}
	return true
}
