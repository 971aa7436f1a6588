package loader

import "testing"

// TestHeadlineColon (claims/headline.go): "NAME: words" in the title attributes the words; not
// after a country, not with fewer than three words, not in a body sentence. Invented documents.
func TestHeadlineColon(t *testing.T) {
	runCases(t, []exCase{
		{"organization before the colon", "Harlow Institute: Tariffs Will Cost 40,000 Jobs\n\nThe Harlow Institute published a study of steel tariffs on Monday.",
			[]string{"rule CLAIMS Harlow Institute -> 40,000 jobs = headline:colon"}},
		{"near miss: a country is a topic label", "Peru: Floods Close Three Highways\n\nLIMA — Floods closed three highways on Monday, officials said.",
			[]string{"!CLAIMS Peru -> floods close"}},
		{"near miss: two words after the colon", "Senator Ines Falk: Undecided\n\nSenator Ines Falk has not said how she will vote.",
			[]string{"!rule CLAIMS Ines Falk -> undecided = headline:colon"}},
		{"near miss: a body sentence with a colon", "Budget vote delayed\n\nThe council met on Monday. Mayor Ana Polk: the vote waits until May.",
			[]string{"!rule CLAIMS Ana Polk -> vote waits = headline:colon"}},
	})
}

// TestHeadlineColonNearMisses: a capitalized verb before the name ("X Endorses Y: …") and an
// all-capital kicker ("BUSTED: …") name no speaker. Invented documents.
func TestHeadlineColonNearMisses(t *testing.T) {
	runCases(t, []exCase{
		{"near miss: a verb before the name", "Governor Ada Park Endorses Senator Lee Hunt: 'He Will Win This State'\n\nGovernor Ada Park spoke at a rally on Monday.",
			[]string{"!rule CLAIMS Lee Hunt -> win this state = headline:colon"}},
		{"near miss: a kicker", "BUSTED: Memos Show Aide Planned the Leak\n\nWASHINGTON — Memos released on Monday show an aide planned a leak.",
			[]string{"!rule CLAIMS BUSTED -> aide planned = headline:colon"}},
		{"title before the name", "Senator Ines Falk: Farm Bill 'Dead on Arrival'\n\nSenator Ines Falk spoke to reporters on Monday.",
			[]string{"rule CLAIMS Ines Falk -> dead on arrival = headline:colon"}},
	})
}
