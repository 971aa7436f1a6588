package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// commandVerbs are the verbs of command (data/wordclasses/commandverbs.txt).
var commandVerbs = lexicon.WordClass("commandverbs")

// commandedOwnAct returns the subject (a syntax token) of a verb of command whose infinitive holds
// the match m, when the command's object is an office of the commander's own government: "I
// directed the Trade Representative to impose tariffs on …", "The President ordered the Treasury
// Secretary to impose sanctions on …", "I have instructed our ambassador to lodge a protest". A
// head of government or minister acts through the offices under him: CAMEO codes the event for
// the principal on whose authority it is done (CAMEO codebook 1.1b3, "source actor": the actor
// that initiates the action; an official's act is his government's), and the order itself is no
// demand made of another actor but the announcement of the principal's own act (Quirk et al. 1985,
// 16.63: with a verb of command, the object carries out the infinitive's act at the subject's
// behest). The match's content scope is lifted and its source is the commander. The office is a
// title with no holder named in the object's phrase ("the Secretary of Commerce", "the United
// States Trade Representative", "his Trade Representative"), or a government body; neither may
// name a person, or a state or body of a state other than the commander's ("ordered Peru's
// trade minister to …", "instructed the Chilean ambassador to …" stay demands of another).
// -1 otherwise, and for a request ("urged the minister to …": a request asks, it does not
// command).
func (d *doc) commandedOwnAct(st *sent, fs *frameSentence, matches []frames.Match, m frames.Match) int {
	if m.Scope != frames.Content || m.Outer < 0 || m.Outer >= len(fs.toks) || !commandVerbs.Has(strings.ToLower(fs.toks[m.Outer].Lemma)) {
		return -1
	}
	src := -1
	for _, o := range matches {
		if o.Cue == m.Outer && o.Scope == frames.Own && o.Source >= 0 && !o.Negated {
			src = o.Source
		}
	}
	if src < 0 {
		return -1
	}
	obj := -1
	for _, k := range fs.kids[m.Outer] {
		if r := fs.toks[k].DepRel; r == "obj" || r == "iobj" {
			obj = k
			break
		}
	}
	if obj < 0 {
		return -1
	}
	principal, _ := d.frameActor(st, fs, src, m.Outer, nil)
	if principal == nil {
		return -1
	}
	var own *lexicon.Country
	if c := principal.Final().Country; c != nil && !principal.Final().Guessed {
		own = c
	}
	lo, hi := fs.phrase(obj)
	office := false
	for k := lo; k < hi; k++ {
		t := fs.at[k]
		if t < 0 {
			continue
		}
		if mm := actors.MentionAt(d.Doc, st, t); mm != nil && docpkg.ActorKind(mm.Ent) {
			e := mm.Ent.Final()
			switch e.Kind {
			case graph.Person, graph.Organization, graph.Group:
				return -1 // a named holder, or a body outside government
			case graph.Country, graph.Government:
				if e.Country == nil || own == nil || e.Country.Code != own.Code {
					return -1 // another state, or a body whose state is not the commander's
				}
				office = office || e.Kind == graph.Government
			}
		}
		if actors.TitleAt(d.Doc, st, t) != nil {
			office = true
		}
	}
	if !office {
		return -1
	}
	return src
}
