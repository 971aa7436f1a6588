package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// acronymAlias makes the acronym at token k an alias of e: what an earlier rule made of the acronym
// alone (an "org:acronym" organization) joins e, and the token becomes a mention of e.
func acronymAlias(d *doc.Doc, st *doc.Sent, k int, e *doc.Entity) {
	if om := MentionAt(d, st, k); om != nil && om.Ent != e {
		om.Ent.MergeInto(e)
	}
	if st.Ment[k] < 0 {
		AddMention(d, st, k, k+1, e, "alias:acronym")
	}
	e.AddAlias(st.Toks[k].Text)
}

// acronyms handles "Name (ABC)": the acronym becomes an alias of the name before it, or, after a
// phrase that names no actor ("deep ultra violet (DUV)"), a word that is never an actor.
func acronyms(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 1; i+2 < len(toks); i++ {
		if (toks[i].Text != "(" && toks[i].Text != "[") || !toks[i+1].AllCaps || (toks[i+2].Text != ")" && toks[i+2].Text != "]") {
			continue
		}
		ab := toks[i+1]
		if m := MentionAt(d, st, i-1); m != nil && m.Ent.Final().Kind == graph.Country && !countryAcronym(d, st, i+1, m) {
			// "the Committee on Foreign Investment in the United States (CFIUS)": an acronym a
			// country's name does not spell is no alias of the country; it abbreviates the longer
			// name the country ends, when the initials of that name spell it
			if e := acronymThroughPlace(d, st, m, i); e != nil {
				if st.Ment[i+1] < 0 {
					AddMention(d, st, i+1, i+2, e, "alias:acronym")
				}
				e.AddAlias(ab.Text)
			}
			continue
		}
		if m := MentionAt(d, st, i-1); m != nil && m.Ent.Final().Kind != "" && m.Ent.Final().Kind != graph.Policy {
			if numberedInstance(d, st, i+1, m) {
				// "the 19th replenishment of IDA (IDA-19)": a numbered round, no alias
				if om := MentionAt(d, st, i+1); om != nil && om.Ent.Final().Rule == "org:acronym" {
					om.Ent.Final().Dropped = true
				}
				d.NonActor[ab.Lower] = true
				continue
			}
			e := m.Ent.Final()
			if ie := acronymOfInnerBody(d, st, i+1, m); ie != nil {
				e = ie // "Standing Committee of the National People's Congress (NPC)": the congress's
			}
			acronymAlias(d, st, i+1, e)
			continue
		}
		if ordinalMeetingBefore(st, i) {
			// "the 22nd … Economic Forum (SPIEF)": the acronym of an event
			if om := MentionAt(d, st, i+1); om != nil && om.Ent.Final().Kind == graph.Organization && om.Ent.Final().Rule == "org:acronym" {
				om.Ent.Final().Dropped = true
			}
			d.NonActor[ab.Lower] = true
			continue
		}
		if e := expandedAcronym(d, st, i); e != nil {
			acronymAlias(d, st, i+1, e)
			continue
		}
		if om := MentionAt(d, st, i+1); om != nil && om.Ent.Final().Kind == graph.Organization && om.Ent.Final().Rule == "org:acronym" {
			om.Ent.Final().Dropped = true
		}
		d.NonActor[ab.Lower] = true
	}
}

// expandedAcronym reads "Central Unitaria de Trabajadores (CUT)": a run of capitalized words
// (with inner particles, "of", "for", "and", "the") right before a bracketed acronym whose letters
// are the initials of its capitalized words names an organization, whatever its words (rule
// org:acronym-expansion): people and places are not introduced with an acronym. paren is the
// index of "(". It returns nil when the run is already a mention or the initials differ.
func expandedAcronym(d *doc.Doc, st *doc.Sent, paren int) *doc.Entity {
	toks := st.Toks
	ab := []rune(strings.ReplaceAll(toks[paren+1].Text, ".", ""))
	if len(ab) < 2 || len(ab) > 8 {
		return nil
	}
	s := paren
	var initials []rune
	for s > 0 && paren-s < 12 {
		t := toks[s-1]
		if t.Kind != text.Word || st.Ment[s-1] >= 0 {
			break
		}
		if t.Cap {
			initials = append([]rune{[]rune(t.Text)[0]}, initials...)
		} else if !nameParticles.Has(t.Lower) && !orgParticles.Has(t.Lower) && t.Lower != "of" && t.Lower != "for" && t.Lower != "and" && t.Lower != "the" {
			break
		}
		s--
		if len(initials) == len(ab) && t.Cap {
			break
		}
	}
	if len(initials) != len(ab) || !toks[s].Cap || !strings.EqualFold(string(initials), string(ab)) {
		return nil
	}
	kind := graph.Organization
	for k := s; k < paren; k++ {
		if ok, found := d.Lx.OrgWords[toks[k].Lower]; found {
			kind = strongerKind(kind, ok)
		}
	}
	name := d.SpanText(st, s, paren)
	e := Entity(d, "org:"+graph.NormalizeName(name), kind, name, "org:acronym-expansion")
	AddMention(d, st, s, paren, e, "org:acronym-expansion")
	return e
}
