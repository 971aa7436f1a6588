package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/speakers"
)

// Gerund items of a communiqué (readout20, R2). Joint communiqués, council conclusions and
// resolutions set out their parties' acts as a verbless lead-in — a noun phrase naming the
// parties, often with a relative clause, ending in a colon ("The Ministers of A and B, who met in
// … on …:") — followed by items that each open with an -ing verb and have no subject
// ("reaffirming their support for …;", "condemning the attack on …;", "welcoming …."). A
// subjectless -ing clause takes its understood subject from its controller (Huddleston & Pullum
// 2002, ch. 14 §§4–6 on non-finite clauses and control; Quirk et al. 1985, 15.59 on the
// unattached participle, whose subject is recovered from the context), and the only candidate
// here is the lead-in's head: the item's act is the parties'. As for a bare verb-phrase item
// after "X will:" (relation_listitem.go), the list is the run of paragraphs after the lead-in
// whose first sentence opens so. Unlike that list the items assert the acts (the communiqué
// condemns, welcomes), no commitment for the future.

// gerundItemController returns the controller of the list item st whose act m is — the head of
// the verbless lead-in the item follows (fragmentHead) — and whether it stands for the parties of
// a joint text (jointPartiesSubject: the relation is then every party's); nil when st is no
// subjectless -ing item or the lead-in is no verbless fragment naming an actor.
func (d *doc) gerundItemController(st *sent, fs *frameSentence, m frames.Match) (*entity, bool) {
	v := gerundItem(fs)
	if v < 0 || !d.opensParagraph(st) || !itemAct(fs, m, v) {
		return nil, false
	}
	if p := d.listLeadIn(st, gerundItem); p != nil {
		return d.fragmentHead(p)
	}
	return nil, false
}

// gerundItem returns the verb of a sentence whose first word is an -ing verb (VBG), the root,
// with no subject, auxiliary or subordinator of its own; -1 otherwise.
func gerundItem(fs *frameSentence) int {
	if fs == nil || len(fs.toks) < 2 {
		return -1
	}
	t := fs.toks[0]
	if t.XPOS != "VBG" || t.DepRel != "root" {
		return -1
	}
	for _, k := range fs.kids[0] {
		switch fs.toks[k].DepRel {
		case "nsubj", "nsubj:pass", "expl", "aux", "aux:pass", "mark", "cop":
			return -1
		}
	}
	return 0
}

// fragmentHead reads the lead-in p (its last token a colon) as a verbless fragment: a noun phrase
// whose head is the root of its parse (no finite verb outside a modifying clause) and names an
// actor — the parties of the joint text p belongs to when the head is their definite description
// ("The Ministers", "The two sides": jointPartiesSubject), else the actor whose name holds the
// head ("The Council of the European Union, meeting in …:"); an actor named only in a modifier
// ("Highlights of the week in Somalia:") is none. Nil otherwise.
func (d *doc) fragmentHead(p *sent) (*entity, bool) {
	fs, _ := d.parseSentenceFor(p, true)
	if fs == nil {
		return nil, false
	}
	root := -1
	for i, t := range fs.toks {
		if t.Head < 0 {
			root = i
			break
		}
	}
	if root < 0 || fs.toks[root].UPOS != "NOUN" && fs.toks[root].UPOS != "PROPN" {
		return nil, false
	}
	for _, k := range fs.kids[root] {
		if r := fs.toks[k].DepRel; r == "cop" || strings.HasPrefix(r, "nsubj") {
			return nil, false // a copular clause, no fragment
		}
	}
	if e := speakers.JointPartiesSubject(d.Doc, p, fs.at[root]); e != nil {
		return e, true
	}
	if m := actors.MentionAt(d.Doc, p, fs.at[root]); m != nil && docpkg.ActorKind(m.Ent) {
		return m.Ent.Final(), false // the head itself names the actor, not a modifier ("… in Somalia:")
	}
	return nil, false
}

// parseGerundItems parses a sentence of -ing items run together with semicolons ("reaffirming
// …; condemning …; calling for …") item by item, and reports whether it did: each item is a
// subjectless -ing clause of its own, coordinated with the first (the semicolon separates the
// items of a run-in list, CMOS 6.60, 6.130), which the parser, given the whole, reads as one
// clause with the later items hung inside the earlier ones. Each part between semicolons is
// parsed alone; a part whose root is its opening -ing verb is a conjunct of the first item's
// verb, any other part (an item the tagger did not read so) hangs on it as parataxis, and each
// semicolon is punctuation of the part after it. False (and nothing written) unless the sentence
// opens with an -ing verb (VBG) that is its first part's root and a later part opens with one.
func parseGerundItems(ex *Extractor, fs *frameSentence) bool {
	n := len(fs.toks)
	if n < 4 || fs.toks[0].XPOS != "VBG" {
		return false
	}
	starts, gerunds := []int{0}, 0
	for i := 2; i < n; i++ {
		if fs.toks[i-1].Form == ";" {
			starts = append(starts, i)
			if fs.toks[i].XPOS == "VBG" {
				gerunds++
			}
		}
	}
	if gerunds == 0 {
		return false
	}
	saved := make([]frames.Token, n)
	copy(saved, fs.toks)
	roots := make([]int, len(starts))
	for k, a := range starts {
		end := n
		if k+1 < len(starts) {
			end = starts[k+1] - 1 // the semicolon goes to the next item
		}
		roots[k] = parsePart(ex, fs, span(a, end))
		if roots[k] < 0 || k == 0 && roots[k] != 0 {
			copy(fs.toks, saved)
			return false
		}
	}
	fs.toks[0].Head, fs.toks[0].DepRel = -1, "root"
	for k, r := range roots[1:] {
		rel := "parataxis"
		if r == starts[k+1] && fs.toks[r].XPOS == "VBG" {
			rel = "conj"
		}
		fs.toks[r].Head, fs.toks[r].DepRel = 0, rel
		fs.toks[starts[k+1]-1].Head, fs.toks[starts[k+1]-1].DepRel = r, "punct"
	}
	return true
}
