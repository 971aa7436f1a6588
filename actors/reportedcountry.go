package actors

import (
	"strings"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// inOwnReport reports a mention m that stands in the content of something person p says in m's
// sentence: a claim of p (d.Claims, the claims stage's attributions) whose reported text holds m
// ("Spokesperson X said that the ministry rejected the accusations made by Moscow", "Latvia
// supports …, Kalnina said"). A reported clause is the complement of the reporting verb (Quirk et
// al. 1985, 16.31-16.33, on direct objects that are that-clauses; 14.31, on the reporting clause), not
// a modifier of its subject: a noun phrase's identifying modifiers — a genitive, a demonym, an
// of-phrase, an apposition (17.97-17.99 on titles with a proper noun, 17.65 on apposition) — are
// inside the noun phrase, so a country named in what the person says is the topic of his words
// and says nothing of whose office his bare title is. The reported clause's own subject is
// excepted: a state named there is the actor of what is reported, and an official reports his own
// state's acts by its name ("Japan lodged a protest with China, Chief Cabinet Secretary X said":
// Japan's secretary; "X said Albania would keep the centres open": perhaps Albania's), so it
// blocks as before; China, inside the object, does not. Before the reporting verb, only the content
// of an inverted or postposed reporting clause counts (p named after the verb); bodies are left to
// their own rules (a bare body's country follows the document's count of countries). Claims exist only once the claims stage
// has run: on the codes floor (assignCodes), not in the actors stage, where this reports false.
func inOwnReport(d *doc.Doc, p *doc.Entity, m *doc.Mention) bool {
	if m == nil || p.Kind != graph.Person || m.Sent < 0 || m.Sent >= len(d.Sents) {
		return false
	}
	st := d.Sents[m.Sent]
	if m.Ts < 0 || m.Te > len(st.Toks) || m.Ts >= m.Te {
		return false
	}
	start, end := st.Toks[m.Ts].Start, st.Toks[m.Te-1].End
	for _, c := range d.Claims {
		if c.Sent != m.Sent || c.Speaker == nil || c.Speaker.Final() != p.Final() || c.Text == "" {
			continue
		}
		i := strings.Index(st.S.Text, c.Text)
		if i < 0 {
			continue
		}
		cs := st.S.Start + utf8.RuneCountInString(st.S.Text[:i])
		ce := cs + utf8.RuneCountInString(c.Text)
		if start < cs || end > ce || !(start >= c.CueEnd || end <= c.CueStart && namedAfter(d, p, st, c.CueStart)) {
			continue
		}
		if lead := strings.ToLower(strings.TrimSpace(string([]rune(c.Text)[:start-cs]))); lead == "" || lead == "that" || lead == "the" || lead == "that the" {
			continue // the reported clause's subject: a state speaking of itself by name ("Japan lodged a protest …, Secretary X said")
		}
		return true
	}
	return false
}

// namedAfter reports p named in st after offset off: the speaker of an inverted or postposed
// reporting clause ("…, Kalnina said", "…, said Kalnina"), whose content comes before the verb.
func namedAfter(d *doc.Doc, p *doc.Entity, st *doc.Sent, off int) bool {
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		if m.Ent != nil && m.Ent.Final() == p.Final() && m.Ts < len(st.Toks) && st.Toks[m.Ts].Start >= off {
			return true
		}
	}
	return false
}
