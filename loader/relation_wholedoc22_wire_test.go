package loader

import (
	"github.com/claimgraph/claimgraph/graph"
	"path/filepath"
	"testing"
)

// TestWholeDoc22Wire loads the wire22 whole documents (wire stories of our own wording, session
// 22, issue 13) and checks their gold: a trailing reporting clause whose speaker is a definite
// description of an office of state ("…, the fisheries minister warned") names a speaker.
func TestWholeDoc22Wire(t *testing.T) {
	wholeDocKnownGold(t, filepath.Join("testdata", "wholedoc22", "wire22"))
}

// TestDefiniteOfficeSpeaker (actor_definiteoffice.go): "the <portfolio> minister" and "the prime
// minister" after "the" name one office holder, a speaker in either order of the reporting
// clause; a bare attribution noun ("officials", "a senior official") and a bare "the minister"
// stay unnamed (no node), and a portfolio holder the article names takes the description.
func TestDefiniteOfficeSpeaker(t *testing.T) {
	fire := []struct{ text, src, kw string }{
		{"OSLO, May 2 (Reuters) - Norway will ban Danish trawlers from its fjords, the fisheries minister warned on Friday.", "fisheries minister", "trawlers"},
		{"LIMA, May 2 (Reuters) - The energy minister said Peru would cut gas exports to Chile.", "energy minister", "gas exports"},
		{"HANOI, May 2 (Reuters) - Vietnam will protest to Beijing, the prime minister said.", "prime minister", "protest"},
		{"RABAT, May 2 (Reuters) - Morocco could halt phosphate sales to Spain if Madrid kept its tariff, the agriculture minister cautioned.", "agriculture minister", "phosphate"},
	}
	for _, c := range fire {
		v := view(extractText(t, "Report\n\n"+c.text+"\n"))
		if len(v.rels(graph.Claims, c.src, c.kw)) == 0 {
			t.Errorf("%q: no CLAIMS %s -> %s", c.text, c.src, c.kw)
		}
	}
	// near misses: no actor from a bare attribution noun or a bare title
	quiet := []struct{ text, src string }{
		{"OSLO, May 2 (Reuters) - Norway will ban Danish trawlers, a senior official said.", "senior official"},
		{"OSLO, May 2 (Reuters) - Norway will ban Danish trawlers, the minister said.", "minister"},
	}
	for _, c := range quiet {
		if n := view(extractText(t, "Report\n\n"+c.text+"\n")).node(c.src); n != nil {
			t.Errorf("%q: unexpected node %q", c.text, n.Name)
		}
	}
	// a named holder of the office takes the description, not a new actor
	v := view(extractText(t, "Report\n\nOSLO, May 2 (Reuters) - Norway will ban Danish trawlers, the fisheries minister warned.\n\nFisheries Minister Ola Berg said the ban would start in June.\n"))
	if v.node("fisheries minister") != nil && v.node("Ola Berg") == nil {
		t.Errorf("the fisheries minister was not taken as Ola Berg")
	}
}

// TestCommissiveNounInfinitive (frames/commissivenoun.go): a noun of promising that a support
// verb takes ("renewed its pledge to …", "made a promise to …") says what the verb of promising
// says, so its infinitive is the subject's own announced act; another's promise ("welcomed
// Ghana's pledge to …") and a threat noun keep their readings.
func TestCommissiveNounInfinitive(t *testing.T) {
	fire := []struct{ text, typ, src, kw string }{
		{"Germany renewed its pledge to help Poland.", "OFFERS", "Germany", "Poland"},
		{"Kenya made a promise to help Uganda.", "OFFERS", "Kenya", "Uganda"},
		{"Canada repeated its pledge to support Ukraine.", "SUPPORTS", "Canada", "Ukraine"},
		{"Germany renewed its threat to cut gas supplies to Poland.", "THREATENS", "Germany", "gas"},
	}
	for _, c := range fire {
		v := view(extractText(t, "Report\n\n"+c.text+"\n"))
		if len(v.rels(graph.RelType(c.typ), c.src, c.kw)) == 0 {
			t.Errorf("%q: no %s %s -> %s", c.text, c.typ, c.src, c.kw)
		}
	}
	quiet := []struct{ text, typ, src string }{
		{"Germany welcomed Ghana's pledge to help Togo.", "OFFERS", "Germany"},
		{"Germany renewed its threat to cut gas supplies to Poland.", "OFFERS", "Germany"},
	}
	for _, c := range quiet {
		if r := view(extractText(t, "Report\n\n"+c.text+"\n")).rels(graph.RelType(c.typ), c.src); len(r) > 0 {
			t.Errorf("%q: unexpected %s from %s", c.text, c.typ, c.src)
		}
	}
}

// TestStoryOfficialOwnAct (relation_storyofficial.go): an office holder introduced by title
// alone in a story datelined in a state reports that state's future act as its own side's
// (an offer); a future act of another state stays the speaker's prediction, and so does one
// reported by an official whom a nationality places in another state.
func TestStoryOfficialOwnAct(t *testing.T) {
	const lead = "Report\n\nOSLO, May 2 (Reuters) - Norway and Sweden met in Oslo on Monday.\n\n"
	fire := []struct{ text, src, kw string }{
		{"Prime Minister Jonas Lie said Norway would resume fishing talks with Sweden in June.", "Norway", "Sweden"},
		{"Foreign Minister Kari Holm said Norway would reopen talks with Sweden on the quota.", "Norway", "Sweden"},
	}
	for _, c := range fire {
		v := view(extractText(t, lead+c.text+"\n"))
		if len(v.rels(graph.Offers, c.src, c.kw)) == 0 {
			t.Errorf("%q: no OFFERS %s -> %s", c.text, c.src, c.kw)
		}
	}
	quiet := []struct{ text, src string }{
		{"Prime Minister Jonas Lie said Sweden would resume fishing talks with Norway in June.", "Sweden"},
		{"Swedish Trade Minister Eva Berg said Norway would resume fishing talks with Denmark in June.", "Norway"},
	}
	for _, c := range quiet {
		if r := view(extractText(t, lead+c.text+"\n")).rels(graph.Offers, c.src); len(r) > 0 {
			t.Errorf("%q: unexpected OFFERS from %s", c.text, c.src)
		}
	}
}

// TestPossessiveSpeaker (claims/possessivespeaker.go): a possessive determiner opens the speaker's
// noun phrase after the reported clause as "the" does; with no comma before it the possessive
// phrase is inside the reported clause and the speaker is the subject of the verb of saying.
func TestPossessiveSpeaker(t *testing.T) {
	const lead = "Report\n\nLIMA, May 2 (Reuters) - "
	v := view(extractText(t, lead+"Peru will reject the Chilean tariff, its trade ministry said on Tuesday.\n"))
	if len(v.rels(graph.Claims, "trade ministry", "tariff")) == 0 {
		t.Errorf("no CLAIMS trade ministry -> tariff")
	}
	v = view(extractText(t, lead+"Peru said its trade ministry would reject the Chilean tariff.\n"))
	if len(v.rels(graph.Claims, "Peru", "tariff")) == 0 || len(v.rels(graph.Claims, "trade ministry")) > 0 {
		t.Errorf("want CLAIMS Peru -> tariff and none from the trade ministry")
	}
}

// TestParticipleModifiedSpeaker (actor_participlemod.go): an -ing participle after the determiner
// premodifies the speaker's noun ("the striking dockworkers' union said …"); the noun phrase is
// an actor as without it. A participle with no determiner before it opens no such phrase.
func TestParticipleModifiedSpeaker(t *testing.T) {
	v := view(extractText(t, "Report\n\nOSLO, May 2 (Reuters) - The striking dockworkers' union said it would not accept the port authority's offer.\n"))
	if len(v.rels(graph.Claims, "striking dockworkers' union", "offer")) == 0 {
		t.Errorf("no CLAIMS striking dockworkers' union -> offer")
	}
	v = view(extractText(t, "Report\n\nOSLO, May 2 (Reuters) - Protesters began striking teachers' union offices on Monday.\n"))
	if v.node("striking teachers' union") != nil {
		t.Errorf("unexpected node striking teachers' union")
	}
}
