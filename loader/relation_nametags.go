package loader

// Tags of the words of a name before the parse (issue 13, frames9, class g).

import "unicode"

// nameWordTags re-tags as a proper noun (UPOS PROPN, Penn NNP) a capitalized word inside an
// actor mention of two words or more that the tagger read as a verb or auxiliary ("Human Rights
// Watch urged Egypt …", "Watch" tagged AUX, which makes "Human Rights" a passive subject and
// loses the source). A proper name has no internal syntax (Huddleston & Pullum 2002, 5.20), so no
// word of it is the clause's verb; the mention layer has already read the words as one name.
// toks are the parse's words with their code-point offsets, tagged in upos and xpos.
func (d *doc) nameWordTags(st *sent, toks []string, starts []int, upos, xpos []string) {
	k := 0
	for i, w := range toks {
		for k+1 < len(st.toks) && st.toks[k].end <= starts[i] {
			k++
		}
		if upos[i] != "VERB" && upos[i] != "AUX" || w == "" || !unicode.IsUpper([]rune(w)[0]) {
			continue
		}
		m := d.mentionAt(st, k)
		if m == nil || m.te-m.ts < 2 || !actorKind(m.ent) || st.toks[k].start != starts[i] {
			continue
		}
		upos[i], xpos[i] = "PROPN", "NNP"
	}
}

// starts returns the code-point start of each of the parse's words.
func (fs *frameSentence) starts() []int {
	out := make([]int, len(fs.toks))
	for i, t := range fs.toks {
		out[i] = t.Start
	}
	return out
}
