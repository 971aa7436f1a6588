package loader

// The actor a warning is addressed to (issue 13, args26; analysis25 §6a). A verb of advising
// takes its addressee as object and its message as a that-clause (VerbNet 3 advise-37.9, "NP V
// NP.recipient that S": "Earl warned Helen that the party would be tonight"; Quirk et al. 1985,
// 16.58). When the clause names an act of its own subject ("Poland warned Belarus that the
// crossings would stay closed"), the relations stage names that act as the target, the
// repository's convention (the wholedoc23 fixnu23a "warned South Korea that joint drills would
// …" → the drills); the addressee, whom PLOVER codes as the target of a THREATEN, is then no part
// of the target, so the evidence names it, as it names the addressee of a directive
// (Evidence.Addressee, relation_contentagent.go).

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// noteWarned records in d.Warned the actor a THREATENS match m of a verb of advising (modality.txt
// advise, Levin 1993 37.9) is addressed to, keyed by the act target tgt that frameTarget made of
// its that-clause: the cue's object or indirect object, when it is an actor mention other than
// the source src. Nothing for a match without such a clause (the addressee is then the target
// itself, frames addresseeWarned/addresseeAdvised) or whose object is no actor.
func (d *doc) noteWarned(st *sent, fs *frameSentence, m frames.Match, src, tgt *entity) {
	if m.Type != graph.Threatens || m.Kind != "verb" || m.Content < 0 || m.Target < 0 || m.Target == m.Content || tgt == nil || src == nil {
		return
	}
	if !d.x.frames.InClass("advise", strings.ToLower(fs.toks[m.Cue].Lemma)) || fs.toks[m.Target].Head != m.Cue {
		return
	}
	if r := fs.toks[m.Target].DepRel; r != "obj" && r != "iobj" {
		return
	}
	mm := actors.MentionAt(d.Doc, st, fs.at[m.Target])
	if mm == nil || !docpkg.ActorKind(mm.Ent) || mm.Ent.Final() == src.Final() {
		return
	}
	if d.Warned == nil {
		d.Warned = map[*entity]*entity{}
	}
	d.Warned[tgt] = mm.Ent.Final()
}
