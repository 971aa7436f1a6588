package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// eval32 rules, on invented wordings (each text one article; the people are made up).

// TestUnsaidJudgement: a judgement whose verb of saying or naming is negated, or is the complement
// of a negative implicative verb (Karttunen 1971), is not made (unsaidJudgement). The positive
// control in the same article: the same judgement asserted by another councillor.
func TestUnsaidJudgement(t *testing.T) {
	v := view(extractText(t, "Harbor council quarrels over the ferry levy\n\n"+
		"Mayor Linda Brandt proposed a ferry levy on Monday.\n\n"+
		"Councillor Robert Vasquez never called Brandt a liar.\n\n"+
		"Councillor Susan Lindqvist did not say the ferry levy was unacceptable.\n\n"+
		"Councillor Michael Meyers refused to call the ferry levy a disaster.\n\n"+
		"“I never said Brandt was a fraud,” Councillor James Halvorsen said.\n\n"+
		"Councillor Karen Olsen does not think the ferry levy is a disaster.\n\n"+
		"Councillor Paul Grant called Brandt a liar.\n\n"))
	if len(v.rels(graph.Opposes, "Paul Grant", "Brandt")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("Paul Grant has no OPPOSES of Brandt")
	}
	for _, src := range []string{"Robert Vasquez", "Susan Lindqvist", "Michael Meyers", "James Halvorsen", "Karen Olsen"} {
		for _, r := range v.rels(graph.Opposes, src) {
			if strings.HasPrefix(r.Evidence[0].Rule, "frames:judgement") {
				v.dump(os.Stderr)
				t.Errorf("%s: unsaid judgement of %s (%s)", src, v.label(r.Target), r.Evidence[0].Rule)
			}
		}
	}
}

// TestPersonPossessorAct: an act noun whose genitive is a common noun of persons ("the staffers'
// actions") names those persons' conduct, which a judgement judges (personPossessor); a head that
// names persons itself ("the dockers' representatives") is no act.
func TestPersonPossessorAct(t *testing.T) {
	v := view(extractText(t, "Harbor council quarrels over the ferry levy\n\n"+
		"Councillor Robert Vasquez said the campaign staffers' actions were unacceptable.\n\n"+
		"Councillor Susan Lindqvist said the dockers' representatives were unfair.\n\n"))
	if len(v.rels(graph.Opposes, "Robert Vasquez", "actions")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("Robert Vasquez has no OPPOSES of the staffers' actions")
	}
	for _, r := range v.rels(graph.Opposes, "Susan Lindqvist") {
		v.dump(os.Stderr)
		t.Errorf("Susan Lindqvist: unexpected OPPOSES of %s (%s)", v.label(r.Target), r.Evidence[0].Rule)
	}
}

// TestCharacterizeAsJudgement: verbs of Levin's (1993) 29.2 characterize class with an object and
// an evaluative as-complement judge the object (modality.txt judge-as); a passive has no judge in
// the words, and a negated one judges nothing.
func TestCharacterizeAsJudgement(t *testing.T) {
	v := view(extractText(t, "Harbor council quarrels over the ferry levy\n\n"+
		"Mayor Linda Brandt proposed a ferry levy on Monday.\n\n"+
		"Councillor Robert Vasquez remembered Brandt as dishonest.\n\n"+
		"Councillor Susan Lindqvist lampooned the ferry levy as a scam.\n\n"+
		"Councillor Michael Meyers did not remember Brandt as dishonest.\n\n"+
		"Brandt was remembered as a hero.\n\n"))
	if len(v.rels(graph.Opposes, "Robert Vasquez", "Brandt")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("Robert Vasquez has no OPPOSES of Brandt")
	}
	if len(v.rels(graph.Opposes, "Susan Lindqvist", "levy")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("Susan Lindqvist has no OPPOSES of the ferry levy")
	}
	for _, r := range v.rels(graph.Opposes, "Michael Meyers") {
		v.dump(os.Stderr)
		t.Errorf("Michael Meyers: unexpected OPPOSES of %s (%s)", v.label(r.Target), r.Evidence[0].Rule)
	}
	for _, r := range v.rels(graph.Supports, "", "Brandt") {
		v.dump(os.Stderr)
		t.Errorf("unexpected SUPPORTS of Brandt (%s)", r.Evidence[0].Rule)
	}
}

// TestOpinionJudgement: a copular judgement that is the complement of a verb of stated opinion
// (modality.txt opinion) is the believer's; "I think" in a quotation is its speaker's. Must-nots: a
// negated opinion verb, a believer judging himself.
func TestOpinionJudgement(t *testing.T) {
	v := view(extractText(t, "Harbor council quarrels over the ferry levy\n\n"+
		"Mayor Linda Brandt proposed a ferry levy on Monday.\n\n"+
		"Councillor Robert Vasquez believes the ferry levy is a disaster.\n\n"+
		"“I think Brandt is a liar,” Councillor Susan Lindqvist said.\n\n"+
		"Councillor Michael Meyers does not believe the ferry levy is a disaster.\n\n"+
		"Councillor James Halvorsen thinks he is a hero.\n\n"))
	if len(v.rels(graph.Opposes, "Robert Vasquez", "levy")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("Robert Vasquez has no OPPOSES of the ferry levy")
	}
	if len(v.rels(graph.Opposes, "Susan Lindqvist", "Brandt")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("Susan Lindqvist has no OPPOSES of Brandt")
	}
	for _, src := range []string{"Michael Meyers", "James Halvorsen"} {
		for _, typ := range []graph.RelType{graph.Opposes, graph.Supports} {
			for _, r := range v.rels(typ, src) {
				v.dump(os.Stderr)
				t.Errorf("%s: unexpected %s of %s (%s)", src, typ, v.label(r.Target), r.Evidence[0].Rule)
			}
		}
	}
}

// TestClauseConjunctJudgement: a later coordinated copula clause with a subject of its own shares
// the first clause's reporting clause and judges its own subject (firstClauseConjunct); with no
// reporting clause and no speaker it judges nothing.
func TestClauseConjunctJudgement(t *testing.T) {
	v := view(extractText(t, "Harbor council quarrels over the ferry levy\n\n"+
		"Mayor Linda Brandt proposed a ferry levy on Monday.\n\n"+
		"“The ferry levy is reckless and Brandt is a liar,” Councillor Robert Vasquez told reporters.\n\n"+
		"The weather was terrible and Brandt was a hero.\n\n"))
	if len(v.rels(graph.Opposes, "Robert Vasquez", "Brandt")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("Robert Vasquez has no OPPOSES of Brandt")
	}
	if len(v.rels(graph.Opposes, "Robert Vasquez", "levy")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("Robert Vasquez has no OPPOSES of the ferry levy")
	}
	for _, r := range v.rels(graph.Supports, "", "Brandt") {
		v.dump(os.Stderr)
		t.Errorf("unexpected SUPPORTS of Brandt (%s)", r.Evidence[0].Rule)
	}
}
