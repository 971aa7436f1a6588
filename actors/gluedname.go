package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// gluedPersonStart is the token where a personal name glued to a body's name begins, or ts when
// there is none: "Ministry of Foreign Affairs Kim Min-jun", "National Security Council Ahmed
// Karimi", "Trade Ministry Export Control Bureau Sato Hiroshi", a body and its member written with
// no comma between them (a press release's or transcript's "<Body> <Name>" byline). An English
// name ends in its head (Quirk et al. 1985, 17.2), so capitalized words after the body's last
// head word (orgwords.txt) do not lengthen the body's name; when they are two or three words of a
// personal name's shape — letters and hyphens, capitalized, none a common English word, a
// title, an organization word or a place's name — they name a person, the body's member,
// apposed to it without the comma (Quirk et al. 1985, 17.65 ff.). A tail that names a place
// ("Bank Negara Malaysia") or holds a common word ("Department Store") stays in the name, and so
// do the words after a head that opens the name ("Bank Rakyat Sentosa").
func gluedPersonStart(d *doc.Doc, st *doc.Sent, ts, te int) int {
	h := -1
	for i := ts; i < te; i++ {
		if _, ok := d.Lx.OrgWords[st.Toks[i].Lower]; ok {
			h = i
		}
	}
	k := te
	for k > h+1 && nameWord(d, st, k-1) {
		k--
	}
	if h < 0 || te-k < 2 || te-k > 3 || k-ts < 2 {
		// (a head alone before the words is a head-first name, "Bank Rakyat Sentosa", as
		// Malay, Spanish and French bodies are named: the glued body is a whole name of its
		// own, premodified or postmodified, "Supreme Security Council", "Ministry of …")
		return ts
	}
	if _, ok := d.Lx.OrgWords[st.Toks[k-1].Lower]; !ok && !d.Lx.Common[st.Toks[k-1].Lower] {
		return ts // the word before is neither the body's head nor a common word of its name
	}
	name := d.SpanText(st, ts, te)
	if KnownByName(d, name) != nil || d.Phx != nil && len(d.Phx.Lookup(name)) > 0 || strings.Contains(name, "&") {
		return ts
	}
	return k
}

// nameWord reports token i of st of a personal name's shape: a capitalized word of letters,
// hyphens and apostrophes that is no common English word, title, stop word or name of the
// names lexicon (a country, a capital, a demonym).
func nameWord(d *doc.Doc, st *doc.Sent, i int) bool {
	t := st.Toks[i]
	if t.Kind != text.Word || !t.Cap || d.Lx.Common[t.Lower] || d.Lx.Titles[t.Lower] != nil || d.Lx.Stop[t.Lower] {
		return false
	}
	if _, ok := d.Lx.OrgWords[t.Lower]; ok {
		return false
	}
	for _, r := range t.Text {
		if !(r == '-' || r == '\'' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127) {
			return false
		}
	}
	ents, _ := d.MatchNames(st, i)
	return len(ents) == 0
}

// slashPortfolioEnd is the token after a portfolio that a slash sets after a title, at the start
// of the name chunk [ts, te) ("Secretary / Foreign Affairs Maria Santos", "Director/Energy Ravi
// Menon"), or ts when there is none: the slash joins the title and the area it covers,
// two closely related terms (CMOS 17th ed. 6.104-6.106), so the portfolio words (portfolios.txt
// areas, "and") are the role's tail, no part of the person's name. A name of two words or more
// must remain.
func slashPortfolioEnd(lx *lexicon.Lexicons, st *doc.Sent, ts, te int) int {
	toks := st.Toks
	if ts < 2 || toks[ts-1].Text != "/" || lx.Titles[toks[ts-2].Lower] == nil {
		return ts
	}
	k := ts
	for k < te && (lx.PortfolioArea[toks[k].Lower] || toks[k].Lower == "and" && k > ts) {
		k++
	}
	if k == ts || te-k < 2 {
		return ts
	}
	return k
}

// gluedMember is the end of a state body's name over tokens [ts, te) that a demonym premodifies
// ("the Lithuanian Border Guard Service Tomas Kazlauskas"): gluedPersonStart's token when a
// personal name is glued to the name, else te. The demonym classifies the body, as a
// possessor or head does (Quirk et al. 1985, 17.104); the name after the body's head is no word
// of the body's name (17.2) but its member apposed without the comma, as orgChunk reads it.
func gluedMember(d *doc.Doc, st *doc.Sent, ts, te int) int {
	if k := gluedPersonStart(d, st, ts, te); k > ts {
		return k
	}
	return te
}

// glueMember records the person named by tokens [k, te) glued to body e ([ts, k)), when k < te,
// and its membership of e (member-of:glued-name), as orgChunk does for a body without a demonym.
func glueMember(d *doc.Doc, st *doc.Sent, ts, k, te int, e *doc.Entity) {
	if k >= te {
		return
	}
	if p := personEntity(d, st, k, te); p != nil {
		AddMention(d, st, k, te, p, "person:glued-name")
		if e != nil {
			MemberOf(d, st, ts, k, p, e, "", "member-of:glued-name")
		}
	}
}
