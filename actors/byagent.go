package actors

import (
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// Unnamed agents of a passive (issue 13, classes8 class 2). The unnamed-agent rule
// (actor_unnamed.go) takes an agent noun phrase only as the subject of a cue or speech verb, since
// the same noun as an object or inside a modifier is what the relation layer reads as a target.
// The agent of a passive is the one other position where a noun phrase names the doer: in "The
// levy was condemned by farmers" the by-phrase is the passive's demoted subject (Quirk et al.
// 1985, 3.63-3.64 and 9.9: the agent "by"-phrase corresponds to the active subject), which the
// frames stage reads as the source (frames:verb-passive, obl:agent). The same holds for a reduced
// relative "the quota opposed by farmers" and for a recipient-as-subject passive of a verb of
// giving ("Refugees were offered shelter by aid groups", Quirk 16.56).
//
// passiveByAgent reports whether the agent noun phrase whose first word is token hs is such a
// by-agent: "by" before it, with only determiners, predeterminers, quantifiers (numerals
// included) and common lower-case modifiers between; and before "by" a lower-case past participle
// (-ed, or an irregular form of irregular.txt) that is a cue word of the generated dictionary, so
// "by" is no locative or means preposition of an unrelated verb ("stood by farmers"). It returns
// the index of the noun phrase's first word after "by" (the determiner or quantifier, for the
// label's start; the partitive head when the agent noun is inside "a N of …", see partitiveHead),
// or -1.
func passiveByAgent(lx *lexicon.Lexicons, st *doc.Sent, hs int) int {
	toks := st.Toks
	k := hs
	for n := 0; k > 0 && n < 3; n++ {
		p := toks[k-1]
		if p.Kind != text.Word || p.Cap || st.Ment[k-1] >= 0 || !(Determiners.Has(p.Lower) || Predeterminers[p.Lower] || byQuantifiers.Has(p.Lower) || isNumeral(p.Lower) || lx.Common[p.Lower] && !lx.Stop[p.Lower] && !isCueWord(lx, p.Lower)) {
			break
		}
		k--
	}
	first := k
	if ph := partitiveHead(lx, st, k); ph >= 0 {
		k, first = ph, ph // "by a coalition of twelve trade unions"
		for k > 0 && (Determiners.Has(toks[k-1].Lower) || Predeterminers[toks[k-1].Lower]) {
			k--
		}
	}
	if k < 2 || toks[k-1].Lower != "by" {
		return -1
	}
	if cueParticiple(lx, st, k-2) {
		return first
	}
	// a recipient-as-subject passive keeps the direct object after the participle ("were
	// offered shelter by …", Quirk et al. 1985, 3.66 retained object): one to three lower-case
	// words back to a participle that a be-form precedes
	for j := k - 3; j >= 1 && j >= k-5; j-- {
		t := toks[j+1]
		if t.Kind != text.Word || t.Cap || st.Ment[j+1] >= 0 || lx.Stop[t.Lower] && !Determiners.Has(t.Lower) || lx.BeForms[t.Lower] {
			return -1
		}
		if cueParticiple(lx, st, j) && lx.BeForms[toks[j-1].Lower] {
			return first
		}
	}
	return -1
}

// cueParticiple reports a lower-case past participle at token j (-ed or -en, or an irregular form of
// irregular.txt) that is a cue word of the generated dictionary.
func cueParticiple(lx *lexicon.Lexicons, st *doc.Sent, j int) bool {
	v := st.Toks[j]
	return v.Kind == text.Word && !v.Cap && (strings.HasSuffix(v.Lower, "ed") || lx.PastForms[v.Lower] || strings.HasSuffix(v.Lower, "en")) && isCueWord(lx, v.Lower)
}

// partitiveHead returns the index of the noun N of "[det] N of" ending right before token k (the
// agent phrase's first word), or -1: a collective or partitive noun whose of-phrase names the
// members ("a coalition of farmers", "a group of lawmakers"; Quirk et al. 1985, 5.7-5.9 on
// partitive and collective constructions, 17.38 on of-postmodification), so the whole phrase is
// the agent and N its head, which the parser makes the obl:agent. N is a lower-case common word
// after a determiner, no cue or function word.
func partitiveHead(lx *lexicon.Lexicons, st *doc.Sent, k int) int {
	toks := st.Toks
	if k < 3 || toks[k-1].Lower != "of" {
		return -1
	}
	n := toks[k-2]
	if n.Kind != text.Word || n.Cap || st.Ment[k-2] >= 0 || !lx.Common[n.Lower] || lx.Stop[n.Lower] || isCueWord(lx, n.Lower) {
		return -1
	}
	if p := toks[k-3].Lower; !Determiners.Has(p) && !Predeterminers[p] {
		return -1
	}
	return k - 2
}

// byQuantifiers are the quantifiers that open a plural noun phrase without being articles
// (Quirk et al. 1985, 5.25: "several", "many", "some", "both" as predeterminer is predeterminers).
var byQuantifiers = lexicon.WordClass("byquantifiers") // data/wordclasses/byquantifiers.txt

// isNumeral reports a cardinal written in figures or as one of the words up to twenty ("twelve
// trade unions"); larger numbers in words are compounds of these.
func isNumeral(w string) bool {
	if _, err := strconv.Atoi(strings.ReplaceAll(w, ",", "")); err == nil {
		return true
	}
	for _, n := range strings.Fields("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty hundred dozens") {
		if w == n {
			return true
		}
	}
	return false
}
