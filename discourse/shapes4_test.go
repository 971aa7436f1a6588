package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// TestShapes4: the lead-ins, titles, sign-offs, preambles and dialogue lines of issue 12's fourth
// pass, each with a near miss that must not match. Invented texts.
func TestShapes4(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"anaphoric lead-in after the sentence that names the author",
			"Serrania's president condemns incident\n\n" +
				"President Tomas Aranda condemned the shooting in a statement on Sunday. Full text:\n\n" +
				"The shooting was an unprovoked attack.",
			[]string{"-", "- *", "statement block:statement [President Tomas Aranda condemned the shooting in a statement on Sunday.]"}},
		{"anaphoric lead-in alone on its line",
			"Bank chief answers critics\n\n" +
				"Governor Ingrid Solberg responded to parliament on Wednesday.\n\n" +
				"The statement reads in full:\n\n" +
				"The purchases comply with the central bank act.",
			[]string{"-", "-", "- *", "statement block:statement [Governor Ingrid Solberg responded to parliament on Wednesday.]"}},
		{"a text named with its author and presented",
			"Audit published\n\n" +
				"Secretary Dana Whitcombe's statement follows:\n\n" +
				"Waiting times have fallen by a third.\n\n" +
				"The statement from the Ministry of Foreign Affairs is as follows:\n\n" +
				"The closure is unjustified.",
			[]string{"-", "- *", "statement block:statement [Secretary Dana Whitcombe]", "- *", "statement block:statement [the Ministry of Foreign Affairs]"}},
		{"an adverbial before the subject of a lead-in, a pronoun after an adverb",
			"Opposition demands inquiry\n\n" +
				"In a statement on Thursday, opposition leader Marta Quell said:\n\n" +
				"\u201cThe cost has tripled.\u201d\n\n" +
				"Afterwards she issued the following statement:\n\n" +
				"\u201cParliament must act.\u201d",
			[]string{"-", "- *", "quote quote:lead-in [opposition leader Marta Quell]", "- *", "statement block:statement [she]"}},
		{"a prefix title trusted without a first-person pronoun",
			"Statement by Foreign Minister Adela Vance on the Closure of the Strait\n\n" +
				"The closure of the strait is a grave violation of the freedom of navigation.",
			[]string{"- title:speaker [Foreign Minister Adela Vance] *", "title title:speaker [Foreign Minister Adela Vance]"}},
		{"a prefix title over a story that names its speaker in the third person",
			"Statement by Senator Ruth Calder on the Budget\n\n" +
				"Calder criticized the budget in a speech on Monday.",
			[]string{"-", "-"}},
		{"a heading alone, a sign-off at the end",
			"STATEMENT\n\n" +
				"The decision breaches a supply contract.\n\n" +
				"Erik Lindahl\n\n" +
				"Minister of Energy",
			[]string{"title title:speaker [Erik Lindahl]", "title title:speaker [Erik Lindahl]", "- title:speaker [Erik Lindahl] *", "title title:speaker [Erik Lindahl]"}},
		{"a treaty-style preamble naming the parties",
			"The Government of Osland and the Government of Serrania,\n\n" +
				"Recognizing the importance of their fisheries;\n\n" +
				"The Parties agree to extend the joint zone.",
			[]string{"- title:speaker [The Government of Osland and the Government of Serrania] *",
				"title title:speaker [The Government of Osland and the Government of Serrania]",
				"title title:speaker [The Government of Osland and the Government of Serrania]"}},
		{"lines of dialogue opened by a dash, and a dash line that names a speaker",
			"Minister on the pipeline\n\n" +
				"\u2014 The pipeline will carry gas by 2033, said Reis.\n\n" +
				"\u2014 Lusitania has no right to block it.\n\n" +
				"\u201cThe route is approved.\u201d\n\n" +
				"\u2014 Deputy Envoy Rina Solk",
			[]string{"-", "quote quote:dash-dialogue [Reis]", "quote quote:dash-dialogue [Reis]", "quote quote:dash-line [Deputy Envoy Rina Solk]", "- *"}},
	}
	for _, c := range cases {
		got := describe(c.text)
		if fmt.Sprint(got) != fmt.Sprint(c.want) {
			t.Errorf("%s: got\n  %s\nwant\n  %s", c.name, strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
		}
	}
}
