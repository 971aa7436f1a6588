package discourse

import (
	"strings"
	"testing"
)

// TestInstitutionTitleSpeaker: a heading's speaker that is an institution's name ("the" before
// capitalized words, or an initialism) stays the document's speaker when the body names it in the
// third person, the convention of a body's statements and declarations (institutionName,
// analysis26 9a), and so does a bare name that opens present-tense sentences of the body
// (presentSubject: "Uruguay offers …"); a person's name named again in the body is still a report about the person,
// and so is a lower-case description after "the". Invented documents.
func TestInstitutionTitleSpeaker(t *testing.T) {
	cases := []struct {
		name, text string
		titled     bool
	}{
		{"a bloc's declaration naming the bloc",
			"Declaration by the African Union on the vote in Zambia\n\nAddis Ababa, 3 May 2031\n\nThe African Union welcomes the calm conduct of the vote.\n\nThe African Union urges all parties to accept the results.", true},
		{"an initialism",
			"Statement by ECOWAS on the situation in Mali\n\nECOWAS condemns the attack on the convoy near Gao.\n\nThe attack killed eleven soldiers.", true},
		{"a plural state with the article",
			"Statement by the Netherlands on the floods in Bangladesh\n\nThe Netherlands offers its condolences to the families.\n\nThe floods have displaced two million people.", true},
		{"a state's bare name as the subject of present-tense sentences (presentSubject)",
			"Statement by Uruguay on the floods in Brazil\n\nUruguay offers its condolences to the families. Uruguay stands ready to send rescue teams.\n\nThe floods have displaced two million people.", true},
		{"near miss: a state's bare name narrated in the past",
			"Statement by Uruguay on the floods in Brazil\n\nUruguay sent rescue teams on Monday.\n\nThe floods have displaced two million people.", false},
		{"near miss: a present-tense verb after the name in mid-sentence",
			"Statement by Uruguay on the floods in Brazil\n\nThe government of Brazil thanks Uruguay and says the teams arrived.\n\nThe floods have displaced two million people.", false},
		{"near miss: a person named again in the body",
			"Statement by Anna Berg on the port strike\n\nBerg met the dockers on Monday.\n\nThe strike has closed the port for a week.", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := describe(c.text)
			titled := false
			for _, g := range got {
				titled = titled || strings.HasPrefix(g, "title title:speaker")
			}
			if titled != c.titled {
				t.Errorf("titled body = %v, want %v; units:\n%s", titled, c.titled, strings.Join(got, "\n"))
			}
		})
	}
}
