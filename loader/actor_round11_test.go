package loader

import "testing"

// Issue 14, round 11 (branch actors9): each rule of this round on sentences written for it
// (docs/measures/issue14.md, round 11).
func TestRound11Rules(t *testing.T) {
	runCases(t, []exCase{
		// "House of" + a chamber's name is a legislative chamber (actor_chambers.go)
		{"a chamber named House of Commons is one body, with its country", "The Canadian House of Commons rejected the pipeline motion on Tuesday.",
			[]string{"GOVERNMENT House of Commons (Canada)", "!actor Commons"}},
		{"a chamber's committee keeps the House in its name", "House of Lords Select Committee on Trade\n\nThe committee heard evidence on Monday.",
			[]string{"actor House of Lords Select Committee on Trade", "!actor Lords Select Committee on Trade"}},
		{"a chamber's committee named with a portfolio list keeps all of it", "House of Commons Standing Committee on Fisheries and Rural Development\n\nThe committee heard evidence on Monday.",
			[]string{"actor House of Commons Standing Committee on Fisheries and Rural Development"}},
		{"a bare chamber joins the article's one chamber of that name with a country", "The Canadian House of Commons rejected the bill. Later the House of Commons voted on the budget.",
			[]string{"GOVERNMENT House of Commons (Canada)", "OFFERS House of Commons (Canada) -> budget"}},
		{"a chamber without its country stays local", "Fishing quotas\n\nThe House of Assembly opposed the quota plan.",
			[]string{"GOVERNMENT House of Assembly", "country House of Assembly = local"}},
		{"the chamber of the People, after of the", "India's House of the People approved the budget.",
			[]string{"actor House of the People (India)"}},
		{"a house that names no chamber stays as it was", "Freedom House criticised the decree. The House of Fraser closed two stores.",
			[]string{"!GOVERNMENT House of Fraser", "!actor Fraser"}},
	})
}
