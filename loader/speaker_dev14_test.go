package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestInvertedSaidBodyTitleName: "“…,” said WFP Executive Director Cindy McCain" is the person's
// quotation, not the body's: the body's name premodifies the titled name, whose head is the name
// (dev14 S03; premodifiedSpeaker). Invented wordings, four bodies; near misses: the body alone
// after "said", and the body with a relative clause, stay the body's.
func TestInvertedSaidBodyTitleName(t *testing.T) {
	for _, c := range []struct{ said, person string }{
		{"said UNICEF Executive Director Maria Olsen", "Maria Olsen"},
		{"said NATO Secretary General Lars Brekke", "Lars Brekke"},
		{"said IMF Managing Director Ana Ruiz", "Ana Ruiz"},
		{"said WTO Director-General Amir Haddad", "Amir Haddad"},
	} {
		v := view(extractText(t, "\"Aid budgets are collapsing and children will pay the price,\" "+c.said+". \"I urge donors to act now.\""))
		if len(claimsWith(v, c.person, "children will pay the price")) == 0 || len(claimsWith(v, c.person, "urge donors")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: the quotation is not %s's", c.said, c.person)
		}
	}
	for _, s := range []string{
		"\"Aid budgets are collapsing,\" said UNICEF.",
		"\"Aid budgets are collapsing,\" said UNICEF, which runs the programme.",
	} {
		v := view(extractText(t, s))
		if len(claimsWith(v, "UNICEF", "collapsing")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: not the body's quotation", s)
		}
	}
}

// TestSubjectWithAcronym: "The World Food Programme (WFP) said that …" — an acronym in parentheses
// after the subject's name glosses it, and the verb's subject is the name (dev14 S03). Invented
// wordings, four bodies and three verbs; near miss: a parenthesis that is no acronym ("(left)")
// does not make the name before it the subject of a caption.
func TestSubjectWithAcronym(t *testing.T) {
	for _, c := range []struct{ s, src, words string }{
		{"The World Food Programme (WFP) said that it will cut food rations by half.", "World Food Program", "cut food rations"},
		{"The International Monetary Fund (IMF) warned that growth will slow sharply this year.", "International Monetary Fund", "growth will slow"},
		{"The Kenya Tea Development Agency (KTDA) said farmers would be paid in March.", "Kenya Tea Development Agency", "paid in March"},
		{"The National Union of Mineworkers (NUM) claimed that the mine was unsafe.", "National Union of Mineworkers", "mine was unsafe"},
	} {
		v := view(extractText(t, c.s))
		if len(claimsWith(v, c.src, c.words)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no claim of %s", c.s, c.src)
		}
	}
	v := view(extractText(t, "Minister Ana Reyes (left) said the talks had failed."))
	for _, r := range v.rels(graph.Claims, "") {
		if n := v.byID[r.Source]; n != nil && n.Name != "Ana Reyes" {
			t.Errorf("a claim of %s", n.Name)
		}
	}
}

// TestFrameMarkerColon: "On Ukraine, let me be very clear: Norway will continue its support …" in a
// turn is the speaker's claim of what follows the colon: the frame marker announces the assertion
// (dev14 S02; frameMarkerColon). Invented wordings, three markers; near misses: a marker announcing
// an account ("Let me explain the schedule:") and a marker with nothing after it make no claim.
func TestFrameMarkerColon(t *testing.T) {
	for _, c := range []struct{ line, words string }{
		{"On Ukraine, let me be very clear: Norway will continue its support for as long as it takes.", "Norway will continue its support"},
		{"I want to be clear: Kenya will not accept the new levies on its tea exports.", "Kenya will not accept the new levies"},
		{"Let me stress: Chile remains committed to the lithium agreement.", "Chile remains committed"},
	} {
		v := view(extractText(t, "Press Conference by Minister Ruth Oduya\n\nMINISTER ODUYA: "+c.line))
		if len(claimsWith(v, "", c.words)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no claim after the frame marker", c.line)
		}
	}
	for _, line := range []string{"Let me explain the schedule: first we meet the envoys.", "Let me be very clear."} {
		v := view(extractText(t, "Press Conference by Minister Ruth Oduya\n\nMINISTER ODUYA: "+line))
		if n := len(v.rels(graph.Claims, "")); n > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: %d claims", line, n)
		}
	}
}
