package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestIntlOfficeTitle: a title "Remarks/Statement by the <office> …" whose office the Phoenix
// International actors list writes under one intergovernmental body (EU_HIGH_REPRESENTATIVE
// [IGOEUREEC], UN_SECRETARY_GENERAL [IGOUNO]) gives that body as the speaker of the first-person
// body. Near misses: an office no Phoenix entry writes under a body ("Special Representative",
// "Deputy High Representative"), and an organ of a body that is no office, the Phoenix entry
// "UN Department of Peacekeeping Operations" read as a title's words. Invented documents.
func TestIntlOfficeTitle(t *testing.T) {
	body := "\n\nCheck against delivery!\n\nToday we condemned the rocket launches by Varland. We call on Norland to free the detained fishermen."
	for _, c := range []struct{ title, speaker string }{
		{"Remarks by the High Representative following the Foreign Affairs Council", "European Union"},
		{"Statement by the Secretary-General on the situation in Varland", "United Nations"},
		{"Remarks by the Secretary General at the press encounter", "United Nations"},
	} {
		v := view(extractText(t, c.title+body))
		if len(v.rels(graph.Opposes, c.speaker, "rocket launches by Varland")) == 0 || len(v.rels(graph.Demands, c.speaker)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no OPPOSES/DEMANDS by %s", c.title, c.speaker)
		}
	}
	for _, title := range []string{
		"Remarks by the Special Representative following the Foreign Affairs Council",
		"Remarks by the Deputy High Representative following the Foreign Affairs Council",
		"Statement by the Department of Peacekeeping Operations on Varland",
	} {
		v := view(extractText(t, title+body))
		if rs := v.rels(graph.Opposes, "United Nations"); len(rs) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the UN speaks", title)
		}
		if rs := v.rels(graph.Opposes, "European Union"); len(rs) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the EU speaks", title)
		}
	}
}
