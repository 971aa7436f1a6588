package actors

import (
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// mediumPlatforms drops an organization every mention of which is the object of "on" right
// after a verb of saying, with at most "the" between ("said on Twitter", "wrote on Facebook",
// "said on the radio"): the prepositional phrase is an adjunct of means or medium, where the
// words were said (Quirk et al. 1985, 9.42-9.44, the means and instrument prepositions: "on
// the phone", "on television"), not a participant of the saying, so the platform is no actor
// of the story (the same reading that took "platform" out of orgnouns.txt). It runs before the
// other junk guards and also over dictionary names (actors.txt: Twitter, Facebook): a
// dictionary entry says what a name denotes, not that the article makes it act. A platform
// named anywhere else in the article ("Facebook said it would remove the posts") is kept.
func mediumPlatforms(d *doc.Doc) {
	for _, e := range FinalActors(d) {
		if e.Kind != graph.Organization {
			continue
		}
		if ms := MentionsOf(d, e); len(ms) > 0 && allMentions(d, ms, func(st *doc.Sent, ts, te int) bool { return mediumMention(d, st, ts, te) }) {
			e.Dropped = true
		}
	}
}

// mediumMention reports a mention that is the object of "on" (or "on the") right after a verb
// of saying (the speech verbs of the lexicon: said, wrote, posted …) other than onTopicVerbs.
func mediumMention(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	k := ts - 1
	if k >= 0 && st.Toks[k].Lower == "the" {
		k--
	}
	if k < 1 || st.Toks[k].Lower != "on" {
		return false
	}
	v := d.Lx.Speech[st.Toks[k-1].Lower]
	return v.Kind != 0 && !onTopicVerbs.Has(v.Lemma)
}

// onTopicVerbs are the verbs of saying of speech.txt that take a prepositional object in "on",
// the topic or the addressee ("commented on Huawei's plans", "called on Boeing to …"; Quirk et
// al. 1985, 16.5-16.6 prepositional verbs): their on-phrase is no medium
// (data/wordclasses/ontopicverbs.txt; "remind" marked review).
var onTopicVerbs = lexicon.WordClass("ontopicverbs")

// lineEndsAfter reports a token that is the last word on its line (only spaces or punctuation
// follow it before the line break). A single unknown capitalized word right after "the" in that
// place ("… led the Trump\nAdministration in August", or the same line run into another column's
// text) is no personal name used to refer: a personal name takes no determiner (Huddleston &
// Pullum 2002, 5.20, proper names), so "the Trump" is the name used attributively as the
// modifier of a head noun ("the Trump Administration", Quirk et al. 1985, 17.108 proper nouns as
// premodifiers) that the line break cut off; the name:single rule (actor_interpret.go) makes no
// mention of it.
func lineEndsAfter(runes []rune, t text.Token) bool {
	for k := t.End; k < len(runes); k++ {
		if r := runes[k]; r == '\n' {
			return true
		} else if !unicode.IsSpace(r) && !unicode.IsPunct(r) {
			return false
		}
	}
	return false
}
