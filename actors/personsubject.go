package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// Plain plural nouns of persons as stance holders (issue 14, session 32): "Critics condemned the
// plan", "Supporters praised the ruling", "Independents favored X", "the plan was denounced by
// veterans". The Phoenix agents dictionary lists the nouns of political agents (activists,
// senators, voters), which unnamedAgents reads; a plural noun of persons it does not list
// (personNouns: WordNet 3.0, first sense in noun.person) is no less a group of people when it is
// the subject of a stance verb: a plural count noun with the zero article or a determiner refers
// to a set of persons (Quirk et al. 1985, 5.52-5.59 on generic and specific plural reference), and
// the clause's subject is its agent (Quirk et al. 1985, 10.19). Unlike an agent noun such a head
// makes a group only before a cue verb of data/lexicons/cues.txt (personStanceVerb), never before
// a mere verb of saying or believing: "Residents said …" stays an unnamed source. The attribution
// heads of groups.txt ("officials", "leaders") keep their own rule, which wants a nationality or
// an owner (groups), so no bare "officials" of two articles is one group; "people" is no noun of
// persons in WordNet's first sense (a noun.group) and is not in the class.

// plainPersonPlural reports token i as a plural noun of persons that no other head rule of the
// actors stage reads: in personNouns, ending in -s, listed neither as a Phoenix agent
// (agentPhraseEndingAt's), a title, an attribution head of groups.txt (groups') nor a party
// member's noun ("Republicans": the party layer's). A capitalized token qualifies only where a
// sentence's capital is (clauseInitial) and when the article never writes the word capitalized
// inside a sentence, where a capital marks a name ("Masters" the surname; the test of
// coref.pluralNounOnlyInitial).
func plainPersonPlural(d *doc.Doc, st *doc.Sent, i int) bool {
	t := st.Toks[i]
	if t.Kind != text.Word || t.AllCaps || !strings.HasSuffix(t.Lower, "s") || !personNouns.Has(t.Lower) {
		return false
	}
	if _, ok := d.Phx.Agent(t.Lower); ok {
		return false
	}
	if d.Lx.Titles[t.Lower] != nil || d.Lx.GroupHeads[t.Lower] != "" || d.Lx.GroupWeak[t.Lower] || partyMembers.Has(strings.TrimSuffix(t.Lower, "s")) {
		return false
	}
	if _, org := d.Lx.GroupOrgHeads[t.Lower]; org {
		return false // "members", "allies": an organization's, with its name before them (groups)
	}
	if t.Cap {
		return clauseInitial(d, st, i) && !capitalizedInside(d, t.Lower)
	}
	return true
}

// capitalizedInside reports the word w written with a capital inside a sentence anywhere in the
// article (not at its start, nor after a dateline), where a capital marks a proper name.
func capitalizedInside(d *doc.Doc, w string) bool {
	for _, s := range d.Sents {
		for k, t := range s.Toks {
			if t.Cap && t.Lower == w && !clauseInitial(d, s, k) {
				return true
			}
		}
	}
	return false
}

// personStanceVerb reports the verb at v as one whose subject a plain plural of persons holds a
// stance by: in lower case, a word that opens a cue pattern of data/lexicons/cues.txt or whose
// verb lemma the frames lexicon codes (a CAMEO verb of data/frames, or a hand class entry of
// cue-classes.txt: "favor", "endorse"), and no verb of saying or believing only (speech.txt),
// which would make every "residents said" a group.
func personStanceVerb(d *doc.Doc, st *doc.Sent, v int) bool {
	if v < 0 || v >= len(st.Toks) {
		return false
	}
	t := st.Toks[v]
	if t.Kind != text.Word || t.Cap {
		return false
	}
	if d.Lx.Cues.Opens(t.Lower) {
		return true
	}
	if d.Frames == nil || d.Lx.Speech[t.Lower].Kind != 0 || d.Lx.Attitude[t.Lower].Kind != 0 {
		return false
	}
	xpos := "VBP"
	switch {
	case strings.HasSuffix(t.Lower, "ed"):
		xpos = "VBD"
	case strings.HasSuffix(t.Lower, "ing"):
		xpos = "VBG"
	case strings.HasSuffix(t.Lower, "s"):
		xpos = "VBZ"
	}
	l := d.Frames.Lemma(t.Lower, "VERB", xpos)
	return d.Frames.IsVerb(l) || d.Frames.ClassType("verb", l) != ""
}

// personVerbAfter is the first token from i on past adverbs in -ly and auxiliaries (doc.AuxWords)
// and the medial time phrases doc.VerbAfter skips, when it is a stance verb (personStanceVerb),
// else -1: "Independents strongly favored …", "Veterans have long opposed …".
func personVerbAfter(d *doc.Doc, st *doc.Sent, i int) int {
	if v := doc.VerbAfter(d.Lx, st, i); v >= 0 {
		if personStanceVerb(d, st, v) {
			return v
		}
		return -1
	}
	for k := i; k < len(st.Toks) && k < i+4; k++ {
		t := st.Toks[k]
		if doc.AuxWords.Has(t.Lower) || strings.HasSuffix(t.Lower, "ly") && !t.Cap {
			continue
		}
		if personStanceVerb(d, st, k) {
			return k
		}
		return -1
	}
	return -1
}

// personStanceSubject reports token i as a plain plural of persons (plainPersonPlural) followed,
// past adverbs and auxiliaries, by a stance verb (personVerbAfter): "Critics condemned …",
// "Independents strongly favored …".
func personStanceSubject(d *doc.Doc, st *doc.Sent, i int) bool {
	return plainPersonPlural(d, st, i) && personVerbAfter(d, st, i+1) >= 0
}

// properPremodifier reports token k, right before a description's head, as a proper adjective
// that classifies it ("Muslim advocates", "Hispanic voters", "Democratic mayors"): one
// capitalized word inside the sentence that the name layer left waiting for a kind (a pending
// mention of one token, no country, person or body), after a word that is no capitalized name
// part. A proper adjective is written with a capital (CMOS 17th ed. 8.1; Quirk et al. 1985,
// 7.26) and stands as a premodifier before the head (17.113), as groups reads "Yoruba leaders";
// a known name there ("Trump supporters", "GOP senators") is another rule's.
func properPremodifier(d *doc.Doc, st *doc.Sent, k int) bool {
	if k < 0 {
		return false
	}
	t := st.Toks[k]
	if t.Kind != text.Word || !t.Cap || t.AllCaps || clauseInitial(d, st, k) {
		return false
	}
	if k > 0 && st.Toks[k-1].Kind == text.Word && st.Toks[k-1].Cap {
		return false // "New York Democratic mayors": a longer name ends here
	}
	m := MentionAt(d, st, k)
	if m == nil || m.Ts != k || m.Te != k+1 {
		return false
	}
	e := m.Ent.Final()
	return e.Kind == "" && e.Pending && !personNameWord(d, t.Lower)
}

// personNameWord reports w as a word of the name of a person the article names ("Obama" of
// Barack Obama): before a plural noun such a word is the person's name used as a modifier
// ("Obama enthusiasts", "Trump supporters"), whose mention coreference still needs.
func personNameWord(d *doc.Doc, w string) bool {
	for _, e := range d.Ents {
		if e = e.Final(); e.Dropped || e.Kind != graph.Person {
			continue
		}
		for _, n := range strings.Fields(strings.ToLower(e.Name)) {
			if n == w {
				return true
			}
		}
	}
	return false
}

// soleMention reports m as the only mention of its entity in the article.
func soleMention(d *doc.Doc, m *doc.Mention) bool {
	e := m.Ent.Final()
	for _, o := range d.Mentions {
		if o != m && o.Ent != nil && o.Ent.Final() == e {
			return false
		}
	}
	return true
}

// finiteFrom reports the first verb among tokens [a, v] as finite by the tagger (Penn tags VBD,
// VBZ, VBP, MD): a clause's subject takes a finite verb (Quirk et al. 1985, 3.52-3.54), while a
// participle right after a noun ("the delegates needed to win", "voters surveyed on Monday") is
// a reduced relative clause postmodifying it, whatever the noun's role (Quirk et al. 1985,
// 17.25-17.29). Without a tagger it reports true.
func finiteFrom(d *doc.Doc, st *doc.Sent, a, v int) bool {
	if d.Frames == nil {
		return true
	}
	n := len(st.Toks)
	forms, upos, xpos := make([]string, n), make([]string, n), make([]string, n)
	for k, t := range st.Toks {
		forms[k] = t.Text
	}
	d.Frames.Tag(forms, upos, xpos)
	for k := a; k <= v && k < n; k++ {
		switch xpos[k] {
		case "VBD", "VBZ", "VBP", "MD":
			return true
		case "VB", "VBN", "VBG":
			return false
		}
	}
	return false
}
