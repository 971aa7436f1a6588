package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// reportingWordInName reports a capitalized form of a reporting verb at token j (a verb of kind
// speech in data/lexicons/speech.txt, d.Lx.Speech: "Said", "Says"), inside a sentence of body
// text, right after the capitalized words of a name chunk u and before another capitalized word
// that is no function word: a name word spelled as the verb, such as the middle name Said (Arabic
// and Swahili given name) of a three-part name ("President Juma Said Kitwana told parliament …"),
// not the reporting verb. Body text writes a
// verb in lower case inside a sentence (CMOS 17th ed. 8.1: capitals mark proper nouns; only
// headline style capitalizes verbs), and a reporting verb takes no proper noun right after its
// subject's name without a comma or a clause ("Juma said Kitwana …" is written in lower case).
// Headlines, all-capital text and a sentence-initial "Said" keep the chunkBreak reading ("Xi
// Said"). Splitting there left the given name as a PERSON of its own and the rest a two-word
// name that the dictionary's family rule could merge into a namesake (issue 14: a bare surname
// joins a full name only when the article or the dictionary makes it unambiguous).
func reportingWordInName(d *doc.Doc, st *doc.Sent, u unit, j int) bool {
	toks := st.Toks
	t := toks[j]
	if sv := d.Lx.Speech[t.Lower]; sv.Kind != lexicon.EntrySpeechVerb || sv.Speech != "speech" || t.AllCaps || st.Headline || u.te != j || j == 0 || j+1 >= len(toks) || SentInitial(st, j) {
		return false
	}
	if p := toks[j-1]; p.Kind != text.Word || !p.Cap || p.AllCaps {
		return false
	}
	return nameWordAt(d, st, j+1)
}
