package loader

import (
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// spokesNouns are the nouns of a spokesperson (titles.txt "spokesperson", "spokesman",
// "spokeswoman", role titles; Phoenix agents "spokesman").
var spokesNouns = map[string]bool{"spokesperson": true, "spokesman": true, "spokeswoman": true}

// unnamedSpokesperson reads the attribution "…,” a spokesperson said." after a closing quotation
// mark (tokens [from, k), k the speech verb): an indefinite spokesperson with no name and no
// for-phrase speaks for the body that the sentence before it, in the same paragraph, has as its
// subject ("Argentina's foreign ministry welcomed Germany's support. “…,” a spokesperson
// said."). A spokesperson is a relational noun whose implicit argument is the salient
// organization (bridging reference, Clark 1975; Prince 1981 on inferrables), and news style
// attributes an unnamed spokesperson's words to the body (AP Stylebook, "anonymous sources":
// identify the organization the source speaks for). Nil when the words are not that shape or the
// sentence before names no body, country or government as its subject: then no claim.
func (d *doc) unnamedSpokesperson(st *sent, from, k int) *entity {
	toks := st.Toks
	j := from
	for j < k && toks[j].Text == "," {
		j++
	}
	if j >= k || toks[j].Lower != "a" && toks[j].Lower != "an" {
		return nil
	}
	j++
	if j+1 < k && toks[j].Kind == text.Word && !toks[j].Cap && !spokesNouns[toks[j].Lower] {
		j++ // "a ministry spokesperson"
	}
	if j+1 != k || !spokesNouns[toks[j].Lower] || st.Idx == 0 {
		return nil
	}
	prev := d.sents[st.Idx-1]
	if prev.S.Paragraph != st.S.Paragraph {
		return nil
	}
	// the subject: the first mention in subject position, by place in the sentence (a possessor
	// before it, "Argentina's", is no subject)
	var subj *mention
	for _, mi := range d.bySent[prev.Idx] {
		m := d.mentions[mi]
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
