package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestPublisherOfficeLabel: a turn label that is a state office alone is the office of the
// publisher's state on that office's own page (speakers/publisheroffice.go), and only there.
func TestPublisherOfficeLabel(t *testing.T) {
	cases := []struct {
		name, outlet, text string
		want               []string
	}{
		{"own page", "Chancellor of Austria",
			"Joint press conference with the President of Ghana, Kofi Mensah\n\nVienna, 3 March 2030\n\nCHANCELLOR: We will keep urging Managua to free the detained reporters.\n\nPRESIDENT MENSAH: Ghana welcomes the new cocoa agreement.\n\nCHANCELLOR: We welcome the lifting of the ban on Austrian beef.\n",
			[]string{"CLAIMS Chancellor (Austria) -> We will keep urging", "SUPPORTS Chancellor (Austria) -> lifting of the ban", "!DEMANDS Ghana -> reporters", "CLAIMS Kofi Mensah -> Ghana welcomes", "!CLAIMS Chancellor (Austria) -> Ghana welcomes"}},
		{"another office's page", "Chancellor of Austria",
			"Joint press conference with the Chancellor of Austria, Karl Brenner\n\nLisbon, 3 March 2030\n\nPRESIDENT: We reject the new tariffs on Portuguese cork.\n\nCHANCELLOR BRENNER: Austria supports the rail corridor.\n",
			[]string{"!CLAIMS Chancellor (Austria) -> We reject", "!CLAIMS President (Austria) -> We reject"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: c.name + ".txt", Outlet: c.outlet, Text: c.text}), c.want)
		})
	}
}

// TestBodyOfficeStatement: "Statement of|by the <office> of <body>" over a body that names the
// holder in apposition and then "he"/"the <office>" is the holder's statement
// (discourse officeOfBody, speakers/bodyoffice.go).
func TestBodyOfficeStatement(t *testing.T) {
	runDocCases(t, []exCase{
		{"oas", "Statement of the Secretary General of the Organization of American States on the elections in Guyana\n\nWashington, 4 May 2030\n\nThe Secretary General of the Organization of American States, Amina Rahman, has followed the elections closely.\n\nShe urges all candidates to accept the results.\n\nThe Secretary General welcomes the report of the electoral observers.\n",
			[]string{"CLAIMS Amina Rahman -> She urges all candidates", "DEMANDS Amina Rahman -> accepting the results", "CLAIMS Amina Rahman -> The Secretary General welcomes"}},
		{"person by name stays a report", "Statement by Senator Paul Ridge on the port deal\n\nSenator Ridge criticized the port deal on Monday.\n\nRidge said the deal must be reviewed.\n",
			[]string{"!CLAIMS Paul Ridge -> Senator Ridge criticized"}},
	})
}
