package loader

import "testing"

// TestSweep22ShortProseNoHeadline (issue 13, sweep22; bench/sweep's "past", "present" and
// "adv-M" misses): a short sentence of names with a lower-case verb and a final period is prose,
// not a title-case headline (text.IsHeadline: Chicago Manual of Style 8.159, title case
// capitalizes verbs; AP Stylebook, headlines take no period), so its stance is read. A line in
// title case, or a sentence-case headline without a period, stays a headline and asserts nothing.
func TestSweep22ShortProseNoHeadline(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Venezuela threatened North Macedonia.", "THREATENS Venezuela -> North Macedonia"},
		{"Ecuador on Friday condemned Peru.", "OPPOSES Ecuador -> Peru"},
		{"Saudi Arabia backed Qatar.", "SUPPORTS Saudi Arabia -> Qatar"},
		{"Talks ended early. Sri Lanka on Tuesday denounced Norway.", "OPPOSES Sri Lanka -> Norway"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Venezuela Threatens North Macedonia", "!THREATENS Venezuela"},
		{"Sri Lanka Denounces Norway Over Fishing Talks", "!OPPOSES Sri Lanka"},
	})
}

// TestSweep22PresentVerbAfterBody (issue 13, sweep22; bench/sweep's "present" misses): a state
// body written in lower case ("the Omani foreign ministry") before the -s form of a CAMEO verb
// that an object follows is the subject of that verb (actor_presentverb.go: Quirk et al. 1985,
// 3.54, 10.34), so the body is an actor and the stance its own. A plural head after the body
// noun, followed by a verb or a preposition, keeps the body noun a premodifier: no body actor.
func TestSweep22PresentVerbAfterBody(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"The Omani foreign ministry counsels Yemen against any escalation.", "DEMANDS Oman -> Yemen"},
		{"The Ghanaian finance ministry frees the funds for Togo.", "OFFERS Ghana -> funds"},
		{"The Peruvian interior ministry admonishes the Bolivian consul.", "OPPOSES Peru -> consul"},
	})
	for _, c := range []struct{ text, body string }{
		{"The Chilean navy ships arrived in Arica on Monday.", "Navy (Chile)"},
		{"The Chilean navy patrols near Arica were suspended.", "Navy (Chile)"},
	} {
		if g := extractText(t, c.text); view(g).node(c.body) != nil {
			t.Errorf("%s: want no body %s", c.text, c.body)
		}
	}
}

// TestSweep22ParentheticalObject (issue 13, sweep22; bench/sweep's "adv-paren" misses): an object
// postponed after a parenthetical adverbial set off by commas ("condemned, in the strongest
// terms, the attack") is the verb's object, not an appositive of the adverbial's noun
// (wire_parenobject.go: Quirk et al. 1985, 8.21, 18.39; Huddleston & Pullum 2002, ch. 16). A verb
// that has its object or clause before the parenthesis keeps it, and a true appositive inside the
// parenthesis stays one.
func TestSweep22ParentheticalObject(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Uruguay condemned, in unusually sharp language, the seizure of its fishing vessel.", "OPPOSES Uruguay -> seizure"},
		{"Norway rejected, on Thursday, the Icelandic proposal for new quotas.", "OPPOSES Norway -> proposal"},
		{"The Thai foreign ministry praised, in a brief statement, Malaysia's mediation.", "SUPPORTS Thailand -> mediation"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Norway rejected the plan, on Thursday, the first day of the talks.", "!OPPOSES Norway -> day"},
		{"Norway said, on Thursday, the opening day of the talks, that it backed the plan.", "!OPPOSES Norway"},
	})
}

// TestSweep22PluralSubjectVerb (issue 13, sweep22; bench/sweep's "present" misses with a plural
// subject): the base form of a CAMEO verb after a plural noun, in a sentence with no finite verb
// and a noun phrase after it, is the present plural verb (wire_pluralverb.go: Quirk et al. 1985,
// 3.54, 10.34). A word that is no verb of the dictionary, or one with no noun phrase after it,
// stays as tagged.
func TestSweep22PluralSubjectVerb(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Maltese fishermen hail the Tunisian decision.", "SUPPORTS Maltese fishermen -> decision"},
		{"Danish lawmakers affirm Greenland's autonomy.", "SUPPORTS Danish lawmakers -> autonomy"},
	})
	frames19None(t, []string{"Maltese fishermen union leaders met on Monday.", "Danish lawmakers travel to Nuuk every spring."})
}

// TestSweep22bPerfectAuxiliary (issue 13, sweep22b; bench/sweep's "said-had" misses): HAVE after
// its subject right before the -ed participle of a CAMEO verb is the perfect auxiliary
// (wire_perfect.go: Quirk et al. 1985, 3.34-3.37, 4.18-4.22, 14.31), so "it had V-ed B" in a
// reported clause is the reporter's own past act, as "A V-ed B" is. Possessive HAVE with an
// adjective before a common noun keeps no act.
func TestSweep22bPerfectAuxiliary(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Ottawa said it had voiced support for Haitian police.", "SUPPORTS Canada -> police"},
		{"Farmers said they had rejected compensation from the mine.", "OPPOSES farmers -> compensation"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"The villagers said they had armed guards at the well.", "!OFFERS villagers"},
		{"The villagers said they had armed guards at the well.", "!SANCTIONS villagers"},
	})
}
