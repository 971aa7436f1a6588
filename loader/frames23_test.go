package loader

import (
	"strings"
	"testing"
)

// TestFrames23Dev (issue 13, frames23) scores frames/testdata/frames23/dev.tsv: SANCTIONS,
// SUPPORTS and CITES in verbal, nominal, passive, coordinated and participial forms, acts
// embedded in another's belief or report, and negative controls — sentences written before any
// output was seen. Floors are the rows that hold; raise them, never lower them.
func TestFrames23Dev(t *testing.T) {
	checkPloverFixture(t, "frames23/dev.tsv", map[string]int{
		// base (main 677ddae) 29, 18, 12, 15, 10 of 34, 20, 16, 24, 10
		"SANCTIONS": 31, "SUPPORTS": 19, "CITES": 12, "embedded": 15, "neg": 10,
	})
}

// frames23Cases checks each sentence with gold in the plover22 syntax (ploverCheck).
func frames23Cases(t *testing.T, cases [][2]string) {
	t.Helper()
	for _, c := range cases {
		v := view(extractText(t, c[1]))
		for _, g := range strings.Split(c[0], " ; ") {
			known := ""
			if k, ok := strings.CutPrefix(g, "KNOWN "); ok {
				// the KNOWN convention of checkExpect: "KNOWN parser: WHY | LINE"
				why, line, found := strings.Cut(k, " | ")
				if !found {
					t.Fatalf("KNOWN line without ' | ': %q", g)
				}
				known, g = why, line
			}
			ok, why := ploverCheck(v, g)
			switch {
			case known != "" && ok:
				t.Logf("now met, drop KNOWN (%s): %s: %s", known, c[1], g)
			case known != "":
				t.Logf("known miss (%s): %s\n  %s; have %v", known, c[1], why, foundRelations(v.g, v))
			case !ok:
				t.Errorf("%s\n  %s; have %v", c[1], why, foundRelations(v.g, v))
			}
		}
	}
}

// TestFrames23BeliefAdjective: a predicative adjective of certainty, hope or fear scopes its
// that-clause (modality.txt belief-adjective; Quirk et al. 1985, 16.69-16.70); a factive
// adjective and an infinitive complement do not.
func TestFrames23BeliefAdjective(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"!SUPPORTS Chile", "Bolivia is confident that Chile will support the lithium accord."},
		{"!SANCTIONS Algeria", "Tunisian officials are worried that Algeria will close the border."},
		{"!SANCTIONS Laos", "Vietnam is certain that Laos will ban the timber exports."},
		{"!SUPPORTS Portugal", "Angola remains optimistic that Portugal will endorse the new debt plan."},
		{"!SANCTIONS Uganda", "Rwanda is concerned that Uganda could expel its traders."},
		// controls: the clause is presupposed true (factive), or there is no that-clause
		{"SANCTIONS Uganda -> diplomats|Rwandan", "Kenya is aware that Uganda expelled two Rwandan diplomats."},
		{"KNOWN parser: Peru root, sure conj, expelled amod of diplomat (UD: expelled root, the adjective phrase a supplementive) | SANCTIONS Peru -> diplomat|Bolivian", "Peru, sure of its case, expelled a Bolivian diplomat."},
	})
}

// TestFrames23InvertedAttribution: a belief after its content ("…, observers believe") scopes it
// as the preposed one does (Quirk et al. 1985, 15.53-15.54); a final verb of saying sources the
// act and keeps it.
func TestFrames23InvertedAttribution(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"!SUPPORTS Ecuador", "Ecuador will back the Peruvian candidate, diplomats believe."},
		{"!SANCTIONS Pakistan", "Pakistan will expel the Afghan envoy, analysts in Islamabad predict."},
		// controls: an act reported as done stays asserted; a belief preposed as before
		{"SANCTIONS Ghana -> diplomats|Ivorian", "Ghana expelled three Ivorian diplomats, the foreign ministry said."},
		{"SUPPORTS Jordan -> plan", "Jordan endorsed the Egyptian plan, its foreign minister said."},
		{"OFFERS Norway -> aid|grant", "Norway will give Malawi new aid for schools, the embassy said."},
		{"!SUPPORTS Ecuador", "Diplomats believe Ecuador will back the Peruvian candidate."},
		// parsed as a relative clause on the last noun; a comma-led one with no relative word
		// is the attribution (Quirk et al. 1985, 17.16)
		{"!SUPPORTS Paraguay", "Paraguay will back the Brazilian candidate, officials in Asuncion think."},
		{"!SANCTIONS Morocco", "Morocco will close the consulate, Spanish diplomats fear."},
		// controls: a restrictive relative (no comma), a relative with "which"
		{"SUPPORTS Paraguay -> candidate", "Paraguay will back the candidate officials think is best."},
		{"THREATENS Paraguay -> envoy", "Paraguay will expel the envoy, which officials think is a mistake."},
	})
}

// TestFrames23RaiseSanction: "raise" is PlusOper1 of sanction nouns (modality.txt support), as
// increase and tighten are: the measure raised is imposed by the subject; the RAISE block's own
// patterns keep their codes.
func TestFrames23RaiseSanction(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"SANCTIONS Vietnam -> rice|Thai", "Vietnam raised duties on Thai rice."},
		{"SANCTIONS Canada -> steel|Chinese", "Canada raised tariffs on Chinese steel by 25 percent."},
		{"!SANCTIONS Chile", "Chile raised concerns about the Bolivian tariffs."},
		{"!SANCTIONS Kenya", "Kenya raised money for the drought appeal."},
	})
}

// TestFrames23ValueAt: "valued at" an amount is an appraisal (cue-classes.txt value), not
// CAMEO 051 esteem; "valued its partnership" stays praise.
func TestFrames23ValueAt(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"!SUPPORTS China", "Exports from China, valued at $300 billion, face new duties."},
		{"!SUPPORTS Qatar", "Qatar sold a stake valued at 2 billion euros."},
		{"SUPPORTS Vietnam -> partnership", "Vietnam valued its strategic partnership with Laos."},
	})
}

// TestFrames23Transfer (issue 13, frames23) scores frames/testdata/frames23b/transfer.tsv, the
// batch written after coding to measure transfer. Floors are the rows that hold.
func TestFrames23Transfer(t *testing.T) {
	checkPloverFixture(t, "frames23b/transfer.tsv", map[string]int{
		// base (main 677ddae) 7, 7, 6, 8, 3 of 12, 9, 6, 10, 3
		"SANCTIONS": 10, "SUPPORTS": 7, "CITES": 6, "embedded": 9, "neg": 3,
	})
}

// TestFrames23PooledCooperation: a bare "cooperation" under a verb of ending (CANCEL block) is
// the pooled 160 reduction (cmd/claimgraph-cues ownObjects: the block names it only in phrases).
func TestFrames23PooledCooperation(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"SANCTIONS Burkina Faso -> France", "Burkina Faso suspended its cooperation with France."},
		{"SANCTIONS Mali -> Sweden ; SANCTIONS Mali -> ambassador", "Mali expelled the Swedish ambassador and ended its cooperation with Sweden."},
		{"SANCTIONS Chad -> France", "Chad halted military cooperation with France."},
		{"!SANCTIONS Chile", "Chile resumed its cooperation with Peru."},
	})
}

// TestFrames23ConjecturedNoun: a cue noun in the of-phrase of a noun of belief or hearsay, or
// premodified by an adjective of likelihood or hearsay, is not asserted (modality.txt conjecture,
// modal-attributive; Quirk et al. 1985, 17.37, 16.79); the plain noun and a noun of saying are.
func TestFrames23ConjecturedNoun(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"!SANCTIONS Kenya", "Reports of a Kenyan ban on Ugandan sugar were denied."},
		{"!SANCTIONS Russia", "Talk of a Russian gas embargo on Moldova grew in Chisinau."},
		{"!SANCTIONS Peru", "Peru's likely expulsion of the Mexican ambassador angered Mexico."},
		{"!SANCTIONS Turkey", "The prospect of Turkish tariffs on Greek goods worried Athens."},
		{"!SANCTIONS Chad", "Chad's alleged ban on Sudanese traders drew criticism."},
		// controls
		{"SANCTIONS Peru -> ambassador|Mexican", "Peru's expulsion of the Mexican ambassador angered Mexico."},
		{"SANCTIONS Kenya -> sugar|Ugandan", "Kenya imposed a ban on Ugandan sugar."},
	})
}

// TestFrames23Contested: under "claim" or "allege" another's act is the speaker's claim
// (modality.txt contested); the speaker's own act, and the same act under "said", stay asserted.
// "bet that" is a verb of believing (modality.txt scope).
func TestFrames23Contested(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"!SANCTIONS Zambia", "The newspaper claimed Zambia had frozen Chinese assets."},
		{"!SANCTIONS Uganda", "Kenya claimed Uganda had expelled its traders."},
		{"!SANCTIONS Brazil", "Investors are betting that Brazil will raise tariffs on Chinese steel."},
		// controls
		{"SANCTIONS Iran -> tanker", "Iran claimed it had seized the British tanker."},
		{"SANCTIONS Uganda -> traders|Kenyan", "Kenya said Uganda had expelled 40 Kenyan traders."},
	})
}

// TestFrames23Declare: "declare" is Oper1 of sanction nouns (modality.txt support; CAMEO.2.0.txt
// DECREE block DECLARE * CURFEW 1723): a measure declared is imposed by the subject.
func TestFrames23Declare(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"SANCTIONS Egypt -> Sudan|factions", "Egypt declared an arms embargo on Sudan's warring factions."},
		{"SANCTIONS Kenya -> bags|plastic", "Kenya declared a ban on plastic bags from China."},
		{"SUPPORTS Ghana -> plan", "Ghana declared its support for the plan."},
		{"!SANCTIONS Algeria", "Algeria declared that it had no plans for an embargo."},
	})
}

// TestFrames23SpecifiedContent: a that-clause after a specifying "be" gives the content of a
// noun of belief or supposition ("the fear is that …"; Quirk et al. 1985, 17.26); a factive or
// evaluative noun ("the fact is", "the problem is") leaves the act asserted.
func TestFrames23SpecifiedContent(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"!THREATENS Russia ; !SANCTIONS Russia", "The fear is that Russia will cut gas supplies to Moldova."},
		{"!SUPPORTS Kenya", "The hope in Kampala is that Kenya will back the plan."},
		{"!OPPOSES Bolivia", "The assumption in Lima was that Bolivia would reject the offer."},
		{"SANCTIONS Iran -> inspectors", "The fact is that Iran expelled the inspectors."},
		{"SANCTIONS Iran -> inspectors", "The problem is that Iran expelled the inspectors."},
	})
}

// TestFrames23Behind: "behind" introduces what a support verb's stance noun is about (OED behind
// prep. 7 "in support of"; CAMEO "THREW * WEIGHT (BEHIND)" 051).
func TestFrames23Behind(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"SUPPORTS Indonesia -> candidacy|Malaysia", "Indonesia threw its weight behind Malaysia's candidacy."},
		{"SUPPORTS Ghana -> candidate|Nigerian", "Ghana threw its support behind the Nigerian candidate."},
		{"!SUPPORTS Chile", "Chile hid its troops behind the border."},
	})
}

// TestFrames23FreezeNoun: the noun freeze takes the FREEZE block's 16x objects in its on/of-phrase
// (cue-classes.txt freeze, modality.txt frozen), also when the parser hangs the phrase on the
// support verb; a freeze on anything else is no sanction.
func TestFrames23FreezeNoun(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"SANCTIONS Singapore -> assets|banks", "Singapore imposed a freeze on the assets of four Russian banks."},
		{"SANCTIONS Japan -> aid", "Japan announced a freeze on aid to Myanmar."},
		{"SANCTIONS Kenya -> relations|Somalia", "Kenya's freeze of relations with Somalia angered Mogadishu."},
		{"!SANCTIONS Israel", "Israel announced a freeze on settlement construction."},
		{"!SANCTIONS Canada", "Canada lifted its freeze on Iranian assets."},
	})
}

// TestFrames23NominalGerund: a nominal gerund with an of-phrase takes its verb's pattern for that
// object (frames/gerund.go; Quirk et al. 1985, 17.54); a gerund whose verb has no pattern for the
// object, or a verb of violence, gives nothing.
func TestFrames23NominalGerund(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"SANCTIONS Bolivia -> Israel|ties", "Bolivia announced the severing of diplomatic ties with Israel."},
		{"SANCTIONS Niger -> airspace", "Niger's closing of its airspace hit Air France."},
		{"SANCTIONS Honduras -> Taiwan|ties", "Honduras's severing of ties with Taiwan surprised Washington."},
		{"!SANCTIONS Kenya ; OPPOSES Kenya -> killing", "Kenya condemned the killing of protesters in Uganda."},
		{"!SANCTIONS Peru", "Peru's opening of the border pleased Chile."},
	})
}

// TestFrames23FrontedParticiple: a fronted participle clause the tagger read as an adjective
// (syntax/retag ParticipleBeforeDeterminer) is the main subject's act (Quirk et al. 1985, 15.59).
func TestFrames23FrontedParticiple(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"SUPPORTS Chile -> agreement", "Welcoming the agreement, Chile said it would send observers."},
		{"SUPPORTS Uruguay -> deal|accord", "Welcoming the accord, Uruguay pledged to ratify it."},
	})
}

// TestFrames23ZeroThat: an opening subject's verb of believing the tagger read as a noun before a
// zero-that clause (syntax/retag ZeroThatClauseVerb) scopes that clause.
func TestFrames23ZeroThat(t *testing.T) {
	frames23Cases(t, [][2]string{
		{"!SANCTIONS Israel ; !THREATENS Israel", "Jordan worries Israel could expel Palestinian workers."},
		{"SANCTIONS Uganda -> traders", "Kenya says Uganda has expelled 40 traders."},
	})
}
