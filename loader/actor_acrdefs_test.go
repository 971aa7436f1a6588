package loader

import "testing"

// TestRedefinedAcronym: an acronym the article defines after a full name stands for that name on
// later references (AP Stylebook, "abbreviations and acronyms"), never for the dictionary actor
// of the same acronym (actors.txt: CPC the Chinese Communist Party, AFP Agence France-Presse,
// WFP the World Food Program, EC the European Community), whose country must not reach it
// (issue 14). Controls: the dictionary body defined with its own acronym, and a bare acronym the
// article never defines, stay the dictionary's.
func TestRedefinedAcronym(t *testing.T) {
	runCases(t, []exCase{
		{"a Chilean confederation defined as CPC", "SANTIAGO, May 3 (Reuters) - The Confederation of Production and Commerce (CPC) rejected the pension reform on Tuesday. The CPC said the plan would cost jobs.",
			[]string{"ORGANIZATION Confederation of Production and Commerce", "!country Confederation of Production and Commerce = CHN", "!actor Chinese Communist Party",
				"CLAIMS Confederation of Production and Commerce -> the plan would cost jobs"}},
		{"the Philippine armed forces defined as AFP", "MANILA, March 4 (Reuters) - The Armed Forces of the Philippines (AFP) condemned the attack on Sunday. The AFP said it would pursue the rebels.",
			[]string{"country Armed Forces of the Philippines = PHL", "!actor Agence France-Presse"}},
		{"the acronym modifying a title after its definition", "Army rejects truce offer\n\nMANILA, March 4 (Reuters) - The Armed Forces of the Philippines (AFP) rejected the truce offer on Sunday. AFP spokesman Col. Ramon Diaz said the rebels could not be trusted.",
			[]string{"!country Armed Forces of the Philippines = FRA", "!actor Agence France-Presse", "!country Ramon Diaz = FRA"}},
		{"a US party defined as WFP", "NEW YORK, June 1 (Reuters) - The Working Families Party (WFP) endorsed the mayor's housing plan. The WFP said the plan would help tenants.",
			// the name keeps the bracket as partyQualifier reads it for any party's acronym ("New
			// Patriotic Party (NPP)"), left as it is
			[]string{"!actor World Food Program", "CLAIMS Working Families Party (WFP) -> the plan would help tenants"}},
		{"the European Commission defined as EC", "BRUSSELS, Jan 5 (Reuters) - The European Commission (EC) rejected the proposal. The EC said the plan broke the rules.",
			[]string{"CLAIMS European Commission -> the plan broke the rules", "!actor European Community"}},
		{"control: the dictionary body defined with its own acronym", "BEIJING, Oct 9 (Reuters) - The Communist Party of China (CPC) rejected the criticism. The CPC said the report was biased.",
			[]string{"country Chinese Communist Party = CHN", "CLAIMS Chinese Communist Party -> the report was biased"}},
		{"control: an undefined dictionary acronym", "SANTIAGO, May 3 (Reuters) - The CPC rejected the criticism on Tuesday.",
			[]string{"country Chinese Communist Party = CHN"}},
		{"control: the dictionary name with a modifier before it", "BEIJING, Oct 9 (Reuters) - The ruling Chinese Communist Party (CPC) rejected the criticism. The CPC said the report was biased.",
			[]string{"country Chinese Communist Party = CHN", "CLAIMS Chinese Communist Party -> the report was biased"}},
	})
}
