package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
)

// Round 19 of issue 12 (docs/measures/issue12.md): sentences of my own wording for each rule.

// TestStanceTurnIsClaim: a turn's or statement's sentence whose stance the relation layer codes
// is also a claim of the speaker (README, "What a turn gives"), including a first-person
// performative that names no actor, which talkAboutTalk alone would take for talk about the talk.
func TestStanceTurnIsClaim(t *testing.T) {
	runCases(t, []exCase{
		{"a senator's 'I urge' naming no actor",
			"HEARING OF THE SENATE COMMITTEE ON COMMERCE\n\n" +
				"SENATOR BRANDT: I urge the agency to publish the inspection reports before the summer.\n\n" +
				"SENATOR BRANDT: I have nothing further.",
			[]string{"CLAIMS Brandt -> publish the inspection reports", "DEMANDS Brandt -> inspection reports"}},
		{"a spokesperson's 'We demand' with a named target",
			"Press Briefing by Spokesperson Ilse Moran\n\n" +
				"ILSE MORAN: We demand that Varnia return the seized cargo ships to their owners.",
			[]string{"CLAIMS Ilse Moran -> return the seized cargo ships", "DEMANDS Ilse Moran -> cargo ships"}},
		{"talk about the talk with no stance stays out",
			"Press Briefing by Spokesperson Ilse Moran\n\n" +
				"ILSE MORAN: I have already answered that. The harbour will reopen on Monday.",
			[]string{"CLAIMS Ilse Moran -> harbour will reopen", "!CLAIMS Ilse Moran -> already answered"}},
	})
}

// TestPressAudienceCourtesy: welcoming the press in the room is a courtesy to the audience, no
// SUPPORTS and no claim; welcoming a state's decision is a stance.
func TestPressAudienceCourtesy(t *testing.T) {
	runCases(t, []exCase{
		{"the press welcomed",
			"Press Briefing by Spokesperson Ilse Moran\n\n" +
				"ILSE MORAN: Good morning. We welcome our friends from the media. We welcome Varnia's decision to free the crews.",
			[]string{"!SUPPORTS Ilse Moran -> media", "!CLAIMS Ilse Moran -> friends from the media",
				"SUPPORTS Ilse Moran -> free the crews", "CLAIMS Ilse Moran -> free the crews"}},
		{"members of the press in a longer courtesy",
			"Press Briefing by Spokesperson Ilse Moran\n\n" +
				"ILSE MORAN: We warmly welcome the members of the press who travelled with the delegation to the northern provinces.",
			[]string{"!SUPPORTS Ilse Moran -> press"}},
	})
}

func TestPressAudience(t *testing.T) {
	for n, want := range map[string]bool{"our friends from the press": true, "members of the media": true,
		"the press corps": true, "the state media": false, "press freedom law": false, "friends of the president": false} {
		if speakers.PressAudience(n) != want {
			t.Errorf("pressAudience(%q) = %v", n, !want)
		}
	}
}

// TestContinuationStopsAtNewPerson: an unattributed quotation paragraph continues the last quoted
// speaker, but not across a sentence that brings another person into the story.
func TestContinuationStopsAtNewPerson(t *testing.T) {
	runCases(t, []exCase{
		{"another person between",
			"Court halts the dam\n\nThe court in Valdora halted the dam project on Monday.\n\n" +
				"\u201cWe will appeal the ruling at once,\u201d said Ana Ruiz.\n\n" +
				"The regional governor, Paul Brandt, welcomed the decision.\n\n" +
				"\u201cThe ruling protects the river for the next generation.\u201d",
			[]string{"CLAIMS Ana Ruiz -> appeal the ruling", "!CLAIMS Ana Ruiz -> protects the river"}},
		{"nobody between: the continuation holds",
			"Court halts the dam\n\nThe court in Valdora halted the dam project on Monday.\n\n" +
				"\u201cWe will appeal the ruling at once,\u201d said Ana Ruiz.\n\n" +
				"\u201cThe town has waited twelve years for this reservoir.\u201d",
			[]string{"CLAIMS Ana Ruiz -> appeal the ruling", "CLAIMS Ana Ruiz -> waited twelve years"}},
	})
}

// TestAppositiveTitleNotPlace: "X, the mayor of the town" is headed by a title, not by the
// settlement noun in its postmodifier, so X stays a person and the quotation hers.
func TestAppositiveTitleNotPlace(t *testing.T) {
	runCases(t, []exCase{
		{"the mayor of the town",
			"Court halts the dam\n\nThe court in Valdora halted the dam project on Monday.\n\n" +
				"\u201cWe will appeal the ruling at once,\u201d said Maria Castell, the mayor of the town.",
			[]string{"CLAIMS Maria Castell -> appeal the ruling"}},
		{"the town's mayor",
			"Court halts the dam\n\nThe court in Valdora halted the dam project on Monday.\n\n" +
				"Maria Castell, the town's mayor, said the council would appeal.",
			[]string{"CLAIMS Maria Castell -> council would appeal"}},
		{"a settlement noun heading the appositive is still a place",
			"Floods cut roads\n\nFloods cut the road to Ostrava Nova, a town in the north, on Monday.",
			[]string{"!actor Ostrava Nova"}},
	})
}

// TestHearingWitnessWe: a witness from an executive body speaks for that body in a hearing, not
// for the state the committee also belongs to; a member's "we" stays the legislature.
func TestHearingWitnessWe(t *testing.T) {
	runCases(t, []exCase{
		{"State Department witness before a Senate committee",
			"HEARING OF THE SENATE COMMITTEE ON FOREIGN RELATIONS\n\n" +
				"SENATOR HALE: The committee will come to order. Our witness today is Deputy Assistant Secretary of State Rosa Lind.\n\n" +
				"MS. LIND: Thank you, Mr. Chairman. We oppose any transfer of the seized tankers to a third country.\n\n" +
				"SENATOR HALE: We support the sanctions on the shipping companies.",
			[]string{"OPPOSES State Department -> transfer of the seized tankers", "!OPPOSES United States",
				"!OPPOSES Rosa Lind", "SUPPORTS Senate -> sanctions", "MEMBER_OF Rosa Lind -> State Department"}},
		{"'our government' of the witness with no country known is the department, as her 'we' is",
			"HEARING OF THE SENATE COMMITTEE ON FOREIGN RELATIONS\n\n" +
				"SENATOR HALE: The committee will come to order. Our witness today is Deputy Assistant Secretary of State Rosa Lind.\n\n" +
				"MS. LIND: Thank you, Mr. Chairman. Our government opposes any transfer of the seized tankers to a third country.",
			[]string{"OPPOSES State Department -> transfer of the seized tankers", "!OPPOSES Rosa Lind"}},
	})
}

// TestSurnameLabelJoinsPerson: a label in capitals that is the surname of a person the text names
// ("BROWN:" and "Thank you, Ms. Brown.") is that person; the word's reading as an acronym
// organization joins her, so no ORGANIZATION node "BROWN" is left beside her.
func TestSurnameLabelJoinsPerson(t *testing.T) {
	g := extractText(t, "Hearing of the Senate Committee on Commerce\n\n"+
		"SENATOR VOSS: The committee will come to order.\n\n"+
		"BROWN: The agency has cleared the backlog at every terminal.\n\n"+
		"SENATOR VOSS: Thank you, Ms. Brown.\n\n"+
		"BROWN: The agency will publish its inspection report in June.")
	v := view(g)
	n := v.node("BROWN")
	if n == nil || n.Kind != graph.Person {
		t.Fatalf("BROWN: want the person Brown, have %+v", n)
	}
	if len(v.rels(graph.Claims, "Brown", "cleared the backlog")) == 0 {
		t.Errorf("no claim of Brown: the agency has cleared the backlog")
	}
	for _, nd := range g.Nodes {
		if nd.Kind == graph.Organization && strings.EqualFold(nd.Name, "brown") {
			t.Errorf("an ORGANIZATION %q is left", nd.Name)
		}
	}
}

// TestSurnameLabelWithoutAccent: a label in capitals that drops the accents of the surname
// ("PEREZ:" for Ana María Pérez) still names her.
func TestSurnameLabelWithoutAccent(t *testing.T) {
	runCases(t, []exCase{
		{"PEREZ for Pérez",
			"Press Briefing by Spokesperson Ana María Pérez\n\n" +
				"PEREZ: The embassy in Varnia remains open to visitors.\n\n" +
				"Q: Will the minister travel to Varnia?\n\n" +
				"PEREZ: The minister has no plans to travel to Varnia this month.",
			[]string{"CLAIMS Ana María Pérez -> embassy in Varnia remains open", "CLAIMS Ana María Pérez -> no plans to travel"}},
	})
}

// TestSignedOfficeStatement: a statement headed by an office with its portfolio ("STATEMENT BY THE
// MINISTER OF AGRICULTURE …") is signed by its holder: the name line of the sign-off, above the
// office line, names the speaker.
func TestSignedOfficeStatement(t *testing.T) {
	runCases(t, []exCase{
		{"office with portfolio, signed",
			"STATEMENT BY THE MINISTER OF FISHERIES ON THE NORTHERN QUOTA\n\n" +
				"Our fleet has complied with every quota set by the commission since 2019.\n\n" +
				"We will ask the commission to review the northern quota at its next session.\n\n" +
				"Signed,\nIlka Varga\nMinister of Fisheries",
			[]string{"CLAIMS Ilka Varga -> complied with every quota", "role Ilka Varga = Minister of Fisheries"}},
	})
}

// TestCapitalsTestimonyHeading: a testimony heading in capitals whose appositive title the actor
// layer reads as a name of title words alone makes no person without a name, and the witness's
// "NAME:" turns stay hers.
func TestCapitalsTestimonyHeading(t *testing.T) {
	g := extractText(t, "TESTIMONY OF IRINA SOLBERG, DIRECTOR OF THE NATIONAL RAIL AGENCY\n\n"+
		"BEFORE THE HOUSE COMMITTEE ON TRANSPORTATION\n\n"+
		"CHAIRMAN VOSS: The committee will come to order.\n\n"+
		"SOLBERG: The rail agency has repaired every bridge on the northern line.")
	v := view(g)
	for _, n := range g.Nodes {
		if n.Kind == graph.Person && strings.TrimSpace(n.Name) == "" {
			t.Errorf("a PERSON with no name: %+v", n)
		}
	}
	if len(v.rels(graph.Claims, "Solberg", "repaired every bridge")) == 0 {
		t.Errorf("no claim of Solberg: the rail agency has repaired every bridge")
	}
}

// TestFamilyNameTitleSector: a senator known by surname alone is not the one dictionary person of
// that family name whose offices were never in the legislature.
func TestFamilyNameTitleSector(t *testing.T) {
	g := extractText(t, "HEARING OF THE SENATE COMMITTEE ON FOREIGN RELATIONS\n\n"+
		"SENATOR WALTERS: The committee will come to order. The United States has seven citizens detained abroad.\n\n"+
		"SENATOR WALTERS: The State Department has raised each case with the governments that hold them.")
	v := view(g)
	if v.node("Vernon A. Walters") != nil {
		t.Errorf("SENATOR WALTERS resolved to the dictionary's Vernon A. Walters (ambassador, intelligence)")
	}
	if n := v.node("Walters"); n == nil || n.Kind != graph.Person {
		t.Errorf("no person Walters: %+v", n)
	}
}
