package loader

import "testing"

// TestNominalStanceForPhrase: the for-phrase the parser hangs on the proper name in a noun cue's
// by-phrase is the noun's own complement ("calls by Kenya for a ceasefire": a name takes no
// restrictive postmodifier, Quirk et al. 1985, 5.63-5.65; the by-phrase is the nominalisation's
// agent, 17.51), so the noun's stance has its target even as the subject of another cue's
// passive. Near miss: a for-phrase on a common noun in the by-phrase stays that noun's.
func TestNominalStanceForPhrase(t *testing.T) {
	runCases(t, []exCase{
		{"a nominal demand as a passive subject",
			"Calls by Egypt for a truce were rejected by Ethiopia.",
			[]string{"DEMANDS Egypt -> truce", "OPPOSES Ethiopia -> Calls by Egypt for a truce"}},
		{"plural demands",
			"Demands by Chile for compensation were dismissed by Bolivia.",
			[]string{"DEMANDS Chile -> compensation"}},
		{"near miss: the for-phrase of a common noun in the by-phrase",
			"Calls by the lawyers for the detainees were rejected by Egypt.",
			[]string{"!DEMANDS lawyers -> detainees", "OPPOSES Egypt -> Calls by the lawyers for the detainees"}},
	})
}

// TestNominalStanceFromOrigin: a stance noun that is the subject of a verb of coming (modality.txt
// class origin: come, emanate) takes the verb's from-phrase for its agent ("Criticism of the deal
// came from Spain" = criticism of the deal from Spain; Quirk et al. 1985, 9.31 from as source,
// 17.51 the nominalisation's agent). Near misses: a subject that is no stance noun ("The
// delegation came from Spain"), and a from-phrase of time.
func TestNominalStanceFromOrigin(t *testing.T) {
	runCases(t, []exCase{
		{"criticism came from",
			"Criticism of the new tariff came from Spain on Tuesday.",
			[]string{"OPPOSES Spain -> new tariff"}},
		{"support came from",
			"Strong support for the rebels came from Qatar.",
			[]string{"SUPPORTS Qatar -> rebels"}},
		{"opposition came from",
			"The fiercest opposition to the merger came from Italy.",
			[]string{"OPPOSES Italy -> merger"}},
		{"near miss: no stance noun",
			"The delegation came from Spain on Tuesday.",
			[]string{"!OPPOSES Spain", "!SUPPORTS Spain"}},
		{"near miss: a from-phrase of time",
			"Criticism of the plan came from Monday onwards.",
			[]string{"!OPPOSES Monday"}},
	})
}

// TestOpeningStanceNounFromOrigin: the same with the stance noun opening the sentence with no
// determiner, which the tagger reads as an imperative verb (syntax/retag OpeningNounBeforePast
// restores the noun: an imperative has no past tense after it in its clause). Near miss: an
// imperative with its object.
func TestOpeningStanceNounFromOrigin(t *testing.T) {
	runCases(t, []exCase{
		{"support came from, sentence-initial",
			"Support for the opposition came from Brazil.",
			[]string{"SUPPORTS Brazil -> opposition"}},
		{"criticism came from, a relative clause after",
			"Criticism of the tariff came from Spain, which threatened retaliation.",
			[]string{"OPPOSES Spain -> tariff"}},
		{"near miss: an imperative in a quotation",
			"\"Support the opposition,\" the Brazilian minister said.",
			[]string{"!SUPPORTS Brazil -> opposition"}},
	})
}
