package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
)

// unsaidJudgement reports an evaluative judgement (evaluativeRule) whose verb of saying, naming or
// describing — the frame's Outer verb: "said" of "said the plan was unacceptable", "called" of
// "called Jones a liar" — is not asserted to have been done:
//   - the verb, or a verb it is the complement of, has a negator of its own ("never called Jones
//     a liar", "did not say the plan was unacceptable", "“I never said he was a liar,” Smith
//     said", "does not think the deal is a disaster"): clause negation denies the act of saying,
//     and with it the judgement the saying would have made (Quirk et al. 1985, 10.54–10.56 on
//     clause negation and its scope over the clause's complements);
//   - a verb it is the complement of is a negative implicative verb (modality.txt
//     neg-implicative: "refused to call the deal a disaster", "declined to describe him as a
//     liar"): the complement's act did not take place (Karttunen 1971, "Implicative verbs",
//     Language 47: refuse, decline, fail, neglect, avoid).
//
// The judgement's own predicate negated ("said the plan is not fair") is frames Judgements' to
// read; this reads only the verbs above it. The walk goes up from the Outer verb through its heads
// (at most 8), as the condition walk of unassertedJudgement does.
func (d *doc) unsaidJudgement(fs *frameSentence, m frames.Match) bool {
	if m.Outer < 0 || !evaluativeRule(m.Rule) {
		return false
	}
	fr := d.x.frames
	for c, depth := m.Outer, 0; c >= 0 && depth < 8; c, depth = fs.toks[c].Head, depth+1 {
		if fs.toks[c].UPOS != "VERB" && fs.toks[c].UPOS != "AUX" {
			break // up to the nearest clause that is no verb's: a noun's or adjective's clause
		}
		for _, k := range fs.kids[c] {
			if r := fs.toks[k].DepRel; (r == "advmod" || r == "neg") && fr.InClass("negation", strings.ToLower(lemmaOf(fs.toks[k]))) {
				return true
			}
		}
		if c != m.Outer && fr.InClass("neg-implicative", strings.ToLower(lemmaOf(fs.toks[c]))) {
			return true
		}
		if r := fs.toks[c].DepRel; r != "xcomp" && !strings.HasPrefix(r, "ccomp") {
			break // the verb's clause is no complement of another verb: its own negators only
		}
	}
	return false
}
