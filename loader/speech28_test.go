package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// speechCase expects (want) or forbids a non-negated relation of typ from src whose target label
// holds tgt ("" any) and, when rule is set, whose evidence rule contains it.
type speechCase struct {
	text, src, tgt string
	typ            graph.RelType
	rule           string
	want           bool
}

func runSpeechCases(t *testing.T, cases []speechCase) {
	t.Helper()
	for _, c := range cases {
		v := view(extractDoc(t, input.Document{Source: "t", Text: c.text}))
		var kw []string
		if c.tgt != "" {
			kw = append(kw, c.tgt)
		}
		got := false
		for _, r := range v.rels(c.typ, c.src, kw...) {
			for _, e := range r.Evidence {
				if !r.Negated && (c.rule == "" || strings.Contains(e.Rule, c.rule)) {
					got = true
				}
			}
		}
		if got != c.want {
			t.Errorf("%s: %s %s -> %q (rule %q): want %v", c.text, c.typ, c.src, c.tgt, c.rule, c.want)
			v.dump(os.Stderr)
		}
	}
}

// TestInvertedReportObligation (speech28): a clause under a modal of obligation laying it on
// another actor, reported by a verb of saying after it, is the speaker's demand even when the
// parse hangs the verb of saying inside the clause (the claims stage's speech:inverted claim
// names the speaker: relation_invertedreport.go). Must not: the speaker's own side obliged, the
// first person, and a question.
func TestInvertedReportObligation(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"Ankara must stop shelling Kurdish villages in the Afrin region, the Swedish foreign ministry said in a statement.", "Foreign Ministry (Sweden)", "Ankara stopping", graph.Demands, "", true}, // since cons28 the trailing clause is parsed apart and frames' clause-obligation finds it first
		{"Tehran must release the detained tanker crew without delay, the Dutch foreign ministry said.", "Foreign Ministry (Netherlands)", "Tehran releasing", graph.Demands, "", true},
		{"Caracas must free the jailed opposition leaders at once, Colombia's foreign minister Maria Holguin said on Monday.", "Maria Holguin", "Caracas freeing", graph.Demands, "", true},
		// must not
		{"Norway must defend its fishing grounds in the Barents Sea, the Norwegian defence ministry said in a statement.", "Defence Ministry (Norway)", "", graph.Demands, "", false},
		{"We must protect our fishermen in the Barents Sea, the Norwegian defence ministry said in a statement.", "Defence Ministry (Norway)", "", graph.Demands, "", false},
		{"Must Europe pay for the reconstruction of Gaza, the Norwegian minister wondered.", "", "Europe", graph.Demands, "obligation", false},
	})
}

// TestInvertedProtasisNoReport (speech28): a sentence opening with a conditional clause by
// subject–operator inversion has its main clause after the comma, no attribution: "Were Spain to
// leave, the bloc would respond" reports nothing of the bloc's (claims/protasis.go). Must not: a
// conditional sentence reported as a whole after a second comma, and an ordinary inverted report.
func TestInvertedProtasisNoReport(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"Were Morocco to annex the territory, the African Union would respond.", "African Union", "", graph.Claims, "", false},
		{"Had Portugal boycotted the summit, the European Union would have reacted.", "European Union", "", graph.Claims, "", false},
		// must not
		{"Had Portugal boycotted the summit, the treaty would have failed, the European Union said.", "European Union", "treaty", graph.Claims, "speech:inverted", true},
		{"Portugal will boycott the summit, the European Union said.", "European Union", "boycott", graph.Claims, "speech:inverted", true},
	})
}

// TestArticledInvertedSpeaker (speech28): an inverted attribution whose speaker's noun phrase
// opens with an article before the premodifying nationality or body ("…, the Chilean foreign
// minister Alfredo Moreno said") opens at the article (claims/protasis.go articledComma), so the
// clause before the comma is reported. Must not: the same phrase as the subject of a reporting
// verb before its clause stays speech:reported.
func TestArticledInvertedSpeaker(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"Chile will reopen its embassy in Caracas, the Chilean foreign minister Alfredo Moreno said.", "Alfredo Moreno", "reopen its embassy", graph.Claims, "speech:inverted", true},
		{"Peru will get new loans for its roads, the World Bank president Ajay Banga said.", "Ajay Banga", "new loans", graph.Claims, "speech:inverted", true},
		// must not
		{"The Chilean foreign minister Alfredo Moreno said Chile would reopen its embassy in Caracas.", "Alfredo Moreno", "reopen its embassy", graph.Claims, "speech:inverted", false},
		{"The Chilean foreign minister Alfredo Moreno said Chile would reopen its embassy in Caracas.", "Alfredo Moreno", "reopen its embassy", graph.Claims, "speech:reported", true},
	})
}

// TestArticledRoleApposition (speech28): "…, said the Norwegian envoy X" names X after a role
// phrase opened by the definite article, close apposition as without it (surface/roleappos.go;
// Quirk et al. 1985, 17.91). Must not: a clause after the name ("said the envoy X had left")
// reports that clause, not the one before.
func TestArticledRoleApposition(t *testing.T) {
	runSpeechCases(t, []speechCase{
		{"The militias must leave the city by Friday, said the Algerian mediator Lakhdar Brahimi.", "Lakhdar Brahimi", "militias must leave", graph.Claims, "role-apposition", true},
		{"Hezbollah must leave the city by Friday, said the Algerian mediator Lakhdar Brahimi.", "Lakhdar Brahimi", "Hezbollah leaving", graph.Demands, "", true},
		// must not
		{"The militias left the city on Friday, said the Algerian mediator Lakhdar Brahimi had confirmed.", "Lakhdar Brahimi", "militias left", graph.Claims, "", false},
	})
}
