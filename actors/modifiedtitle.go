package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// modifiedTitle reads, at token j right after a country or a known organization (the last of
// units), a title premodified by one or two common lower-case words and followed by a name: "EU
// trade spokesperson Olof Gill", "UN refugee chief Ana Ruiz". The words between the body and the
// title head name the office's domain; the whole is one title, and the body before it, as in
// "NATO spokesman X", is the modifier the title is held at (personChunk: MEMBER_OF that body; an
// attributive noun before a title names the body the office belongs to, Quirk et al. 1985
// ch. 17 on premodification by nouns; AP Stylebook "titles": "EU trade commissioner"). With a
// country before it only a title of class "state" in titles.txt is taken: "U.S. soybean lobby
// chief" and "China trade negotiator" (chief, negotiator: class "role") make no member of the state. It returns the title unit (opening at j) and
// the token after it; ok is false when the shape is not there.
func modifiedTitle(d *doc.Doc, st *doc.Sent, units []unit, j int) (unit, int, bool) {
	toks := st.Toks
	last := len(units) - 1
	if last < 0 || units[last].te != j || j >= len(toks) {
		return unit{}, j, false
	}
	byCountry := units[last].kind == uCountry
	if !byCountry && (units[last].kind != uActor || units[last].e.Actor == nil || units[last].e.Actor.Kind != graph.Organization) {
		return unit{}, j, false
	}
	k := j
	for k < len(toks) && k-j < 2 && toks[k].Kind == text.Word && !toks[k].Cap && st.Ment[k] < 0 && TitleAt(d, st, k) == nil && nounModifier(d.Frames, d.Lx, st, k) {
		k++
	}
	if k == j || k >= len(toks) || TitleAt(d, st, k) == nil {
		return unit{}, j, false
	}
	ents, end := d.MatchNames(st, k)
	u, ok := lexUnit(d, st, k, end, ents, true)
	if !ok || u.kind != uTitle || u.e.Title == nil || end >= len(toks) || !toks[end].Cap || toks[end].Kind != text.Word {
		return unit{}, j, false
	}
	if byCountry && u.e.Title.Class != "state" {
		return unit{}, j, false
	}
	u.ts = j
	return u, end, true
}
