package loader

import "testing"

// TestThreatMeasureParty (issue 13, threat18): a threat whose object is a coercive measure or a
// repercussion (a sanction noun, modality.txt hostile or repercussion: "retaliation",
// "reprisals", "revenge", "response") names the party it is aimed at in the measure's
// against/on/upon-phrase, or in the same phrase attached to the verb (the deverbal noun keeps its
// verb's prepositional object, Quirk et al. 1985, 17.52): CAMEO 13 "threaten" has the actor
// threatened as its target, so that party is a THREATENS target beside the measure. Near misses:
// a measure whose genitive or nationality premodifier names its own agent (another actor's
// retaliation), a threatened act that is no coercive measure, a warning of a danger.
func TestThreatMeasureParty(t *testing.T) {
	runCases(t, []exCase{
		{"threatened reprisals against", "Tehran threatened reprisals against Azerbaijan.",
			[]string{"THREATENS Iran -> Azerbaijan", "rule THREATENS Iran -> Azerbaijan = frames:verb:cameo@7686+measure-party:against"}},
		{"vowed revenge on (verb's phrase)", "Armenia vowed revenge on Azerbaijan for the shelling.",
			[]string{"THREATENS Armenia -> Azerbaijan"}},
		{"noun threat of sanctions against", "Beijing's threat of sanctions against Lithuania angered Brussels.",
			[]string{"THREATENS China -> Lithuania", "rule THREATENS China -> Lithuania = frames:noun-poss:class/noun/threat+measure-party:against"}},
		{"warned of a response against", "Egypt warned of a firm response against Ethiopia.",
			[]string{"THREATENS Egypt -> Ethiopia"}},
		{"threat of tariffs, goods phrase on the threat", "Canberra's threat of tariffs on Indonesian electric scooters rattled markets.",
			[]string{"THREATENS Australia -> Indonesia", "rule THREATENS Australia -> Indonesia = frames:noun-poss:class/noun/threat+measure-party:modifier"}},
		// near misses
		{"another actor's measure", "Ankara warned of Greek retaliation against Cyprus.",
			[]string{"!rule THREATENS Turkey = frames:verb:class/verb/warn+measure-party"}},
		{"no coercive measure", "Kenya threatened a vote on Somalia.",
			[]string{"!rule THREATENS Kenya = frames:verb:cameo@7686+measure-party"}},
		{"a danger warned of", "Chile warned of floods on Peru's border.",
			[]string{"!THREATENS Chile"}},
	})
}

// TestThreatMeasurePartyRuleKnown: the against-, on- and upon-shapes are known stance rules.
func TestThreatMeasurePartyRuleKnown(t *testing.T) {
	x := testExtractor(t)
	for _, rule := range []string{"frames:verb:cameo@7686+measure-party:against", "frames:noun-poss:class/noun/threat+measure-party:on"} {
		if !x.knownStanceRule(rule) {
			t.Errorf("knownStanceRule(%q) = false", rule)
		}
	}
}

// TestDativeAddressee (issue 13, threat18): a noun cue whose target is its to-phrase takes the
// support verb's indirect object as that addressee, the dative alternation ("gave Qatar an
// ultimatum" = "gave an ultimatum to Qatar"; Quirk et al. 1985, 10.6, 16.57). The noun warning's
// to-line keeps the verb warn's conditions (cue-classes.txt): addressed with an of/about-phrase
// naming no measure, the parser hanging it on the addressee, it is a warning of a danger
// (CAMEO 012), no threat.
func TestDativeAddressee(t *testing.T) {
	runCases(t, []exCase{
		{"gave X an ultimatum", "Egypt gave Sudan an ultimatum to withdraw its troops.",
			[]string{"THREATENS Egypt -> Sudan"}},
		{"issued X an ultimatum", "Brazil issued Paraguay an ultimatum.",
			[]string{"THREATENS Brazil -> Paraguay"}},
		{"gave X a warning", "Chile gave Bolivia a stern warning.",
			[]string{"THREATENS Chile -> Bolivia"}},
		{"warning to X of a measure", "Oman issued a warning to Yemen of reprisals.",
			[]string{"THREATENS Oman -> Yemen"}},
		// near misses: a warning of a danger to its addressee
		{"warning to farmers of frost", "The agency issued a warning to farmers of frost.",
			[]string{"!THREATENS agency"}},
		{"warning to reporters about a storm", "The governor issued a warning to residents about the storm.",
			[]string{"!THREATENS governor"}},
	})
}

// TestThreatVerbsAndParties (issue 13, threat18): menace is a verb of threatening the CAMEO
// dictionary lacks (Merriam-Webster menace v. "to make a show of intention to harm; threaten";
// cue-classes.txt); an announced act of force (CAMEO 18–20, THREATENS when announced) names the
// party threatened as the possessor or nationality of what it would hit ("Israeli ships", as
// CAMEO's actor coding reads a demonym phrase); a reduction of relations (CAMEO 16) names the
// recipient of the flow it stops in its to-phrase ("aid to Niger"). Near misses: a danger as
// subject of menace; the donor premodifying the aid ("EU aid"); an attack reported as done (an
// event, none of our types).
func TestThreatVerbsAndParties(t *testing.T) {
	runCases(t, []exCase{
		{"menaced", "Serbia menaced Kosovo with troop deployments.",
			[]string{"THREATENS Serbia -> Kosovo", "rule THREATENS Serbia -> Kosovo = frames:verb:class/verb/menace"}},
		{"announced strike on a demonym's bases", "Iran will strike American bases in Syria.",
			[]string{"THREATENS Iran -> United States", "rule THREATENS Iran -> United States = frames:verb:cameo@8904+measure-party:modifier"}},
		{"aid suspended to", "Norway suspended aid to Mali.",
			[]string{"SANCTIONS Norway -> Mali", "rule SANCTIONS Norway -> Mali = frames:verb:cameo@1180+measure-party:to"}},
		{"aid to be suspended to", "Denmark will suspend aid to Burundi.",
			[]string{"THREATENS Denmark -> Burundi"}},
		// near misses
		{"a danger menacing", "Floods menaced the coast of Bangladesh.",
			[]string{"!THREATENS"}},
		{"donor premodifier", "Sweden suspended EU aid.",
			[]string{"!rule SANCTIONS Sweden = frames:verb:cameo@1180+measure-party"}},
		{"attack done", "The militia attacked American bases in Syria.",
			[]string{"!THREATENS"}},
	})
}

// TestRaisedProspect (issue 13, threat18): to raise the possibility or prospect of a coercive
// measure threatens it (CAMEO.2.0.txt RAISE * POSSIBILITY (OF SANCTIONS) [1312], MENTION *
// POSSIBILITY (OF &FIGHT) [138]; cue-classes.txt raise), and the measure's against-phrase, on
// the measure or on the noun of possibility over it, names the party (Quirk et al. 1985, 17.26
// on the appositive of-phrase); "military action" is a coercive measure by its premodifier
// (17.104). Near misses: the prospect of something no coercive measure, a deal's possibility
// (the dictionary's own RAISE * POSSIBILITY (OF DEAL) [030]).
func TestRaisedProspect(t *testing.T) {
	runCases(t, []exCase{
		{"prospect of sanctions against", "Vilnius raised the prospect of sanctions against Minsk.",
			[]string{"THREATENS Lithuania -> Belarus", "rule THREATENS Lithuania -> Belarus = frames:verb:class/verb/raise+measure-party:against"}},
		{"possibility of military action against", "Cairo raised the possibility of military action against Ethiopia.",
			[]string{"THREATENS Egypt -> Ethiopia"}},
		{"threatened military action against", "Algeria threatened military action against Morocco.",
			[]string{"THREATENS Algeria -> Morocco", "rule THREATENS Algeria -> Morocco = frames:verb:cameo@7686+measure-party:against"}},
		// near misses
		{"prospect of no measure", "Vilnius raised the prospect of talks with Minsk.",
			[]string{"!THREATENS"}},
		{"prospect of higher rates", "The central bank raised the prospect of higher interest rates.",
			[]string{"!THREATENS"}},
	})
}
