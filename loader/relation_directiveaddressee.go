package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// reportedDirectiveRule is appended to the rule of a reported obligation whose pronoun subject
// was read as the addressee of the verb of telling (reportedDirectiveAddressee).
const reportedDirectiveRule = "+addressee:reported-directive"

// reportedDirectiveAddressee is the addressee of a verb of telling whose content clause lays an
// obligation on a third-person pronoun subject k: "Moscow told Kiev it must pay its gas debts",
// "the EU told Hungary that it should respect the rule of law". Told to an addressee, a clause
// under a modal of obligation is an indirect directive (Quirk et al. 1985, 14.33: "He told me
// that I must …" reports "You must …"), and the deontic modal's source is the speaker, its
// obligation on the one addressed (Huddleston & Pullum 2002, 3.9.2; Searle 1976: a directive's
// hearer is the one to act), so the pronoun is the addressee, whatever coreference read it as
// (the nearest subject, the speaker, would make the demand a commitment). The verb is tell (Levin
// 1993, 37.2) or a verb of informing (modality.txt advise, Levin 37.9: warn, notify, …); the
// addressee its indirect object, or its object before the clause, an actor that agrees with the
// pronoun (actors.Fits). nil otherwise: "Moscow told Kiev it would cut supplies" (no obligation),
// "told reporters it must …" (no actor addressed), "we must" (the speaker's side).
func (d *doc) reportedDirectiveAddressee(st *sent, fs *frameSentence, k int) *entity {
	if k < 0 {
		return nil
	}
	w := strings.ToLower(fs.toks[k].Form)
	switch w {
	case "it", "they", "he", "she":
	default:
		return nil
	}
	c := fs.toks[k].Head
	if c < 0 || !strings.HasPrefix(fs.toks[k].DepRel, "nsubj") || !strings.HasPrefix(fs.toks[c].DepRel, "ccomp") {
		return nil
	}
	modal := false
	for _, a := range fs.kids[c] {
		if strings.HasPrefix(fs.toks[a].DepRel, "aux") && d.x.frames.InClass("deontic", strings.ToLower(lemmaOf(fs.toks[a]))) {
			modal = true
		}
	}
	v := fs.toks[c].Head
	if !modal || v < 0 {
		return nil
	}
	if l := strings.ToLower(lemmaOf(fs.toks[v])); l != "tell" && !d.x.frames.InClass("advise", l) {
		return nil
	}
	cls := text.PronounClass(w)
	for _, o := range fs.kids[v] {
		if r := fs.toks[o].DepRel; r != "iobj" && !(r == "obj" && o < c) {
			continue
		}
		if mm := actors.MentionAt(d.Doc, st, fs.at[o]); mm != nil && docpkg.ActorKind(mm.Ent) && actors.Fits(mm.Ent.Final(), cls) {
			return mm.Ent.Final()
		}
	}
	return nil
}
