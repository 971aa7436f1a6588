package loader

import (
	"strings"
	"testing"
)

// frames10Expect checks texts of our own: each want line must hold in full (goldLineHit), each
// "!TYPE Src" line must hold too (frames8Forbidden); a line may carry the mark "KNOWN parser:
// WHY | " (knownParserLine).
func frames10Expect(t *testing.T, cases []struct{ text, want string }) {
	t.Helper()
	for _, c := range cases {
		g := extractText(t, c.text)
		v := view(g)
		why, want, known := knownParserLine(t, c.want)
		ok := false
		if strings.HasPrefix(want, "!") {
			ok = frames8Forbidden(g, v, want)
		} else {
			_, ok = goldLineHit(g, v, want)
		}
		if known {
			knownParserResult(t, why, c.text, want, ok, foundRelations(g, v))
		} else if !ok {
			t.Errorf("%s: want %s; %v", c.text, want, foundRelations(g, v))
		}
	}
}

// TestMotionDestination (issue 13, frames10): the to-phrase of a verb of motion is its
// destination and its for-phrase its purpose (modality.txt motion), no party of an announced
// meeting: "will travel to Hanoi for the summit" offers nothing to anyone.
func TestMotionDestination(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Foreign Minister Penny Wong will travel to Hanoi next week for the regional summit.", "!OFFERS Wong"},
		{"Ghana's president will fly to Davos for the economic forum.", "!OFFERS Ghana|president"},
		{"The Peruvian trade minister will travel to Geneva for the WTO meeting.", "!OFFERS Peru|minister"},
		// controls: an announced meeting with a party named stays an offer
		{"Ghana's president will meet with Kenya's president in Nairobi.", "OFFERS Ghana -> Kenya"},
	})
}

// TestQuantifiedRelative (issue 13, frames10): a target whose head is quantified by "any",
// "every" or "no" keeps its restrictive relative clause, which delimits what is meant; a
// non-restrictive clause (after a comma) and a clause on a definite head stay out of the name.
func TestQuantifiedRelative(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Mongolia rejects any settlement that would divide the grazing lands.", "OPPOSES Mongolia -> divide the grazing lands"},
		{"Malta will oppose every proposal that weakens the fisheries quota.", "OPPOSES Malta -> weakens the fisheries quota"},
		{"Estonia condemned any attempt that would undermine the border agreement.", "OPPOSES Estonia -> undermine"},
	})
	// control: a non-restrictive clause stays out
	g := extractText(t, "Mongolia rejects the settlement, which would divide the grazing lands.")
	v := view(g)
	for _, r := range g.Relations {
		if r.Type == "OPPOSES" && strings.Contains(v.label(r.Target), "divide") {
			t.Errorf("non-restrictive clause in the target: %q", v.label(r.Target))
		}
	}
}

// TestFloorCourtesies (issue 13, frames10): the chair giving the floor ("I now recognize X for
// her opening statement") and thanks to a participant of the meeting as such ("I thank the
// witness") are the management of the talk, no SUPPORTS; thanks for an act in the world stay.
// Main's furniture rules (discourse, 3e3ea18) cover these since the rebase; frames10's own two
// rules for them were removed as duplicates, and the test stays as a check on my wording.
func TestFloorCourtesies(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"CHAIRWOMAN PARK: The committee will come to order.\nCHAIRWOMAN PARK: I now recognize the gentleman from Ohio, Mr. Dunn, for his opening statement.", "!SUPPORTS Park"},
		{"CHAIRWOMAN PARK: The committee will come to order.\nCHAIRWOMAN PARK: The chair recognizes the ranking member for five minutes.", "!SUPPORTS Park"},
		{"CHAIRWOMAN PARK: The committee will come to order.\nCHAIRWOMAN PARK: I thank the witnesses.", "!SUPPORTS Park"},
		{"Mr. Alvarez (Peru): I thank the briefers.", "!SUPPORTS Alvarez|Peru"},
		// controls: praise of an act, and recognition of a state
		// (the possessive in the reason phrase of thank is the one thanked, Levin 1993, 33: Brazil's
		// support; holders31 judged.go — it had been read as the speaker's own)
		{"Mr. Alvarez (Peru): We thank Brazil for its support of the resolution.", "SUPPORTS Brazil -> resolution"},
		{"Ghana recognized the new government of Chad.", "SUPPORTS Ghana -> government"},
	})
}

// TestReportedWarningParsed (issue 13, frames10): a sentence whose only cue is a verb of saying
// over a clause of repercussions is parsed (cueCandidate, taggedCandidate), so the warning the
// frames stage finds (warning.go) becomes a relation.
func TestReportedWarningParsed(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Cyprus told Ankara that further incursions would bring a firm response.", "THREATENS Cyprus -> response"},
		{"Serbia said any recognition of Kosovo would have grave consequences.", "THREATENS Serbia -> consequences"},
		{"Chile has made clear that any blockade of its ports will carry consequences.", "KNOWN parser: that-clause complement of clear (carry) labelled advcl, not ccomp | THREATENS Chile -> consequences"},
	})
}

// TestMustClauseNamesSubject (issue 13, frames10): the demand of a reported must-clause names
// who is to act, as the mandative subjunctive does ("demands that Sudan be punished"): the
// clause's subject is part of the target, not lost from it. frames17: the surface rule
// mustClause is gone; frames clause-obligation names the act of an agentless passive with its
// patient as its object ("punishing Sudan"), as every frames target names a passive act.
func TestMustClauseNamesSubject(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Sudan must be punished for the raids, Chad's foreign minister said.", "DEMANDS Chad -> punishing Sudan"},
		{"Eritrea should be sanctioned for the attacks, Ethiopia's envoy said.", "DEMANDS Ethiopia -> sanctioning Eritrea"},
	})
}

// TestMustClauseSubjectInPhrase (issue 13, frames10): a name inside a prepositional phrase of a
// longer subject is not the obliged agent named in the demand ("The companies operating in Peru
// should …" does not demand that Peru act).
func TestMustClauseSubjectInPhrase(t *testing.T) {
	g := extractText(t, "The mining companies operating in Peru should respect the rights of local communities, Chile's foreign minister said.")
	v := view(g)
	for _, r := range g.Relations {
		if r.Type == "DEMANDS" && strings.HasPrefix(v.label(r.Target), "Peru") {
			t.Errorf("the name in the subject's phrase made the agent: %v", foundRelations(g, v))
		}
	}
}
