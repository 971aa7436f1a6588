package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// possessiveSpokespersons reads "the <state title>'s (<modifier>…) <spokes noun>" — "the Prime
// Minister's Official Spokesman", "the Chancellor's deputy spokeswoman", "the Premier's Press
// Secretary" — as an actor (rule spokes:possessive-title): the spokesperson of the office holder
// that the genitive names, who speaks for that government (Merriam-Webster "spokesperson": one
// who speaks on behalf of another; the genitive of a relational noun names the one it relates to,
// Quirk et al. 1985, 5.116 "subjective genitive"; CGEL 5.16 on the possessor as the argument of
// a relational head). The title must be a state office of titles.txt (class "state"), so a
// company chairman's spokesman is left to other rules. The spokesperson is a GOVERNMENT body of
// that state, as the unnamed spokespeople of a body are read for their body (claims/spokesperson.go):
// the state's voice is the source of its stances, the spokesperson the speaker of its claims. Its
// country is the title's statutory state when titles.txt gives one; else the issuer's (codes stage,
// IssuerBodies). A following acronym in brackets, "(PMOS)", then becomes its alias (acronyms),
// as for any actor before a bracketed acronym. Run on each sentence before acronyms.
func possessiveSpokespersons(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for g := 1; g+1 < len(toks); g++ {
		if toks[g].Lower != "'s" || toks[g].Text == "'" {
			continue
		}
		ts, title := possessorTitle(d, st, g)
		if title == nil {
			continue
		}
		te := spokesHeadEnd(st, g+1)
		if te < 0 {
			continue
		}
		for k := ts; k < te; k++ {
			if st.Ment[k] >= 0 {
				te = -1 // a name or title an earlier rule took
				break
			}
		}
		if te < 0 {
			continue
		}
		name := d.SpanText(st, ts, te)
		e := Entity(d, "gov:spokes:"+graph.NormalizeName(name), graph.Government, name, "spokes:possessive-title")
		if title.State != "" && e.Country == nil {
			e.Country = d.Lx.ByCode[title.State]
		}
		AddMention(d, st, ts, te, e, "spokes:possessive-title")
		g = te - 1
	}
}

// possessorTitle returns the start of a state-office title of titles.txt ending right before the
// genitive at g ("Prime Minister" 's), capitalized as a title is before a name or used as one,
// with the title row, or nil.
func possessorTitle(d *doc.Doc, st *doc.Sent, g int) (int, *lexicon.Title) {
	for s := max(0, g-4); s < g; s++ {
		if !st.Toks[s].Cap {
			continue
		}
		if t := d.Lx.Titles[lowerWords(st, s, g)]; t != nil && t.Class == "state" {
			return s, t
		}
	}
	return 0, nil
}

// spokesHeadEnd returns the end of "(<modifier>…) <spokes noun>" from i: up to three modifier
// words, then a spokesnouns word or "press secretary" (SpokesTitle); -1 when there is none.
func spokesHeadEnd(st *doc.Sent, i int) int {
	for j := i; j < len(st.Toks) && j < i+4; j++ {
		t := st.Toks[j]
		if t.Kind != text.Word {
			return -1
		}
		if SpokesTitle(lowerWords(st, i, j+1)) && (SpokesTitles.Has(t.Lower) || t.Lower == "secretary") {
			return j + 1
		}
	}
	return -1
}

// lowerWords joins the lower-case words of [a, b).
func lowerWords(st *doc.Sent, a, b int) string {
	ws := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		ws = append(ws, st.Toks[k].Lower)
	}
	return strings.Join(ws, " ")
}
