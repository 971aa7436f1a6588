package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// CapitalDatelineRule names the rule that gives a bare national title the country whose capital
// datelines the wire story (loader codes_capitaldateline.go).
const CapitalDatelineRule = "title:dateline-capital"

// datelineMonthWords are the month abbreviations of wire datelines ("Sept 5", "Feb.")
// (data/wordclasses/datelinemonths.txt, AP Stylebook "months").
var datelineMonthWords = lexicon.WordClass("datelinemonths")

// CapitalDateline is the country whose capital (data/lexicons/countries.txt, field 4) opens the
// wire dateline of the article's first dated paragraph ("WARSAW (Reuters) -", "WARSAW, Poland,
// Feb. 3 (AP) —"), or nil: when there is no wire dateline (Dateline), when the place is no
// capital, or when the lexicons give its words a second country (a capital of one, a Phoenix place
// of another), or when a word of the dateline outside its parentheses is neither that capital's
// country nor a date ("WARSAW, Ind." is Warsaw, Indiana). AP Stylebook, "datelines": a capital
// stands alone or with its own country, so then, and only then, the dateline names one state.
func CapitalDateline(d *doc.Doc) *lexicon.Country {
	for _, st := range d.Sents {
		j := Dateline(d, st, 0)
		if j == 0 {
			continue
		}
		ents, n := d.MatchNames(st, 0)
		var c *lexicon.Country
		capital := false
		for _, e := range ents {
			if e.Country == nil {
				continue
			}
			if c != nil && e.Country != c {
				return nil // two countries' names
			}
			c = e.Country
			capital = capital || e.Kind == lexicon.EntryCapital
		}
		words := make([]string, n)
		for i := range words {
			words[i] = st.Toks[i].Text
		}
		if p := PhoenixPlace(d, FoldAccents(strings.Join(words, " "))); n == 0 || !capital || p != nil && p != c {
			return nil
		}
		depth := 0
		for k := n; k < j; k++ {
			t := st.Toks[k]
			switch {
			case t.Text == "(":
				depth++
			case t.Text == ")":
				depth--
			case depth > 0 || t.Kind != text.Word || text.IsDayOrMonth(t.Lower) || datelineMonthWords.Has(strings.TrimSuffix(t.Lower, ".")) ||
				t.Lower == "may" && k+1 < j && st.Toks[k+1].Kind == text.Num: // "GENEVA, May 12"
			default:
				es, m := d.MatchNames(st, k)
				own := false
				for _, e := range es {
					own = own || e.Kind == lexicon.EntryCountry && e.Country == c
				}
				if !own {
					return nil
				}
				k += m - 1
			}
		}
		return c
	}
	return nil
}
