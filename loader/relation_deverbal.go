package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
)

// deverbalSuffixes are the noun-forming suffixes that make a noun of action from a verb, with the
// endings of the verb they replace (Quirk et al. 1985, App. I.31, deverbal nouns: -ation/-ion
// "occupation", "intrusion", -ment "deployment", -al "removal", -ure "seizure"): the verb's
// stem is the noun less its suffix, plus one of the endings.
var deverbalSuffixes = []struct{ suffix, endings string }{
	{"ation", ",e,y"},  // escalation → escalate, occupation → occupy, deportation → deport
	{"sion", "de,d,t"}, // intrusion → intrude, invasion → invade, expansion → expand, conversion → convert
	{"ion", ",e"},      // rejection → reject, obstruction → obstruct, abduction → abduct
	{"ment", ""},       // deployment → deploy, imprisonment → imprison
	{"al", ",e"},       // withdrawal → withdraw, removal → remove
	{"ure", "e"},       // seizure → seize, closure → close
}

// eventNominal reports a noun whose verb (deverbalSuffixes) is a CAMEO event verb
// (frames.Lexicon.EventVerb): the noun names that event, an act of someone's — "the intrusion of
// the survey ship", "the deployment of troops", "the seizure of the tanker" (Grimshaw 1990 on
// complex event nominals, which keep their verb's event and arguments). Judging it judges the
// act, as judging "the decision" does (judgedTarget).
func eventNominal(fr *frames.Lexicon, noun string) bool {
	for _, s := range deverbalSuffixes {
		stem, ok := strings.CutSuffix(noun, s.suffix)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, end := range strings.Split(s.endings, ",") {
			if fr.EventVerb(stem + end) {
				return true
			}
		}
	}
	return false
}
