package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestLabelInTitledStatement: under a heading that names the speaker ("Statement of the President
// of X", "Remarks by the Prime Minister of X"), a "<Name>:" label before finished sentences is
// the delivered text's speaker label, as in a transcript: the stances are the named person's.
// Near misses: a section label ("Note:", labels.txt) or a label that names no actor ("Economic
// Policy:") keeps the title's voice; a label before a headline with no period is a heading, as
// in a story; a story with no titled speaker drops the label as before. Invented documents.
func TestLabelInTitledStatement(t *testing.T) {
	body := ": Good evening, friends. We reject the tariffs imposed by Varland.\n\nWe call on Varland to lift the tariffs."
	for _, c := range []struct{ doc, speaker string }{
		{"Statement of the President of the Republic of Kenya\n\nMarta Okelo" + body, "Marta Okelo"},
		{"Remarks by the Prime Minister of Norway at the Nordic Summit\n\nIngrid Vale" + body, "Ingrid Vale"},
	} {
		v := view(extractText(t, c.doc))
		if len(v.rels(graph.Opposes, c.speaker, "tariffs imposed by Varland")) == 0 || len(v.rels(graph.Demands, c.speaker)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no OPPOSES/DEMANDS by %s", c.doc[:30], c.speaker)
		}
	}
	for _, c := range []struct{ doc, speaker string }{
		{"Statement of the President of the Republic of Kenya\n\nNote" + body, "Kenya"},
		{"Statement of the President of the Republic of Kenya\n\nEconomic Policy" + body, "Kenya"},
	} {
		v := view(extractText(t, c.doc))
		if len(v.rels(graph.Demands, c.speaker, "lifting the tariffs")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the title's voice lost", c.doc[:30])
		}
	}
	for _, doc := range []string{
		"Statement of the President of the Republic of Kenya\n\nMarta Okelo: Varland tariffs rejected\n\nWe reject the tariffs imposed by Varland.",
		"Tariff row deepens\n\nMarta Okelo: We reject the tariffs imposed by Varland.\n\nThe tariffs took effect on Monday.",
	} {
		v := view(extractText(t, doc))
		if len(v.rels(graph.Opposes, "Marta Okelo")) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the label speaks", doc[:30])
		}
	}
}
