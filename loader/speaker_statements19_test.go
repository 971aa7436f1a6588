package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/input"
)

// TestReleaseHeaderBlock: a press release's header block ("PRESS RELEASE : <headline> [<date>]",
// "The press release issued by <office> on <date>.", "Statement by <title> <Name> at …") is read
// as a whole: the release line before its colon is no speaker's label, the issuer line gives the
// speaker of the first-person body wherever it sits in the block, a joint statement's "we" is
// each listed government, and the "issued by" notice is the speaker only when no line names one.
// Near misses: a release whose body reports the issuer in the third person, and a story whose
// "issued by" phrase is a sentence. Invented documents.
func TestReleaseHeaderBlock(t *testing.T) {
	notice := "The press release issued by the Ministry of Foreign Affairs of Osland on 4 June 2031.\n\n"
	for _, c := range []struct {
		doc, speaker, target string
		typ                  graph.RelType
	}{
		{"PRESS RELEASE : Council debate on the river dams [4 June 2031]\n\n" + notice +
			"Statement by Ambassador Hana Vold at the Security Council meeting on the river dams.\n\n" +
			"We condemn the bombing of the Tessa dam.\n\nI also welcome the offer of the Red Cross to inspect the dams.",
			"Hana Vold", "bombing of the Tessa dam", graph.Opposes},
		{"PRESS RELEASE : Council debate on the river dams [4 June 2031]\n\n" + notice +
			"Statement by Ambassador Hana Vold at the Security Council meeting on the river dams.\n\n" +
			"We condemn the bombing of the Tessa dam.\n\nI also welcome the offer of the Red Cross to inspect the dams.",
			"Hana Vold", "offer of the Red Cross", graph.Supports},
		{"PRESS RELEASE : Fisheries [9 May 2031]\n\n" +
			"The press release issued by the Ministry of Foreign Affairs on 9 May 2031.\n\n" +
			"Joint statement from the Governments of Chile, Peru and Ecuador on the fisheries of the Pacific.\n\n" +
			"We call on China to end illegal fishing in our waters.",
			"Peru", "China", graph.Demands},
		{"PRESS RELEASE : Fisheries [9 May 2031]\n\n" +
			"The press release issued by the Ministry of Foreign Affairs on 9 May 2031.\n\n" +
			"Joint statement from the Governments of Chile, Peru and Ecuador on the fisheries of the Pacific.\n\n" +
			"We call on China to end illegal fishing in our waters.",
			"Ecuador", "China", graph.Demands},
		{"Press Release: Talks on the river dams [4 June 2031]\n\n" + notice +
			"We condemn the bombing of the Tessa dam.",
			"Ministry of Foreign Affairs of Osland", "bombing of the Tessa dam", graph.Opposes},
	} {
		v := view(extractText(t, c.doc))
		if len(v.rels(c.typ, c.speaker, c.target)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s %s %s: missing in\n%s", c.speaker, c.typ, c.target, c.doc)
		}
	}
	// the issuer line outranks the notice: the ministry that issues it does not speak
	v := view(extractText(t, "PRESS RELEASE : Council debate on the river dams [4 June 2031]\n\n"+notice+
		"Statement by Ambassador Hana Vold at the Security Council meeting on the river dams.\n\nWe condemn the bombing of the Tessa dam."))
	if len(v.rels(graph.Opposes, "Ministry of Foreign Affairs of Osland")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the notice's ministry took the ambassador's statement")
	}
	// a release that reports its issuer in the third person: no first-person body, no speaker
	v = view(extractText(t, "PRESS RELEASE : Council debate on the river dams [4 June 2031]\n\n"+notice+
		"Ambassador Hana Vold condemned the bombing of the Tessa dam.\n\nThe council will meet again on Monday."))
	if len(v.rels(graph.Claims, "Ministry of Foreign Affairs of Osland")) > 0 || len(v.rels(graph.Opposes, "Ministry of Foreign Affairs of Osland")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("a third-person release was given to its publisher")
	}
	// an "issued by" sentence is no notice
	v = view(extractText(t, "Dam talks stall\n\nThe statement issued by the Ministry of Foreign Affairs of Osland on Friday condemned the strike.\n\n"+
		"We asked the ministry for comment.\n\nWe reject any delay, a union leader said."))
	if len(v.rels(graph.Claims, "Ministry of Foreign Affairs of Osland", "asked the ministry")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("an issued-by sentence made the ministry the speaker")
	}
}

// TestRoleTitleSpeaker: a title naming its speaker by a role alone ("Statement by the Prime
// Minister on …", "Statement by the Press Secretary Following …") is the holder the document
// names outside its own sentences (a title of several words, "prime minister", "press
// secretary", matched whole), else the office of the state whose page issues it, a
// spokesperson's or press secretary's office included. Near misses: a holder the body names in
// the first person's sentences ("We thank Prime Minister X") does not speak, and with no state
// to key the office nothing is guessed. Invented documents.
func TestRoleTitleSpeaker(t *testing.T) {
	body := "\n\nWe condemn the attack on our embassy in Tarsin and we urge the authorities of Tarsin to arrest the attackers."
	v := view(extractText(t, "Statement by the Prime Minister on the attack in Tarsin\n\nPrime Minister Anna Kell"+body))
	v.want(t, "the named prime minister demands nothing", graph.Demands, "Anna Kell", "arrest")
	v = view(extractText(t, "Statement by the Press Secretary on the attack in Tarsin\n\nPress Secretary Omar Lind"+body))
	v.want(t, "the named press secretary demands nothing", graph.Demands, "Omar Lind", "arrest")
	g := extractDoc(t, input.Document{Source: "test", URL: "https://www.whitehouse.gov/briefing-room/statements-releases/2031/06/04/statement-on-tarsin/",
		Text: "Statement by the Press Secretary Following the Attack on the Embassy in Tarsin\n\nJune 4, 2031\n\nFor Immediate Release" + body})
	v = view(g)
	v.want(t, "the White House press secretary's office demands nothing", graph.Demands, "Press Secretary (United States)", "arrest")
	v.want(t, "the White House press secretary's office opposes nothing", graph.Opposes, "Press Secretary (United States)", "attack")
	// near misses
	v = view(extractText(t, "Statement by the Prime Minister on the attack in Tarsin\n\nWe thank Prime Minister Anna Kell for her support."+body))
	if len(v.rels(graph.Demands, "Anna Kell")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("a prime minister the statement thanks speaks it")
	}
	v = view(extractText(t, "Statement by the Press Secretary on the attack in Tarsin"+body))
	for _, n := range v.g.Nodes {
		if strings.Contains(n.Name, "Press Secretary") {
			v.dump(os.Stderr)
			t.Errorf("a press secretary of no state became %q", n.Name)
		}
	}
}

// TestNumberedStatementInStory: a statement given in full in a story after "X said in a
// statement:", in numbered paragraphs that name X in the third person and then say "we", is X's:
// its demands are X's relations. Near miss: the story's paragraph after the statement, reporting
// another speaker, stays that speaker's. Invented document.
func TestNumberedStatementInStory(t *testing.T) {
	v := view(extractText(t, "Fishing talks collapse\n\nThe coast guard of Varland seized two trawlers on Monday.\n\n"+
		"The Ministry of Fisheries of Osland said in a statement:\n\n"+
		"1. The Ministry of Fisheries of Osland has learned of the seizure of the trawlers with concern.\n\n"+
		"2. The trawlers were fishing in international waters.\n\n"+
		"3. We demand the immediate release of the crews and we urge Varland to return the trawlers.\n\n"+
		"Varland's coast guard said the trawlers had entered its waters illegally."))
	v.want(t, "the statement's third paragraph demands nothing", graph.Demands, "Ministry of Fisheries of Osland", "release of the crews")
	v.want(t, "the statement's third paragraph urges nothing", graph.Demands, "Ministry of Fisheries of Osland", "the trawlers")
	if len(claimsWith(v, "Ministry of Fisheries of Osland", "entered its waters")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the coast guard's claim went to the ministry")
	}
}

// TestRelayedQuestion: a moderator who relays a journalist's question ("X of the Daily Ledger,
// who asks Osland to reconsider …", "They ask the envoy to explain why Osland opposes …") gives
// no DEMANDS of the journalist or his outlet and no stance of what the question embeds. Near
// misses: a journalist's own question turn keeps a third party's reported demand in its
// preface, and the answer's stances stay the answerer's. Invented transcript.
func TestRelayedQuestion(t *testing.T) {
	v := view(extractText(t, "Telephonic Press Briefing with Special Envoy Karl Dahl\n\n"+
		"MODERATOR: Welcome, everyone. We will now go to questions.\n\n"+
		"MODERATOR: Let's go to Peter Sand of the Daily Ledger, who asks Osland to lift its boycott of the summit.\n\n"+
		"MR DAHL: We will not lift it.\n\n"+
		"MODERATOR: The next question is from Nordic Radio. They ask the Special Envoy to explain why Osland opposes the fishing treaty.\n\n"+
		"MR DAHL: We oppose the treaty because it ignores the quotas.\n\n"+
		"QUESTION: The European Union has urged Varland to release the crews. Will Osland join that call?\n\n"+
		"MR DAHL: We support the call."))
	for _, src := range []string{"Daily Ledger", "Peter Sand", "Nordic Radio"} {
		if len(v.rels(graph.Demands, src)) > 0 {
			v.dump(os.Stderr)
			t.Errorf("a relayed question is a demand of %s", src)
		}
	}
	if len(v.rels(graph.Opposes, "Osland", "treaty")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the relayed question's content is Osland's stance")
	}
	v.want(t, "the answer's opposition is lost", graph.Opposes, "Karl Dahl", "treaty")
	v.want(t, "the question's reported demand is lost", graph.Demands, "European Union", "crews")
}

// TestFinalReportingClause: in a statement, a sentence whose reporting clause follows it after a
// comma ("…, engineers said.", "…, said the water agency.") reports a third party's words and is
// no claim of the statement's speaker; "…, as we said" and "…, as the council said" (a
// first-person or evidential "as" clause) stay the speaker's. Invented document.
func TestFinalReportingClause(t *testing.T) {
	v := view(extractText(t, "Statement by Minister Hana Vold on the Tessa dam\n\n"+
		"We condemn the bombing of the Tessa dam. The dam supplies water to four northern towns, engineers said. "+
		"The repairs of the spillway will take a year, said the water agency of Osland. "+
		"The road to the dam was closed for two days after the attack, officials said.\n\n"+
		"The dam must be rebuilt before the winter, as we said on Monday. The dam must be guarded by the army, as the council said."))
	for _, w := range []string{"four northern towns", "repairs of the spillway", "road to the dam"} {
		if len(claimsWith(v, "Hana Vold", w)) > 0 {
			v.dump(os.Stderr)
			t.Errorf("a reported sentence (%s) is the minister's claim", w)
		}
	}
	for _, w := range []string{"rebuilt before the winter", "guarded by the army"} {
		if len(claimsWith(v, "Hana Vold", w)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("the minister's own sentence (%s) is no claim of hers", w)
		}
	}
}

// TestPluralGovernmentsOf: "the Governments of A, B and C" heading a joint statement is each
// state's government, the first one included (distributive plural head, Quirk et al. 1985,
// 13.95), as "the Government of A" is A acting; no node is named by the plural. Near miss: "the
// governments of the region" names no state. Invented documents.
func TestPluralGovernmentsOf(t *testing.T) {
	v := view(extractText(t, "Joint statement from the Governments of Chile, Peru and Ecuador on the fisheries of the Pacific\n\n"+
		"We call on China to end illegal fishing in our waters."))
	for _, p := range []string{"Chile", "Peru", "Ecuador"} {
		v.want(t, "the joint statement's demand is lost", graph.Demands, p, "China")
	}
	for _, n := range v.g.Nodes {
		if strings.HasPrefix(n.Name, "Governments") {
			v.dump(os.Stderr)
			t.Errorf("a node is named by the plural: %q", n.Name)
		}
	}
	v = view(extractText(t, "Fishing fleets\n\nThe governments of the region have not replied to the fishermen's letter."))
	for _, n := range v.g.Nodes {
		if n.Kind == graph.Country {
			v.dump(os.Stderr)
			t.Errorf("the governments of the region became the country %q", n.Name)
		}
	}
}
