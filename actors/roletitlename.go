package actors

// A title the titles lexicon lacks, written as a capitalized run of common nouns before a personal
// name ("County Supervisor Thomas Randle said", "Harbor Master Ingrid Moberg"): session 25
// (polnear25b), the largest class of PolNeAR train misses where no speaker node was made.

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// roleTitleName reports the start k of the personal name in the name chunk [ts, te) of st when
// the chunk is a role + PERSON close apposition: a title run [ts, k) of one to three capitalized
// common words (commonwords.txt, SCOWL: words English writes in lower case) whose last word is a
// noun of persons (its plural in personnouns.txt: WordNet 3.0 noun.person), directly before a
// personal-name shape [k, te): a given name the Phoenix dictionaries know (PersonFirstWord, no
// common word), an optional initial, and a capitalized surname. A title capitalized before a name
// is a close (restrictive) apposition whose second part, the name, is the referent (Quirk et al.
// 1985 §17.65, "title + name"; UD: the name's words are PROPN, the title a compound/nmod of it);
// capitalized words are a title only there (AP Stylebook, "titles"). Returns -1 when the chunk is
// no such apposition, and when the run's first word opens a Phoenix person's name or the whole
// chunk is a known actor's name ("Marine Le Pen"). Offsets are token indices of st.
func roleTitleName(d *doc.Doc, st *doc.Sent, ts, te int) int {
	if d.Phx == nil || st.Headline || te-ts < 3 {
		return -1 // a headline capitalizes every word: its capitals say nothing of titles
	}
	toks := st.Toks
	if d.Phx.PersonFirstWord(graph.NormalizeName(toks[ts].Text)) || KnownByName(d, d.SpanText(st, ts, te)) != nil {
		return -1 // "Marine Le Pen": the run opens a dictionary person's name, no title
	}
	for _, nameLen := range []int{2, 3} {
		k := te - nameLen
		if k-ts < 1 || k-ts > 3 {
			continue
		}
		if personalNameShape(d, toks[k:te]) && titleRun(d, toks[ts:k]) {
			return k
		}
	}
	return -1
}

// personalNameShape reports given name + surname, or given name + initial + surname: the given
// name a Phoenix person's first word and no common English word (so "Will", "Grant" are left out,
// as is a capitalized common noun), the surname a capitalized word of two letters or more that is
// no acronym.
func personalNameShape(d *doc.Doc, name []text.Token) bool {
	g, s := name[0], name[len(name)-1]
	if g.Kind != text.Word || !g.Cap || g.AllCaps || d.Lx.Common[g.Lower] || !d.Phx.PersonFirstWord(graph.NormalizeName(g.Text)) {
		return false
	}
	if len(name) == 3 && !(name[1].Kind == text.Word && len([]rune(name[1].Text)) == 2 && strings.HasSuffix(name[1].Text, ".")) {
		return false // "Jason C. Ervin": only an initial stands between given name and surname
	}
	return s.Kind == text.Word && s.Cap && !s.AllCaps && len([]rune(s.Text)) >= 2 && !strings.HasSuffix(s.Text, ".")
}

// titleRun reports capitalized common words (none all capitals) whose last is a noun of persons.
func titleRun(d *doc.Doc, run []text.Token) bool {
	for _, t := range run {
		if t.Kind != text.Word || !t.Cap || t.AllCaps || !d.Lx.Common[t.Lower] {
			return false
		}
	}
	return PersonNoun(run[len(run)-1].Lower)
}

// PersonNoun reports a singular noun whose plural personnouns.txt lists (WordNet 3.0 noun.person,
// first sense): "supervisor", "master", "alderman", "comedian". The plural is formed as that
// list's own header says (CGEL ch. 18): -man → -men, -es after s, x, z, ch, sh, consonant + y →
// -ies, else -s.
func PersonNoun(w string) bool {
	var pl string
	switch {
	case strings.HasSuffix(w, "man"):
		pl = strings.TrimSuffix(w, "man") + "men"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "z"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		pl = w + "es"
	case len(w) > 1 && strings.HasSuffix(w, "y") && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		pl = w[:len(w)-1] + "ies"
	default:
		pl = w + "s"
	}
	return personNouns.Has(pl)
}

// roleTitlePerson reads the name [k, te) of a role + name chunk [ts, te) (roleTitleName) as a
// name chunk of its own (nameChunk: a dictionary person stays that person, "Democrat Hillary
// Clinton"), and gives the PERSON it names the run [ts, k) as a role with no organization named;
// a person made by the name's shape alone has its mention's rule person:role-title.
func roleTitlePerson(d *doc.Doc, st *doc.Sent, ts, k, te int) {
	nameChunk(d, st, k, te)
	m := MentionAt(d, st, k)
	if m == nil || m.Ts != k || m.Te != te || m.Ent.Final().Kind != graph.Person {
		return
	}
	m.Ent.Final().AddRole(d.SpanText(st, ts, k), nil)
	if m.Rule == "person:name-shape" {
		m.Rule = "person:role-title"
	}
}
