package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/lexicon"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// bannedGoodsParty returns the foreign party of "ban / bar X from V-ing <demonym> Y": a
// SANCTIONS verb whose object is the restricted party at home and whose from-gerund names the
// act it forbids (Levin 1993, 67 forbid verbs: "bar/ban/prohibit/prevent X from V-ing") restricts
// that act's object, and the nationality premodifier, the demonym of a "<demonym>-made"
// compound or the genitive of that object names whose goods or firms are shut out ("banned
// local firms from buying Chinese-made steel", "barred operators from installing Chinese
// equipment"): CAMEO 16 (163 embargo, boycott) codes as target the actor whose trade is cut,
// and reads a demonym-modified noun phrase as its country (Quirk et al. 1985, 5.116, 7.36 on
// the genitive and nationality adjectives). nil when none, or when it is src.
func (d *doc) bannedGoodsParty(st *sent, fs *frameSentence, m frames.Match, src *entity) *entity {
	if m.Type != graph.Sanctions || m.Kind != "verb" || m.Cue < 0 {
		return nil
	}
	for _, g := range fs.kids[m.Cue] {
		if rel := fs.toks[g].DepRel; g < m.Cue || rel != "advcl" && rel != "xcomp" || fs.toks[g].XPOS != "VBG" || !fs.markedBy(g, "from") {
			continue
		}
		for _, o := range fs.kids[g] {
			if fs.toks[o].DepRel != "obj" {
				continue
			}
			for _, k := range fs.kids[o] {
				rel := fs.toks[k].DepRel
				if rel != "amod" && rel != "compound" && rel != "nmod:poss" {
					continue
				}
				if e := d.partyAt(st, fs, k); e != nil && e != src.Final() {
					return e
				}
				if fs.toks[k].XPOS == "VBN" {
					// "Chinese-made steel": the demonym compounded with the participle names the
					// maker (one text token, which the parser splits at the hyphen)
					if e := d.hyphenDemonym(st, fs.at[k]); e != nil && e != src.Final() {
						return e
					}
					for _, c := range fs.kids[k] {
						if e := d.partyAt(st, fs, c); e != nil && e != src.Final() && c < k && fs.toks[c].DepRel == "compound" {
							return e
						}
					}
				}
			}
		}
	}
	return nil
}

// markedBy reports a dependent of syntax token g that marks it with the word w (mark or case).
func (fs *frameSentence) markedBy(g int, w string) bool {
	for _, k := range fs.kids[g] {
		if r := fs.toks[k].DepRel; (r == "mark" || r == "case") && strings.EqualFold(fs.toks[k].Form, w) {
			return true
		}
	}
	return false
}

// hyphenDemonym is the country of a demonym before the hyphen of the text token i
// ("Chinese-made", "Russian-built"), or nil.
func (d *doc) hyphenDemonym(st *sent, i int) *entity {
	if i < 0 || i >= len(st.Toks) {
		return nil
	}
	w, _, ok := strings.Cut(st.Toks[i].Text, "-")
	if !ok || w == "" {
		return nil
	}
	for _, le := range d.Lx.Names.Lookup([]string{strings.ToLower(w)}) {
		if le.Kind == lexicon.EntryDemonym && le.Country != nil {
			return actors.CountryRef(d.Doc, le.Country)
		}
	}
	return nil
}
