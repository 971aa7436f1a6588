package loader

import "strings"

// wholeOutletLabels gives a questioner's outlet, named by the second label of a question turn
// ("Q: Thai PBS: …"), the label's whole name when the actor layer read only its last part as the
// actor: a demonym before a name ("Thai PBS", "Korean Broadcasting System") is taken as the
// name's national modifier and cut off, leaving "PBS". The label is the outlet's proper name as
// the transcript writes it (questionerOutlets, speaker_docs.go: the capitalized words before the
// colon name the questioner's outlet), and a demonym that opens a proper name is part of it
// (Chicago Manual of Style 8.67, names of organizations: capitalized as written, "the Thai
// PBS"). It applies only to an entity mentioned in the label alone (nowhere else in the article),
// whose mention ends the label and whose missing words are demonyms of countries.txt. The label's
// name becomes the entity's name and the part an alias.
func (d *doc) wholeOutletLabels() {
	for _, st := range d.sents {
		lo, hi := outletLabel(st, labelEnd(st))
		if hi <= lo {
			continue
		}
		var in *mention
		n := 0
		for _, mi := range d.bySent[st.Idx] {
			if m := d.mentions[mi]; m.Ts >= lo && m.Te <= hi {
				in, n = m, n+1
			}
		}
		if n != 1 || in.Ts == lo || in.Te != hi {
			continue
		}
		demonyms := true
		for k := lo; k < in.Ts; k++ {
			demonyms = demonyms && d.isDemonym(st.Toks[k].Text)
		}
		e := in.Ent.Final()
		if !demonyms || e.Merged != nil || d.mentionedOutside(e, st.Idx, lo, hi) {
			continue
		}
		e.AddAlias(e.Name)
		e.Name = d.spanText(st, lo, hi)
		e.AddAlias(e.Name)
	}
}

// isDemonym reports a word that is a demonym of a country of countries.txt ("Thai", "Korean").
func (d *doc) isDemonym(w string) bool {
	for _, c := range d.lx.Countries {
		for _, dm := range c.Demonyms {
			if strings.EqualFold(dm, w) {
				return true
			}
		}
	}
	return false
}

// mentionedOutside reports a mention of e (or of an entity merged into it) other than in the
// label [lo, hi) of sentence s.
func (d *doc) mentionedOutside(e *entity, s, lo, hi int) bool {
	for _, m := range d.mentions {
		if m.Ent.Final() == e && !(m.Sent == s && m.Ts >= lo && m.Te <= hi) {
			return true
		}
	}
	return false
}
