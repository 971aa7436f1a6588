package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestTitledFamilyName: a formal title before a surname alone (AP Stylebook, "titles") joins the
// one Phoenix person of that family name who holds, on the article's date, a dated office of the
// title's sector, in a title form of that person's state, though the article names neither the
// state nor a form the record lists (rule dict:titled-family, actors/titledfamily.go). Must-nots:
// a surname two dictionary persons bear on the date ("President Zuma": Jacob Zuma and Nkosazana
// Dlamini Zuma, both ZAFGOV), a title the dictionary uses only for another state ("Chancellor
// Cameron": "chancellor" heads Germany's titles, none of Britain's, whose are "minister" and
// "secretary"), a date outside the dictionary's
// dated office, an undated article, and a story filed from another country that never names the
// person's (there the bare title is the dateline state's, codes_capitaldateline.go).
func TestTitledFamilyName(t *testing.T) {
	for _, c := range []struct {
		name, date, text string
		want             []string
	}{
		{"head of government, title and date agree", "2015-06-10",
			"Prime Minister Tsipras rejected the creditors' latest offer on Wednesday, and Prime Minister Harper said his government would not change course.",
			[]string{"PERSON Alexis Tsipras", "country Alexis Tsipras = GRC", "code Alexis Tsipras = GRCGOV", "PERSON Stephen Harper", "country Stephen Harper = CAN"}},
		{"a president named by surname in a later sentence", "2016-03-02",
			"The copper price fell again on Tuesday. President Bachelet said the mines would stay open.",
			[]string{"country Michelle Bachelet = CHL", "code Michelle Bachelet = CHLGOV"}},
		{"must-not: a surname two dictionary persons bear on the date", "2015-06-10",
			"President Zuma rejected the report on Monday.",
			[]string{"PERSON Zuma", "country Zuma = "}},
		{"must-not: a title of another state's form", "2015-06-10",
			"Chancellor Cameron rejected the report on Monday.",
			[]string{"PERSON Cameron", "country Cameron = "}},
		{"must-not: before the dictionary's dated office", "1999-06-10",
			"Prime Minister Tsipras rejected the creditors' latest offer on Wednesday.",
			[]string{"PERSON Tsipras", "country Tsipras = "}},
		{"must-not: an undated article", "",
			"Prime Minister Tsipras rejected the creditors' latest offer on Wednesday.",
			[]string{"PERSON Tsipras", "country Tsipras = "}},
		{"must-not: a story filed from another country that never names his", "2015-06-10",
			"SANTIAGO, June 10 (Reuters) - President Bachelet rejected the union's demands on Wednesday, and Prime Minister Tsipras was not mentioned by the miners.",
			[]string{"PERSON Tsipras"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: c.date, Text: c.text}), c.want)
		})
	}
}
