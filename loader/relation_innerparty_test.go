package loader

import "testing"

// TestInnerParties checks relation_innerparty.go on sentences other than the args24 whole
// documents: the by-agent of an act noun, the in-country of an approved event (not of a
// condemned one), the from-addressee of a demand, the pressure adjunct's actor as a concession's
// target, and the scope of a negated evidence noun.
func TestInnerParties(t *testing.T) {
	runDocCases(t, []exCase{
		{"byagent", "Kenya denounced the detention of opposition lawyers by Uganda's police.",
			[]string{"OPPOSES Kenya -> detention of opposition lawyers", "OPPOSES Kenya -> Police (Uganda)"}},
		{"inapproved", "Canada welcomed the conduct of the referendum in Eritrea.",
			[]string{"SUPPORTS Canada -> =Eritrea"}},
		{"noactin", "Canada welcomed the peaceful transfer of power in Zambia.",
			[]string{"SUPPORTS Canada -> transfer of power", "!SUPPORTS Canada -> =Zambia"}}, // "transfer" is no act noun of the class (WordNet: a person sense)
		{"byauthor", "Rwanda rejected the report by Human Rights Watch on the border killings.",
			[]string{"OPPOSES Rwanda -> =Human Rights Watch"}},
		{"incondemned", "Canada condemned the killing of aid workers in Sudan.",
			[]string{"OPPOSES Canada -> killing of aid workers", "!OPPOSES Canada -> =Sudan"}},
		{"fromaddressee", "Greece demanded an apology from Turkey over the airspace violations.",
			[]string{"DEMANDS Greece -> =Turkey"}},
		{"pressure", "Under pressure from Britain, Ghana freed the jailed journalists.",
			[]string{"OFFERS Ghana -> =United Kingdom"}},
		{"inofnoun", "Japan welcomed the results of the presidential vote in Chile.",
			[]string{"SUPPORTS Japan -> =Chile"}}, // the in-phrase on the of-noun, an act ("vote": CAMEO 030 event verb; "election" is none: CAMEO codes "elect" ---)
		{"reversalnoun", "Under pressure from Moscow, Armenia dropped its objection to the pipeline.",
			[]string{"OFFERS Armenia -> =Russia"}},
		{"conjconcession", "Under pressure from Berlin, Austria lifted its ban on the imports and reopened the border.",
			[]string{"OFFERS Austria -> =Germany"}},
		{"cabinetof", "Nurses in South Africa demanded a 10 percent pay rise from the government of President Jacob Zuma.",
			[]string{"DEMANDS nurses in South Africa -> =South Africa"}},
		// a guard: main before session 24 read no SANCTIONS here either
		{"nosign", "There is no evidence that Hanoi plans to impose tariffs on Thai rice.",
			[]string{"!SANCTIONS Vietnam -> Thai rice", "!SANCTIONS Vietnam -> =Thailand"}},
		// fails on main before session 24 (OFFERS Peru of the lifting): the negated evidence noun's scope
		{"noindication", "There is no indication that Lima will lift the ban on Chilean wine.",
			[]string{"!OFFERS Peru"}},
	})
}
