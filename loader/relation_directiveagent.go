package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// The agent of a demanded act named by a pronoun (issue 13, trial 15 B11): contentAgent
// (relation_frames.go) writes the act with who is to do it; a pronoun subject is written as
// the actor it stands for when the sentence names it.

// pronounAgent is the actor a third-person pronoun subject k of a demanded act refers to: the
// mention coreference made of the pronoun, else an agreeing actor its own sentence names as the
// addressee before it. The addressee of a directive is the subject of its content clause (Quirk
// et al. 1985, 16.32: a mandative clause's subject names who is to act), so the act is written
// with its agent as when the clause names it ("Bolivia withdrawing its troops"). Two places in
// the sentence name that addressee before the pronoun:
//   - the for- or to-phrase of the noun whose content the clause specifies ("Our advice for
//     Brazil is that it should return …": the clause is the noun's predicative content, UD
//     nsubj:outer, and "advice for X", "message to X" name the one advised);
//   - the subject of an adverbial clause before the pronoun on the same verb ("if Chile wants
//     better ties, it must abandon …"): a subject is the most salient antecedent, and a preceding
//     subordinate clause's subject the nearest (Lappin & Leass 1994, §2.1 salience factors:
//     subject emphasis, recency).
//
// The actor must agree with the pronoun (fits: "it" a state or body, "they" a group, state or
// body, "he"/"she" a person). nil for a first- or second-person pronoun or when none fits.
func (d *doc) pronounAgent(st *sent, fs *frameSentence, k int) *entity {
	w := strings.ToLower(fs.toks[k].Form)
	switch w {
	case "it", "they", "he", "she":
	default:
		return nil
	}
	if e := d.reportedDirectiveAddressee(st, fs, k); e != nil {
		return e // "told Kiev it must pay": the one told (relation_directiveaddressee.go)
	}
	if mm := actors.MentionAt(d.Doc, st, fs.at[k]); mm != nil && docpkg.ActorKind(mm.Ent) {
		return mm.Ent.Final()
	}
	cls := text.PronounClass(w)
	agrees := func(h int) *entity {
		if h < 0 || h >= k {
			return nil
		}
		if mm := actors.MentionAt(d.Doc, st, fs.at[h]); mm != nil && docpkg.ActorKind(mm.Ent) && actors.Fits(mm.Ent.Final(), cls) {
			return mm.Ent.Final()
		}
		return nil
	}
	v := fs.toks[k].Head
	if v < 0 {
		return nil
	}
	for _, o := range fs.kids[v] {
		if fs.toks[o].DepRel != "nsubj:outer" {
			continue
		}
		for _, n := range fs.kids[o] {
			if c := fs.caseOf(n); c >= 0 && fs.toks[n].DepRel == "nmod" && (strings.EqualFold(fs.toks[c].Form, "for") || strings.EqualFold(fs.toks[c].Form, "to")) {
				if e := agrees(n); e != nil {
					return e
				}
			}
		}
	}
	for _, a := range fs.kids[v] {
		if fs.toks[a].DepRel != "advcl" || a > k {
			continue
		}
		for _, sj := range fs.kids[a] {
			if r := fs.toks[sj].DepRel; r == "nsubj" || r == "nsubj:pass" {
				if e := agrees(sj); e != nil {
					return e
				}
			}
		}
	}
	return nil
}
