package loader

import "testing"

// A noun inside the previous sentence's quotation is no subject of that sentence (Quirk et al.
// 1985, 14.29–14.31: the reporting clause is the main clause): it does not take a subject pronoun
// as a measure antecedent (measureAntecedent); on invented sentences.
func TestQuotedNounNoMeasureAntecedent(t *testing.T) {
	runCases(t, []exCase{
		{"it after a quotation: the speaker, not the quoted noun", "\u201cThe offer is an insult,\u201d the Dock Workers Union said on Monday. It threatened a strike at the port.",
			[]string{"THREATENS Dock Workers Union -> strike"}},
		{"it after a quotation, with the speaker last", "Somali troops retook a port town on Monday. \u201cThe war is not over,\u201d Al Shabaab said. It threatened new attacks on Mogadishu.",
			[]string{"THREATENS Al Shabaab -> new attacks", "!THREATENS Somalia"}},
	})
}
