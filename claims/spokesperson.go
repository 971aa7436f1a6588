package claims

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// unnamedSpokesperson reads the attribution "…,” a spokesperson said." after a closing quotation
// mark (tokens [from, k), k the speech verb): an indefinite spokesperson with no name and no
// for-phrase speaks for the body that the sentence before it, in the same paragraph, has as its
// subject ("Argentina's foreign ministry welcomed Germany's support. “…,” a spokesperson
// said."). A spokesperson is a relational noun whose implicit argument is the salient
// organization (bridging reference, Clark 1975; Prince 1981 on inferrables), and news style
// attributes an unnamed spokesperson's words to the body (AP Stylebook, "anonymous sources":
// identify the organization the source speaks for). Nil when the words are not that shape or the
// sentence before names no body, country or government as its subject: then no claim.
func unnamedSpokesperson(d *doc.Doc, st *doc.Sent, from, k int) *doc.Entity {
	toks := st.Toks
	j := from
	for j < k && toks[j].Text == "," {
		j++
	}
	if j >= k || toks[j].Lower != "a" && toks[j].Lower != "an" {
		return nil
	}
	j++
	if j+1 < k && toks[j].Kind == text.Word && !toks[j].Cap && !doc.SpokesNouns.Has(toks[j].Lower) {
		j++ // "a ministry spokesperson"
	}
	if j+1 != k || !doc.SpokesNouns.Has(toks[j].Lower) || st.Idx == 0 {
		return nil
	}
	prev := d.Sents[st.Idx-1]
	if prev.S.Paragraph != st.S.Paragraph {
		return nil
	}
	// the subject: the first mention in subject position, by place in the sentence (a possessor
	// before it, "Argentina's", is no subject)
	var subj *doc.Mention
	for _, mi := range d.BySent[prev.Idx] {
		m := d.Mentions[mi]
		if m.Ent == nil || !m.Subject || prev.InQuote[m.Ts] || m.Te < len(prev.Toks) && prev.Toks[m.Te].Lower == "'s" {
			continue
		}
		if subj == nil || m.Ts < subj.Ts {
			subj = m
		}
	}
	if subj == nil {
		return nil
	}
	switch e := subj.Ent.Final(); e.Kind {
	case graph.Government, graph.Organization, graph.Country:
		return e
	}
	return nil // the subject is a person or a group: the spokesperson is not bridged to it
}

// spokespersonOfBody reads an inverted attribution whose speaker is a spokesperson named only by
// the body spoken for, right before the speech verb at k: "…, a spokesman for the European
// Commission said", "…, a Commission spokeswoman told reporters", "…, the ministry's spokesperson
// said". It returns the body and the index of the attribution's first word (the determiner after
// the comma), or nil: the shape is a comma, "a", "an" or "the", then either the spokes noun and
// "for"/"of" with the body's name ending at k, or the body's name (or its genitive) and the spokes
// noun ending at k. The body speaks through its spokesperson (Merriam-Webster "spokesperson": one
// who speaks on behalf of another), as the claims stage reads "A spokesman for X said" before
// the clause (longSubject); a person named with the title is read as the person, elsewhere.
func spokespersonOfBody(d *doc.Doc, st *doc.Sent, k int) (*doc.Entity, int) {
	toks := st.Toks
	body := func(m *doc.Mention) *doc.Entity {
		if m == nil || m.Ent == nil {
			return nil
		}
		switch e := m.Ent.Final(); e.Kind {
		case graph.Government, graph.Organization, graph.Country:
			return e
		}
		return nil
	}
	// "… a spokesman for (the) X said"
	if m := actors.MentionAt(d, st, k-1); m != nil && m.Te == k {
		j := m.Ts - 1
		if j >= 1 && (toks[j].Lower == "'s" || toks[j].Lower == "’s") {
			// "for Kenya's foreign ministry": the possessor is part of the body's noun phrase
			if pm := actors.MentionAt(d, st, j-1); pm != nil && pm.Te == j {
				j = pm.Ts - 1
			}
		}
		if j >= 0 && toks[j].Lower == "the" {
			j--
		}
		if j >= 2 && (toks[j].Lower == "for" || toks[j].Lower == "of") && doc.SpokesNouns.Has(toks[j-1].Lower) {
			if s0 := j - 2; s0 >= 1 && determinerAfterComma(toks, s0) {
				if e := body(m); e != nil {
					return e, s0
				}
			}
		}
	}
	// "… a Commission spokeswoman said", "… the ministry's spokesperson said"
	if k >= 3 && doc.SpokesNouns.Has(toks[k-1].Lower) {
		e2 := k - 1
		if g := toks[e2-1].Lower; g == "'s" || g == "’s" {
			e2--
		}
		if m := actors.MentionAt(d, st, e2-1); m != nil && m.Te == e2 {
			if s0 := m.Ts - 1; s0 >= 1 && determinerAfterComma(toks, s0) {
				if e := body(m); e != nil {
					return e, s0
				}
			} else if s0 := m.Ts; s0 >= 1 && toks[s0-1].Text == "," {
				if e := body(m); e != nil {
					return e, s0 // "…, European Commission spokesman said" has no article
				}
			}
		}
	}
	return nil, -1
}

// determinerAfterComma reports an article at j right after a comma.
func determinerAfterComma(toks []text.Token, j int) bool {
	w := toks[j].Lower
	return (w == "a" || w == "an" || w == "the") && j >= 1 && toks[j-1].Text == ","
}
