package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// TitleOfBodies reads the titles set before a person's name without a comma, each with an
// of-phrase naming its body (rule title:of-body): "Vice Premier of the State Council Liu He",
// "Member of the Political Bureau …, Vice Premier of the State Council and Chinese Initiator of
// the … Dialogue Liu He". A title before a name is a premodifying designation of the person
// (Quirk et al. 1985, 17.89-17.90: "Admiral Nelson"), and it may be coordinated and postmodified
// like any noun phrase; "of the State Council" names the body the office belongs to (the
// genitive of "the Vice Premier of the State Council", 5.116). The person gets the role and
// MEMBER_OF the body, whose country the codes phase then gives him (codes_assign.go, step 2: a
// national office takes its state's country; issue 14, new-user finding 9: Liu He had a role
// "Vice Premier" and no country).
//
// The run between the title and the name may hold only capitalized words, numbers, "of", "the",
// "and", hyphens and parentheses (a coordinated designation), never a comma, a verb or any other
// lower-case word: "the Minister of Trade said Ana Costa …" is no designation of Ana Costa. The
// title must open the run or follow "and" within it. The body must be a state body, an
// organization or a country of the article; a country gives the role's body as roleOrg does
// ("Minister of Foreign Affairs of Peru" → the Foreign Ministry of Peru, or Peru itself).
func TitleOfBodies(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	ids := append([]int(nil), d.BySent[st.Idx]...)
	for _, mi := range ids {
		m := d.Mentions[mi]
		p := m.Ent.Final()
		if p.Kind != graph.Person || m.Ts < 4 {
			continue
		}
		start := m.Ts
		for start > 0 && m.Ts-start < 30 && designationWord(toks[start-1]) {
			start--
		}
		for s := start; s < m.Ts; s++ {
			if s > start && toks[s-1].Lower != "and" {
				continue
			}
			s2, of, tt := titleOfAt(d, st, s, m.Ts)
			if tt == nil {
				continue
			}
			bm := MentionAt(d, st, s2)
			if bm == nil || bm.Ts != s2 || bm.Te > m.Ts {
				continue
			}
			org := bm.Ent.Final()
			if org == p || org.Kind != graph.Government && org.Kind != graph.Organization && org.Kind != graph.Country {
				continue
			}
			var cn *lexicon.Country
			if org.Kind == graph.Country {
				org, cn = nil, org.Country
			}
			o, _ := roleOrg(d, st, s, of, tt, org, cn)
			if o == nil {
				continue
			}
			role := d.SpanText(st, s, of)
			p.AddRole(role, o)
			MemberOf(d, st, s, bm.Te, p, o, role, "title:of-body")
		}
	}
}

// titleOfAt matches a person title of titles.txt (not an honorific) starting at token s and
// followed by "of" and maybe "the" before end; it returns where the body's name starts, where the
// title ends (the "of"), and the title.
func titleOfAt(d *doc.Doc, st *doc.Sent, s, end int) (int, int, *lexicon.Title) {
	toks := st.Toks
	ents, te := d.MatchNames(st, s)
	if te <= s || te >= end || toks[te].Lower != "of" || !toks[s].Cap {
		return 0, 0, nil
	}
	for _, le := range ents {
		if le.Kind != lexicon.EntryTitle || le.Title.Class == "honorific" {
			continue
		}
		b := te + 1
		if b < end && toks[b].Lower == "the" {
			b++
		}
		if b >= end {
			return 0, 0, nil
		}
		return b, te, le.Title
	}
	return 0, 0, nil
}

// designationWord reports a token that may stand inside a coordinated designation before a name
// (titleOfBodies): a capitalized word, a number, "of", "the", "and", a hyphen, a parenthesis or a
// name's genitive.
func designationWord(t text.Token) bool {
	switch {
	case t.Kind == text.Word && t.Cap, t.Kind == text.Num:
		return true
	case t.Text == "-" || t.Text == "(" || t.Text == ")":
		return true
	case t.Lower == "'" || t.Lower == "'s":
		// the genitive inside a body's name, a classifying genitive ("the Workers' Party of
		// Korea", "the People's Bank of China"; Quirk et al. 1985, 5.123 descriptive genitive)
		return true
	}
	return strings.EqualFold(t.Lower, "of") || t.Lower == "the" || t.Lower == "and"
}
