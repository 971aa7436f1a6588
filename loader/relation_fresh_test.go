package loader

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/data"
	"github.com/claimgraph/claimgraph/graph"
)

// freshSentences is a set of news-style sentences written for issue 13 before the frames stage
// replaced the surface cue path, with their gold written at the same time and not changed after
// (each sentence is its own article). It covers every stance type, passives with "by",
// coordinated subjects, pronoun and first-person sources, negation, beliefs and predictions of
// another actor's act, reversals, and traps where a cue word is a plain noun. A want is
// "TYPE Source -> target keywords" (checkExpect's relation syntax: the source's name or alias,
// words of the target's label); "!TYPE Source" must not be there. Negated relations are
// not stances (the loader keeps them, flagged). Stance relations matching no
// want are counted as false (freshStances).
var freshSentences = []struct {
	text string
	want []string
}{
	{"Germany imposed sanctions on Belarus on Tuesday after the disputed election.", []string{"SANCTIONS Germany"}},
	{"Japan threatened to impose tariffs on South Korean steel.", []string{"THREATENS Japan"}},
	{"The Kenyan government rejected a proposal by Uganda to share the lake's fishing rights.", []string{"OPPOSES Kenya -> proposal"}},
	{"Brazil and Argentina demanded that Paraguay reopen the border crossing.", []string{"DEMANDS Brazil", "DEMANDS Argentina"}},
	{"Canada offered to mediate between Ethiopia and Egypt.", []string{"OFFERS Canada -> mediat"}},
	{"Poland backed Ukraine's bid to join the European Union.", []string{"SUPPORTS Poland"}},
	{"Iran was sanctioned by the United States over its missile program.", []string{"SANCTIONS United States -> Iran"}},
	{"India did not oppose the resolution.", []string{"!OPPOSES India", "!SUPPORTS India"}},
	{"France believes Germany will support the plan.", []string{"!SUPPORTS Germany"}},
	{"Australian Prime Minister Anthony Albanese said he opposed the new mining tax.", []string{"OPPOSES Anthony Albanese -> mining tax"}},
	{"The sanctions debate dominated the summit in Brussels.", nil},
	{"A threat assessment published by the Dutch defense ministry was mostly technical.", nil},
	{"Turkey warned Sweden that it would block its NATO membership.", []string{"THREATENS Turkey"}},
	{"Mexico urged the United States to ease restrictions on migrant workers.", []string{"DEMANDS Mexico", "!SANCTIONS Mexico", "!SANCTIONS United States"}},
	{"Russia vetoed the Security Council resolution on Syria.", []string{"OPPOSES Russia -> resolution"}},
	{"South Africa condemned the coup in Niger.", []string{"OPPOSES South Africa -> coup"}},
	{"Nigeria's president praised Ghana for its handling of the crisis.", []string{"SUPPORTS Nigeria"}},
	{"China criticized Japan's decision to release the treated water.", []string{"OPPOSES China -> decision", "!SANCTIONS Japan"}},
	{"The European Union lifted sanctions on Venezuela.", []string{"!SANCTIONS European Union"}},
	{"Indonesia refused to extradite the suspect to Australia.", []string{"OPPOSES Indonesia"}},
	{"Egypt called on Israel to halt the military operation.", []string{"DEMANDS Egypt"}},
	{"Britain expelled two Russian diplomats on Monday.", []string{"SANCTIONS United Kingdom"}},
	{"The United States and Britain froze the assets of the Myanmar military.", []string{"SANCTIONS United States", "SANCTIONS United Kingdom"}},
	{"North Korea threatened South Korea with a nuclear strike.", []string{"THREATENS North Korea"}},
	{"Analysts expect China to retaliate against the new tariffs.", []string{"!THREATENS China", "!SANCTIONS China", "!OPPOSES China"}},
	{"Saudi Arabia offered Iraq a $1 billion loan.", []string{"OFFERS Saudi Arabia"}},
	{"Technical support for the software ended in March.", nil},
	{"Kenya's demand for compensation was rejected by Tanzania.", []string{"OPPOSES Tanzania", "DEMANDS Kenya -> compensation"}},
	{"Italy supports sanctions against Iran, the foreign ministry said.", []string{"SUPPORTS Italy", "!SANCTIONS Italy"}},
	{"Spain has not recognised the breakaway region.", []string{"!SUPPORTS Spain"}},
	{"The protest march through Nairobi ended peacefully.", nil},
	{"Greece accused Turkey of violating its airspace.", []string{"OPPOSES Greece"}},
	{"Norway pledged $50 million to the relief effort in Sudan.", []string{"OFFERS Norway"}},
	{"Colombia welcomed the ceasefire agreement.", []string{"SUPPORTS Colombia -> ceasefire"}},
	{"Hungary blocked the EU aid package for Ukraine.", []string{"OPPOSES Hungary -> aid package"}},
	{"Beijing and Moscow opposed the deployment of the missile system.", []string{"OPPOSES China", "OPPOSES Russia"}},
	{"The strike by dock workers shut the port of Antwerp for a week.", nil},
	{"Sudan expects Ethiopia to fill the dam without an agreement.", []string{"!OPPOSES Ethiopia", "!SANCTIONS Ethiopia"}},
	{"Chile's foreign minister said the country supports the peace talks.", []string{"SUPPORTS Chile -> peace talks"}},
	{"\"We will not accept any deal that hurts our farmers,\" the French agriculture minister said.", []string{"OPPOSES France -> deal"}},
	{"Peru rejected the ruling, and Bolivia also criticized it.", []string{"OPPOSES Peru -> ruling", "OPPOSES Bolivia"}},
	{"If Serbia recognizes Kosovo, Russia will retaliate.", []string{"!SUPPORTS Serbia"}},
	{"The offer of talks was welcomed by Pakistan.", []string{"SUPPORTS Pakistan -> talks"}},
	{"The Philippines protested China's construction of artificial islands.", []string{"OPPOSES Philippines -> construction"}},
}

// stanceTypes are the relation types scored by freshStances.
var stanceTypes = map[graph.RelType]bool{graph.Opposes: true, graph.Demands: true, graph.Threatens: true,
	graph.Sanctions: true, graph.Supports: true, graph.Offers: true}

// freshStances scores freshSentences: positive wants found, negative wants respected, and stance
// relations that match no positive want of their sentence (false stances).
func freshStances(t *testing.T) (hit, pos, kept, negs, false_ int) {
	for _, c := range freshSentences {
		g := extractText(t, c.text)
		v := view(g)
		matched := map[string]bool{}
		var misses []string
		for _, w := range c.want {
			if strings.HasPrefix(w, "!") {
				negs++
				if len(asserted(relSpec(v, w[1:]))) == 0 {
					kept++
				} else {
					misses = append(misses, w)
				}
				continue
			}
			pos++
			rs := asserted(relSpec(v, w))
			if len(rs) > 0 {
				hit++
			} else {
				misses = append(misses, w)
			}
			for _, r := range rs {
				matched[r.ID] = true
			}
		}
		for _, r := range g.Relations {
			if stanceTypes[r.Type] && !r.Negated && !matched[r.ID] {
				false_++
				misses = append(misses, "false: "+string(r.Type)+" "+v.label(r.Source)+" -> "+v.label(r.Target))
			}
		}
		if len(misses) > 0 {
			t.Logf("%s\n    %s", c.text, strings.Join(misses, "\n    "))
		}
	}
	return
}

// asserted drops negated relations ("did not oppose" is kept, flagged, and asserts no stance).
func asserted(rs []graph.Relation) []graph.Relation {
	var out []graph.Relation
	for _, r := range rs {
		if !r.Negated {
			out = append(out, r)
		}
	}
	return out
}

// TestFreshSentences holds the floor of the frames stage on freshSentences (see relation_frames.go);
// -v lists each miss. Scored once before the frames stage (the surface cue path: 36/37 found,
// 12/15 forbidden absent, 7 false) and at the end of issue 13 (30/37, 15/15, 7): the floors are
// the latter.
func TestFreshSentences(t *testing.T) {
	hit, pos, kept, negs, falses := freshStances(t)
	t.Logf("fresh sentences: %d/%d stances found, %d/%d forbidden absent, %d false stances", hit, pos, kept, negs, falses)
	if hit < 30 || kept < 15 || falses > 7 {
		t.Errorf("below floor (30 found, 15 forbidden absent, at most 7 false): %d, %d, %d", hit, kept, falses)
	}
}

// TestFrameRulesKnown checks that every rule the frames stage writes into Evidence.Rule names a
// frame of frames.Frames and an entry of the loaded dictionaries (frames.Lexicon.KnownRule), on
// the fresh sentences and the sample article.
func TestFrameRulesKnown(t *testing.T) {
	x := testExtractor(t)
	var texts []string
	for _, c := range freshSentences {
		texts = append(texts, c.text)
	}
	b, err := data.FS.ReadFile(data.SamplePath)
	if err != nil {
		t.Fatal(err)
	}
	texts = append(texts, string(b))
	// a transcript: stances of "we" in an answer carry the unit's rule after the frame's
	texts = append(texts, "Regular Press Conference of Foreign Ministry Spokesperson Ana Ruiz on May 3, 2024\n\n"+
		"Q: Will Peru lift the export controls on copper?\n\nA: We firmly oppose the export controls announced by Peru.\n\n"+
		"Q: And the summit?\n\nA: I support the proposal of the regional council for new talks.")
	n, turn := 0, 0
	for _, txt := range texts {
		for _, r := range extractText(t, txt).Relations {
			for _, ev := range r.Evidence {
				if !strings.HasPrefix(ev.Rule, "frames:") {
					continue
				}
				n++
				if strings.Contains(ev.Rule, "+turn:") {
					turn++
				}
				if !x.knownStanceRule(ev.Rule) {
					t.Errorf("unknown rule %q (%s)", ev.Rule, ev.Text)
				}
			}
		}
	}
	if n == 0 || turn == 0 {
		t.Fatalf("no frames rule found (%d), or none through a turn's speaker (%d)", n, turn)
	}
	for _, bad := range []string{"frames:verb:cameo@7348+turn:nothing", "frames:verb:cameo@0+turn:answer"} {
		if x.knownStanceRule(bad) {
			t.Errorf("%q taken for a known rule", bad)
		}
	}
}
