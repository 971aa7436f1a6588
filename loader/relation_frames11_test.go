package loader

import (
	"github.com/claimgraph/claimgraph/input"
	"github.com/claimgraph/claimgraph/syntax/retag"
	"strings"
	"testing"
)

// frames11DocExpect is frames10Expect over documents with an outlet or URL.
func frames11DocExpect(t *testing.T, cases []struct {
	doc  input.Document
	want string
}) {
	t.Helper()
	for _, c := range cases {
		c.doc.Source = "test"
		g := extractDoc(t, c.doc)
		v := view(g)
		why, want, known := knownParserLine(t, c.want)
		ok := false
		if strings.HasPrefix(want, "!") {
			ok = frames8Forbidden(g, v, want)
		} else {
			_, ok = goldLineHit(g, v, want)
		}
		if known {
			knownParserResult(t, why, c.doc.Text, want, ok, foundRelations(g, v))
		} else if !ok {
			t.Errorf("%s (outlet %q): want %s; %v", c.doc.Text, c.doc.Outlet, want, foundRelations(g, v))
		}
	}
}

// TestPublisherGovernment (issue 13, frames11): in the narration of a page a state body publishes,
// "the Government" is the publisher's state (publisherState), not the country named last.
func TestPublisherGovernment(t *testing.T) {
	frames11DocExpect(t, []struct {
		doc  input.Document
		want string
	}{
		// the target is the gift's recipient (frames moneyPurpose), as for "$200 million": with
		// the parse26b pair "NOK" heads the amount (UD) and reads as a currency (currencyCode);
		// the EWT-only pair made "million" the head, a plain noun target "NOK 200 million"
		{input.Document{Outlet: "Government Offices of Norway", Text: "Norway backs Ghana's grid.\n\nThe Government has decided to provide NOK 200 million in grants to Ghana's power sector."}, "OFFERS Norway -> power sector"},
		{input.Document{Outlet: "Government Offices of Norway", Text: "Norway backs Ghana's grid.\n\nThe Government has decided to provide NOK 200 million in grants to Ghana's power sector."}, "!OFFERS Ghana"},
		{input.Document{URL: "https://www.mofa.go.jp/press/release.html", Text: "Japan and Laos signed a loan agreement.\n\nThe Government will provide a loan of 3 billion yen to Laos's railway authority."}, "OFFERS Japan -> loan"},
		// controls: a news outlet's "the government" is the story's; a quotation is its speaker's
		{input.Document{Outlet: "Reuters", Text: "Norway backs Ghana's grid.\n\nThe Government has decided to provide NOK 200 million in grants to Ghana's power sector."}, "!OFFERS Norway"},
	})
}

// TestDeterminedSubjectThatClause (issue 13, frames11): the -s word after an opening determined
// noun phrase with a singular head ("Our country demands that …", "The Kenyan government demands
// that …") is the sentence's verb when the that-clause holds at most one finite verb outside an
// adverbial clause (thatClauseVerb, openingSubjectEnd); "our country" in a ministry's statement is
// the ministry's state (ownBody).
func TestDeterminedSubjectThatClause(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"The Ministry of Foreign Affairs of Peru issued the following statement:\n\nOur country demands that Chile return the fishing vessels at once, because the crews are Peruvian citizens.", "DEMANDS Peru -> Chile"},
		{"The Kenyan government demands that Uganda withdraw its troops from the island, since the island is Kenyan territory.", "DEMANDS Kenya -> Uganda"},
		// control: with no adverbial clause the tagger already reads the verb
		{"The Kenyan government demands that Uganda withdraw its troops from the island.", "DEMANDS Kenya -> Uganda"},
	})
	// the tags alone: a noun with a relative clause after a determined subject, whose sentence
	// has two finite verbs after "that" outside any adverbial clause, stays a noun
	forms := []string{"The", "union", "demands", "that", "were", "rejected", "last", "year", "resurfaced", "."}
	upos := []string{"DET", "NOUN", "NOUN", "PRON", "AUX", "VERB", "ADJ", "NOUN", "VERB", "PUNCT"}
	xpos := []string{"DT", "NN", "NNS", "WDT", "VBD", "VBN", "JJ", "NN", "VBD", "."}
	if retag.ThatClauseVerb(forms, upos, xpos) || xpos[2] != "NNS" {
		t.Errorf("The union demands that were rejected last year resurfaced: re-tagged %q", xpos[2])
	}
	// a plural head ("Our demands that …") is no singular subject
	forms = []string{"Our", "demands", "that", "Chile", "return", "the", "boats", "."}
	upos = []string{"PRON", "NOUN", "PRON", "PROPN", "VERB", "DET", "NOUN", "PUNCT"}
	xpos = []string{"PRP$", "NNS", "WDT", "NNP", "VBP", "DT", "NNS", "."}
	if retag.ThatClauseVerb(forms, upos, xpos) || xpos[1] != "NNS" {
		t.Errorf("Our demands that Chile return the boats: re-tagged %q", xpos[1])
	}
}

// TestParticipleAfterInfinitive (issue 13, frames11): an -ed form between an infinitive's verb and
// its object's noun premodifies the noun (participleAfterInfinitive); the tagger's past tense
// made it the sentence's verb with the proposal's author as subject.
func TestParticipleAfterInfinitive(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"A Danish government plan to deport rejected applicants to third countries divided the coalition on Monday.", "KNOWN parser: rejected VBD root after the infinitive, divided its conj (both pairs; old: divided acl) | !OPPOSES Denmark|government"},
		{"A Hungarian proposal to return rejected migrants to transit camps split the interior ministers.", "!OPPOSES Hungary"},
		// control: a finite "rejected" with its subject stays a rejection
		{"Hungary rejected the proposal to return migrants to transit camps.", "OPPOSES Hungary -> proposal"},
	})
	forms := []string{"to", "send", "rejected", "asylum", "seekers"}
	upos := []string{"PART", "VERB", "VERB", "NOUN", "NOUN"}
	xpos := []string{"TO", "VB", "VBD", "NN", "NNS"}
	if !retag.ParticipleAfterInfinitive(forms, upos, xpos) || xpos[2] != "VBN" {
		t.Errorf("to send rejected asylum seekers: not re-tagged (%q)", xpos[2])
	}
}

// TestRefusedExchange (issue 13, frames11): a declared refusal of a CAMEO 06 event (material
// cooperation) opposes the party refused; with no party named, its object is what would be
// exchanged and is no target of a rejection (refusedParty). A refused discussion (CAMEO 04)
// still rejects its topic (CAMEO 125).
func TestRefusedExchange(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Armenia will not trade its neutrality for loans.", "!OPPOSES Armenia"},
		{"Moldova will not exchange its independence for cheap gas.", "!OPPOSES Moldova"},
		// controls: the party refused
		{"Armenia will not trade with Azerbaijan.", "OPPOSES Armenia -> Azerbaijan"},
		{"Chile will not meet with Bolivia.", "OPPOSES Chile -> Bolivia"},
		{"Kenya will not discuss the fishing treaty.", "OPPOSES Kenya -> fishing treaty"},
	})
}

// TestSuspendedTravel (issue 13, frames11): suspending another state's people's visa-free travel or
// visas is a sanction as CAMEO.2.0.txt codes revoking visas and prohibiting travel
// (cue-classes.txt verb suspend, object:travel|visa|visas).
func TestSuspendedTravel(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Norway suspended visa-free travel for Belarusian diplomats on Monday.", "SANCTIONS Norway -> travel"},
		{"Japan has suspended visas for Russian officials.", "SANCTIONS Japan -> visas"},
		// control: a null-coded object stays without a relation
		{"Norway suspended its own research programme.", "!SANCTIONS Norway"},
	})
}
