package discourse

import "testing"

// TestTitlePartyList: a title's speaker runs on over a list of parties whose commas an "and"
// closes ("… by the Foreign Ministers of Osland, Veldia and Marenia on …", with or without the
// serial comma); a comma with no "and" after it still ends the speaker (an apposition, "Minister
// X, Ministry of Energy"), and so does a list whose last item is set off by another comma (the
// occasion after it). Invented wordings.
func TestTitlePartyList(t *testing.T) {
	body := "\n\nWe condemn the seizure of the tanker."
	for _, c := range []struct{ head, want string }{
		{"Joint Statement by the Foreign Ministers of Osland, Veldia and Marenia on the Strait", "the Foreign Ministers of Osland, Veldia and Marenia"},
		{"Joint Statement by President Ana Ruiz, Prime Minister Lars Holm, and Chancellor Eva Brandt", "President Ana Ruiz, Prime Minister Lars Holm, and Chancellor Eva Brandt"},
		{"Statement by Minister Kofi Asante, Ministry of Energy", "Minister Kofi Asante"},
		{"Statement by Minister Kofi Asante, Ministry of Energy, on fuel prices", "Minister Kofi Asante"},
		{"Statement by Minister Kofi Asante, Accra, 3 May", "Minister Kofi Asante"},
		{"Statement by the Minister of Foreign Affairs, Trade and Development on Mali", "the Minister of Foreign Affairs"},
		{"Statement by the Department of Foreign Affairs, Trade and Development on Mali", "the Department of Foreign Affairs"},
	} {
		wantUnits(t, c.head+body, []string{"- title:speaker [" + c.want + "] *", "title title:speaker [" + c.want + "]"})
	}
}
