package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// List items that continue a lead-in (issue 13, lists26). Fact sheets and joint statements give
// commitments as a vertical list: an introductory clause ending in a colon and items that each
// complete it (The Chicago Manual of Style, 17th ed., 6.130: "each item completes the
// introductory phrase"): "This agreement includes Chilean commitments to:" then "Remove the
// tariffs on Peruvian wheat." The item is a bare verb phrase, no subject of its own; read as the
// lead-in's continuation, its verb is the infinitive the lead-in's "to" (or its modal "will")
// awaits, so its subject is the lead-in's holder: the subject of "X will:" / "X commits to:", or
// the holder of the commitment noun of "X's commitments to:" / "Chilean commitments to:" /
// "commitments by X to:", which the frames layer reads as it reads any commitment noun (its
// possessor, demonym or by-phrase). The cleaner keeps each bulleted item as a paragraph of its
// own (input's list bullets), so the list is the run of paragraphs right after the lead-in whose
// first sentence opens with a base-form verb that has no subject (an imperative-shaped bare verb
// phrase, Quirk et al. 1985, 11.24); a list of noun phrases is no such continuation.

// listLeadInHolder returns the holder of the lead-in that the list item st continues, nil when
// st is no bare verb-phrase item or the list has no lead-in naming a holder.
func (d *doc) listLeadInHolder(st *sent, fs *frameSentence, m frames.Match) *entity {
	v := bareVerbItem(fs)
	if v < 0 || !d.opensParagraph(st) || !itemAct(fs, m, v) {
		return nil
	}
	if p := d.listLeadIn(st, bareVerbItem); p != nil {
		return d.leadInHolder(p)
	}
	return nil
}

// listLeadIn walks back over the items before st to the list's lead-in, the sentence ending in a
// colon before the first item, and returns it; nil when a paragraph between is no item (its first
// sentence has no item verb: item(fs) < 0) or none is found within 40 sentences.
func (d *doc) listLeadIn(st *sent, item func(*frameSentence) int) *sent {
	for k := st.Idx - 1; k >= 0 && st.Idx-k <= 40; k-- {
		p := d.Sents[k]
		if n := len(p.Toks); n > 1 && p.Toks[n-1].Text == ":" {
			return p
		}
		if !d.opensParagraph(p) {
			continue // a later sentence of an earlier item
		}
		if pf, _ := d.parseSentenceFor(p, true); pf == nil || item(pf) < 0 {
			return nil
		}
	}
	return nil
}

// opensParagraph reports whether st is the first sentence of its paragraph.
func (d *doc) opensParagraph(st *sent) bool {
	return st.Idx == 0 || d.Sents[st.Idx-1].S.Paragraph != st.S.Paragraph
}

// bareVerbItem returns the verb of a sentence whose first word is a base-form verb (VB), the
// root, with no subject of its own (a bare verb phrase); -1 otherwise.
func bareVerbItem(fs *frameSentence) int {
	if fs == nil || len(fs.toks) < 2 {
		return -1
	}
	v := 0
	if fs.toks[0].UPOS == "ADV" && len(fs.toks) > 2 && fs.toks[0].Head == 1 {
		v = 1 // "Effectively eliminate …": a manner adverb before the verb
	}
	t := fs.toks[v]
	if t.XPOS != "VB" || t.DepRel != "root" {
		return -1
	}
	for _, k := range fs.kids[v] {
		switch fs.toks[k].DepRel {
		case "nsubj", "nsubj:pass", "expl", "aux", "aux:pass", "mark":
			return -1
		}
	}
	return v
}

// itemAct reports whether m is the act of the item's verb phrase headed by v: the verb itself, a
// verb conjoined to it ("Suspend or remove …"), or a noun cue that is its object ("Remove the
// tariffs …"). A cue elsewhere in the item ("current and proposed export controls", a participle
// modifying a noun) is no act the lead-in's holder commits to.
func itemAct(fs *frameSentence, m frames.Match, v int) bool {
	c := fs.toks[m.Cue]
	switch {
	case m.Cue == v:
		return true
	case m.Kind == "verb":
		return c.Head == v && c.DepRel == "conj" && c.XPOS == fs.toks[v].XPOS // a conjoined predicate of the same form
	case m.Kind == "noun":
		return c.Head == v && c.DepRel == "obj"
	}
	return false
}

// leadInHolder reads the lead-in p (its last token a colon) for the holder whose verb phrase the
// items complete: "X will:" / "X shall:" (the subject before the modal), or "… commitments to:" /
// "X commits to:" / "X pledged to:", a commitment cue right before "to" whose source the frames
// layer finds (its subject, possessor, demonym or by-phrase), or a verb of intent right before
// "to" ("X intends to:"), whose subject. Nil otherwise.
func (d *doc) leadInHolder(p *sent) *entity {
	n := len(p.Toks)
	if n < 3 {
		return nil
	}
	switch p.Toks[n-2].Lower {
	case "will", "shall":
		if m := actors.MentionAt(d.Doc, p, n-3); m != nil && docpkg.ActorKind(m.Ent) {
			return m.Ent.Final()
		}
		return nil
	case "to":
	case "include", "includes", "included":
		return d.includedHolder(p)
	default:
		return nil
	}
	fs, _ := d.parseSentenceFor(p, true)
	if fs == nil {
		return nil
	}
	for _, m := range d.x.frames.Match(fs.toks) {
		if m.Type != graph.Offers || m.Scope != frames.Own || m.Source < 0 || m.Negated || fs.at[m.Cue] != n-3 {
			continue
		}
		if e, _ := d.frameActor(p, fs, m.Source, m.Cue, nil); e != nil && docpkg.ActorKind(e) {
			return e.Final()
		}
	}
	// "X intends to:", "X plans to:": a verb of intent (modality.txt class intent, CAMEO 030
	// "express intent") yields no match without its infinitive, which the items give; its
	// subject holds the intent
	for k := range fs.toks {
		if fs.at[k] != n-3 || fs.toks[k].UPOS != "VERB" || !d.x.frames.InClass("intent", fs.toks[k].Lemma) {
			continue
		}
		for _, s := range fs.kids[k] {
			if fs.toks[s].DepRel != "nsubj" {
				continue
			}
			if e, _ := d.frameActor(p, fs, s, k, nil); e != nil && docpkg.ActorKind(e) {
				return e.Final()
			}
		}
	}
	return nil
}

// announcedType is the type of m's act announced rather than done, as the list item's lead-in
// commits its holder to it: data/frames/cameo-types.txt's future column, which differs from the
// asserted one only where a material or protest code becomes CAMEO 13 THREATEN (every SANCTIONS
// row, and the OPPOSES rows 115 "bring lawsuit", 14 "protest", 173 "arrest"); the frames layer
// read the item's bare verb as asserted.
func announcedType(m frames.Match) graph.RelType {
	switch {
	case m.Type == graph.Sanctions:
		return graph.Threatens
	case m.Type == graph.Opposes && (strings.HasPrefix(m.Code, "115") || strings.HasPrefix(m.Code, "14") || strings.HasPrefix(m.Code, "173")):
		return graph.Threatens
	}
	return m.Type
}

// leadInItem reports whether st opens a paragraph of a list whose lead-in ends in "to:", "will:",
// "shall:" or a form of "include:" (read on the surface: the nearest sentence before st that ends in a colon, with
// only paragraph-opening sentences of earlier items between). Such an item completes the lead-in
// (CMOS 6.130), so it opens with the verb the lead-in's "to" or modal governs, in its base form
// (Quirk et al. 1985, 3.54: the to-infinitive and the modal take the base form); the tagger,
// trained on running text, reads a capitalized first word such as "End" or "Open" as a noun or
// a name (baseVerbItem).
func (d *doc) leadInItem(st *sent) bool {
	if !d.opensParagraph(st) {
		return false
	}
	for k := st.Idx - 1; k >= 0 && st.Idx-k <= 40; k-- {
		p := d.Sents[k]
		if n := len(p.Toks); n > 2 && p.Toks[n-1].Text == ":" {
			switch p.Toks[n-2].Lower {
			case "to", "will", "shall", "include", "includes", "included":
				return true // (a verb-phrase item after "include:" completes a commitment: includedHolder)
			}
			return false
		}
	}
	return false
}

// baseVerbItem retags the first word of a lead-in's list item (leadInItem) as a base-form verb
// (VERB, VB) when the tagger took it for a noun or a name and the word is a verb of the cue
// dictionary: "End Chilean retaliation against …", "Open Peru's market to …".
func (d *doc) baseVerbItem(st *sent, forms, upos, xpos []string) {
	if len(forms) < 2 || upos[0] == "VERB" || (upos[0] != "NOUN" && upos[0] != "PROPN") || !d.x.frames.IsVerb(strings.ToLower(forms[0])) || !d.leadInItem(st) {
		return
	}
	upos[0], xpos[0] = "VERB", "VB"
}

// includedHolder reads a lead-in "X's commitments include:" / "Chilean pledges include:" (its
// last word before the colon a form of include): the items name what the commitment holds, each
// completing the lead-in (CMOS 6.130), so their holder is the commitment noun's, the subject of
// include, as for "X's commitments to:" (an OFFERS cue noun whose source the frames layer finds:
// its possessor, demonym or by-phrase). Nil when the subject is no such noun.
func (d *doc) includedHolder(p *sent) *entity {
	fs, _ := d.parseSentenceFor(p, true)
	if fs == nil {
		return nil
	}
	n := len(p.Toks)
	for _, m := range d.x.frames.Match(fs.toks) {
		if m.Type != graph.Offers || m.Scope != frames.Own || m.Source < 0 || m.Negated || m.Kind != "noun" {
			continue
		}
		if v := fs.toks[m.Cue].Head; v < 0 || fs.at[v] != n-2 || fs.toks[m.Cue].DepRel != "nsubj" {
			continue
		}
		if e, _ := d.frameActor(p, fs, m.Source, m.Cue, nil); e != nil && docpkg.ActorKind(e) {
			return e.Final()
		}
	}
	return nil
}
