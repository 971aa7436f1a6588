package loader

import "testing"

// TestStance26Set scores testdata/stance26/constructions.tsv (issue 13, stance26): the claimant's
// own stance inside its claim — a claim whose content judges an act (copula, call/describe/brand
// as), a first-person stance or a warning inside a quotation — with traps (neutral evaluations,
// someone else's belief, questions, conditions, negation, hedges). The floors are the figures at
// the end of branch stance26, so the test catches regressions; they are not targets.
func TestStance26Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/stance26/constructions.tsv"))
	t.Logf("stance26 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 59, 58 // of 66; base a8e54b8: 36, 35
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}

// TestStance26Judgements (issue 13, stance26): judgement words from CAMEO 11x entries and
// AFINN-165 judge the act named by the subject or object, read from its parse head (a policy,
// cue or coercive-act noun whatever follows it, a noun with an actor agent, a clausal subject);
// an attributive evaluative adjective judges through its noun; a verb of identifying (constitute,
// represent, amount to) judges its subject as a copula does. Not: a natural event judged, a
// judgement inside another's belief.
func TestStance26Judgements(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"Peru said the seizure of its trawler by Chilean sailors was a crime.", "OPPOSES Peru -> seizure"},
		{"Kenya called the arrest of the activists a gross abuse of power.", "OPPOSES Kenya -> arrest"},
		{"Jordan said the ceasefire agreement was a positive step.", "SUPPORTS Jordan -> agreement"},
		{"Leaving the talks was a serious mistake, Britain's foreign secretary said.", "OPPOSES Britain|United Kingdom|foreign secretary -> leaving"},
		{"The forecaster said the storm was a disaster for farmers.", "!OPPOSES forecaster"},
		{"Greece said Ankara believes the deal is a violation of the accord.", "!OPPOSES Greece"},
		{"\"The blockade constitutes a grave violation of international law,\" Qatar's foreign ministry said.", "OPPOSES Qatar|foreign ministry -> blockade"},
		{"Nigeria said the agreement represents a positive step for the region.", "SUPPORTS Nigeria -> agreement"},
		{"Peru said the new tariffs do not constitute a violation of the trade pact.", "!OPPOSES Peru"},
		{"The report said the floods constituted a disaster for farmers.", "!OPPOSES report"},
	})
	// known parser miss (parse26b pair): "crossing" obj of close and "a violation" appos of
	// "decision", so the copular clause "the decision … was a violation" is not the complement
	// of "said"; checked and logged, logged "now met" when it holds (the KNOWN convention)
	text, want := "Croatia said Serbia's decision to close the crossing was a violation of the treaty.", "OPPOSES Croatia -> decision"
	g := extractText(t, text)
	if _, ok := goldLineHit(g, view(g), want); ok {
		t.Logf("now met, drop known (violation appos of decision): %s", text)
	} else {
		t.Logf("known parser miss (violation appos of decision, crossing obj of close): %s: want %s", text, want)
	}
}

// TestStance26Warnings (issue 13, stance26): a warning said in the clause (frames
// warning_voiced.go) — an act met with or carrying repercussions, a party told it will face
// them, a response announced to another's act, a coercive measure announced through "take" — is
// the speaker's threat; not when past, hedged, negated, said of another's response, or a measure
// of no coercion.
func TestStance26Warnings(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"\"Any strike on our facilities will be met with a crushing response,\" Iranian Foreign Minister Abbas Araghchi said.", "THREATENS Iran|Araghchi"},
		{"Ghana said Togo would face consequences if it closed the border.", "THREATENS Ghana -> Togo"},
		{"\"We will respond to any provocation,\" Serbian President Aleksandar Vucic said.", "THREATENS Serbia|Vucic"},
		{"Beijing said it would take countermeasures against the new export controls.", "THREATENS China|Beijing"},
		{"Pakistan said the attack had been met with a firm response.", "!THREATENS Pakistan"},
		{"Ghana said it would face consequences if the rains failed.", "!THREATENS Ghana"},
		{"Serbia said Kosovo would respond to any provocation.", "!THREATENS Serbia"},
		{"\"We could respond to any provocation,\" Serbian President Aleksandar Vucic said.", "!THREATENS Serbia|Vucic"},
		{"\"We will not respond to any provocation,\" Serbian President Aleksandar Vucic said.", "!THREATENS Serbia|Vucic"},
		{"The central bank said it would take measures against inflation.", "!THREATENS bank"},
	})
}

// TestStance26ProtestPatterns (issue 13, stance26): CAMEO.2.0.txt codes protesting or
// denouncing an act against someone as 053 "rally support on behalf of" the victim; towards the
// act itself, our relation's target, it is the verb's own disapproval (frames protestDefault).
func TestStance26ProtestPatterns(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"Cuba denounced the new American sanctions.", "OPPOSES Cuba -> sanctions ; !SUPPORTS Cuba"},
		{"Human Rights Watch protested the arrest of the editor.", "OPPOSES Human Rights Watch -> arrest ; !SUPPORTS Human Rights Watch"},
		{"The union protested against the detention of its leaders.", "OPPOSES union -> detention ; !SUPPORTS union"},
	})
}

// TestStance26QuotedContinuation (issue 13, stance26): a warning in a quotation's later sentence,
// with no verb of saying of its own, is the quotation's speaker's (voicedWarningCandidate); a
// sentence in the story's own voice warns no one.
func TestStance26QuotedContinuation(t *testing.T) {
	frames17Cases(t, []struct{ text, want string }{
		{"\"Our patience has limits,\" Foreign Minister Ahmed Khan said. \"We will respond firmly to any provocation.\"", "THREATENS Khan -> provocation"},
		{"\"We have shown restraint,\" Serbian President Aleksandar Vucic said. \"Any attack on our police will be met with a firm response.\"", "THREATENS Vucic -> attack"},
		{"Serbia's president spoke on Monday. Any attack on the police would be met with a firm response, analysts expect.", "!THREATENS Serbia|president"},
	})
}
