package loader

import (
	"strings"
	"testing"
)

// TestFrames17Set scores testdata/frames17/constructions.tsv (issue 13, frames17): obligation
// clauses reported, quoted and in a transcript turn, and a turn's judgement, with traps for the
// modal's scope. The floors are the figures at the end of branch frames17, so the test catches
// regressions; they are not targets.
func TestFrames17Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/frames17/constructions.tsv"))
	t.Logf("frames17 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 33, 31 // of 41; base f8c1bc1: 25, 24
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}

// frames17Cases checks gold lines ("TYPE Src -> target", full) and forbidden lines ("!TYPE Src")
// on sentences of my own, one rule each; a line may carry the mark "KNOWN parser: WHY | "
// (knownParserLine).
func frames17Cases(t *testing.T, cases []struct{ text, want string }) {
	t.Helper()
	for _, c := range cases {
		g := extractText(t, c.text)
		v := view(g)
		for _, w := range strings.Split(c.want, " ; ") {
			why, w, known := knownParserLine(t, w)
			ok := false
			if strings.HasPrefix(w, "!") {
				ok = frames8Forbidden(g, v, w)
			} else {
				_, ok = goldLineHit(g, v, w)
			}
			if known {
				knownParserResult(t, why, c.text, w, ok, foundRelations(g, v))
			} else if !ok {
				t.Errorf("%s: want %s; found %v", c.text, w, foundRelations(g, v))
			}
		}
	}
}

// TestFrames17ReportedObligation (issue 13, frames17): the reported obligation read over the
// parse replaces the surface rule mustClause. The semi-modals "have to" and "ought to" oblige as
// "must" does (Quirk et al. 1985, 3.40–3.45), but not under another modal ("will have to": a
// predicted necessity); the perfect after the modal is epistemic ("must have known"); a first-
// person subject is the speaker's commitment; a subject that is the speaker (or that the speaker
// speaks for) binds itself; "that if P, then Q" has Q as its content; a verb of opinion states the
// believer's obligation, but not when negated (neg-raising); the claim of the verb of saying
// stays beside the demand (session 27: it went when the obligation was laid on an actor).
func TestFrames17ReportedObligation(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"Lithuania said Minsk has to close the migrant camps.", "DEMANDS Lithuania -> Minsk ; CLAIMS Lithuania -> Minsk has to close"}, // the claim stays beside the demand (session 27, analysis26 9b)
		{"Portugal said Angola ought to extradite the banker.", "DEMANDS Portugal -> Angola"},
		{"Finland said Sweden will have to ratify the treaty first.", "!DEMANDS Finland"},
		{"Greece said Turkey must have seen the warnings.", "!DEMANDS Greece"},
		{"Nigeria's president said we must defend our oil fields.", "!DEMANDS Nigeria|president"},
		{"Kenya said it should reopen its embassy in Kinshasa.", "!DEMANDS Kenya"},
		{"Croatia insisted that if Serbia wants membership, then it must arrest the suspects.", "DEMANDS Croatia -> arresting"},
		{"Romania believes Moldova should hold a referendum.", "DEMANDS Romania -> Moldova"},
		{"Romania does not believe Moldova should hold a referendum.", "!DEMANDS Romania"},
		// (no agent noun: "miners" is one since groups20, occupations.txt, and then reads as "farmers" does)
		{"Chile said regional mines should pay more tax.", "CLAIMS Chile -> regional mines"},
	})
}

// TestFrames17VoicedObligation (issue 13, frames17): a main clause under a modal of obligation in a
// speaker's own turn or statement is the speaker's demand (frames clause-obligation), now read
// without a cue word (voicedObligationCandidate) and named as the act with its agent; an agentless
// passive demands the act with its patient; the specificational "X's response should be to V"
// obliges X; a modal inside an if-clause or under a belief of others is not the speaker's.
func TestFrames17VoicedObligation(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"SENATOR BRANDT: Thank you, Mr. Chairman, for calling this hearing of the United States Senate.\n\nSENATOR BRANDT: Venezuela must free the detained oil workers.", "DEMANDS Brandt -> Venezuela"},
		{"SENATOR BRANDT: Thank you, Mr. Chairman, for calling this hearing of the United States Senate.\n\nSENATOR BRANDT: Nicaragua has to restore the independent press.", "DEMANDS Brandt -> Nicaragua"},
		{"\"Hungary's answer should be to lift the veto,\" the Dutch foreign minister said.", "DEMANDS Netherlands|foreign minister -> Hungary lifting the veto"},
		{"\"Belarus should be suspended from the federation,\" the Polish sports minister said.", "DEMANDS Poland|sports minister -> suspending Belarus"},
		{"SENATOR BRANDT: Thank you, Mr. Chairman.\n\nSENATOR BRANDT: If Hanoi should refuse, the talks end.", "!DEMANDS Brandt"},
		{"SENATOR BRANDT: Thank you, Mr. Chairman.\n\nSENATOR BRANDT: Several economists think Brazil should cut rates.", "!DEMANDS Brandt"},
	})
}

// TestFrames17TurnJudgement (issue 13, frames17): a copula judgement in a speaker's own turn is
// the speaker's stance (frames judgement-copula with the turn's speaker), replacing the surface
// rule turnEvaluation; one in a reported clause, an if-clause or about nothing judged is not.
func TestFrames17TurnJudgement(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"AMBASSADOR KOVAC: Thank you, Madam President.\n\nAMBASSADOR KOVAC: The export ban is unjustified.", "OPPOSES Kovac -> export ban"},
		{"AMBASSADOR KOVAC: Thank you, Madam President.\n\nAMBASSADOR KOVAC: The new ceasefire agreement is constructive.", "SUPPORTS Kovac -> ceasefire agreement"},
		{"AMBASSADOR KOVAC: Thank you, Madam President.\n\nAMBASSADOR KOVAC: The survey says the export ban is unjustified.", "!OPPOSES Kovac"},
		{"AMBASSADOR KOVAC: Thank you, Madam President.\n\nAMBASSADOR KOVAC: If the export ban is unjustified, we will challenge it.", "!OPPOSES Kovac"},
		{"AMBASSADOR KOVAC: Thank you, Madam President.\n\nAMBASSADOR KOVAC: The coffee in New York was terrible.", "!OPPOSES Kovac"},
	})
}
