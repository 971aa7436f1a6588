package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestJudgedActorTargets (evalspeech31): an evaluation in reported speech whose judged phrase is a
// person — a name, a third-person pronoun the verb of naming's subject cannot bind, a pronoun in a
// quotation, or an act noun with a possessive pronoun — is a stance towards that person
// (judgedActor); an object complement the parser hung as an unmarked oblique is still the
// object's complement (frames unmarkedOblique); the AFINN-165 rows of evalspeech31 give the
// polarity ("stupid" -2, "hero" +2). Must-nots: a question, a hedged or conditional evaluation, a
// self-evaluation in the first person, a kinship noun with a possessive ("their son") that names a
// person, not an act, and an evaluation of a state of affairs. Invented wordings.
func TestJudgedActorTargets(t *testing.T) {
	v := view(extractText(t, "Harbor council quarrels over the ferry levy\n\n"+
		"Mayor Linda Brandt proposed a ferry levy on Monday. Ms. Brandt defended it at the harbor.\n\n"+
		"Councillor Robert Vasquez called her a fraud on Tuesday.\n\n"+
		"Councillor Susan Lindqvist said Brandt is stupid.\n\n"+
		"Ms. Brandt thanked the harbor staff.\n\n"+
		"“She is a hero,” said Councillor Michael Meyers.\n\n"+
		"Ms. Brandt closed the north pier on Wednesday.\n\n"+
		"Councillor James Halvorsen called her actions shameful.\n\n"+
		"Councillor Karen Olsen was calling Brandt a fool.\n\n"+
		"Ms. Brandt answered her critics on Thursday. Councillor Paul Grant called her “weak” at the meeting.\n\n"+
		"Ms. Brandt spoke again. Councillor Helen Dunn said Brandt and her aides are cheaters.\n\n"))
	for _, c := range []struct {
		typ graph.RelType
		src string
	}{
		{graph.Opposes, "Robert Vasquez"},
		{graph.Opposes, "Susan Lindqvist"},
		{graph.Supports, "Michael Meyers"},
		{graph.Opposes, "James Halvorsen"},
		{graph.Opposes, "Karen Olsen"},
		{graph.Opposes, "Paul Grant"}, // "her" read as a possessive by the parser
		{graph.Opposes, "Helen Dunn"}, // a plural noun takes its singular's row
	} {
		if len(v.rels(c.typ, c.src, "Brandt")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s has no %s of Brandt", c.src, c.typ)
		}
	}

	n := view(extractText(t, "Harbor council quarrels over the ferry levy\n\n"+
		"Mayor Linda Brandt proposed a ferry levy on Monday. She defended it at the harbor.\n\n"+
		"“Is Brandt really so stupid?” Councillor Robert Vasquez said.\n\n"+
		"Councillor Susan Lindqvist said Brandt might be a fraud.\n\n"+
		"Even if voters see Brandt as a fool, the levy stays, Councillor Michael Meyers said.\n\n"+
		"“We are brilliant,” Councillor James Halvorsen said.\n\n"+
		"The Brandts lost a son at sea. Councillor Karen Olsen called their son a hero.\n\n"+
		"Councillor Nancy Moe said the weather is terrible.\n\n"))
	for _, src := range []string{"Robert Vasquez", "Susan Lindqvist", "Michael Meyers", "James Halvorsen", "Karen Olsen", "Nancy Moe"} {
		for _, typ := range []graph.RelType{graph.Opposes, graph.Supports} {
			for _, r := range n.rels(typ, src) {
				n.dump(os.Stderr)
				t.Errorf("%s: unexpected %s of %s (%s)", src, typ, n.label(r.Target), r.Evidence[0].Rule)
			}
		}
	}
}

// TestEvaluationRowsAFINN: the rows evalspeech31 added to evaluations.txt carry AFINN-165's sign
// and name their entry.
func TestEvaluationRowsAFINN(t *testing.T) {
	b, err := os.ReadFile("../data/lexicons/evaluations.txt")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{}
	for _, l := range strings.Split(string(b), "\n") {
		f := strings.Split(l, "|")
		if len(f) >= 4 && !strings.HasPrefix(l, "#") {
			rows[strings.TrimSpace(f[0])] = strings.TrimSpace(f[1]) + " " + strings.TrimSpace(f[3])
		}
	}
	for w, want := range map[string]string{"stupid": "- AFINN-165 stupid -2", "hero": "+ AFINN-165 hero 2", "weak": "- AFINN-165 weak -2"} {
		if rows[w] != want {
			t.Errorf("%s: %q, want %q", w, rows[w], want)
		}
	}
}
