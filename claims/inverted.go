package claims

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/surface"
	"github.com/claimgraph/claimgraph/text"
)

// invertedSayer returns the actor of an inverted reporting clause that closes a sentence after
// its reported clause ("…, said the Bolivian foreign ministry's spokesman.", "…, said a
// spokesman for the ministry on Monday."), with the index of the verb k as the start of the
// attribution, or nil: the verb of saying k follows the comma that closes a clause of three words
// at least, and after it come only a noun phrase naming or describing an actor, with no finite
// verb to the end of the sentence. Subject–verb inversion in a reporting clause after the
// reported clause, Quirk et al. 1985, 14.30; the words before the comma are the reported clause,
// not the subject (AP Stylebook, "said": attribution after the quote or paraphrase). With a
// finite verb after the noun phrase ("…, said Kenya's position was weak") the words after the
// verb are a reported clause of their own.
func invertedSayer(d *doc.Doc, st *doc.Sent, k int) *doc.Entity {
	toks := st.Toks
	if k < 4 || toks[k-1].Text != "," || speakers.WordCount(st, 0, k-1) < 3 {
		return nil
	}
	for x := k + 1; x < len(toks); x++ {
		if actors.FiniteVerbAt(d, st, x) || toks[x].Kind == text.Quote {
			return nil
		}
	}
	if e := surface.RoleApposedSpeaker(d, st, k); e != nil {
		return e // "…, said county health inspector Ana Ruiz.": a role in close apposition (surface_roleappos.go)
	}
	if e := surface.DescribedSpeaker(d, st, k); e != nil {
		return e // "…, said another appellate lawyer, Ana Ruiz.": the name in apposition (surface/describedspeaker.go)
	}
	// before the actor's name: determiners, role words and of/for ("the spokesman of the …")
	x := k + 1
	for x < len(toks) && x <= k+6 && actors.MentionAt(d, st, x) == nil {
		w := toks[x].Lower
		if w != "the" && w != "a" && w != "an" && w != "of" && w != "for" && d.Lx.Titles[w] == nil {
			return nil
		}
		x++
	}
	m := actors.MentionAt(d, st, x)
	if m == nil || !doc.ActorKind(m.Ent) {
		return nil
	}
	// after it: a possessed role word, a time word, and the end of the sentence
	for y := m.Te; y < len(toks); y++ {
		w := toks[y].Lower
		if toks[y].Kind == text.Word && w != "'s" && w != "on" && w != "here" && !doc.WireDays.Has(w) && d.Lx.Titles[w] == nil {
			return nil
		}
	}
	return m.Ent.Final()
}
