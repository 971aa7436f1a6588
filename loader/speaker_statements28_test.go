package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/text"
)

// TestJointTitleList: a joint statement whose title lists three or more parties ("by the Foreign
// Ministers of A, B and C", "by President X, Prime Minister Y and Chancellor Z") gives each claim
// to every party, not to the first one alone; a title whose speaker is a person and a body's name
// holding an "and" ("Minister X, Ministry of Trade and Industry") stays the person's alone.
// Invented wordings.
func TestJointTitleList(t *testing.T) {
	for _, c := range []struct {
		head    string
		parties []string
	}{
		{"Joint Statement by the Foreign Ministers of Poland, Hungary and Slovakia on energy security", []string{"Poland", "Hungary", "Slovakia"}},
		{"Joint Statement by President Ana Ruiz, Prime Minister Lars Holm, and Chancellor Eva Brandt", []string{"Ana Ruiz", "Lars Holm", "Eva Brandt"}},
	} {
		v := view(extractText(t, c.head+"\n\nWe condemn the bombing of the grain terminal in the port.\n\nThe leaders agreed to meet again in the autumn."))
		for _, p := range c.parties {
			if len(claimsWith(v, p, "bombing of the grain terminal")) == 0 || len(claimsWith(v, p, "meet again in the autumn")) == 0 {
				v.dump(os.Stderr)
				t.Errorf("%s: %s claims nothing", c.head, p)
			}
		}
	}
	v := view(extractText(t, "Statement by Minister Kofi Asante, Ministry of Trade and Industry\n\nI welcome the decision to lower the tariffs on cocoa."))
	if len(claimsWith(v, "Kofi Asante", "lower the tariffs")) == 0 || len(claimsWith(v, "Ministry of Trade and Industry", "lower the tariffs")) > 0 ||
		len(v.rels(graph.Supports, "Ministry of Trade and Industry")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the minister's statement is not his alone")
	}
}

// TestJointOurNoun: in a joint statement, a stance noun after "our" ("We reaffirm our firm support
// for …") is every party's act, as a stance verb after "we" is; a noun that "our" does not
// determine ("the support that our partners gave to …") is not taken for the parties'. Invented
// wordings.
func TestJointOurNoun(t *testing.T) {
	v := view(extractText(t, "Joint Statement of Poland and Hungary on the Balkans\n\nWe reaffirm our firm support for the ceasefire agreement in the region."))
	for _, p := range []string{"Poland", "Hungary"} {
		if len(v.rels(graph.Supports, p, "ceasefire agreement")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s does not support the ceasefire agreement", p)
		}
	}
	for _, c := range []struct {
		s    string
		k    int
		want bool
	}{{"We reaffirm our firm support for the plan .", 4, true}, {"We reaffirm our support for the plan .", 3, true},
		{"We note the support that our partners gave .", 3, false}, {"Our envoys noted Japan 's support .", 5, false}} {
		if got := firstPersonGenitive(&sent{Toks: text.Tokenize([]rune(c.s), 0)}, c.k); got != c.want {
			t.Errorf("firstPersonGenitive(%q, %d) = %v", c.s, c.k, got)
		}
	}
}

// TestBehalfPrincipal: a title "Statement by X on behalf of Y" gives the statement to Y, the
// principal X represents (its claims, and its "we"), when Y is an actor ("the Nordic countries"
// too since session 23: a group of states named by a regional adjective, actors/regionalgroup.go);
// when the phrase names none ("on behalf of the founding members") or the title has no such
// phrase, X speaks. Invented wordings.
func TestBehalfPrincipal(t *testing.T) {
	body := "\n\nWe call on the authorities of Belarus to release the detained journalists."
	for _, c := range []struct{ head, speaker, not string }{
		{"Statement by High Representative Marta Ilves on behalf of the European Union on Belarus", "European Union", "Marta Ilves"},
		{"Statement by Ambassador Tomas Berg on behalf of NATO on the arrests in Minsk", "NATO", "Tomas Berg"},
		{"Statement by Ambassador Tomas Berg on behalf of the Nordic countries on the arrests", "Nordic countries", "Tomas Berg"},
		{"Statement by Ambassador Tomas Berg on behalf of the founding members on the arrests", "Tomas Berg", ""},
		{"Statement by Ambassador Tomas Berg on the arrests in Minsk", "Tomas Berg", ""},
	} {
		v := view(extractText(t, c.head+body))
		if len(claimsWith(v, c.speaker, "release the detained journalists")) == 0 || len(v.rels(graph.Demands, c.speaker)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: the statement is not %s's", c.head, c.speaker)
		}
		if c.not != "" && len(claimsWith(v, c.not, "release the detained journalists")) > 0 {
			t.Errorf("%s: the statement is still %s's", c.head, c.not)
		}
	}
}

// TestAffectStance: in a statement titled by its speaker, "I am [adverb] <adjective of affect>
// by|at|about|that …" states the speaker's attitude to what it names, a claim even when it names
// no actor ("I am deeply troubled by the closure of the border crossings"); an adjective of
// affect before an infinitive ("I am pleased to announce …") or with no complement, and an
// adjective of another kind ("I am quite sure about it now"), stay talk. Invented wordings.
func TestAffectStance(t *testing.T) {
	v := view(extractText(t, "Statement by Foreign Minister Rosa Ibarra on the border\n\n"+
		"I am deeply troubled by the closure of the border crossings.\n\nI am appalled at the shelling of the market in the old town.\n\n"+
		"I am pleased to announce a new round of consultations.\n\nI am quite sure about it now."))
	for _, w := range []string{"closure of the border crossings", "shelling of the market"} {
		if len(claimsWith(v, "Rosa Ibarra", w)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q is not the minister's claim", w)
		}
	}
	for _, w := range []string{"pleased to announce", "quite sure about it"} {
		if len(claimsWith(v, "", w)) > 0 {
			t.Errorf("%q is a claim", w)
		}
	}
}

// TestJointWeNoPartySubject: in a joint statement "we" as the subject is every signatory, never
// the one party a party-subject rule would take it for ("We reiterate our support for …" was the
// last-named party's alone), while a party named as the subject still speaks alone. Invented
// wordings.
func TestJointWeNoPartySubject(t *testing.T) {
	v := view(extractText(t, "Joint Statement of Poland and Hungary on the Danube\n\n"+
		"We reiterate our support for free navigation on the Danube.\n\nHungary will open two new border crossings for river traffic."))
	for _, p := range []string{"Poland", "Hungary"} {
		if len(claimsWith(v, p, "free navigation on the Danube")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("the joint 'we' sentence is not %s's", p)
		}
	}
	if len(claimsWith(v, "Poland", "two new border crossings")) > 0 || len(claimsWith(v, "Hungary", "two new border crossings")) == 0 {
		t.Errorf("Hungary's undertaking is not Hungary's alone")
	}
}

// TestJointPartiesSubject: in a joint statement, "The two leaders …" or "The Ministers …" as the
// subject of a stance verb names the signatories together, so the stance is every party's; the
// same sentence in a statement of one speaker makes no stance of that speaker. Invented wordings.
func TestJointPartiesSubject(t *testing.T) {
	body := "\n\nWe met in Vienna today.\n\nThe two leaders called for an immediate ceasefire and reaffirmed their commitment to the peace process."
	v := view(extractText(t, "Joint Statement by President Ana Ruiz, Prime Minister Lars Holm and Chancellor Eva Brandt"+body))
	for _, p := range []string{"Ana Ruiz", "Lars Holm", "Eva Brandt"} {
		if len(v.rels(graph.Demands, p, "ceasefire")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s does not demand the ceasefire", p)
		}
	}
	// a short sentence that names no actor but the parties ("Both sides condemned …")
	v = view(extractText(t, "Joint Statement of Poland and Hungary on the Danube\n\nBoth sides condemned the sinking of the ferry."))
	for _, p := range []string{"Poland", "Hungary"} {
		if len(v.rels(graph.Opposes, p, "sinking")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s does not oppose the sinking", p)
		}
	}
	v = view(extractText(t, "Statement by Chancellor Eva Brandt on the talks"+body))
	if len(v.rels(graph.Demands, "Eva Brandt", "ceasefire")) > 0 {
		t.Errorf("a single speaker's 'the two leaders' made her stance")
	}
}
