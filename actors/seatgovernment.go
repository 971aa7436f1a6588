package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// seatGovernments reads "the government in Caracas", "the regime in Damascus", "the authorities
// in Kabul" as the state whose capital the locative names acting (rule
// metonymy:government-seat): a postmodifying prepositional phrase restricts the head's reference
// (Quirk et al. 1985, 17.37-17.39), and a capital is its state's seat of government, which news
// English uses for that government ("Beijing retaliated": countries.txt capitals and
// seat-of-government metonyms; the Phoenix/CAMEO country dictionaries code capitals as their
// state). Without it "the government" in a statement's "We urge the government in Caracas to …"
// was left to coreference, which takes the speaker's own government. The head is one of
// metonymHeads (government, regime, administration, authorities, junta) after "the", with no
// name before it ("the Venezuelan government" is the name layer's), and the capital is the
// whole object of "in" (a capital that opens a longer name is no locative of a capital).
func seatGovernments(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 1; i+2 < len(toks); i++ {
		if toks[i-1].Lower != "the" || toks[i].Cap && !SentInitial(st, i-1) || !metonymHeads.Has(toks[i].Lower) && toks[i].Lower != "authorities" ||
			toks[i+1].Lower != "in" || st.Ment[i-1] >= 0 || st.Ment[i] >= 0 {
			continue
		}
		k := i + 2
		ents, end := d.MatchNames(st, k)
		if end <= k || end < len(toks) && toks[end].Kind == text.Word && toks[end].Cap {
			continue
		}
		var c *lexicon.Country
		for _, e := range ents {
			if e.Kind == lexicon.EntryCapital && e.Country != nil {
				c = e.Country
				break
			}
		}
		if c == nil {
			continue
		}
		for j := k; j < end; j++ {
			if m := MentionAt(d, st, j); m != nil {
				Unmention(st, m) // "Caracas" read as a place or as its state alone: the phrase is one mention
			}
		}
		AddMention(d, st, i-1, end, CountryEntity(d, c), "metonymy:government-seat")
		i = end
	}
}
