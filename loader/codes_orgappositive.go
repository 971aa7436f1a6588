package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// appositiveOrgNationality gives an organization without a country or dictionary code the one
// country named in a descriptive appositive of its name, before or after it: "a Chilean copper
// miner, Antofagasta Minerals,", "Hanbit Electronics, South Korea's biggest chipmaker,",
// "Nexperion, the Dutch chip equipment maker,". The appositive and its anchor co-refer (Quirk et
// al. 1985, 17.65; CGEL 15.4), and a nationality adjective (7.26) or a country's genitive in the
// description ties what it describes to that country, as before a name (orgNounNationality). The
// description is a noun phrase of at most six words opened by a determiner or a country's
// genitive, headed by a singular descriptor noun (orgDescriptorNoun) right before the comma or
// full stop that closes it, with no "of" (whose complement would be another head: "the U.S. unit
// of a Japanese company") and exactly one country named in it.
func (d *doc) appositiveOrgNationality() {
	for _, m := range d.Mentions {
		e := m.Ent.Final()
		if e.Kind != graph.Organization || e.Country != nil || e.Cameo != "" || e.Dropped || m.Sent >= len(d.Sents) {
			continue
		}
		st := d.Sents[m.Sent]
		toks := st.Toks
		// after the name: ", [the] … noun[,.]"
		if m.Te+2 < len(toks) && toks[m.Te].Text == "," {
			for h := m.Te + 2; h < len(toks) && h <= m.Te+6; h++ {
				if h+1 < len(toks) && (toks[h+1].Text == "," || toks[h+1].Text == ".") {
					if c := d.descriptionCountry(st, m.Te+1, h); c != nil {
						e.Country = c
					}
					break
				}
			}
		}
		if e.Country != nil {
			continue
		}
		// before the name: "… noun, Name[,.]"
		if h := m.Ts - 2; h >= 1 && toks[m.Ts-1].Text == "," && (m.Te >= len(toks) || toks[m.Te].Text == "," || toks[m.Te].Text == ".") {
			for s := h - 1; s >= 0 && h-s <= 5; s-- {
				if d.opensDescription(st, s) {
					if c := d.descriptionCountry(st, s, h); c != nil {
						e.Country = c
					}
					break
				}
			}
		}
	}
}

// opensDescription reports a description's first token at s: a determiner, or the first word of
// a country's genitive ("South Korea's biggest chipmaker").
func (d *doc) opensDescription(st *sent, s int) bool {
	switch st.Toks[s].Lower {
	case "the", "a", "an":
		return true
	}
	mm := actors.MentionAt(d.Doc, st, s)
	return mm != nil && mm.Ts == s && mm.Te < len(st.Toks) && mm.Ent.Final().Kind == graph.Country && (st.Toks[mm.Te].Lower == "'s" || st.Toks[mm.Te].Lower == "’s")
}

// descriptionCountry is the one country a description [s, h] names, h its head, or nil: the
// description opens with a determiner or a country's genitive, its head is a singular descriptor
// noun, and it holds no "of" and no other country.
func (d *doc) descriptionCountry(st *sent, s, h int) *lexicon.Country {
	toks := st.Toks
	if !actors.OrgDescriptorNoun(d.Phx, d.Lx, toks[h]) {
		return nil
	}
	var c *lexicon.Country
	for k := s; k < h; k++ {
		if toks[k].Lower == "of" || toks[k].Kind != text.Word && toks[k].Lower != "'s" && toks[k].Lower != "’s" && toks[k].Text != "-" {
			return nil
		}
		var kc *lexicon.Country
		if mm := actors.MentionAt(d.Doc, st, k); mm != nil && mm.Te-1 == k {
			if me := mm.Ent.Final(); me.Kind == graph.Country {
				kc = me.Country
			}
		}
		if kc == nil && toks[k].Cap {
			kc = actors.NationalityEndingAt(d.Doc, st, k)
		}
		if kc == nil {
			continue
		}
		if c != nil && c != kc {
			return nil
		}
		c = kc
	}
	if c == nil {
		return nil
	}
	if !d.opensDescription(st, s) {
		return nil
	}
	return c
}
