package loader

import "testing"

// TestDeniedReportClaims: "X rejected/dismissed/refuted claims|reports|allegations that CLAUSE"
// is X's negated claim of the clause (claims/nominal.go deniedReportClaims), and the clause's act
// is not asserted. Invented wordings; near misses: a relative "that" (no content clause), a noun
// of no report ("the plan that …"), and a verb of no denial ("welcomed reports that …").
func TestDeniedReportClaims(t *testing.T) {
	runCases(t, []exCase{
		{"rejected claims", "Rwanda's government rejected claims that it arms the rebel militia.",
			[]string{"neg CLAIMS Rwanda -> arms the rebel militia"}},
		{"dismissed reports", "The Pentagon dismissed media reports that Washington would withdraw its troops from Iraq.",
			[]string{"neg CLAIMS Pentagon -> withdraw its troops"}},
		{"refuted allegations", "Ecuador refuted the allegations that its police had detained the envoy.",
			[]string{"neg CLAIMS Ecuador -> detained the envoy"}},
		{"rejected accusations", "Peru rejected accusations that its army had shelled the border village.",
			[]string{"neg CLAIMS Peru -> shelled the border village"}},
		{"relative that", "The Kremlin dismissed the reports that criticised the grain deal.",
			[]string{"!CLAIMS Kremlin"}},
		{"no report noun", "Canada rejected the plan that Mexico had proposed for the tariffs.",
			[]string{"!CLAIMS Canada"}},
		{"no denial", "Chile welcomed reports that Peru had lifted the fishing ban.",
			[]string{"!neg CLAIMS Chile"}},
	})
}

// TestPositionClaims: "X's position/view/stance is that CLAUSE" is X's claim of the clause
// (claims/nominal.go positionClaims), and a deontic clause so held is the holder's demand
// (relation_warning.go clauseSpeaker: the noun's claim names the speaker). Near misses: an
// obligation the holder lays on itself, no "that" clause after the copula, and a
// relative "that" after "is".
func TestPositionClaims(t *testing.T) {
	runCases(t, []exCase{
		{"position", "Ghana's position is that the border must stay open to traders.",
			[]string{"CLAIMS Ghana -> border must stay open"}},
		{"view remains", "The World Bank's long-standing view remains that the subsidies distort prices.",
			[]string{"CLAIMS World Bank -> subsidies distort prices"}},
		{"stance title", "Turkey's official stance was that the strait would stay open.",
			[]string{"CLAIMS Turkey -> strait would stay open"}},
		{"position demand", "Morocco's position is that Algeria must withdraw its troops from the border.",
			[]string{"CLAIMS Morocco -> Algeria must withdraw", "DEMANDS Morocco -> withdrawing its troops"}},
		{"position self", "Morocco's position is that it must protect its borders.",
			[]string{"!DEMANDS Morocco"}},
		{"no clause", "Ghana's position is weak in the talks with Togo.",
			[]string{"!CLAIMS Ghana"}},
		{"noun phrase", "Brazil's view is that of a neutral party in the dispute.",
			[]string{"!CLAIMS Brazil"}},
	})
}

// TestAccusationClaims: "X accused Y of V-ing …" is X's claim of "Y V-ing …" (claims/accuse.go),
// beside the accusation's OPPOSES. Invented wordings; near misses: the passive names no accuser,
// an "of"-phrase with no predicate ("of war crimes") gives no claim, and a closing attribution
// stays out of the content.
func TestAccusationClaims(t *testing.T) {
	runCases(t, []exCase{
		{"gerund", "Serbia accused Kosovo of blocking the northern border crossings.",
			[]string{"CLAIMS Serbia -> Kosovo blocking the northern border crossings"}},
		{"perfect", "The Philippine coast guard has accused Chinese vessels of ramming its supply boat.",
			[]string{"CLAIMS Philippine coast guard -> ramming its supply boat"}},
		{"passive", "Kosovo was accused of blocking the border crossings.",
			[]string{"!CLAIMS Kosovo"}},
		{"noun", "Serbia accused Kosovo of provocations at the border.",
			[]string{"!CLAIMS Serbia"}},
		{"closing attribution", "Beijing accused Manila of staging provocations, Xinhua reported.",
			[]string{"CLAIMS China -> staging provocations", "!CLAIMS China -> Xinhua"}},
	})
}
