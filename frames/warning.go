package frames

import (
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// reportedWarning matches a verb of saying (modality.txt report, or "make clear", whose
// adjective complement makes it one: "has made clear to Caracas that …") whose content clause
// says that an act of another would or will carry repercussions: "told Manila that further
// provocations would bring a firm response", "made clear that any military action would carry
// serious consequences". CAMEO.2.0.txt codes the warning of them in its WARN block, 130 THREATEN
// ("* CONSEQUENCES", "* (OF RESPONSE)", "* {SEVERE REPRISALS}"), and PLOVER THREATEN holds "all
// threats, coercive or forceful warnings with serious potential repercussions"; saying the
// consequence clause is the same warning in other words. The clause must have:
//   - a will or would on its verb (modality.txt future, conditional): a consequence yet to come,
//     not a fact reported ("the incursion had grave consequences");
//   - a subject that is a common noun naming a hypothetical act, the act warned against ("any
//     incursion", "further launches": hypotheticalAct), not a pronoun ("it would face
//     consequences" is the speaker's own hardship) nor a definite event ("the reforms would
//     have positive consequences" forecasts effects);
//   - an object of the class repercussion (modality.txt: the WARN block's objects).
//
// Source: the speaker; content: the clause; target: the clause's subject (the act warned
// against). Rule "frames:<frame>-warning:modality/repercussion/<noun>".
func (lx *Lexicon) reportedWarning(tr *tree, i int) []Match {
	if tr.t[i].UPOS != "VERB" {
		return nil
	}
	x := tr.child(i, "xcomp")
	clear := tr.lemma(i) == "make" && x >= 0 && tr.lem[x] == "clear"
	if !lx.in("report", tr.lemma(i)) && !clear {
		return nil
	}
	c := tr.child(i, "ccomp")
	if c < 0 && clear {
		c = tr.child(x, "ccomp") // the clause hung on the adjective: "made clear that …"
	}
	if c < 0 || tr.t[c].UPOS != "VERB" {
		return nil
	}
	o := tr.child(c, "obj")
	if o < 0 || !lx.in("repercussion", tr.lemma(o)) {
		return nil
	}
	modal := false
	for _, k := range tr.kids[c] {
		if base(tr.rel(k)) == "aux" && (lx.in("future", tr.lemma(k)) || lx.in("conditional", tr.lemma(k))) {
			modal = true
		}
	}
	s := tr.child(c, "nsubj")
	if !modal || s < 0 || tr.t[s].UPOS != "NOUN" || !hypotheticalAct(tr, s) {
		return nil
	}
	src, frame := tr.verbSource(i, 0)
	mode, neg, hedged := lx.modality(tr, i)
	scope, outer := lx.scope(tr, i, mode, src)
	m := Match{Cue: i, Kind: "verb", Type: graph.Threatens, Source: src, Target: s, Content: c, Mode: mode,
		Negated: neg, Hedged: hedged, Scope: scope, Outer: outer, Code: "130", Plover: "THREATEN",
		Rule: "frames:" + frame + "-warning:modality/repercussion/" + tr.lemma(o)}
	return tr.perSource(m, src)
}

// hypotheticalAct reports a noun quantified by any, every, each, all, no or such, or modified by
// further or another: in a will/would clause such a subject stands for a condition ("any attack
// would …" = "if there were an attack, it would …"; Quirk et al. 1985, 10.60–10.61 on nonassertive
// any, 15.33 on implied conditions), the act a warning is about.
func hypotheticalAct(tr *tree, s int) bool {
	mods := tr.kids[s]
	for _, k := range tr.kids[s] {
		if tr.rel(k) == "compound" {
			mods = append(mods[:len(mods):len(mods)], tr.kids[k]...) // "further missile launches"
		}
	}
	for _, k := range mods {
		switch w := tr.lower[k]; {
		case tr.rel(k) == "det" && (w == "any" || w == "every" || w == "each" || w == "all" || w == "no" || w == "such"):
			return true
		case w == "further" || w == "another":
			return true
		}
	}
	return false
}

// orFaceThreats returns, for each own demand among ms whose demanded act is coordinated by "or"
// with face (or risk, incur) and a coercive measure or repercussion ("told Hamas to release the
// hostages or face a ground offensive", "urged Minsk to free the prisoners or face sanctions"),
// the threat that the coordination states: "do A or face B" is "if you do not do A, you will face
// B", or as a negative condition (Quirk et al. 1985, 13.24, or-coordination implying condition),
// and a demand backed by a penalty on refusal is an ultimatum, CAMEO 139 "give ultimatum" (PLOVER
// THREATEN "give a final warning, ultimate demand or order, the rejection of which carries the
// risk of some form of retaliation"). Source: the demand's source; target: its addressee (the
// directive's object), else the demand's target; content: the face clause. Rule
// "frames:<frame>-warning:modality/<class>/<noun>".
func (lx *Lexicon) orFaceThreats(tr *tree, ms []Match) []Match {
	var out []Match
	for _, m := range ms {
		if m.Type != graph.Demands || m.Scope != Own || m.Negated || m.Source < 0 || m.Content < 0 {
			continue
		}
		for k := m.Content + 1; k < len(tr.t); k++ {
			// "… or face N": face (risk, incur) right after "or", inside the demanded act; the
			// parser often tags such a face as a noun compounded with N, then N is its head
			if l := tr.lower[k]; l != "face" && l != "risk" && l != "incur" || tr.lower[k-1] != "or" || !tr.within(k, m.Content) && !tr.baseConjunctOfPast(k, m.Cue) {
				continue
			}
			o := tr.child(k, "obj")
			if tr.t[k].UPOS != "VERB" && tr.rel(k) == "compound" {
				o = tr.t[k].Head
			}
			if o < 0 {
				continue
			}
			class := ""
			switch ol := tr.lemma(o); {
			case lx.in("hostile", ol):
				class = "hostile"
			case lx.in("repercussion", ol):
				class = "repercussion"
			default:
				continue
			}
			tgt := tr.child(m.Cue, "obj", "iobj")
			if tgt < 0 {
				tgt = m.Target
			}
			frame, _, _ := strings.Cut(strings.TrimPrefix(m.Rule, "frames:"), ":")
			frame, _, _ = strings.Cut(frame, "-")
			out = append(out, Match{Cue: m.Cue, Kind: m.Kind, Type: graph.Threatens, Source: m.Source,
				Target: tgt, Content: -1, Mode: m.Mode, Hedged: m.Hedged, Scope: Own, Outer: -1,
				Code: "139", Plover: "THREATEN", Rule: "frames:" + frame + "-warning:modality/" + class + "/" + tr.lemma(o)})
		}
	}
	return out
}

// baseConjunctOfPast reports a base form k ("face", VB/VBP) the parser conjoined to a finite verb c
// in the past or third-person present ("gave Kabila three days to step down, or face …"): a base
// form is no finite conjunct of such a verb (coordination joins like constituents, and a
// conjoined predicate agrees in tense and person with the first, Quirk et al. 1985, 13.5, 13.46),
// so it continues the infinitive clause inside c's complement, as "… to step down or face …".
func (tr *tree) baseConjunctOfPast(k, c int) bool {
	return tr.t[k].Head == c && tr.rel(k) == "conj" && (tr.t[k].XPOS == "VB" || tr.t[k].XPOS == "VBP") &&
		(tr.t[c].XPOS == "VBD" || tr.t[c].XPOS == "VBZ")
}

// within reports whether token k is in the subtree of token c (conjuncts included).
func (tr *tree) within(k, c int) bool {
	for n := 0; k >= 0 && n < len(tr.t); n++ {
		if k == c {
			return true
		}
		k = tr.t[k].Head
	}
	return false
}
