package loader

import "testing"

// TestFrames14Set scores testdata/frames14/constructions.tsv, the development set of issue 13,
// branch frames14 (news-style sentences of the helper's own wording, covering the unseen-text
// failure classes of the frames14 brief), with readConstructionSet and scoreConstructionSet
// (relation_frames8_test.go). The floors are the figures at the end of the branch; main at the
// branch point (befb38b) scored lower (see docs/measures/issue13.md, frames14). They catch
// regressions; they are not targets.
func TestFrames14Set(t *testing.T) {
	src, full, total := scoreConstructionSet(t, readConstructionSet(t, "testdata/frames14/constructions.tsv"))
	t.Logf("frames14 set: type+source %d/%d, full %d/%d", src, total, full, total)
	const floorSrc, floorFull = 79, 72 // of 86; main befb38b: 67, 61
	if src < floorSrc || full < floorFull {
		t.Errorf("below floor (type+source %d, full %d): %d, %d", floorSrc, floorFull, src, full)
	}
}

// TestClassifyingGenitiveAgent (issue 13, frames14): a body described by a plural common noun of
// persons in the genitive ("the nurses' union", "the women's union"; Quirk et al. 1985, 17.53,
// the descriptive genitive) is an unnamed actor (actor_unnamed.go classifyingGenitive), so its
// threats and stances have a source; with a country's genitive before it the body is that
// country's descriptive actor (issue 14, "descriptive actors"; actor_agents.go, countries23),
// and the source is the union, not the country ("Chile's dockers' union").
func TestClassifyingGenitiveAgent(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The railway workers' union threatened to strike next month.", "THREATENS union -> strik"},
		{"The farmers' association threatened a blockade of the highway.", "THREATENS association -> blockade"},
		{"The women's union condemned the new marriage law.", "OPPOSES women's union -> law"},
		{"Chile's dockers' union rejected the wage offer.", "OPPOSES dockers' union -> offer"},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); !full {
			t.Errorf("%s: want %s; %v", c.text, c.want, foundRelations(g, view(g)))
		}
	}
}

// TestThanksToNoParty (issue 13, frames14): thanking people the text names no actor for is a
// courtesy, no SUPPORTS (relation_frames_args.go thanksToNoParty: CAMEO 051 is an event between
// actors; Searle 1976 on expressives); thanking a party stays CAMEO 051 praise.
func TestThanksToNoParty(t *testing.T) {
	for _, c := range []struct {
		text, want string
		hit        bool
	}{
		{"Malta thanked the participants for coming to Valletta.", "SUPPORTS Malta -> participants", false},
		{"Latvia thanked the organisers of the conference.", "SUPPORTS Latvia -> organisers", false},
		{"Moldova thanked Romania for the emergency gas supplies.", "SUPPORTS Moldova -> Romania", true},
	} {
		g := extractText(t, c.text)
		if src, _ := goldLineHit(g, view(g), c.want); src != c.hit {
			t.Errorf("%s: %s = %v, want %v; %v", c.text, c.want, src, c.hit, foundRelations(g, view(g)))
		}
	}
}

// TestArmedSupportAccusation (issue 13, frames14): a speaker who says that an actor arms, funds or
// supplies rebels, militias or armed groups (Phoenix agents REB, UAF) accuses it: OPPOSES speaker
// → accused (CAMEO 112, rule accusation:armed-support, relation_accusation.go), in a transcript
// turn and in reported speech; negated, or given to no armed group, it accuses no one.
func TestArmedSupportAccusation(t *testing.T) {
	for _, c := range []struct {
		text, want string
		hit        bool
	}{
		{"MINISTER OYELARAN: Good morning.\n\nMINISTER OYELARAN: Cameroon is arming the separatists on our border.", "OPPOSES Oyelaran -> Cameroon", true},
		{"Ethiopia said Egypt was funding the rebels in Amhara.", "OPPOSES Ethiopia -> Egypt", true},
		{"Somalia said Kenya supplied weapons to the militias in Jubaland.", "OPPOSES Somalia -> Kenya", true},
		{"Ethiopia said Egypt was not funding the rebels.", "OPPOSES Ethiopia -> Egypt", false},
		{"Ethiopia said Egypt was funding the new dam.", "OPPOSES Ethiopia -> Egypt", false},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); full != c.hit {
			t.Errorf("%s: %s = %v, want %v; %v", c.text, c.want, full, c.hit, foundRelations(g, view(g)))
		}
	}
}

// TestPatientAntecedent (issue 13, frames14): "it" as the whole patient of a passive act demanded
// ("… said it must be renegotiated") is named by the previous sentence's stance target when that
// is a singular thing, no actor (relation_frames_args.go patientAntecedent; Grosz, Joshi &
// Weinstein 1995); an anticipatory "it" ("it must be noted that …") names nothing.
func TestPatientAntecedent(t *testing.T) {
	for _, c := range []struct {
		text, want string
		hit        bool
	}{
		{"Bolivia rejected the lithium contract. Bolivia's miners' union said it must be cancelled.", "DEMANDS miners' union -> the lithium contract", true},
		{"Ecuador criticised the new border agreement. Ecuador's foreign ministry said it must be renegotiated.", "DEMANDS Ecuador -> renegotiating the new border agreement", true},
		{"Ecuador criticised the new border agreement. Ecuador's foreign ministry said it must be stressed that talks continue.", "DEMANDS Ecuador -> agreement", false},
	} {
		g := extractText(t, c.text)
		if _, full := goldLineHit(g, view(g), c.want); full != c.hit {
			t.Errorf("%s: %s = %v, want %v; %v", c.text, c.want, full, c.hit, foundRelations(g, view(g)))
		}
	}
}
