package frames

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestContinuedFight (issue 13, warn29): a noun of CAMEO.2.0.txt's &FIGHT set (fight, struggle,
// battle, war …) as the object of a support verb of continuing (keep up, continue: ContOper1,
// modality.txt) under a vow or a future is CAMEO 138 "threaten with military force" against the
// party named in its against/on-phrase (cameo-types.txt row 19, cue-classes.txt). Near misses:
// the fight reported as waged (an event, none of ours), a fight against an abstract ill (no party
// named: a metaphor of policy), talks continued, a campaign asserted.
func TestContinuedFight(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text, src, tgt string
		want           bool
	}{
		{"The militia vowed to continue its fight against Ethiopia.", "militia", "Ethiopia", true},
		{"Separatists pledged to keep up their struggle against the Moroccan government.", "Separatists", "government", true},
		{"The insurgents will continue their war against Baghdad.", "insurgents", "Baghdad", true},
		{"The guerrillas promised to continue their battle against the Colombian army.", "guerrillas", "army", true},
		// near misses
		{"The militia has continued its fight against Ethiopia for years.", "militia", "Ethiopia", false},
		{"The mayor vowed to continue the fight against crime.", "mayor", "crime", false},
		{"The minister pledged to keep up the war on poverty.", "minister", "poverty", false},
		{"The militia vowed to continue the talks with Ethiopia.", "militia", "Ethiopia", false},
		{"The militia fought a long war against Ethiopia.", "militia", "Ethiopia", false},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Threatens && form(toks, m.Source) == c.src && form(toks, m.Target) == c.tgt {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: THREATENS %s→%s: want %v;%s", c.text, c.src, c.tgt, c.want, describe(toks, lx.Match(toks)))
		}
	}
}

// TestPromisedMeasure (issue 13, warn29): promise, pledge or vow with a coercive measure as
// object is CAMEO 13 "threaten" (cue-classes.txt, hostile-target; as CAMEO.2.0.txt's VOW *
// REVENGE [138]); "press ahead with" continues the subject's own act (OED press v., "press
// ahead"), no CAMEO 10 demand. Near misses: a promise of aid stays an offer, "pressed X to"
// and "pressed for" stay demands.
func TestPromisedMeasure(t *testing.T) {
	lx, sm := lexiconAndParser(t)
	for _, c := range []struct {
		text string
		typ  graph.RelType
		src  string
		want bool
	}{
		{"Moscow promised retaliation against the new tariffs.", graph.Threatens, "Moscow", true},
		{"Beijing pledged countermeasures against the arms sale.", graph.Threatens, "Beijing", true},
		{"The junta vowed retaliation against the bloc.", graph.Threatens, "junta", true},
		{"Pyongyang pressed ahead with its missile tests.", graph.Demands, "Pyongyang", false},
		{"The navy vowed to press ahead with the exercises.", graph.Demands, "navy", false},
		// near misses
		{"Tokyo promised aid to the flood victims.", graph.Threatens, "Tokyo", false},
		{"Tokyo promised aid to the flood victims.", graph.Offers, "Tokyo", true},
		{"Seoul pressed Tokyo to compensate the workers.", graph.Demands, "Seoul", true},
		{"Paris pressed for a ceasefire.", graph.Demands, "Paris", true},
	} {
		toks := parsed(sm, c.text)
		got := false
		for _, m := range lx.Match(toks) {
			if m.Type == c.typ && form(toks, m.Source) == c.src {
				got = true
			}
		}
		if got != c.want {
			t.Errorf("%s: %s %s: want %v;%s", c.text, c.typ, c.src, c.want, describe(toks, lx.Match(toks)))
		}
	}
}
