package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// Collective role plurals as subjects (issue 13, session 23 class N3). A plural of a title
// ("Premiers", "Foreign Ministers", "Leaders", "Heads of Government") names the holders of that
// office in several states together:
//
//   - with its "of" complement a coordination of actors ("The Premiers of Malta and Cyprus
//     condemned …", "Heads of Government of Greece, Malta and Cyprus") it is read distributively:
//     each conjunct's holder acts (Quirk et al. 1985, 13.95 on a plural head whose postmodifier is
//     coordinated, "the ministers of A, B and C"), so each actor of the list is a source; the list
//     may stand in apposition to a group between dashes ("Foreign Ministers of the Baltic Council
//     – Estonia, Latvia and Lithuania –": the apposition names the members, 17.65);
//   - premodified by a group's name or acronym ("MEDCO Leaders", "the MEDCO Leaders") it names
//     that group's holders, and the group acts (a collective's members acting as the collective,
//     as the Phoenix agents list codes "leaders" and "ministers" as role nouns of their body);
//   - bare or after "the" ("Premiers urged …", "The Premiers agreed …", "Heads of Government
//     rejected …") it refers back to the holders the text has named with that office (definite
//     and generic reference of the plural, 5.28 and 5.52–5.58), the parties of the last such
//     coordinated "of" list earlier in the document.

// rolePluralParties returns the actors a role-plural subject with syntax head h names (see
// above), or nil when h is no role plural or names no list or group.
//
// found is the actor frameActor found for the phrase: the list of the "of" complement replaces it
// always (it named only the first conjunct); the premodifier and the antecedent only when it
// found none, or only an unnamed group of the bare plural (rule agent:unnamed, "premiers").
func (d *doc) rolePluralParties(st *sent, fs *frameSentence, h int, found *entity) []*entity {
	if h < 0 || h >= len(fs.at) {
		return nil
	}
	i := fs.at[h]
	if i < 0 || i >= len(st.Toks) || st.InQuote[i] || !rolePlural(d, st.Toks[i]) {
		return nil
	}
	if ps := d.ofPartyList(st, i+1); len(ps) >= 2 {
		return ps
	}
	if found != nil && found.Final().Rule != "agent:unnamed" && !(found.Final().Kind == graph.Person && strings.HasSuffix(strings.ToLower(found.Final().Name), st.Toks[i].Lower)) {
		// "ECOWAS mediators": the organization's group of agents (coref_possessiveagent.go); a
		// person "Prime Ministers" is the title read as a name, no one
		return nil
	}
	if speakers.JointPartiesSubject(d.Doc, st, i) != nil || d.pairSubject(st, i) != nil {
		return nil // "The leaders condemned …" after the meeting's pair or in a joint statement (relation_meetingpair.go)
	}
	if i+1 < len(st.Toks) && st.Toks[i+1].Lower == "of" && !headOfOffice(st, i) {
		return nil // "the Premiers of Malta": one party, the frame's own source
	}
	j := i - 1
	for j >= 0 && st.Toks[j].Cap && rolePremodifier(d, st.Toks[j]) {
		j-- // "Foreign Ministers": the portfolio before the head
	}
	if j >= 0 {
		if m := actors.MentionAt(d.Doc, st, j); m != nil && m.Te == j+1 {
			if e := m.Ent.Final(); e.Kind == graph.Organization || e.Kind == graph.Group {
				return []*entity{e} // "MEDCO Leaders": the group's holders, the group acting
			}
			return nil
		}
		if st.Toks[j].AllCaps {
			if e := d.groupByAlias(st.Toks[j].Text); e != nil {
				return []*entity{e} // the acronym the article defined, run into the name phrase
			}
			return nil
		}
	}
	if j >= 0 && st.Toks[j].Lower != "the" && !actors.SentInitial(st, j+1) {
		return nil
	}
	return d.rolePluralAntecedent(st, strings.ToLower(st.Toks[i].Text))
}

// groupByAlias returns the organization or group of the article one of whose names is a (an
// acronym the article defined: "the Mediterranean Coastal Group (MEDCO)"), or nil.
func (d *doc) groupByAlias(a string) *entity {
	for _, e := range d.Ents {
		if f := e.Final(); f == e && !e.Dropped && (e.Kind == graph.Organization || e.Kind == graph.Group) {
			for _, x := range e.Aliases {
				if x == a {
					return e
				}
			}
		}
	}
	return nil
}

// rolePlural reports a plural title: "premiers", "ministers", "leaders", "heads" (a title of
// titles.txt with the plural -s, Quirk et al. 1985, 5.78).
func rolePlural(d *doc, t text.Token) bool {
	if t.Kind != text.Word || !strings.HasSuffix(t.Lower, "s") || strings.HasSuffix(t.Lower, "ss") {
		return false
	}
	return d.Lx.Titles[strings.TrimSuffix(t.Lower, "s")] != nil
}

// rolePremodifier reports a capitalized word that premodifies a title as its portfolio
// ("Foreign", "Finance"), no name: a word of a title of titles.txt.
func rolePremodifier(d *doc, t text.Token) bool {
	for _, w := range []string{t.Lower + " minister", t.Lower + " ministers"} {
		if d.Lx.Titles[w] != nil {
			return true
		}
	}
	return false
}

// headOfOffice reports "Heads of Government", "Heads of State" at token i: the office's own "of"
// phrase, after which the parties' "of" may follow.
func headOfOffice(st *sent, i int) bool {
	return i+2 < len(st.Toks) && st.Toks[i+1].Lower == "of" && (st.Toks[i+2].Lower == "government" || st.Toks[i+2].Lower == "state")
}

// ofPartyList reads the actors of a coordinated "of" complement that starts at token k ("of"):
// "of Malta and Cyprus", "of Greece, Malta and Cyprus", "of Government of A and B", "of the
// Baltic Council – Estonia, Latvia and Lithuania –" (the list between dashes replaces the group
// it stands in apposition to). Two actors or more, else nil.
func (d *doc) ofPartyList(st *sent, k int) []*entity {
	toks := st.Toks
	if k >= len(toks) || toks[k].Lower != "of" {
		return nil
	}
	k++
	if k+1 < len(toks) && (toks[k].Lower == "government" || toks[k].Lower == "state") && toks[k+1].Lower == "of" && actors.MentionAt(d.Doc, st, k) == nil {
		k += 2 // "Heads of Government of …"
	}
	out, k := d.actorList(st, k)
	if len(out) == 0 {
		// a group's name the actors stage did not take ("the Andean Forum – …"): capitalized
		// words up to the dash
		for n := k; n < len(toks) && n < k+6; n++ {
			if isDashTok(toks[n]) {
				k = n
				break
			}
			if !toks[n].Cap && toks[n].Lower != "the" && toks[n].Lower != "of" {
				break
			}
		}
	}
	if k < len(toks) && isDashTok(toks[k]) && len(out) <= 1 {
		if in, e := d.actorList(st, k+1); len(in) >= 2 && (e >= len(toks) || isDashTok(toks[e]) || toks[e].Text == ",") {
			return in
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// actorList reads actor mentions from token k joined by commas and "and" ("Estonia, Latvia and
// Lithuania"), an article before each allowed; it returns them and the token after the list.
func (d *doc) actorList(st *sent, k int) ([]*entity, int) {
	toks := st.Toks
	var out []*entity
	for k < len(toks) {
		s := k
		if toks[s].Lower == "the" {
			s++
		}
		m := actors.MentionAt(d.Doc, st, s)
		if m == nil || m.Ts != s || !docpkg.ActorKind(m.Ent) {
			break
		}
		out = append(out, m.Ent.Final())
		k = m.Te
		if k < len(toks) && toks[k].Text == "," && k+1 < len(toks) && toks[k+1].Lower == "and" {
			k += 2
		} else if k < len(toks) && (toks[k].Lower == "and" || toks[k].Text == ",") {
			if n := k + 1; n < len(toks) && actors.MentionAt(d.Doc, st, n) == nil && toks[n].Lower != "the" {
				break // "…, meeting as …": the list ends at the comma
			}
			k++
		} else {
			break
		}
	}
	return out, k
}

// isDashTok reports an en or em dash, or a hyphen standing alone between spaces.
func isDashTok(t text.Token) bool {
	return t.Text == "\u2013" || t.Text == "\u2014" || t.Text == "-" && t.Space
}

// rolePluralAntecedent returns the parties of the last coordinated "of" list after the role
// plural word (lower case) in an earlier sentence of the document ("The Premiers of Malta and
// Cyprus met …" before "Premiers urged …"); nil when none.
func (d *doc) rolePluralAntecedent(st *sent, word string) []*entity {
	for s := st.Idx - 1; s >= 0; s-- {
		prev := d.Sents[s]
		for k := len(prev.Toks) - 2; k >= 0; k-- {
			if prev.Toks[k].Lower != word || prev.InQuote[k] {
				continue
			}
			if ps := d.ofPartyList(prev, k+1); len(ps) >= 2 {
				return ps
			}
		}
	}
	return nil
}

// reportingSubjectWe returns the state or government that is the subject of the verb of saying
// whose that-clause has "we" (syntax token h) as its subject, outside quotation marks: "The
// Government of Laos … announces that we have offered Nepal …". A statement whose issuer names
// itself in the third person as the subject of its own verb of saying uses "we" in the reported
// clause for that same issuer (the reporter's own first person, Quirk et al. 1985, 14.31 on the
// deictic shift of indirect speech: the pronouns keep the reporter's point of view); session 23
// class N5. The verb of saying may be a conjunct sharing the subject of the first ("takes this
// opportunity … and announces that …", 13.46). nil otherwise.
func (d *doc) reportingSubjectWe(st *sent, fs *frameSentence, h int) *entity {
	r := reportingVerbOf(st, fs, h)
	if r < 0 || !strings.EqualFold(fs.toks[h].Form, "we") {
		return nil
	}
	for steps := 0; r >= 0 && steps < 3; steps++ {
		if fs.toks[r].UPOS != "VERB" || fs.toks[r].XPOS != "VBZ" {
			return nil // a third-person present verb of the issuer's own statement
		}
		for _, k := range fs.kids[r] {
			if fs.toks[k].DepRel != "nsubj" {
				continue
			}
			m := actors.MentionAt(d.Doc, st, fs.at[k])
			if m == nil || text.IsPronoun(st.Toks[fs.at[k]]) {
				return nil
			}
			if e := m.Ent.Final(); e.Kind == graph.Government || e.Kind == graph.Country {
				return e
			}
			return nil
		}
		if fs.toks[r].DepRel != "conj" {
			return nil
		}
		r = fs.toks[r].Head
	}
	return nil
}
