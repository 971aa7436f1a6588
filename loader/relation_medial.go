package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
)

// medialSource is the source of a match the frames package read as a clause split by a medial
// reporting clause (frame verb-medial: "Vietnam, the spokeswoman Le Hang said, opposes …";
// Quirk et al. 1985, 15.53): the noun phrase before the first comma, m.Source. When the parser
// hung the reporter on that noun phrase as its appositive, frameActor would take the appositive
// for the phrase's referent (an appositive is coreferent with its anchor, 17.65); here it is the
// reporting clause's subject, another referent (the reporter), so a source that is the
// appositive's actor gives way to the head's own mention or, for "the <noun>", to its definite
// resolution (coref:definite), else to none. ok is false for any other frame.
func (d *doc) medialSource(st *sent, fs *frameSentence, m frames.Match, not *entity) (src *entity, how string, ok bool) {
	if !strings.HasPrefix(m.Rule, "frames:verb-medial:") || m.Source < 0 {
		return nil, "", false
	}
	src, how = d.frameActor(st, fs, m.Source, m.Cue, not)
	if src == nil {
		return nil, "", true
	}
	h := m.Source
	for _, k := range fs.kids[h] {
		if fs.toks[k].DepRel != "appos" || k < h {
			continue
		}
		if am := actors.MentionAt(d.Doc, st, fs.at[k]); am == nil || am.Ent.Final() != src.Final() {
			continue
		}
		// the source found is the reporter: take the head's own referent
		lh := fs.at[h]
		if hm := actors.MentionAt(d.Doc, st, lh); hm != nil && docpkg.ActorKind(hm.Ent) && hm.Ent.Final() != src.Final() {
			return hm.Ent.Final(), "", true
		}
		if lh > 0 && st.Toks[lh-1].Lower == "the" {
			if e := coref.ResolveDefinite(d.Doc, st.Idx, lh); e != nil && docpkg.ActorKind(e) && e.Final() != src.Final() {
				return e.Final(), "coref", true
			}
		}
		return nil, "", true
	}
	return src, how, true
}
