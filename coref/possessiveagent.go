package coref

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// possessiveAgents reads a possessive pronoun that determines an agent noun ("Its leaders
// demanded …", "Their spokesman rejected …", "His spokeswoman said …") as the genitive of the
// pronoun's antecedent: the possessive determiner is the genitive of the personal pronoun (Quirk
// et al. 1985, 6.29), so "its leaders" after "Hamas rejected the plan" are "Hamas's leaders" and
// are read as the genitive is read (groups, actor_structure.go): an organization's or
// government body's leaders, officials or fighters (groups.txt heads and orgheads) are its agents,
// a GROUP named as written with the owner's name ("Hamas leaders", rule group:org-agents)
// MEMBER_OF it (group:owner); a country's are the country, as "Iran's leaders rejected" is Iran's
// act (the possessor speaks); a spokesperson speaks for the antecedent (metonymy:spokesperson:
// Merriam-Webster "spokesperson", one who speaks as the representative of another), so the
// phrase is the antecedent itself, as "the Taliban's spokesman" is the Taliban. "his"/"her" take
// only a spokes noun (a person's spokesperson is that person's voice; a person's "leaders" are
// none). The antecedent is the pronoun's (resolvePronoun, after markSubjects so that salience
// sees subjects); the phrase is the head with at most two groups.txt drop words between
// ("its senior leaders"), a plural (groups.txt's canonical form) or a spokes noun, and ends at the head: a name after it ("its spokesman John Kirby") or a
// complement ("its members of parliament", "his spokesman for Africa") is another phrase's; and
// it is the subject of a cue or speech verb (verbAfter), as an unnamed agent is: as an object
// ("withdraw its troops") the phrase is what the act is about, not an actor of it.
// An unnamed agent made of the same words (agent:unnamed, "spokesman") gives way. Rule
// coref:possessive (issue 13, classes19 class 1).
func possessiveAgents(d *doc.Doc) {
	for _, st := range d.Sents {
		toks := st.Toks
		for k := 0; k+1 < len(toks); k++ {
			w := toks[k].Lower
			if w != "its" && w != "their" && w != "his" && w != "her" || st.Ment[k] >= 0 {
				continue
			}
			h := k + 1
			for n := 0; n < 2 && h+1 < len(toks) && toks[h].Kind == text.Word && !toks[h].Cap && d.Lx.GroupDrop[toks[h].Lower] && !actors.Determiners.Has(toks[h].Lower); n++ {
				h++
			}
			head := toks[h].Lower
			spokes := doc.SpokesNouns.Has(head)
			_, orgHead := d.Lx.GroupOrgHeads[head]
			group := d.Lx.GroupHeads[head] != "" && !d.Lx.GroupWeak[head] && !d.Lx.GroupCollective[head] || orgHead
			if group && d.Lx.GroupHeads[head] != head && d.Lx.GroupOrgHeads[head] != head {
				// a singular group head is an adjective before its noun ("their official
				// creditors") or one of the agents, whom the plural names: the plural only
				group = false
			}
			if toks[h].Kind != text.Word || toks[h].Cap && !actors.SentInitial(st, h) || !spokes && !group || (w == "his" || w == "her") && !spokes {
				continue
			}
			if n := h + 1; n < len(toks) && (toks[n].Kind == text.Word && toks[n].Cap || toks[n].Lower == "of" || toks[n].Lower == "for" || toks[n].Lower == "'s" || toks[n].Lower == "\u2019s") {
				continue
			}
			if doc.VerbAfter(d.Lx, st, h+1) < 0 {
				// only the subject of a cue or speech verb, as for the unnamed agents
				// (unnamedAgents): "withdraw its troops" is what is withdrawn, no actor
				continue
			}
			var unnamed *doc.Mention
			for j := k + 1; j <= h; j++ {
				if m := actors.MentionAt(d, st, j); m != nil {
					if m.Rule != "agent:unnamed" || m.Ts < k+1 || m.Te != h+1 || unnamed != nil && m != unnamed {
						unnamed = nil
						break
					}
					unnamed = m
				}
			}
			if unnamed == nil && actors.MentionInside(st, k+1, h+1) {
				continue
			}
			a := ResolvePronoun(d, st.Idx, k, w)
			if a == nil || !doc.ActorKind(a) {
				continue
			}
			a = a.Final()
			switch a.Kind {
			case graph.Person:
				if w != "his" && w != "her" {
					continue
				}
			case graph.Group:
				if w != "their" {
					continue
				}
			case graph.Organization, graph.Government, graph.Country:
				if w != "its" && w != "their" {
					continue
				}
			default:
				continue
			}
			e := a
			if !spokes && (a.Kind == graph.Organization || a.Kind == graph.Government) {
				pl := d.Lx.GroupHeads[head]
				if pl == "" {
					pl = d.Lx.GroupOrgHeads[head]
				}
				name := actors.OrgAgentsName(d.Lx, st, a, h, h, pl)
				e = actors.Entity(d, "group:"+graph.NormalizeName(name), graph.Group, name, "group:org-agents")
				e.Weak = true
			}
			if unnamed != nil {
				actors.Unmention(st, unnamed)
				unnamed.Ent = actors.DroppedMention()
			}
			if m := actors.AddMention(d, st, k, h+1, e, "coref:possessive"); m != nil {
				m.Subject = true
				if e != a {
					actors.MemberOf(d, st, k, h+1, e, a, "", "group:owner")
				}
			}
		}
	}
}
