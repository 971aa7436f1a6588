package loader

import "testing"

// TestContentTargets: how the act a cue's clause or infinitive describes is named as the target
// (relation_frames.go): an infinitive with its controlling addressee, a finite clause with its
// subject, and a passive clause with its patient as the active verb's object. Sentences of our own.
func TestContentTargets(t *testing.T) {
	runCases(t, []exCase{
		{"passive content clause", "Norway insisted that the fishing quotas be reduced.",
			[]string{"DEMANDS Norway -> reducing the fishing quotas", "!DEMANDS Norway -> the fishing quotas reducing"}},
		{"object-controlled infinitive", "Peru urged Chile to release the fishermen.",
			[]string{"DEMANDS Peru -> Chile releasing the fishermen"}},
	})
}

// TestFrames3Rules: the relations-stage side of the frames3 rules (issue 13), on sentences of our
// own: a measure eased is the concession's target; a description with an actor's name in
// apposition is that actor; an indefinite general noun is no target; a source never holds its
// own predicate; protection (CAMEO 074) needs another party; a request verb's infinitive with a
// for-subject names that subject's act.
func TestFrames3Rules(t *testing.T) {
	runCases(t, []exCase{
		{"a measure eased is the target", "Ecuador shortened the nightly curfew by two hours on Friday.",
			[]string{"OFFERS Ecuador -> nightly curfew", "!SANCTIONS Ecuador"}},
		{"a name in apposition to a description", "The main opposition alliance, the Movement for Democratic Change, rejected the budget.",
			[]string{"OPPOSES Movement for Democratic Change -> budget"}},
		{"an indefinite general noun names nothing", "Chile and Peru do not agree on many things.",
			[]string{"!SUPPORTS Chile", "!SUPPORTS Peru"}},
		{"a source does not hold its predicate", "The assembly passed a motion condemning the raids on Ecuador.",
			[]string{"!OPPOSES Ecuador"}},
		{"protecting one's own interests protects no other party", "Norway will defend its fishing interests.",
			[]string{"!OFFERS Norway"}},
		{"a stance noun under another's stance verb", "Peru rejected Chile's demand for new talks.",
			[]string{"OPPOSES Peru -> Chile's demand", "!DEMANDS Chile"}},
		{"wanting, seeking, expecting offer nothing", "Ghana wants to review the figures. Togo sought a ruling on the border. Benin expects exports to grow.",
			[]string{"!OFFERS Ghana", "!OFFERS Togo", "!OFFERS Benin"}},
		{"obligations are not acts", "Bolivia must release the detained fishermen. Uruguay will need to lift the ban.",
			[]string{"!OFFERS Bolivia", "!OFFERS Uruguay"}},
		{"an attribution is no part of a target", "Chile is ready to take more migrants, according to local radio.",
			[]string{"OFFERS Chile -> taking more migrants", "!OFFERS Chile -> according"}},
		{"a demonstrative refers back to the statement before (relation_demonstrative.go)", "Peru lifted the tariffs on Monday. Chile welcomed this.",
			[]string{"SUPPORTS Chile -> lifted the tariffs"}},
		{"a possessor of a thing does not act through it; of an agent noun it does", "Chile's fishing policy is threatening Peruvian fishermen. Chile's envoy condemned the attack.",
			[]string{"!THREATENS Chile", "OPPOSES Chile -> attack"}},
		{"a stance conjoined into a complement clause belongs to the speaker when the clause's subject is no actor", "The Dockworkers Union said 300 lorries were held at the port and demanded compensation.",
			[]string{"DEMANDS Dockworkers Union -> compensation"}},
		{"in support of", "Kenya voted in support of the ceasefire resolution.",
			[]string{"SUPPORTS Kenya -> ceasefire resolution"}},
		{"instruct is an order; stand with is siding with", "The Supreme Court instructed the electoral board to recount the ballots. Canada stands with the people of Haiti.",
			[]string{"DEMANDS Supreme Court -> recounting the ballots", "SUPPORTS Canada -> people of Haiti"}},
		{"an unless clause with an agent is a demand", "Ghana will impose tariffs on Monday unless Togo lowers its transit fees.",
			[]string{"THREATENS Ghana -> Togo", "DEMANDS Ghana -> Togo lowering its transit fees"}},
	})
}
