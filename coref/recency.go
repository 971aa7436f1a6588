package coref

import "github.com/claimgraph/claimgraph/doc"

// paragraphRecent keeps, of the candidates for a "he"/"she" at sentence s, those named in s or in
// the sentence before it within s's paragraph, when there are any, dropping those last named in an
// earlier paragraph: a paragraph boundary is a discourse segment boundary, and a pronoun's
// antecedent is first sought in its own segment (Grosz & Sidner 1986; Hinds 1979 on paragraphs and
// the reintroduction of referents), so "Its president, X, called the deal …" does not outrank
// "¶ Germany's economy minister, Y, said the opposite. "…," she said." Candidates named only in
// sentences of s's paragraph before s-1 keep their rank. near gives each candidate's last
// sentence. order is returned unchanged when none or all are recent.
func paragraphRecent(d *doc.Doc, s int, order []*doc.Entity, near map[*doc.Entity]int) []*doc.Entity {
	para := d.Sents[s].S.Paragraph
	var recent, rest []*doc.Entity
	for _, e := range order {
		n, ok := near[e]
		switch {
		case ok && n >= s-1 && n <= s && d.Sents[n].S.Paragraph == para:
			recent = append(recent, e)
		case ok && d.Sents[n].S.Paragraph != para:
			// named last in an earlier paragraph: outranked by a recent one
		default:
			rest = append(rest, e)
		}
	}
	if len(recent) == 0 || len(recent)+len(rest) == len(order) {
		return order
	}
	return append(recent, rest...)
}
