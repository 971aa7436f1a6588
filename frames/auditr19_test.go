package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestSubjectByAgent (issue 13, auditR19): a noun cue heading a clause's subject takes for source
// the name in the by-phrase the parser hung on the active verb, when the phrase stands between
// the subject and the verb (subjectByAgent; Quirk et al. 1985, 17.51–17.54 and 8.16–8.21). Near
// misses: a by-phrase after the verb (the verb's adjunct), one set off by commas, a by-phrase of
// time, and a passive verb, whose by-phrase is its own agent.
func TestSubjectByAgent(t *testing.T) {
	checkMatches(t, []matchCase{
		// near misses
		{"The criticism of Israel surprised diplomats by Friday.", graph.Opposes, "Friday", "*", "", false, onlyUnnegated},
		{"The criticism of Israel, by Canada's own account, surprised diplomats.", graph.Opposes, "Canada", "*", "", false, onlyUnnegated},
		{"The criticism of Israel was published by Reuters.", graph.Opposes, "Reuters", "*", "", false, onlyUnnegated},
		{"The criticism of Israel spread quickly through Europe.", graph.Opposes, "Europe", "*", "", false, onlyUnnegated},
	})

	knownParserMiss(t, "surprised JJ amod of diplomats, the subject noun conj of the full stop made root (VBD root in EWT)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"The criticism of Israel by Canada surprised diplomats.", graph.Opposes, "Canada", "*", "", true, onlyUnnegated},
			{"The denunciation of the mass arrests by Canada surprised diplomats.", graph.Opposes, "Canada", "*", "", true, onlyUnnegated},
			{"The rebuke of Pakistan by Canada surprised diplomats.", graph.Opposes, "Canada", "*", "", true, onlyUnnegated},
			{"The complaint about the border closures by Canada surprised diplomats.", graph.Opposes, "Canada", "*", "", true, onlyUnnegated},
			{"The defiance of the United Nations sanctions by Canada surprised diplomats.", graph.Opposes, "Canada", "*", "", true, onlyUnnegated},
		})
	})
}

// TestSupplementiveOverWantedAct (issue 13, auditR19): a comma-set-off -ing clause the parser
// hung on a to-infinitive or mandative-subjunctive complement is the matrix clause's adjunct, its
// subject the matrix subject (looseParticiple, wantedAct; Quirk et al. 1985, 15.60, 3.58–3.59).
// Near misses: a participle with no comma (a complement's own adjunct), an indicative
// complement ("said Iran had released …, ending …"), and the infinitive's own acts.
func TestSupplementiveOverWantedAct(t *testing.T) {
	checkMatches(t, []matchCase{
		{"Sweden urged Iran to free the sailors, accusing Tehran of piracy.", graph.Opposes, "Sweden", "*", "", true, onlyUnnegated},
		{"Sweden urged Iran to free the sailors, accusing Tehran of piracy.", graph.Opposes, "Iran", "*", "", false, onlyUnnegated},
		{"Denmark pressed Egypt to reopen the crossing, condemning the closure.", graph.Opposes, "Denmark", "*", "", true, onlyUnnegated},
		{"Denmark pressed Egypt to reopen the crossing, condemning the closure.", graph.Opposes, "Egypt", "*", "", false, onlyUnnegated},
		// near misses: the infinitive's and the complement's own acts keep their subjects
		{"Norway said Japan had released the sailors, denouncing their arrest.", graph.Opposes, "Norway", "*", "", false, onlyUnnegated},
		{"Norway pressed Japan to lift the ban denouncing whaling.", graph.Opposes, "Norway", "*", "", false, onlyUnnegated},
	})

	knownParserMiss(t, "to reject advcl of pressed (UD xcomp: object control after a verb of request)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Norway pressed Japan to reject the tariffs.", graph.Opposes, "Japan", "*", "", true, onlyUnnegated},
		})
	})

	knownParserMiss(t, "release VBP after that + subject (EWT tags the mandative subjunctive VB)", func(tb testing.TB) {
		checkMatches(tb, []matchCase{
			{"Austria demanded that Serbia release the activists, denouncing their arrest.", graph.Opposes, "Austria", "*", "", true, onlyUnnegated},
			{"Austria demanded that Serbia release the activists, denouncing their arrest.", graph.Opposes, "Serbia", "*", "", false, onlyUnnegated},
		})
	})
}
