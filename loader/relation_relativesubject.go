package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
)

// relativeSubjectNearer finds the referent of a third-person pronoun at parse token h that is
// the subject of a relative clause ("… release the citizens it has detained") whose antecedent
// noun is an argument of a clause with its own subject of the pronoun's number ("the regime in
// Venezuela", "Peru"). That subject is the nearest subject before the pronoun, and salience
// favours the subject and the most recent clause (Lappin & Leass 1994; Quirk et al. 1985, 19.48
// on the proximity of an anaphoric pronoun to its antecedent), so the pronoun refers to it, not
// to an actor farther back (the main clause's subject, the reporting speaker). ok reports the
// construction; e is the subject's actor, nil when its head names none (then the relative
// clause's act takes no source).
func (d *doc) relativeSubjectNearer(st *sent, fs *frameSentence, h int) (*entity, bool) {
	w := strings.ToLower(fs.toks[h].Form)
	if w != "it" && w != "they" || fs.toks[h].DepRel != "nsubj" {
		return nil, false
	}
	rc := fs.toks[h].Head
	if rc < 0 || fs.toks[rc].DepRel != "acl:relcl" {
		return nil, false
	}
	n := fs.toks[rc].Head
	if n < 0 || n > h {
		return nil, false
	}
	v := fs.toks[n].Head
	if v < 0 {
		return nil, false
	}
	for _, s := range fs.kids[v] {
		if fs.toks[s].DepRel != "nsubj" || s >= n || fs.toks[s].UPOS != "NOUN" && fs.toks[s].UPOS != "PROPN" {
			continue
		}
		plural := strings.HasSuffix(fs.toks[s].XPOS, "S")
		if plural != (w == "they") {
			return nil, false
		}
		// the subject's head: an actor mention names the referent ("Peru must free the
		// activists it detained"); a head that names no actor ("the regime in Venezuela": a
		// place in its modifier does not make the regime an actor mention) names none
		k := fs.at[s]
		if k < 0 {
			return nil, false
		}
		if m := actors.MentionAt(d.Doc, st, k); m != nil && docpkg.ActorKind(m.Ent) {
			return m.Ent.Final(), true
		}
		return nil, true
	}
	return nil, false
}
