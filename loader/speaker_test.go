package loader

import (
	"strings"
	"testing"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// Speakers of transcripts and statements (issue 12), each shape on an invented document.
func TestSpeakerRules(t *testing.T) {
	runCases(t, []exCase{
		{"a ministry press conference: answers are the title's spokesperson's, questions nobody's",
			"Chilean Foreign Ministry Spokesperson Rosa Iturra's Regular Press Conference on April 2, 2030\n\n" +
				"Q: Peru says the new fishing quotas are legal. Will Chile respond?\n\n" +
				"A: Peru has ignored the ruling of the maritime tribunal for three years.\n\n" +
				"We firmly oppose the new Peruvian quotas. Our position on the quotas of Peru has always been clear. What we are doing now is asking Peru to respect the tribunal.\n\n" +
				"Q: Is a visit by the Bolivian president planned?\n\n" +
				"A: I have nothing to release at the moment.",
			[]string{"rule CLAIMS Rosa Iturra -> Peru has ignored the ruling = turn:answer",
				"CLAIMS Peru -> new fishing quotas are legal", "!CLAIMS Rosa Iturra -> quotas are legal",
				"!CLAIMS Rosa Iturra -> Will Chile", "!CLAIMS Rosa Iturra -> nothing to release",
				"OPPOSES Chile -> quotas", "rule CLAIMS Rosa Iturra -> Our position on the quotas of Peru = turn:answer",
				"!CLAIMS Rosa Iturra -> What we are doing"}},
		{"questioners named by their outlet are not credited with the answers",
			"Ren Tao: Friends from the press, good afternoon. I will take your questions.\n\n" +
				"Harbor Daily: Officials in Lima said talks with Chile will resume next week. What is the ministry's comment?\n\n" +
				"Ren Tao: Chile and Peru must settle the dispute through negotiations, and Lima knows it.\n\n" +
				"Coastal Wire: Will Chile publish the list of sanctioned vessels? When?\n\n" +
				"Ren Tao: The list of sanctioned vessels will be sent to Peru and Ecuador in due course.",
			[]string{"PERSON Ren Tao", "rule CLAIMS Ren Tao -> list of sanctioned vessels will be sent = turn:label",
				"!CLAIMS Harbor Daily", "!CLAIMS Coastal Wire",
				"!CLAIMS Ren Tao -> good afternoon"}},
		{"a background call: the moderator's furniture is nothing, the officials' turns are theirs",
			"Background Press Call by Senior Energy Officials on the Pipeline Review\n\n" +
				"MODERATOR: Thanks, everyone, for joining. I'll turn it over to [senior energy official].\n\n" +
				"SENIOR ENERGY OFFICIAL: Thanks. The energy officials on this call will take questions later. The permit for the Keel pipeline to Canada will be suspended until the review ends. With that, I\u2019ll turn it back over to [senior energy official].\n\n" +
				"Q: Will Canada be consulted?\n\n" +
				"SENIOR ENERGY OFFICIAL: Canada will be consulted on every stage of the review, as the treaty requires.",
			[]string{"rule CLAIMS Energy officials -> permit for the Keel pipeline = turn:label",
				"!SUPPORTS", "!CLAIMS Energy officials -> turn it over", "!CLAIMS Energy officials -> Will Canada"}},
		{"a statement issued whole is its author's, its stances the author's acts",
			"Oslo \u2013 Trade Minister Hale Oduya issued the following statement today on the fisheries accord:\n\n" +
				"\u201cNorway has kept every term of the accord with the Faroe Islands.\n\n" +
				"\u201cWe reject the new mackerel quota set by the Faroese government.\u201d",
			[]string{"rule CLAIMS Hale Oduya -> Norway has kept every term = block:statement",
				"OPPOSES Hale Oduya -> mackerel quota"}},
		{"a statement issued whole in plain paragraphs: its sentences and its demands are its author's",
			"Santiago \u2013 Trade Representative Mara Ostrova released the following statement:\n\n" +
				"The investigation of the trade office found overwhelming evidence that Peru subsidizes its copper smelters.\n\n" +
				"The appropriate response from Peru should be to change its behavior and end the subsidies.\n\n" +
				"###",
			[]string{"rule CLAIMS Mara Ostrova -> overwhelming evidence that Peru subsidizes = block:statement",
				"rule DEMANDS Mara Ostrova -> Peru changing its behavior = frames:clause-obligation:modality/deontic/should+block:statement",
				"rule CLAIMS Mara Ostrova -> appropriate response = block:statement"}}, // a demand is a statement of hers too (round 19)
		{"we in a quotation of an official of a named country's body is that country",
			"Santiago \u2013 Chilean Foreign Ministry spokeswoman Ana Soto issued the following statement:\n\n" +
				"\u201cWe reject the new mackerel quota set by the Peruvian government.\u201d",
			[]string{"OPPOSES Chile -> mackerel quota", "rule CLAIMS Ana Soto -> reject the new mackerel quota = block:statement"}},
		{"a speaker label alone on its line before a quotation",
			"Finance Minister Ana Berg:\n\n" +
				"\u201cThe talks with Peru were productive, and the copper tariffs will be cut in June.\u201d\n\n" +
				"Trade Envoy Rui Dias:\n\n" +
				"\u201cThis was a constructive week for Peru and for the copper exporters.\u201d\n\n" +
				"The talks ended on Sunday in Lima.",
			[]string{"rule CLAIMS Ana Berg -> talks with Peru were productive = turn:label",
				"rule CLAIMS Rui Dias -> constructive week = turn:label", "!CLAIMS Rui Dias -> talks ended"}},
		{"a quotation of several paragraphs closed by a dash line",
			"The envoy spoke after the vote in the council.\n\n" +
				"\u201cThe embargo on Ruritania has failed and it must end.\n\n" +
				"\u201cThe council should lift it before the winter.\u201d\n\n" +
				"\u2014 Deputy Envoy Rina Solk",
			[]string{"rule CLAIMS Rina Solk -> embargo on Ruritania has failed = quote:dash-line"}},
		{"a lead-in line ending in a colon names the speaker",
			"Ministers reacted within the hour.\n\n" +
				"From Trade Minister Hale Oduya:\n\n" +
				"\u201cNorway rejects the new quota set by the Faroe Islands.\u201d",
			[]string{"rule CLAIMS Hale Oduya -> Norway rejects the new quota = quote:lead-in",
				"OPPOSES Norway -> quota"}},
		{"a statement whose title names its speaker speaks in that voice",
			"Statement of Under Secretary Ravi Menon Before the Senate Banking Committee\n\n" +
				"Thank you for inviting me to testify today.\n\n" +
				"The sanctions on the Venezuelan central bank have cut its reserves by half since March.",
			[]string{"PERSON Ravi Menon", "rule CLAIMS Ravi Menon -> sanctions on the Venezuelan central bank = title:speaker",
				"!CLAIMS Ravi Menon -> Thank you"}},
		{"remarks whose title names the spokesperson by a possessive",
			"Foreign Ministry Spokesperson Mei Lan's Remarks on the Port Dispute with Peru\n\n" +
				"We have noted the decision of the Peruvian port authority. Peru has broken the port agreement signed with Chile in 2029.",
			[]string{"rule CLAIMS Mei Lan -> Peru has broken the port agreement = title:speaker"}},
		{"a label naming only an office is the titled speaker holding it",
			"Remarks by Vice President Ana Lindqvist at the Harbor Forum\n\n" +
				"THE VICE PRESIDENT: Thank you. I am glad to be in Valparaiso today.\n\n" +
				"Peru has broken the port agreement with Chile for the third time this year.",
			[]string{"rule CLAIMS Ana Lindqvist -> Peru has broken the port agreement = turn:label"}},
		{"a title naming only an office resolves to nobody, and does not loop",
			"Statement from the President Regarding the Harbor Dispute\n\n" +
				"THE PRESIDENT: I directed the navy to escort our fleet.\n\n" +
				"Peru has broken the port agreement with Chile for the third time this year.",
			[]string{"!CLAIMS President", "COUNTRY Peru"}},
		{"a news story titled after a speech is no statement of its speaker",
			"Hillary Clinton's Remarks on Trade Draw Fire\n\n" +
				"Hillary Clinton said on Monday that tariffs on Chinese steel hurt farmers. The tariffs on Chinese steel were raised in May.",
			[]string{"CLAIMS Hillary Clinton -> tariffs on Chinese steel hurt farmers", "!CLAIMS Hillary Clinton -> were raised in May"}},
		{"a page's teaser labels open no turn",
			"UPDATE: The Chilean fisheries agency has since denied the report about the Peruvian fleet.\n\n" +
				"WATCH: Officials of the Chilean fisheries agency speak in Lima.",
			[]string{"!actor UPDATE", "!actor WATCH", "!CLAIMS UPDATE", "!CLAIMS WATCH"}},
	})
}

// TestSpeakerClaimTurn: a claim node records the turn it came from.
func TestSpeakerClaimTurn(t *testing.T) {
	g := extractText(t, "Chilean Foreign Ministry Spokesperson Rosa Iturra's Regular Press Conference on April 2, 2030\n\n"+
		"Q: Peru says the new fishing quotas are legal. Will Chile respond?\n\n"+
		"A: Peru has ignored the ruling of the maritime tribunal for three years.")
	var turn string
	for _, n := range g.Nodes {
		if n.Kind == graph.ClaimKind && n.Text == "Peru has ignored the ruling of the maritime tribunal for three years" {
			turn = n.Turn
		}
	}
	if turn != "answer:2" {
		t.Errorf("claim turn = %q, want answer:2 (the title speaker's voice is unit 0, the question 1)", turn)
	}
}

// TestBoldLabelsStayLabels: an HTML transcript whose speaker labels are bold runs with no colon
// reads, once cleaned, as "Label: …", and its turns go to their speakers.
func TestBoldLabelsStayLabels(t *testing.T) {
	page := `<html><head><title>Regular Press Conference of the Fisheries Ministry</title></head><body><article>
<h1>Regular Press Conference of the Fisheries Ministry</h1>
<p><strong>Ren Tao</strong> Friends from the press, good afternoon. I will take your questions today.</p>
<p><b>Harbor Daily</b> Officials in Lima said talks with Chile will resume next week. What is your comment?</p>
<p><strong>Ren Tao</strong> Chile and Peru must settle the fishing dispute through negotiations, and Lima knows it well.</p>
<p><b>Coastal Wire</b> Will Chile publish the list of sanctioned vessels?</p>
<p><strong>Ren Tao</strong> The list of sanctioned vessels will be sent to Peru and Ecuador in due course.</p>
<p><strong>Washington</strong> — a dateline in bold keeps its dash.</p>
</article></body></html>`
	c, err := exCleaner(t).Clean(input.Document{Source: "bold.html", HTML: page})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Ren Tao: Friends from the press", "Harbor Daily: Officials in Lima", "Washington — a dateline"} {
		if !strings.Contains(c.Article.Text, want) {
			t.Errorf("cleaned text lacks %q:\n%s", want, c.Article.Text)
		}
	}
	g, err := testExtractor(t).Extract(c)
	if err != nil {
		t.Fatal(err)
	}
	checkExpect(t, g, []string{"rule CLAIMS Ren Tao -> list of sanctioned vessels = turn:label", "!CLAIMS Harbor Daily", "!CLAIMS Coastal Wire"})
}

// TestMarkTurnsOffsets: paragraphs handed to the discourse stage are the article's own text, so a
// label's words and a body's offset survive letters of several bytes.
func TestMarkTurnsOffsets(t *testing.T) {
	c, err := exCleaner(t).Clean(input.Document{Text: "Declaración del Ministerio — día 3\n\nQ: ¿Habrá sanciones contra Perú?\n\nMINISTRA PÉREZ: Chile rechaza la cuota.\n\nMINISTRA PÉREZ: Perú debe negociar."})
	if err != nil {
		t.Fatal(err)
	}
	d := segmentedDoc(t, testExtractor(t), c)
	st := d.Sents[len(d.Sents)-1]
	if st.Unit == nil || st.Unit.Label != "MINISTRA PÉREZ" {
		t.Fatalf("last turn's unit = %+v, want the label MINISTRA PÉREZ", st.Unit)
	}
	if got := d.SpanText(st, docpkg.BodyStart(st), len(st.Toks)); got != "Perú debe negociar." {
		t.Errorf("body after the label = %q, want %q", got, "Perú debe negociar.")
	}
	if q := d.Sents[1]; q.Unit.Role != "question" {
		t.Errorf("the Q: paragraph's role = %q, want question", q.Unit.Role)
	}
}
