package loader

import "testing"

// TestMeasurePartyOfFrom (issue 13, measures28; a new user found 23 of 26 corpus sanctions and
// threats aimed at goods, so targetCountry found nothing): the of-phrase (of-genitive of origin
// or possession, Quirk et al. 1985, 5.116–5.117) and the from-phrase of origin (9.31) name whose
// goods a measure hits, as the genitive and the nationality premodifier do; a measure announced
// (THREATENS from a sanction noun, or a verb of threatening or imposing whose object is one)
// names its party so too. A from-phrase of time or a place inside a clause names none.
func TestMeasurePartyOfFrom(t *testing.T) {
	runCases(t, []exCase{
		{"of-genitive of goods", "Brasilia raised duties on articles of Argentina.",
			[]string{"SANCTIONS Brazil -> Argentina", "rule SANCTIONS Brazil -> Argentina = frames:noun-support:class/noun/duty+measure-party:of"}},
		{"from-phrase of goods", "Seoul imposed tariffs on $30 billion worth of steel from Indonesia.",
			[]string{"SANCTIONS South Korea -> Indonesia", "rule SANCTIONS South Korea -> Indonesia = frames:noun-support:class/noun/tariff+measure-party:from"}},
		{"announced measure, demonym", "Mexico will impose restrictions on Peruvian fruit imports.",
			[]string{"THREATENS Mexico -> Peru", "rule THREATENS Mexico -> Peru = frames:noun-support:class/noun/restriction+measure-party:modifier"}},
		{"announced measure, mistagged nominal", "Hanoi said it will raise tariffs on $20 billion worth of Thai exports.",
			[]string{"THREATENS Vietnam -> Thailand"}},
		{"verb of threatening, measure object", "Seoul threatened tariffs on goods from Indonesia.",
			[]string{"THREATENS South Korea -> Indonesia", "rule THREATENS South Korea -> Indonesia = frames:verb:cameo@7686+measure-party:from"}},
		// near misses: a threat that is no measure, an of-phrase naming no actor, a place in a clause
		{"threat of an actor's act", "Ankara warned of Greek retaliation against its fishermen.",
			[]string{"!rule THREATENS Turkey = frames:noun-support:class/noun/warning+measure-party"}},
		{"of-phrase of a thing", "Lima imposed a ban on the export of copper.",
			[]string{"!rule SANCTIONS Peru = frames:noun-support:class/noun/ban+measure-party"}},
		{"place in a clause", "Jakarta imposed tariffs on steel made by companies in Malaysia.",
			[]string{"!rule SANCTIONS Indonesia = frames:noun-support:class/noun/tariff+measure-party"}},
	})
}

// TestMeasurePartyOfFromRuleKnown: the of- and from-shapes are known stance rules.
func TestMeasurePartyOfFromRuleKnown(t *testing.T) {
	x := testExtractor(t)
	for _, rule := range []string{"frames:noun-support:class/noun/duty+measure-party:of", "frames:verb:cameo@7686+measure-party:from"} {
		if !x.knownStanceRule(rule) {
			t.Errorf("knownStanceRule(%q) = false", rule)
		}
	}
}
