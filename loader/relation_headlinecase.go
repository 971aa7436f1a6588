package loader

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/text"
)

// headlineCase writes a title-case headline (st.Headline: "Minister Denounces New Tariffs",
// "Protesters Are Targeting The Pipeline") in sentence case for the tagger and the parser, which
// were trained on running text and read a capitalized verb as a proper noun. Title case
// capitalizes every major word (Chicago Manual of Style 8.159; AP Stylebook "headlines" keeps
// sentence case, other outlets title case), so in such a line a capital tells nothing of a name;
// the words are recased as in the body, the document-centred method of Mikheev 2002 ("Periods,
// capitalized words, etc.", Computational Linguistics 28(3)): a capitalized word in an ambiguous
// position is a common word when the same document writes it in lower case elsewhere. A word
// the dictionaries list as a cue (a stance verb or noun: its wordCue) counts as such a word too,
// as do the function words of title case (titlelowercase.txt). Kept as written: the first word,
// words in capitals ("EU", "US"), and every word of an actor's mention (the mention layer reads
// headlines with its own rules). Only the parse's forms change; offsets, mentions and the text
// the relations cite stay the article's.
func (d *doc) headlineCase(st *sent, fs *frameSentence) {
	if !st.Headline || len(fs.toks) < 3 {
		return
	}
	lower := d.lowerWords()
	at := docpkg.TokensAt(st, fs.starts())
	for i := 1; i < len(fs.toks); i++ {
		f := fs.toks[i].Form
		r := []rune(f)
		if len(r) < 2 || !unicode.IsUpper(r[0]) || strings.ToUpper(f) == f {
			continue
		}
		if k := at[i]; k < 0 || st.Toks[k].Kind != text.Word {
			continue
		} else if m := actors.MentionAt(d.Doc, st, k); m != nil && docpkg.ActorKind(m.Ent) {
			continue
		}
		lf := strings.ToLower(f)
		if lower[lf] || actors.TitleLowercase.Has(lf) || d.cueWord(lf) {
			fs.toks[i].Form = lf
		}
	}
}

// lowerWords is the set of words the article writes in lower case outside its title-case lines.
func (d *doc) lowerWords() map[string]bool {
	if d.lowerSeen != nil {
		return d.lowerSeen
	}
	d.lowerSeen = map[string]bool{}
	for _, o := range d.Sents {
		if o.Headline {
			continue
		}
		for _, t := range o.Toks {
			if t.Kind == text.Word && t.Text != "" && unicode.IsLower([]rune(t.Text)[0]) {
				d.lowerSeen[t.Text] = true
			}
		}
	}
	return d.lowerSeen
}

// cueWord reports a word the cue dictionaries list (relation_frames_gate.go's wordCue).
func (d *doc) cueWord(w string) bool {
	c := d.wordCue(w)
	return c != nil && (c.always || len(c.needs) > 0 || c.report || c.deontic || c.directive || c.appeal)
}

// titleHeadline reports the article's title among its title-case lines: the first sentence,
// alone in its paragraph, over a body (a later paragraph with a sentence in running text, whose
// words headlineCase recases it by). The relations stage reads it, in sentence case, as it
// reads a title in sentence case; the other title-case lines (subheads, lists of links to other
// stories, bylines) and a title-case line with no story under it it still leaves out. A headline
// in the present tense reports a past event (AP Stylebook, "headlines"), so its stance is
// asserted as any sentence's is; a headline that asks a question asserts none (findRelations
// leaves questions out).
func (d *doc) titleHeadline(st *sent) bool {
	if st.Idx != 0 || len(d.Sents) < 2 || d.Sents[1].S.Paragraph == st.S.Paragraph {
		return false
	}
	for _, o := range d.Sents[1:] {
		if !o.Headline {
			return true
		}
	}
	return false
}
