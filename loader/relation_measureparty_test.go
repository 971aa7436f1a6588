package loader

import "testing"

// TestMeasureParty: a sanction whose target phrase names, as nationality or possessor, whose
// goods or firms it hits adds that party as a SANCTIONS target beside the measure
// (relation_measureparty.go; CAMEO 16x/17x and PLOVER SANCTION code the actor hit). Invented
// wordings; near misses: a country inside a clause that describes the firms (not the party), and
// the measure's own nationality premodifier ("the American tariffs": origin as often as party).
func TestMeasureParty(t *testing.T) {
	runCases(t, []exCase{
		{"demonym of goods", "Ottawa raised duties on $40 billion worth of Mexican goods.",
			[]string{"!SANCTIONS Canada -> $40 billion", "SANCTIONS Canada -> Mexico", "rule SANCTIONS Canada -> Mexico = frames:noun-support:class/noun/duty+measure-party:modifier"}},
		{"possessor of exports", "Washington imposed curbs on Huawei's chip exports.",
			[]string{"SANCTIONS United States -> Huawei's chip exports", "rule SANCTIONS United States -> Huawei = frames:noun-support:class/noun/curb+measure-party:poss"}},
		{"demonym of imports", "The EU placed a ban on Chinese steel imports.",
			[]string{"SANCTIONS European Union -> Chinese steel imports", "SANCTIONS European Union -> China", "rule SANCTIONS European Union -> China = frames:noun-support:class/noun/ban+measure-party:modifier"}},
		{"purpose restriction", "Canada imposed sweeping restrictions last week to curb Vietnamese companies' purchases of rice.",
			[]string{"SANCTIONS Canada -> sweeping restrictions", "rule SANCTIONS Canada -> Vietnamese companies = frames:noun-support:class/noun/restriction+measure-party:purpose-poss"}},
		{"clause on the firms", "Ottawa imposed restrictions on firms involved in forced labour in Myanmar's jade mines.",
			[]string{"SANCTIONS Canada -> firms", "!rule SANCTIONS Canada = frames:noun-support:class/noun/restriction+measure-party"}},
		{"own premodifier", "Tokyo matched the American tariffs on steel.",
			[]string{"!rule SANCTIONS Japan = frames:noun-support:class/noun/tariff+measure-party"}},
	})
}

// TestMeasurePartyRuleKnown: the party's Evidence.rule is a known stance rule (knownStanceRule),
// alone and after a turn's rule; an unknown shape is not.
func TestMeasurePartyRuleKnown(t *testing.T) {
	x := testExtractor(t)
	for rule, want := range map[string]bool{
		"frames:noun-support:class/noun/tariff+measure-party:modifier":               true,
		"frames:noun-support:class/noun/curb+turn:answer+measure-party:purpose-poss": true,
		"frames:noun-support:class/noun/tariff+measure-party:origin":                 false,
	} {
		if got := x.knownStanceRule(rule); got != want {
			t.Errorf("knownStanceRule(%q) = %v, want %v", rule, got, want)
		}
	}
}
