package loader

import (
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// speakerOf returns, for the relations of type typ from src whose target holds keyword, the
// labels of their evidences' speakers ("" for an evidence with none).
func speakerOf(v *graphView, typ graph.RelType, src, keyword string) []string {
	var out []string
	for _, r := range v.rels(typ, src, keyword) {
		for _, e := range r.Evidence {
			if e.Speaker == "" {
				out = append(out, "")
				continue
			}
			out = append(out, v.label(e.Speaker))
		}
	}
	return out
}

// TestWeStateSpeaker: the state a spokesperson's "we" is (firstPerson) is the source of his
// "We call on …" with him as Evidence.speaker, and of the state's act he reports in his turn
// ("On Monday, Ghana expelled …"), whatever path made "we" the state (here a heading naming the
// ministry of a country over capital-labelled turns). Near misses: another state's act in his
// turn names no speaker; a company's chief executive's "we" is his own, no speaker.
func TestWeStateSpeaker(t *testing.T) {
	doc := "Ministry of Foreign Affairs of the Republic of Ghana\n\n" +
		"Press Briefing by Foreign Ministry Spokesperson Kofi Asante, Accra, 2 May 2031\n\n" +
		"KOFI ASANTE: On Monday, Ghana expelled two diplomats of the Togolese embassy.\n\n" +
		"QUESTION: What does the ministry want from Togo?\n\n" +
		"KOFI ASANTE: We call on Togo to reopen the border crossing at Aflao. Last week, Togo closed the border to Ghanaian traders."
	v := view(extractText(t, doc))
	for _, c := range []struct {
		typ     graph.RelType
		src, kw string
		speaker string
	}{
		{graph.Demands, "Ghana", "border crossing", "Kofi Asante"},
		{graph.Sanctions, "Ghana", "diplomats", "Kofi Asante"},
	} {
		got := speakerOf(v, c.typ, c.src, c.kw)
		ok := false
		for _, s := range got {
			ok = ok || s == c.speaker
		}
		if !ok {
			v.dump(os.Stderr)
			t.Errorf("%s %s -> %q: speakers %q, want %q", c.typ, c.src, c.kw, got, c.speaker)
		}
	}
	for _, r := range v.g.Relations {
		if s := v.node("Togo"); s != nil && r.Source == s.ID {
			for _, e := range r.Evidence {
				if e.Speaker != "" {
					t.Errorf("Togo's act in Ghana's briefing names a speaker: %s %s", r.Type, v.label(e.Speaker))
				}
			}
		}
	}
	co := view(extractText(t, "Annual Press Conference of Volta Mining Company\n\n"+
		"AMA BOATENG: We welcome the new mining law passed by parliament."))
	for _, r := range co.g.Relations {
		for _, e := range r.Evidence {
			if e.Speaker != "" {
				t.Errorf("a company executive's turn names a speaker: %s %s -> %s", r.Type, co.label(r.Source), co.label(e.Speaker))
			}
		}
	}
}

// TestOfficialsVoiceHeader: the "we" of a group of a state's officials in its own turns is the
// state, found as a spokesperson's is: here by the state body whose name alone makes a line of
// the transcript's header (officialsVoiceCountry, headerBodyCountry). Near misses: a header line
// that names the body inside a longer phrase gives nothing, and a moderator's "we" is nobody's.
func TestOfficialsVoiceHeader(t *testing.T) {
	call := func(letterhead string) string {
		return letterhead + "\n\n" +
			"Background Briefing by Senior Administration Officials on the Fisheries Talks\n\n" +
			"MODERATOR: This briefing is attributable to senior administration officials. We oppose long questions, so keep them short.\n\n" +
			"SENIOR ADMINISTRATION OFFICIAL: We oppose the new Japanese quota on squid. We will support the fishing villages on the east coast."
	}
	v := view(extractText(t, call("BLUE HOUSE")))
	if len(v.rels(graph.Opposes, "South Korea", "quota")) == 0 {
		v.dump(os.Stderr)
		t.Error("officials' \"We oppose the new Japanese quota\" under a Blue House letterhead: no OPPOSES by South Korea")
	}
	if len(v.rels(graph.Opposes, "administration officials", "quota")) > 0 {
		t.Error("the officials' \"we\" is their group, not their state")
	}
	if len(v.rels(graph.Opposes, "", "long questions")) > 0 {
		t.Error("the moderator's \"we\" made a stance")
	}
	n := view(extractText(t, call("Notes for the press on Blue House protocol")))
	if len(n.rels(graph.Opposes, "South Korea", "quota")) > 0 {
		n.dump(os.Stderr)
		t.Error("a header line naming the body inside a longer phrase gave the officials its state")
	}
}

// TestSecretaryPortfolio: a Secretary heads a department named by its area (OED "secretary" n.
// 3), so "Foreign Affairs Secretary X" is a portfolio title as "Foreign Affairs Minister X" is:
// the trailing attribution "…, Foreign Affairs Secretary X said." names X as the speaker of the
// reported clause, MEMBER_OF the department. Near misses: "Party Secretary X" and "Executive
// Secretary X" name no department.
func TestSecretaryPortfolio(t *testing.T) {
	for _, c := range []struct{ sent, person, body string }{
		{"Colombo will ban imports of Indian onions, Foreign Affairs Secretary Nimal Perera said.", "Nimal Perera", "Foreign Affairs Department"},
		{"The government will lift the export ban on rice next month, Agriculture Secretary Lorna Dizon said on Monday.", "Lorna Dizon", "Agriculture Department"},
	} {
		v := view(extractText(t, "Story\n\nMANILA, March 2 (AFP) - "+c.sent))
		if len(v.rels(graph.Claims, c.person, "")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no CLAIMS by %s", c.sent, c.person)
		}
		if len(v.rels(graph.MemberOf, c.person, c.body)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: %s is no MEMBER_OF %s", c.sent, c.person, c.body)
		}
	}
	for _, s := range []string{
		"The province will build a new port, Party Secretary Wen Daolin said.",
		"The bloc will send observers to the vote, Executive Secretary Elias Magosi said.",
	} {
		v := view(extractText(t, "Story\n\nBEIJING, March 2 (AFP) - "+s))
		for _, r := range v.g.Relations {
			if r.Type == graph.MemberOf && strings.HasSuffix(v.label(r.Target), "Department") {
				t.Errorf("%q: MEMBER_OF %s", s, v.label(r.Target))
			}
		}
	}
}

// TestSupplementiveAfterAttribution: an -ing participle clause after a trailing reporting clause
// ("…, X said on Friday, rejecting Y's appeal to …") is a supplementive clause of the speaker's
// (Quirk et al. 1985, 15.58-15.60), so the reported clause is the one before the attribution,
// not the participle clause, and neither the participle nor the dateline is part of the claim.
func TestSupplementiveAfterAttribution(t *testing.T) {
	for _, c := range []struct{ sent, person, want string }{
		{"Norway will resume commercial whaling next season, Fisheries Minister Odd Lunde said on Friday, rejecting Australia's appeal to end the hunt.", "Odd Lunde", "resume commercial whaling"},
		{"The army will stay in the border villages, Kari Berg said, accusing the rebels of shelling the town.", "Kari Berg", "stay in the border villages"},
	} {
		v := view(extractText(t, "Story\n\nOSLO, May 9 (Reuters) - "+c.sent))
		if len(v.rels(graph.Claims, c.person, c.want)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: no CLAIMS by %s of %q", c.sent, c.person, c.want)
		}
		for _, r := range v.rels(graph.Claims, "") {
			if l := foldText(v.label(r.Target)); strings.Contains(l, "rejecting") || strings.Contains(l, "accusing") || strings.Contains(l, "reuters") {
				t.Errorf("%q: a claim holds the participle clause or the dateline: %q", c.sent, l)
			}
		}
	}
}
