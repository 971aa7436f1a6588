package speakers

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// titleAppositiveRole gives the person a transcript's turn label names the office its title
// sets before the same name between commas: "Press Briefing by the Spokesperson of the Ministry
// of Foreign Affairs of the Kingdom of Thailand, Nikorndej Balankura, Bangkok, 15 January 2026"
// over a "NIKORNDEJ BALANKURA:" turn. The office phrase before the name is an appositive of the
// name (Quirk et al. 1985, 17.65, as in preposedAppositives), so the name holds the office: its
// title words (each a person title of the lexicon, "the" aside, up to "of", "for" or "to")
// become his role, MEMBER_OF the body the title's speaker resolves to (rule
// appositive:title-speaker), and his first-person plural is then read as a ministry
// spokesperson's (firstPerson). Nothing happens when p already holds a role, when the name after
// the title's speaker is not p's (every word of p's name, case aside), or when the title's
// speaker resolves to no government body or organization.
func titleAppositiveRole(d *doc.Doc, p *doc.Entity) {
	if p == nil || p.Kind != graph.Person || len(p.Roles) > 0 || len(p.NameToks) == 0 {
		return
	}
	for i := range d.Units {
		t := &d.Units[i]
		if t.Rule != "title:speaker" || t.Speaker.Empty() || t.Speaker.End >= len(d.Runes) {
			continue
		}
		if !namedAfterSpan(d.Runes, t.Speaker.End, p.NameToks) {
			continue
		}
		role := officeWords(d, t.Label)
		if role == "" {
			return
		}
		tu := *t
		tu.Role = discourse.Titled
		body := UnitSpeaker(d, &tu)
		if body == nil || body.Kind != graph.Government && body.Kind != graph.Organization {
			return
		}
		p.AddRole(role, body)
		for k := range p.Roles {
			if p.Roles[k].Title == role && p.Roles[k].Phrase == "" {
				p.Roles[k].Phrase = t.Label
			}
		}
		for _, st := range d.Sents {
			if st.S.Start > t.Speaker.Start || st.S.End < t.Speaker.End {
				continue
			}
			cs, ce := -1, -1
			for k, tk := range st.Toks {
				if cs < 0 && tk.Start >= t.Speaker.Start {
					cs = k
				}
				if tk.End <= t.Speaker.End {
					ce = k + 1
				}
			}
			if cs >= 0 && ce > cs {
				actors.MemberOf(d, st, cs, ce, p, body, role, "appositive:title-speaker")
			}
			break
		}
		return
	}
}

// namedAfterSpan reports the name words name right after code point end: a comma, the words
// (case aside) and then a comma, a line end or the text's end.
func namedAfterSpan(runes []rune, end int, name []string) bool {
	rs := runes
	i := end
	for i < len(rs) && rs[i] == ' ' {
		i++
	}
	if i >= len(rs) || rs[i] != ',' {
		return false
	}
	i++
	for _, w := range name {
		for i < len(rs) && rs[i] == ' ' {
			i++
		}
		wr := []rune(w)
		if i+len(wr) > len(rs) || !strings.EqualFold(string(rs[i:i+len(wr)]), w) {
			return false
		}
		i += len(wr)
	}
	return i == len(rs) || rs[i] == ',' || rs[i] == '\n' || unicode.IsSpace(rs[i]) && (i+1 == len(rs) || rs[i+1] == '\n')
}

// officeWords is the office a title speaker's label names before its post-modifier ("the
// Spokesperson of the Ministry of …" → "Spokesperson"): its words up to "of", "for" or "to",
// "the" dropped, each a person title of the lexicon or "deputy", "vice", "under"; "" otherwise.
func officeWords(d *doc.Doc, label string) string {
	var out []string
	for i, w := range strings.Fields(label) {
		lw := strings.ToLower(w)
		if i > 0 && (lw == "of" || lw == "for" || lw == "to") {
			break
		}
		if lw == "the" {
			continue
		}
		if d.Lx.Titles[lw] == nil && lw != "deputy" && lw != "vice" && lw != "under" {
			return ""
		}
		out = append(out, w)
	}
	return strings.Join(out, " ")
}
