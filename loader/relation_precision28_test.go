package loader

import "testing"

// TestNegotiationAndNoticeAreNoStances: PETRARCH2 codes "NEGOTIATE * (WITH)" and "RESOLVE *
// &DISPUTE" 050 (diplomatic cooperation, PLOVER SUPPORT), but the codebook's code for negotiating
// with a party is 046 "engage in negotiation" (PLOVER CONSULT), and the NOTIFY block's verbs of
// informing (040) meet no one (cameo-types.txt rows 050@COMPROMISE, 040@NOTIFY): held, no
// stance; announced, a negotiation is an offer to the counterpart (CAMEO 036), a notice is
// nothing. Sentences of our own.
func TestNegotiationAndNoticeAreNoStances(t *testing.T) {
	runCases(t, []exCase{
		{"negotiated with", "Argentina negotiated with Uruguay over the river treaty.",
			[]string{"!SUPPORTS Argentina", "!OFFERS Argentina"}},
		{"will negotiate with: an offer to the counterpart", "Argentina will negotiate with Uruguay over the river treaty.",
			[]string{"OFFERS Argentina -> Uruguay", "!SUPPORTS Argentina"}},
		{"resolved a dispute", "Bolivia resolved its border dispute with Paraguay.",
			[]string{"!SUPPORTS Bolivia"}},
		{"will notify", "Norway will notify Sweden of its decision on whaling.",
			[]string{"!OFFERS Norway"}},
		// near miss: an announced meeting keeps its offer to the counterpart (04 row)
		{"will meet with", "Norway will meet with Sweden next month.",
			[]string{"KNOWN parser: Sweden compound of month, with-PP on month, not obl of meet | OFFERS Norway -> Sweden"}},
	})
}

// TestVenueIsNoParty: a country named in a locative phrase of an announced meeting ("its 2021
// meeting in Lima, Peru") is its venue, not the counterpart an offer to meet needs (venueOnly,
// Quirk et al. 1985, 9.15–9.27). Sentences of our own.
func TestVenueIsNoParty(t *testing.T) {
	runCases(t, []exCase{
		{"meeting in a city and country", "The IMF is planning to hold its 2021 meeting in Lima, Peru, even though Peru is a small shareholder.",
			[]string{"!OFFERS"}},
		// near miss: a with-phrase names the party, the venue beside it changes nothing
		{"talks with a party in a capital", "The Philippines will hold talks with Vietnam in Hanoi.",
			[]string{"OFFERS Philippines -> Vietnam"}},
	})
}

// TestRelativeThatTarget: a "that" the tagger read as a conjunction but the parse makes the
// object of a relative clause is the relative pronoun, and the noun the clause modifies is the
// target (relativeWord; Quirk et al. 1985, 17.10). Sentences of our own.
func TestRelativeThatTarget(t *testing.T) {
	runCases(t, []exCase{
		{"object relative with that", "Chile signed the accord that the United States had rejected.",
			[]string{"OPPOSES United States -> accord", "!OPPOSES United States -> that"}},
		// near miss: a complementizer "that" keeps its clause
		{"content clause", "Officials noted that Japan opposed the plan.",
			[]string{"OPPOSES Japan -> plan"}},
	})
}

// TestPostponedMandative: a that-clause in the mandative subjunctive after an adverbial of a verb
// of asking ("asked in a letter that Hanbit lift the ban") is the request's content, not the
// writer's report of the clause's act (postponedMandative; Quirk et al. 1985, 16.32, 18.39).
// Sentences of our own.
func TestPostponedMandative(t *testing.T) {
	runCases(t, []exCase{
		{"asked in a letter", "Japan asked in a letter that Hanbit lift the ban.",
			[]string{"KNOWN parser: mandative that read as a relative pronoun (nsubj) with Hanbit aux of lift | DEMANDS Japan -> Hanbit", "!OFFERS Hanbit"}},
		// near miss: an indicative clause after a verb of saying reports the act
		{"said in a letter", "Japan said in a letter that Hanbit lifted the ban.",
			[]string{"OFFERS Hanbit", "!DEMANDS Japan"}},
	})
}

// TestCovertSubjectOfGerund: the source of an -ing clause is not a noun named near it (nu16 B2,
// B6). After a subordinator of time or circumstance ("while resisting …") the covert subject is
// the matrix subject, and the clause shares its scope (subjectAttached; Quirk et al. 1985, 15.60,
// 15.58); after a preposition complementing an event noun ("its cooperation with Peru on
// revitalizing …", "China's role in helping …") it is the noun's agent (prepGerund,
// nounController); on an indefinite predicate noun ("must be a stronger partner in helping …")
// it is the copula's subject (characterizedSubject, Quirk 10.8). Sentences of our own.
func TestCovertSubjectOfGerund(t *testing.T) {
	runCases(t, []exCase{
		{"while + -ing", "Japan focused on trade while resisting calls to raise tariffs.",
			[]string{"OPPOSES Japan -> calls"}},
		{"while + -ing under a wanted clause shares its scope", "The United States wants Japan to focus on trade while resisting calls to raise tariffs.",
			[]string{"!OPPOSES Japan"}},
		{"on + gerund after an event noun", "Japan will expand its trade with Mexico while continuing its cooperation with Peru on revitalizing Peruvian fisheries.",
			[]string{"SUPPORTS Japan -> Peruvian fisheries", "!SUPPORTS Peru"}},
		{"in + gerund after a possessed noun", "Brazil praised China's role in helping Venezuela restructure its debt.",
			[]string{"OFFERS China"}},
		{"predicate noun, fronted topic", "With regard to Russia's gas exports, the EU must be a stronger partner in helping Ukraine diversify its supply.",
			[]string{"OFFERS European Union", "!OFFERS Russia"}},
	})
}

// TestReasonClauseEndsTarget: a target ends before a participial subordinator of reason or
// condition ("given that", "considering that"): the clause is an adjunct, not part of what is
// opposed (reasonClauseStart; Quirk et al. 1985, 14.12, 15.45). Sentences of our own (nu16 B14).
func TestReasonClauseEndsTarget(t *testing.T) {
	runCases(t, []exCase{
		{"given that", "Germany is opposed to changes in quotas given that the fund has ample resources and countries have alternatives.",
			[]string{"OPPOSES Germany -> changes in quotas", "!OPPOSES Germany -> changes in quotas given that the fund has ample resources"}},
		{"considering that", "Kenya opposes new levies on imports considering that prices have risen.",
			[]string{"OPPOSES Kenya -> new levies on imports", "!OPPOSES Kenya -> new levies on imports considering"}},
		// near miss: a participle modifying the noun ("given to Haiti") stays in the phrase
		{"given to", "Brazil supported the aid given to Haiti.",
			[]string{"SUPPORTS Brazil -> aid given to Haiti"}},
	})
}

// TestPredicateNounTarget: a relative clause on a predicate nominal targets the noun phrase from
// after the copula, not the copular clause UD hangs under it (predicateNounStart; Quirk et al.
// 1985, 10.8). Sentences of our own.
func TestPredicateNounTarget(t *testing.T) {
	runCases(t, []exCase{
		{"it was a measure that", "It was a measure that Germany strongly opposed.",
			[]string{"OPPOSES Germany -> measure", "!OPPOSES Germany -> It was a measure"}},
		{"this is a plan that", "This is a plan that Japan rejected last year.",
			[]string{"OPPOSES Japan -> plan", "!OPPOSES Japan -> This is a plan"}},
		// near miss: an object relative with no copula keeps its antecedent phrase
		{"object relative", "Chile signed the accord that the United States had rejected.",
			[]string{"OPPOSES United States -> accord"}},
	})
}
