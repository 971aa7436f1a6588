package loader

import (
	"testing"
)

// Issue 13, frames18 (blind round 8 error classes; sentences written for these tests).

// TestFrames18AttitudeHolder (class 1): a verb of believing, expecting, predicting, hoping or
// fearing over a that-clause or an actor object + to-infinitive gives its subject CLAIMS of the
// content (speech.txt kind attitude); a bare-plural common-noun subject is an unnamed GROUP
// (actor_structure.go attitudeHolder, actor_unnamed.go). A subject-controlled infinitive ("hopes
// to meet") states an intent and no claim.
func TestFrames18AttitudeHolder(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Egyptian farmers fear that Sudan will impose tariffs on barley.", "CLAIMS farmers -> Sudan will impose"},
		{"Shopkeepers reckon the city council will raise the harbour fees.", "CLAIMS shopkeepers -> raise the harbour fees"},
		{"Kenya fears that Uganda will expel its diplomats.", "CLAIMS Kenya -> Uganda will expel"},
		{"Brazil expects Argentina to lift the import quotas.", "CLAIMS Brazil -> Argentina to lift"},
		{"Analysts predict that Chile will sanction the copper mines.", "CLAIMS analysts -> Chile will sanction"},
		{"Many economists believe Canada will retaliate against the duties.", "CLAIMS economists -> Canada will retaliate"},
		{"The Peruvian ministry hopes that Bolivia will withdraw its troops.", "CLAIMS Peru -> Bolivia will withdraw"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s; found %v", c.text, c.want, foundRelations(g, view(g)))
		}
	}
	for _, text := range []string{
		"Norway hopes to meet the Danish delegation in May.",
		"Chile expects to sign the fisheries accord next week.",
		"Chile expects copper sales to grow next year.",
		"Chile expects to host the summit in May, officials said, and talks may follow.",
	} {
		g := extractText(t, text)
		for _, r := range g.Relations {
			if r.Type == "CLAIMS" {
				t.Errorf("%s: want no CLAIMS, found %v", text, foundRelations(g, view(g)))
			}
		}
	}
}

// noStance fails when text yields a relation of a stance type (anything but CLAIMS, CITES,
// MEMBER_OF, PART_OF).
func noStance(t *testing.T, text string) {
	t.Helper()
	g := extractText(t, text)
	for _, r := range g.Relations {
		switch r.Type {
		case "CLAIMS", "CITES", "MEMBER_OF", "PART_OF":
			continue
		}
		if !r.Negated {
			t.Errorf("%s: want no stance, found %v", text, foundRelations(g, view(g)))
			return
		}
	}
}

// TestFrames18Improbable (class 6): an act in a that-clause extraposed after an adjective of low
// likelihood ("it is unlikely that …", modality.txt improbable), or a noun cue that is the object
// of a verb of predicting or fearing (modality.txt opaque: "predicts an embargo" entails none), is
// not asserted; the same acts asserted keep their stance.
func TestFrames18Improbable(t *testing.T) {
	for _, text := range []string{
		"It is unlikely that Norway will impose sanctions on Iceland.",
		"It seems improbable that Portugal would ban fishing nets.",
		"It is doubtful that Hungary will veto the budget.",
		"It remains doubtful that Spain would condemn the raid.",
		"Poland predicts a Russian embargo on its apples.",
		"Austria fears new German sanctions against its banks.",
	} {
		noStance(t, text)
	}
	for _, c := range []struct{ text, want string }{
		{"Norway imposed sanctions on Iceland.", "SANCTIONS Norway -> Iceland"},
		{"Hungary vetoed the budget.", "OPPOSES Hungary -> budget"},
		{"It is clear that Spain condemned the raid.", "OPPOSES Spain -> raid"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s; found %v", c.text, c.want, foundRelations(g, view(g)))
		}
	}
}

// TestFrames18CitingAdjunct (class 14): ", citing X" is CITES only when X is a source of
// information (modality.txt evidence, report-noun, informant; a name), not a reason; after a
// reported clause the participle is the reporter's (Quirk et al. 1985, 15.59).
func TestFrames18CitingAdjunct(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"France withdrew its ambassador, citing a report by the United Nations.", "CITES France -> report"},
		{"Belgium expelled two diplomats, citing intelligence reports.", "CITES Belgium -> reports"},
		{"Sweden said Norway had expelled the diplomats, citing a leaked report.", "CITES Sweden -> report"},
		{"Chile announced that Peru had closed the border, citing official figures.", "CITES Chile -> figures"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s; found %v", c.text, c.want, foundRelations(g, view(g)))
		}
	}
	for _, text := range []string{
		"The Irish prime minister postponed the trip, citing a persistent cough.",
		"Japan halted the talks, citing security concerns.",
		"The Greek minister cancelled the summit, citing bad weather.",
	} {
		g := extractText(t, text)
		for _, r := range g.Relations {
			if r.Type == "CITES" {
				t.Errorf("%s: want no CITES, found %v", text, foundRelations(g, view(g)))
			}
		}
	}
}

// TestFrames18ParticipleReport (class 16): in ", adding/saying it would V …" after a clause with
// a common-noun object of the pronoun's number, the pronoun may be that object, so the inner act
// is the speaker's report (CLAIMS), no stance of its own; with no such object ("the sanctions",
// plural, for "it") the speaker's announced act stays its own.
func TestFrames18ParticipleReport(t *testing.T) {
	for _, text := range []string{
		"Denmark criticised the Swedish agreement, adding it would hurt farmers.",
		"Italy praised the treaty, saying it would punish smugglers.",
		"The Austrian chancellor welcomed the deal, adding that it would sanction violators.",
	} {
		noStance2(t, text, "THREATENS")
	}
	for _, c := range []struct{ text, want string }{
		{"Iran denounced the new sanctions, saying it would retaliate against Britain.", "THREATENS Iran -> United Kingdom"},
		{"Denmark criticised the Swedish agreement, adding it would hurt farmers.", "CLAIMS Denmark -> hurt farmers"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s; found %v", c.text, c.want, foundRelations(g, view(g)))
		}
	}
}

// noStance2 fails when text yields a relation of type typ.
func noStance2(t *testing.T, text, typ string) {
	t.Helper()
	g := extractText(t, text)
	for _, r := range g.Relations {
		if string(r.Type) == typ && !r.Negated {
			t.Errorf("%s: want no %s, found %v", text, typ, foundRelations(g, view(g)))
			return
		}
	}
}

// TestFrames18Assertive (class 24): a verb of asserting (modality.txt assertive, Hooper 1975)
// over a that-clause gives CLAIMS of the clause and no OPPOSES from CAMEO's ALLEGE block; with an
// object it keeps its dictionary reading.
func TestFrames18Assertive(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Latvia claimed that Russia had violated the ceasefire.", "CLAIMS Latvia -> violated the ceasefire"},
		{"Croatia maintains that Serbia attacked the convoy.", "CLAIMS Croatia -> attacked the convoy"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s; found %v", c.text, c.want, foundRelations(g, view(g)))
		}
		noStance2(t, c.text, "OPPOSES")
	}
	// "allege" is not one of them: it says the content is a wrong (Oxford English Dictionary,
	// allege v. "to declare … that someone has done something wrong"; CAMEO.2.0.txt ALLEGE [110],
	// PLOVER ACCUSE "allege or charge wrongdoing"), so it keeps the dictionary's OPPOSES.
	g := extractText(t, "Romania alleged that Moldova shelled the border villages.")
	if _, full := goldLineHit(g, view(g), "OPPOSES Romania -> Moldova shelling the border villages"); !full {
		t.Errorf("allege: want OPPOSES; found %v", foundRelations(g, view(g)))
	}
}

// TestFrames18Background (class 15): a past act in a relative clause or a when-clause dated by a
// year is background, no stance; the same act in a main clause, or a relative clause without a
// year, keeps it.
func TestFrames18Background(t *testing.T) {
	for _, text := range []string{
		"The tariff that Mexico imposed in 1998 was a mistake, the historian said.",
		"When Turkey sanctioned Greece in 2004, trade collapsed.",
		"The embargo which Cuba condemned in 1962 still stands, the professor said.",
	} {
		if why, text, known := knownParserLine(t, text); known {
			g := extractText(t, text)
			knownParserResult(t, why, text, "no stance", stanceCount(g) == 0, foundRelations(g, view(g)))
			continue
		}
		noStance(t, text)
	}
	for _, c := range []struct{ text, want string }{
		{"Mexico imposed a tariff on Peruvian cement in 1998.", "SANCTIONS Mexico -> cement"},
		{"Turkey sanctioned Greece in 2004.", "SANCTIONS Turkey -> Greece"},
		{"Ties have been tense since 2019, when Peru endorsed Chile's fishing plan.", "SUPPORTS Peru -> plan"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s; found %v", c.text, c.want, foundRelations(g, view(g)))
		}
	}
}

// TestFrames18CancelledPlan (class 3): the act in the to-infinitive of a plan noun that a reversal
// or obstructing verb governs (modality.txt reversal, obstruct) is no one's intent: no THREATENS;
// the plan itself, not cancelled, keeps it.
func TestFrames18CancelledPlan(t *testing.T) {
	for _, text := range []string{
		"Chile cancelled its plan to impose tariffs on Peruvian wine.",
		"Germany vetoed the EU plan to impose sanctions on Austria.",
		"Bolivia abandoned its plan to impose duties on Chilean copper.",
	} {
		noStance2(t, text, "THREATENS")
	}
	g := extractText(t, "Chile plans to impose tariffs on Peruvian wine.")
	if _, full := goldLineHit(g, view(g), "THREATENS Chile -> wine"); !full {
		t.Errorf("plan kept: want THREATENS Chile -> wine; found %v", foundRelations(g, view(g)))
	}
}
