package loader

import (
	"strings"
	"testing"
)

// cues24NoTarget fails when a sentence gives a relation whose target label contains the word.
func cues24NoTarget(t *testing.T, cases []struct{ text, word string }) {
	t.Helper()
	for _, c := range cases {
		g := extractText(t, c.text)
		for _, r := range foundRelations(g, view(g)) {
			if _, tgt, _ := strings.Cut(r, " -> "); strings.Contains(tgt, c.word) {
				t.Errorf("%s: want no target %q; found %v", c.text, c.word, foundRelations(g, view(g)))
			}
		}
	}
}

// TestCues24NamingDoubleObject (issue 13, cues24): a verb of naming or judging (modality.txt
// judge-call) is complex-transitive, object then object complement (Quirk et al. 1985, 16.44), so
// when the parser files "branded [the verdict] [a breach of the treaty]" as indirect + direct
// object, the verb's own CAMEO entry (MARK block BRAND [111]) is aimed at the first noun phrase,
// not at the name it is given.
func TestCues24NamingDoubleObject(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Ecuador branded the verdict a breach of the treaty.", "OPPOSES Ecuador -> verdict"},
		{"Nepal branded the new border fence an insult to its people.", "OPPOSES Nepal -> border fence"},
	})
	cues24NoTarget(t, []struct{ text, word string }{
		{"Ecuador branded the verdict a breach of the treaty.", "breach"},
		{"Nepal branded the new border fence an insult to its people.", "insult"},
	})
}

// TestCues24CriticismVerbs (issue 13, cues24): the informal criticism senses of blast, rap and pan
// (Merriam-Webster "to criticize severely / sharply"; CAMEO.2.0.txt's own BLAST patterns [110] and
// SLAM patterns [111]) are CAMEO 111 "criticize or denounce", PLOVER DISAPPROVE, when the object is
// a name, the matter is given with over, or the object is one the dictionary codes as criticized
// (plan, policies, appointment …; cue-classes.txt). A physical object keeps the other verb.
func TestCues24CriticismVerbs(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Brazil blasted Washington over its steel tariffs.", "OPPOSES Brazil -> United States"},
		{"The opposition blasted the ministry over the delays.", "OPPOSES opposition -> ministry"},
		{"Germany blasted France's budget policies.", "OPPOSES Germany -> budget policies"},
		{"Kenya rapped Uganda over the border closure.", "OPPOSES Kenya -> Uganda"},
		{"Norway rapped Sweden's fishing plan.", "OPPOSES Norway -> fishing plan"},
		{"Chile panned the appointment of a new envoy.", "OPPOSES Chile -> appointment"},
	})
	frames19None(t, []string{
		"Miners blasted the rock near the village.",
		"Engineers blasted a tunnel through the hill.",
		"The judge rapped the table with her pen.",
		"The cameraman panned the camera across the crowd.",
		"Prospectors panned for gold in the river.",
	})
}

// TestCues24ImposeOn (issue 13, cues24): "impose X on Y" (CAMEO.2.0.txt IMPOSE block [170]; OED
// impose v. "to lay on or upon"; Quirk et al. 1985, 16.55) aims the measure at Y, the on-phrase,
// wherever the parser hangs it (on the verb or on the object), as the noun-support frame does for
// "imposed a ban on …"; without an on-phrase the object stays the target.
func TestCues24ImposeOn(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"Latvia imposed export quotas on eight Belarusian timber firms.", "SANCTIONS Latvia -> Belarusian timber firms"},
		{"Chile imposed quotas on Peruvian fishing fleets.", "SANCTIONS Chile -> Peruvian fishing fleets"},
		{"Chile will impose quotas on Peruvian fishing fleets.", "THREATENS Chile -> Peruvian fishing fleets"},
		{"Latvia imposed strict quotas.", "SANCTIONS Latvia -> strict quotas"},
	})
	cues24NoTarget(t, []struct{ text, word string }{
		{"Latvia imposed export quotas on eight Belarusian timber firms.", "quotas"},
	})
}

// TestCues24WarnAgainst (issue 13, cues24): a warning against a course of action is advice not
// to take it (OED warn v. "to caution against"), CAMEO 11 / PLOVER DISAPPROVE: OPPOSES the act,
// also with an addressee ("warned Y against doing Z"), not a threat, which needs the speaker's own
// act. A warning of a coercive measure stays THREATENS, a warning of a danger stays nothing, and
// the dictionary's own WARN * AGAINST patterns keep their codes.
func TestCues24WarnAgainst(t *testing.T) {
	frames19Cases(t, []struct{ text, want string }{
		{"The IMF warned against Egypt's plan to cap bread prices.", "OPPOSES IMF -> plan"},
		{"Canada warned Peru against nationalizing the copper mines.", "OPPOSES Canada -> nationalizing the copper mines"},
		{"Oman warned against retaliation.", "OPPOSES Oman -> retaliation"},
		{"Oman warned of retaliation.", "THREATENS Oman -> retaliation"},
	})
	frames21Forbidden(t, []struct{ text, not string }{
		{"Canada warned Peru against nationalizing the copper mines.", "!THREATENS Canada"},
		{"Oman warned against retaliation.", "!THREATENS Oman"},
	})
	frames19None(t, []string{"Forecasters warned of heavy rain in the north."})
}
