package discourse

import "testing"

// TestReferenceHeading: a title behind the issuer's reference code, and the date after it, names
// its speaker as the bare title does ("No:77/31, Statement of the Ministry of …", "Nr. 45/2029 -
// Press Statement of …", "Ref: 0931/24 | 5 March 2031 | Press Statement from …"); a record noun
// before the heading ("Minutes of the News Conference by …") as "Transcript of the" does. Near
// misses: a headline opening with "No" and no figure, a "Number" of a count, a figure with no
// heading after it. Invented documents.
func TestReferenceHeading(t *testing.T) {
	body := "\n\nWe urge Tarsia to reopen the border crossing.\n\nWe welcome the mediation of the regional council."
	fire := []struct{ title, speaker string }{
		{"No:77/31, Statement of the Ministry of Trade of the Kingdom of Velia", "the Ministry of Trade of the Kingdom of Velia"},
		{"Nr. 45/2029 - Press Statement of the Office of the President of Ostra", "the Office of the President of Ostra"},
		{"No.12/30, Statement by the Ministry of Foreign Affairs of Velia on the Crossing", "the Ministry of Foreign Affairs of Velia"},
		{"Ref: 0931/24 | 5 March 2031 | Press Statement from the Ministry of Interior of Velia", "the Ministry of Interior of Velia"},
		{"Minutes of the News Conference by the Cabinet Secretary, 9 April 2030", "the Cabinet Secretary"},
		{"Record of the Press Conference of the Press Secretary, 3 March 2031", "the Press Secretary"},
	}
	for _, c := range fire {
		got := describe(c.title + body)
		if want := "- title:speaker [" + c.speaker + "] *"; got[0] != want {
			t.Errorf("%q: got %q, want %q", c.title, got[0], want)
		}
	}
	miss := []string{
		"No deal on the border crossing after talks with the Ministry of Trade of Velia",
		"Number of refugees rises to 40,000, says the Ministry of Interior of Velia",
		"No: 77/31, 12 May 2031",
	}
	for _, title := range miss {
		if got := describe(title + body); got[0] != "-" {
			t.Errorf("%q: got %q, want no title speaker", title, got[0])
		}
	}
	for _, c := range []struct{ in, want string }{
		{"No:77/31, Statement of X", "Statement of X"},
		{"No: 214, 3 March 2025, Press Release Regarding X", "Press Release Regarding X"},
		{"No deal on X", "No deal on X"},
		{"No 12 Downing Street", "No 12 Downing Street"},
	} {
		ts := dropReference(tokenize(c.in, 0))
		got := ""
		if len(ts) > 0 {
			got = c.in[ts[0].start:]
		}
		if got != c.want {
			t.Errorf("dropReference(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
