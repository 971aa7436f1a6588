package loader

import "testing"

// TestWarningScope (branch frames5): the warn class (cue-classes.txt, CAMEO 130 with PLOVER
// THREATEN "coercive or forceful warnings") over a that-clause is a threat only when the clause
// says what the warner itself or its forces will do (need own-clause); a warning that another
// actor will act, or that something will happen, is CAMEO 012 "make pessimistic comment", none
// of our types. The act inside the warning is its content, never asserted. Sentences of our own;
// the traps are warnings that must stay threats.
func TestWarningScope(t *testing.T) {
	runCases(t, []exCase{
		{"another actor's act warned of", "Egypt warned that Ethiopia might reject any deal on the dam.",
			[]string{"!THREATENS Egypt", "!OPPOSES Ethiopia", "CLAIMS Egypt -> Ethiopia might reject"}},
		{"another actor's future act", "Peru warned that Bolivia would close the border.",
			[]string{"!THREATENS Peru", "!SANCTIONS Bolivia", "!OPPOSES Bolivia"}},
		{"an event warned of", "The World Health Organization warned that famine could spread across the region.",
			[]string{"!THREATENS World Health Organization"}},
		{"the warner's own act, by pronoun", "Kenya warned that it would expel the diplomats.",
			[]string{"THREATENS Kenya -> diplomats"}},
		{"the warner's own act, first person", "The Kenyan government warned that we will expel the diplomats, the minister said.",
			[]string{"THREATENS Kenya"}},
		{"the warner's forces", "The Kenyan foreign ministry warned that police will no longer tolerate the protests.",
			[]string{"THREATENS Foreign Ministry -> protests"}},
		{"the warner named again", "Chile warned that Chile would impose tariffs on Argentine wheat.",
			[]string{"THREATENS Chile -> tariffs"}},
		{"the warner's capital", "Japan warned that Tokyo would impose tariffs on Chinese steel.",
			[]string{"THREATENS Japan -> tariffs"}},
		{"a state body for its state", "Kenya's foreign ministry warned that Kenya would expel the diplomats.",
			[]string{"THREATENS Foreign Ministry -> diplomats"}},
		{"another state by name, with a body speaking", "Egypt's foreign ministry warned that Ethiopia would fill the dam.",
			[]string{"!THREATENS Foreign Ministry", "!THREATENS Egypt"}},
		{"trap: a coercive measure announced, agent unsaid", "The European Union warned that sanctions would be imposed if the vote went ahead. The United States warned that further tariffs would follow.",
			[]string{"THREATENS European Union -> sanctions", "THREATENS United States -> tariffs"}},
		{"the warner's government by possessive", "Senegal's foreign minister warned that her government could sanction foreign trawlers.",
			[]string{"THREATENS Senegal -> trawlers"}},
		{"a possessive that names no body", "Ghana warned that its economy could collapse.",
			[]string{"!THREATENS Ghana"}},
		{"trap: a warning addressed to an actor", "Kenya warned Uganda against closing the border.",
			[]string{"THREATENS Kenya -> Uganda"}},
		{"trap: an addressee and a clause", "Turkey warned Greece that its navy would respond to any incursion.",
			[]string{"THREATENS Turkey"}}, // the target chosen is the clause, not Greece (target order in frames, not scope)
		{"trap: a warning of a coercive measure", "Japan warned of retaliation against the tariffs.",
			[]string{"THREATENS Japan -> retaliation"}},
	})
}

// TestDenialScope (branch frames5): a denial of a report, claim or allegation ("denied reports
// that …", Quirk et al. 1985, 17.26: the that-clause is the noun's appositive content) scopes
// the act in the clause as a verb of denial does ("denied that …", modality.txt denial): the act
// is not asserted, and, as for every Belief-scoped cue, not recorded; the denial itself is the
// subject's claim, negated (claims stage). With a plain object, deny refuses what was asked for
// (cue-classes.txt deny: "denied the visa", CAMEO 12), while the denial of a charge stays the
// dictionary's 016, none of ours.
func TestDenialScope(t *testing.T) {
	runCases(t, []exCase{
		{"denied reports that, parsed as an adjunct", "Ghana denied reports that it had threatened to expel the envoy.",
			[]string{"!THREATENS Ghana", "neg CLAIMS Ghana -> threatened"}},
		{"denied claims that", "Chile denied claims that it had imposed sanctions on Peru.",
			[]string{"!SANCTIONS Chile", "neg CLAIMS Chile -> sanctions"}},
		{"rejected allegations that", "Japan rejected allegations that it had threatened South Korea.",
			[]string{"!THREATENS Japan"}},
		{"denied that", "Ghana denied that it had threatened to expel the envoy.",
			[]string{"!THREATENS Ghana", "neg CLAIMS Ghana -> threatened"}},
		{"trap: a report that is not denied", "Reports said that Ghana had threatened to expel the envoy.",
			[]string{"THREATENS Ghana -> envoy"}},
		{"denial of a thing asked is a refusal", "Ghana denied the visa. Turkey denied Russia access to the straits.",
			[]string{"OPPOSES Ghana -> visa", "OPPOSES Turkey -> access", "!THREATENS Ghana"}},
		{"trap: denial of a charge is no refusal", "Ghana denied the accusations. Chile denied wrongdoing.",
			[]string{"!OPPOSES Ghana", "!OPPOSES Chile"}},
	})
}
