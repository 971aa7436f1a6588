package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestQuestionPrefaceAssertsNoAct: a journalist's question turn asserts no act of anyone
// (relation_question.go; new-user trial 13, finding 1): a material act its preface states as
// background gives no stance, whether its subject is a pronoun read inside the turn or a name.
// Near misses that must still fire: the preface reports another's words (a verb of saying over
// the act, "according to"), or reports a speech act (urge, lodge a protest, threaten); and the
// answer's own stance. Invented wordings, two layouts (a ministry's regular press conference, a
// background call), several countries.
func TestQuestionPrefaceAssertsNoAct(t *testing.T) {
	for _, c := range []struct{ head, ans, ask string }{
		{"Foreign Ministry Spokesperson Ana Lucero's Regular Press Conference on March 3, 2031", "A", "Q"},
		{"Transcript of a Background Press Call by Senior Officials on Trade with Vietnam", "SENIOR OFFICIAL", "Q"},
	} {
		doc := c.head + "\n\n" +
			c.ask + ": You will meet the Vietnamese officials next month. Obviously, they raised the tariffs in the first place. Does that mean new tariffs are off the table?\n\n" +
			c.ans + ": All tools remain on the table.\n\n" +
			c.ask + ": Norway has imposed a ban on Chilean salmon. What is your comment?\n\n" +
			c.ans + ": We are studying the measure.\n\n" +
			c.ask + ": Reuters: Australia says it has banned beef imports from Peru. Will you do the same?\n\n" +
			c.ans + ": We have no plans to do so.\n\n" +
			c.ask + ": According to the trade ministry, Argentina has banned imports of Bolivian wine. How do you view this?\n\n" +
			c.ans + ": That is a matter for the two countries.\n\n" +
			c.ask + ": The European Union has urged Peru to lift the restrictions, and the Thai government has lodged a formal protest with Hanoi. Is there coordination?\n\n" +
			c.ans + ": We firmly oppose the ban on Chilean salmon."
		v := view(extractText(t, doc))
		fail := func(format string, a ...any) {
			t.Helper()
			v.dump(os.Stderr)
			t.Errorf(c.ans+": "+format, a...)
		}
		if rs := v.rels(graph.Sanctions, "", "tariffs"); len(rs) > 0 {
			fail("the preface's background act \"they raised the tariffs\" gave %d SANCTIONS", len(rs))
		}
		if len(v.rels(graph.Sanctions, "Norway", "salmon")) > 0 {
			fail("the preface's \"Norway has imposed a ban\" gave a SANCTIONS")
		}
		// the target is the trading partner since frames24 ("banned beef imports from Peru": Peru)
		if len(v.rels(graph.Sanctions, "Australia", "beef"))+len(v.rels(graph.Sanctions, "Australia", "Peru")) == 0 {
			fail("\"Australia says it has banned …\" (reported in the preface) gave no SANCTIONS")
		}
		if len(v.rels(graph.Sanctions, "Argentina", "wine")) == 0 {
			fail("\"According to the trade ministry, Argentina has banned …\" gave no SANCTIONS")
		}
		if len(v.rels(graph.Demands, "European Union", "lift")) == 0 {
			fail("the reported speech act \"has urged Peru to lift\" gave no DEMANDS")
		}
		if len(v.rels(graph.Opposes, "Thailand")) == 0 {
			fail("the reported speech act \"lodged a formal protest\" gave no OPPOSES")
		}
	}
}

// TestQuestionPrefaceFirstPerson: what the journalist himself thinks or understands is his own
// preface, no report of another's words: "I think Argentina has closed its border" asserts no
// act (reportedInPreface skips a first-person speaker), while "The minister thinks …" reports.
func TestQuestionPrefaceFirstPerson(t *testing.T) {
	doc := "Foreign Ministry Spokesperson Tomas Rinaldi's Regular Press Conference on June 9, 2031\n\n" +
		"Q: I understand that Argentina has closed its border crossings with Bolivia. Is that right?\n\n" +
		"A: I have no information on that.\n\n" +
		"Q: The Brazilian trade minister said Paraguay has imposed new duties on Brazilian sugar. Will Uruguay join?\n\n" +
		"A: Uruguay will decide on its own."
	v := view(extractText(t, doc))
	if len(v.rels(graph.Sanctions, "Argentina")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("\"I understand that Argentina has closed …\" gave Argentina a SANCTIONS")
	}
	if len(v.rels(graph.Sanctions, "Paraguay", "sugar")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("\"The Brazilian trade minister said Paraguay has imposed new duties …\" gave no SANCTIONS")
	}
}

// TestFollowUpQuestionAssertsNoAct: a "Follow-up:", "Follow-up question:" or numbered ("Q2:",
// "Question 3:") turn is a journalist's question (discourse/labels.txt), so its preface's
// background acts give no stance (new-user trial 19, B1). Near miss: the answer's own stance.
func TestFollowUpQuestionAssertsNoAct(t *testing.T) {
	doc := "Foreign Ministry Spokesperson Irena Vasko's Regular Press Conference on April 8, 2031\n\n" +
		"Q: The talks with Peru ended yesterday. Do you have any comment?\n\n" +
		"A: The talks were constructive.\n\n" +
		"Follow-up: The pattern now is that Chile imposes new tariffs on Peruvian copper and then a lull follows. Is that pattern concerning?\n\n" +
		"A: We will not speculate.\n\n" +
		"Follow-up question: Ecuador has closed its border with Peru. Will you mediate?\n\n" +
		"A: We hope the two sides will talk.\n\n" +
		"Q2: Bolivia blocked the shipment of lithium last week. Is the ministry concerned?\n\n" +
		"A: We firmly oppose the blockade of the lithium shipment."
	v := view(extractText(t, doc))
	for _, c := range []struct{ who, what string }{{"Chile", "tariffs"}, {"Ecuador", "border"}, {"Bolivia", "lithium"}} {
		if rs := v.rels(graph.Sanctions, c.who); len(rs) > 0 {
			v.dump(os.Stderr)
			t.Errorf("a follow-up or numbered question's preface gave %s %d SANCTIONS", c.who, len(rs))
		}
		if rs := v.rels(graph.Opposes, c.who); len(rs) > 0 {
			v.dump(os.Stderr)
			t.Errorf("a follow-up or numbered question's preface gave %s %d OPPOSES", c.who, len(rs))
		}
	}
	if len(v.rels(graph.Opposes, "", "blockade")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("the answer's \"We firmly oppose the blockade …\" gave no OPPOSES")
	}
}

// TestQuestionEvidenceMarked: a stance a question's preface reports of a third party ("The EU
// has urged Peru to …") is kept but its evidence is marked InQuestion (new-user trial 19, D9), as
// is a moderator's relayed words; the answer's stance and a news report's are not marked.
func TestQuestionEvidenceMarked(t *testing.T) {
	doc := "Foreign Ministry Spokesperson Irena Vasko's Regular Press Conference on April 9, 2031\n\n" +
		"Q: The European Union has urged Peru to lift the export restrictions on copper. Will you join?\n\n" +
		"A: We firmly oppose the restrictions on copper exports."
	v := view(extractText(t, doc))
	marked := func(rs []graph.Relation) (n int) {
		for _, r := range rs {
			for _, e := range r.Evidence {
				if e.InQuestion {
					n++
				}
			}
		}
		return n
	}
	if rs := v.rels(graph.Demands, "European Union", "lift"); len(rs) == 0 || marked(rs) != len(rs[0].Evidence) {
		v.dump(os.Stderr)
		t.Errorf("the question's reported \"has urged Peru to lift\": %d DEMANDS, %d marked in question; want marked", len(rs), marked(rs))
	}
	if rs := v.rels(graph.Opposes, "", "restrictions"); len(rs) == 0 || marked(rs) != 0 {
		v.dump(os.Stderr)
		t.Errorf("the answer's \"We firmly oppose the restrictions\": %d OPPOSES, %d marked in question; want 1+, 0", len(rs), marked(rs))
	}
	news := view(extractText(t, "Lima, April 9 (Wire) - The European Union has urged Peru to lift the export restrictions on copper, officials said."))
	if rs := news.rels(graph.Demands, "European Union", "lift"); len(rs) == 0 || marked(rs) != 0 {
		news.dump(os.Stderr)
		t.Errorf("a news report's \"has urged Peru to lift\": %d DEMANDS, %d marked in question; want 1+, 0", len(rs), marked(rs))
	}
}
