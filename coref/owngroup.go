package coref

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// ownGroupMembers reads a definite plural member noun that opens the reported clause of an
// organization's spokesperson or leader as that organization: "A spokesman for the Darfur Front
// said the fighters would shell the airport unless …", "a commander of the Front said the rebels
// rejected the plan". The spokesperson speaks as the representative of the organization
// (Merriam-Webster "spokesperson"; AP Stylebook, "anonymous sources": the words of an unnamed
// spokesperson are the body's), and the definite article with a noun naming the organization's
// own members has its referent in the situation the speaker shares with the hearer (Quirk et
// al. 1985, 5.28–5.30, situational reference of "the"): the members of the body the speaker
// speaks for, whose act is the body's, as "they" in the same place is (coreference of the
// pronoun). A member noun is a noun of groups.txt's orghead class (the persons who act for an
// organization: fighters, troops, commanders) or a Phoenix agent of the armed non-state sectors
// (Phoenix.agents.txt codes REB and UAF: rebels, militants, insurgents, guerrillas); the
// organization is an ORGANIZATION mention right before the speech verb, inside a for- or
// of-phrase of a spokes noun (spokesnouns.txt) or of a leader noun (groups.txt's head "leaders"
// and its singular; an orghead singular such as "commander"). The phrase ("the fighters", at most
// two lower-case words between "the" and the head, followed by a lower-case word: the clause's
// verb) becomes a mention of the organization (rule coref:own-group); an unnamed agent over the
// same words gives way. A noun of another kind ("the analysts"), a modified phrase ("the
// government fighters" is other's), and a state's spokesperson keep their readings.
func ownGroupMembers(d *doc.Doc) {
	for _, st := range d.Sents {
		toks := st.Toks
		for v := 3; v+3 < len(toks); v++ {
			if _, ok := doc.SpeechAt(d.Lx, st, v); !ok || toks[v].Cap {
				continue
			}
			org := spokespersonOrg(d, st, v)
			if org == nil {
				continue
			}
			a := v + 1
			if toks[a].Lower == "that" {
				a++
			}
			if a+1 >= len(toks) || toks[a].Lower != "the" {
				continue
			}
			h := a + 1
			for n := 0; n < 2 && h+1 < len(toks) && toks[h].Kind == text.Word && !toks[h].Cap && d.Lx.GroupDrop[toks[h].Lower] && !actors.Determiners.Has(toks[h].Lower) && !agentWord(d, toks[h].Lower); n++ {
				h++ // "the senior commanders"; not "the government troops" (another body's)
			}
			if h+1 >= len(toks) || !memberNoun(d, toks[h]) {
				continue
			}
			if nx := toks[h+1]; nx.Kind != text.Word || nx.Cap || nx.Lower == "of" || nx.Lower == "for" || nx.Lower == "in" || nx.Lower == "'s" || nx.Lower == "\u2019s" {
				continue // the phrase goes on, or its verb is not next: no subject read here
			}
			clear := true
			for j := a; j <= h; j++ {
				if m := actors.MentionAt(d, st, j); m != nil {
					if m.Rule != "agent:unnamed" && m.Rule != "agent:descriptive" || m.Ts < a || m.Te > h+1 {
						clear = false
						break
					}
					actors.Unmention(st, m)
					m.Ent = actors.DroppedMention()
				}
			}
			if !clear {
				continue
			}
			if m := actors.AddMention(d, st, a, h+1, org, "coref:own-group"); m != nil {
				m.Subject = true
			}
		}
	}
}

// memberNoun reports a plural noun of an organization's members (ownGroupMembers): an orghead of
// groups.txt in its plural, or the plural of a Phoenix agent coded REB or UAF.
func memberNoun(d *doc.Doc, t text.Token) bool {
	if t.Kind != text.Word || t.Cap {
		return false
	}
	if pl, ok := d.Lx.GroupOrgHeads[t.Lower]; ok && pl == t.Lower {
		return true
	}
	if d.Phx == nil {
		return false
	}
	a, ok := d.Phx.Agent(t.Lower)
	if !ok || !a.Plural {
		return false
	}
	s := lexicon.SectorOf(a.Code)
	return s == "REB" || s == "UAF"
}

// spokespersonOrg returns the ORGANIZATION that the subject ending right before speech verb v
// speaks for: "<determiner> [modifiers] <spokes noun | leader noun> for|of [the] <ORG>", or nil.
func spokespersonOrg(d *doc.Doc, st *doc.Sent, v int) *doc.Entity {
	toks := st.Toks
	m := actors.MentionAt(d, st, v-1)
	if m == nil || m.Te != v || m.Ent.Final().Kind != graph.Organization || !doc.ActorKind(m.Ent) {
		return nil
	}
	j := m.Ts - 1
	if j >= 0 && toks[j].Lower == "the" {
		j--
	}
	if j < 1 || toks[j].Lower != "for" && toks[j].Lower != "of" {
		return nil
	}
	w := toks[j-1].Lower
	if !doc.SpokesNouns.Has(w) && w != "leader" && w != "leaders" && !(d.Lx.GroupOrgHeads[w] != "" && d.Lx.GroupOrgHeads[w] != w) {
		return nil
	}
	return m.Ent.Final()
}

// agentWord reports a word the Phoenix agents dictionary lists as an agent noun or as the first
// word of one ("government", "army"): a modifier that names another body's members.
func agentWord(d *doc.Doc, w string) bool {
	if d.Phx == nil {
		return false
	}
	if _, ok := d.Phx.Agent(w); ok {
		return true
	}
	_, ok := d.Phx.AgentPrefix(w)
	return ok
}
