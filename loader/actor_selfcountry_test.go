package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestBriefingSelfCountry: a ministry's briefing loaded with no outlet, URL or dateline, whose title
// names the spokesperson and a ministry without its state (new-user trial of session 14, finding 1:
// "We urge the EU side …" was DEMANDS by the person, not the state). The spokesperson's own turns
// name the state as the subject of its positions, so his "we" is that state. Invented briefings of
// three states; in each, another state is narrated ("has sent", "fired") and told what to do
// ("must", "should") more often than the speaking state is named, which must not make it the
// speaker's.
func TestBriefingSelfCountry(t *testing.T) {
	for _, c := range []struct{ name, self, other, otherAct string }{
		{"Tang Wenli", "China", "The Philippines", "Philippines"},
		{"Le Thi Hoa", "Viet Nam", "Cambodia", "Cambodia"},
		{"Rina Kusuma", "Indonesia", "Malaysia", "Malaysia"},
	} {
		doc := "Foreign Ministry Spokesperson " + c.name + "'s Regular Press Conference on March 14, 2031\n\n" +
			"Reuters: " + c.other + " says your coast guard blocked its fishing boats. What is your comment?\n\n" +
			c.name + ": " + c.other + " has sent three vessels into the waters without permission. " + c.other + " fired flares at our patrol boat last week. " +
			c.other + " must stop its provocations at once. " + c.other + " should return to dialogue. " +
			c.self + " firmly opposes any unilateral action in the area. " + c.self + " will take necessary measures to protect its fishermen. " +
			"We urge the " + c.otherAct + " side to withdraw its vessels immediately.\n\n" +
			"AFP: Will the foreign minister travel to Brussels?\n\n" +
			c.name + ": We strongly condemn the attack on the embassy in Kabul."
		v := view(extractText(t, doc))
		v.want(t, c.name+": \"We urge …\" is not DEMANDS", graph.Demands, c.self, "withdraw")
		v.want(t, c.name+": \"We strongly condemn …\" is not OPPOSES", graph.Opposes, c.self, "attack")
		if len(v.rels(graph.Demands, c.otherAct, "withdraw")) > 0 || len(v.rels(graph.Opposes, c.otherAct, "attack")) > 0 {
			t.Errorf("%s: the narrated state took the spokesperson's \"we\"", c.name)
		}
	}
}

// TestBriefingSelfCountryAbstains: the near misses of TestBriefingSelfCountry, where the turns give
// no state or two: a briefing that names each of two states once as the subject of a position, and
// one that names a state only as the subject of directives and narration. The spokesperson's "we"
// stays his (no country is guessed).
func TestBriefingSelfCountryAbstains(t *testing.T) {
	for _, body := range []string{
		"Norway supports the talks in Geneva. Sweden supports the talks too. We urge both parties to return to the table.",
		"Denmark has seized two trawlers. Denmark must release the crews. Denmark should respect the fisheries treaty. We urge both parties to return to the table.",
		// a state described in the present twice, and the one the speaker addresses: not his
		"Denmark is the biggest fishing nation in the area. Denmark keeps its quotas secret. We call on Denmark to publish them. We urge both parties to return to the table.",
		// a state only described, in the present, three times: a briefer says that of any state
		"Denmark is the largest producer of cod in the region. Denmark remains the main buyer of our quota. Denmark continues to restrict landings. We urge both parties to return to the table.",
	} {
		doc := "Foreign Ministry Spokesperson Arne Vik's Regular Press Briefing on 2 May 2031\n\n" +
			"NTB: What is your comment on the fisheries dispute?\n\n" +
			"Arne Vik: " + body
		v := view(extractText(t, doc))
		for _, r := range v.rels(graph.Demands, "") {
			if n := v.byID[r.Source]; n != nil && n.Kind == graph.Country {
				v.dump(os.Stderr)
				t.Errorf("%q: \"We urge …\" credited to the state %s", body, n.Name)
			}
		}
		if len(v.rels(graph.Demands, "Arne Vik", "the table")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: \"We urge …\" is not the spokesperson's", body)
		}
	}
}

// TestBoundWeState: in a speaker's own turn, "S has made it clear that we …" (a verb restating a
// position, then "that we") says the speaker is of state S, so his "we" is S also where he holds no
// title (corpus 016's "Gao Feng: China has made it clear that we firmly oppose …", there with no
// role). Invented wordings, three verbs and three states; near miss: a verb reporting a claim of
// another ("The United States has claimed that we …") binds nothing.
func TestBoundWeState(t *testing.T) {
	for _, c := range []struct{ state, lead string }{
		{"China", "China has made it very clear that we"},
		{"Brazil", "Brazil has reiterated that we"},
		{"Kenya", "Kenya stressed on many occasions that we"},
	} {
		doc := "Press Conference on Trade Relations (June 3, 2031)\n\n" +
			"Lin Tao: " + c.lead + " oppose unilateral tariffs. We urge the other side to lift the new duties on steel.\n\n" +
			"Q: Will there be talks next week?\n\n" +
			"Lin Tao: We welcome the resumption of the dialogue."
		v := view(extractText(t, doc))
		if len(v.rels(graph.Demands, c.state, "duties")) == 0 || len(v.rels(graph.Supports, c.state, "resumption")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: the bound \"we\" is not %s", c.lead, c.state)
		}
	}
	doc := "Press Conference on Trade Relations (June 3, 2031)\n\n" +
		"Lin Tao: The United States has claimed that we subsidize our steel makers. We urge the other side to lift the new duties on steel.\n\n" +
		"Q: Will there be talks next week?\n\n" +
		"Lin Tao: We welcome the resumption of the dialogue."
	v := view(extractText(t, doc))
	if len(v.rels(graph.Demands, "United States", "duties")) > 0 || len(v.rels(graph.Demands, "Lin Tao", "duties")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("a claim of another state bound the speaker's \"we\"")
	}
}

// TestBriefingHostBody: a transcript whose heading names a body's press conference ("Regular Press
// Conference of the Ministry of Commerce") and whose one named speaker answers every question speaks
// for that body; its state comes from the known body the text names in full or by acronym (MOFCOM:
// Ministry of Commerce of the People's Republic of China, data/lexicons/actors.txt). Near misses: a
// second named speaker (a joint conference), and a conference of an organization that is no state
// body (a union), leave each "we" its speaker's.
func TestBriefingHostBody(t *testing.T) {
	head := "Regular Press Conference of the Ministry of Commerce (May 6, 2031)\n\n" +
		"Zhou Pei: Good afternoon. Welcome to the regular press conference of MOFCOM.\n\n" +
		"Q: The EU has opened a probe into electric buses. What is your response?\n\n" +
		"Zhou Pei: We firmly oppose the probe and urge the EU to respect WTO rules."
	v := view(extractText(t, head))
	if len(v.rels(graph.Opposes, "China", "probe")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("the host's \"we\" is not China")
	}
	joint := head + "\n\nQ: And the Ministry of Finance?\n\nWang Lu: We firmly oppose the tariffs on wine."
	v = view(extractText(t, joint))
	if len(v.rels(graph.Opposes, "China", "probe")) > 0 || len(v.rels(graph.Opposes, "China", "wine")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("a conference with two named speakers gave the host body's state")
	}
	// a union's conference: its speaker's "we" is no state (govCountry would give the union's country)
	union := "Press Conference of the Nigeria Labour Congress (May 1, 2031)\n\n" +
		"Joe Okon: Good morning. We reject the new fuel levy.\n\nQ: Will you strike?\n\nJoe Okon: We will decide on Friday."
	v = view(extractText(t, union))
	if len(v.rels(graph.Opposes, "Nigeria", "levy")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("a union's conference gave its speaker's \"we\" to the state")
	}
}

// TestBriefingSelfCountrySide: "the Chinese side" as the subject of a position in the
// spokesperson's own turns names his state as "China" does (stateSide: the diplomatic "side" of a
// party); the other party's side narrated or told what to do is not counted. Invented briefings of
// two states.
func TestBriefingSelfCountrySide(t *testing.T) {
	for _, c := range []struct{ name, demonym, self, other string }{
		{"Tang Wei", "Chinese", "China", "Philippine"},
		{"Sato Kenji", "Japanese", "Japan", "Russian"},
	} {
		doc := "Foreign Ministry Spokesperson " + c.name + "'s Regular Press Conference on May 2, 2031\n\n" +
			"AFP: What is your comment on the incident?\n\n" +
			c.name + ": The " + c.other + " side has sent two vessels into the area. The " + c.other + " side must stop. " +
			"The " + c.demonym + " side firmly opposes the provocation. The " + c.demonym + " side will take necessary measures. " +
			"We urge the " + c.other + " side to withdraw its vessels."
		v := view(extractText(t, doc))
		v.want(t, c.name+": \"We urge …\" is not DEMANDS", graph.Demands, c.self, "withdraw")
	}
}

// TestBriefingSelfCountryFullName: a state named by its full name with its article ("The
// Republic of Korea strongly condemns …", "The Netherlands will …") opens the sentence as its
// subject as a short name does. Invented briefings of two states.
func TestBriefingSelfCountryFullName(t *testing.T) {
	for _, c := range []struct{ name, self, node, other string }{
		{"Park Ji-won", "The Republic of Korea", "South Korea", "North Korea"},
		{"Sanne Visser", "The Netherlands", "Netherlands", "Russia"},
	} {
		doc := "Regular Press Briefing by Spokesperson " + c.name + " (June 4, 2031)\n\n" +
			"Q: What is your response to the missile launch?\n\n" +
			c.name + ": " + c.other + " launched two missiles this morning. " + c.self + " strongly condemns the launch. " +
			c.self + " will closely coordinate with its partners. We urge " + c.other + " to return to dialogue."
		v := view(extractText(t, doc))
		v.want(t, c.name+": \"We urge …\" is not DEMANDS", graph.Demands, c.node, "dialogue")
	}
}

// TestBriefingHostMember: the one named speaker of a state body's press conference is that body's
// member (MEMBER_OF, rule turn:briefing-host) and takes its country: the body known by its
// acronym in the text (MOFCOM, data/lexicons/actors.txt) and a body named with its state
// ("… of Ghana"). Near misses: a second named speaker, and a body of no known state (a union's
// conference), give none.
func TestBriefingHostMember(t *testing.T) {
	mofcom := "Regular Press Conference of the Ministry of Commerce (May 6, 2031)\n\n" +
		"Zhou Pei: Good afternoon. Welcome to the regular press conference of MOFCOM.\n\n" +
		"Q: The EU has opened a probe into electric buses. What is your response?\n\n" +
		"Zhou Pei: We firmly oppose the probe and urge the EU to respect WTO rules."
	ghana := "Press Conference of the Ministry of Finance of Ghana, 4 March 2031\n\n" +
		"Efua Asante: Good morning. Let me begin with the cocoa figures.\n\n" +
		"Q: Will Ghana answer the new Togolese levy?\n\n" +
		"Efua Asante: We reject the levy on cocoa."
	runCases(t, []exCase{
		{"mofcom", mofcom, []string{"MEMBER_OF Zhou Pei -> Ministry of Commerce of the People's Republic of China"}},
		{"ghana", ghana, []string{"MEMBER_OF Efua Asante -> Ministry of Finance of Ghana"}},
		{"joint", mofcom + "\n\nQ: And the Ministry of Finance?\n\nWang Lu: We firmly oppose the tariffs on wine.",
			[]string{"!MEMBER_OF Zhou Pei", "!MEMBER_OF Wang Lu"}},
		{"union", "Press Conference of the Nigeria Labour Congress (May 1, 2031)\n\n" +
			"Joe Okon: Good morning. We reject the new fuel levy.\n\nQ: Will you strike?\n\nJoe Okon: We will decide on Friday.",
			[]string{"!MEMBER_OF Joe Okon"}},
	})
	for doc, want := range map[string]string{mofcom: "CHN", ghana: "GHA"} {
		v := view(extractText(t, doc))
		for _, name := range []string{"Zhou Pei", "Efua Asante"} {
			if n := v.node(name); n != nil && n.Country != want {
				t.Errorf("%s: country %q, want %s", name, n.Country, want)
			}
		}
	}
}
