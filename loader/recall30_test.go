package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestRecall30Stances (branch recall30): three classes of stance stated in real news that the
// extractor missed, on invented wordings. (1) An insult or charge of unfitness from AFINN-165
// (valence <= -2, evaluations.txt) as the object complement of "call" or a predicative noun
// judges the person: "called Ostrander a pathological liar". (2) "fan" is an agent noun of
// support as supporter is ("is a big fan of"). (3) A predicative cue in a nonrestrictive relative clause ("Kessler, who has been
// critical of the mayor, …") is its antecedent's stance. Near misses: an evaluation of no actor
// or act ("the weather was offensive" has no target), a negated fan ("is not a fan of": flagged
// negated), a restrictive relative on a bare plural ("would appoint judges who are opposed to the
// levy": a kind, nobody's stance).
func TestRecall30Stances(t *testing.T) {
	v := view(extractText(t, "Council race heats up\n\n"+
		"Mayor Dana Ostrander of Millbrook faces a recall vote in May. "+
		"On Tuesday, council member Ruth Kessler called Ostrander a pathological liar. "+
		"Harold Brandt, a local pastor, called the mayor's decision \"offensive.\" "+
		"\"I have been a big fan of Dana Ostrander for years,\" said Lena Morales, a shop owner. "+
		"Gordon Pike, who has been critical of Ostrander, did not attend. "+
		"Tessa Vaughn is not a fan of the water levy. "+
		"Victor Salas said he would appoint judges who are opposed to the water levy. "+
		"Ostrander said the weather was offensive."))
	for _, c := range []struct {
		typ         graph.RelType
		src, target string
	}{
		{graph.Opposes, "Ruth Kessler", "Dana Ostrander"},
		{graph.Opposes, "Harold Brandt", "decision"},
		{graph.Supports, "Lena Morales", "Dana Ostrander"},
		{graph.Opposes, "Gordon Pike", "Dana Ostrander"},
	} {
		if len(v.rels(c.typ, c.src, c.target)) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s has no %s of %q", c.src, c.typ, c.target)
		}
	}
	for _, r := range v.rels(graph.Supports, "Tessa Vaughn") {
		if !r.Negated {
			t.Errorf("Tessa Vaughn's 'not a fan of' gave an unnegated SUPPORTS")
		}
	}
	if rs := v.rels(graph.Opposes, "Dana Ostrander"); len(rs) > 0 {
		v.dump(os.Stderr)
		t.Errorf("an evaluation of the weather gave a stance: %v", rs)
	}
	if rs := v.rels(graph.Opposes, "judges"); len(rs) > 0 {
		v.dump(os.Stderr)
		t.Errorf("a restrictive relative on a bare plural gave a stance: %v", rs)
	}
}

// TestRecall30ObtainVerbs (branch recall30): verbs of obtaining beyond the four the undergo class
// had (CAMEO.2.0.txt OBTAIN block earn, obtain, acquire, attain; WordNet secure, garner, collect,
// score; the phrasal verbs pick up, rack up, ring up, lock up; snag, land, nab) take a stance
// noun's from- or of-phrase as its agent and their subject as its target, as win and receive do
// ("picked up an endorsement from X" → X SUPPORTS the subject); a possessive on the noun is then
// the receiver ("scored his first endorsement from X"). Near misses: a noun of no stance ("picked
// up the phone from her aide") and a negated verb ("has not earned any backing from").
func TestRecall30ObtainVerbs(t *testing.T) {
	v := view(extractText(t, "Senate race\n\n"+
		"Governor Alma Whitcombe picked up an endorsement from Senator Rhys Calloway on Friday. "+
		"Whitcombe also scored her first endorsement from the Tarrant Teachers Association. "+
		"Whitcombe secured the backing of Mayor Ines Baptiste. "+
		"Councilman Otto Fairley picked up the phone from an aide. "+
		"Fairley has not earned any backing from Senator Petra Lindqvist."))
	for _, src := range []string{"Rhys Calloway", "Tarrant Teachers Association", "Ines Baptiste"} {
		if len(v.rels(graph.Supports, src, "Whitcombe")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s has no SUPPORTS of Whitcombe", src)
		}
	}
	if rs := v.rels(graph.Supports, "Whitcombe", "Whitcombe"); len(rs) > 0 {
		t.Errorf("the receiver's possessive made her the endorser: %v", rs)
	}
	for _, r := range v.rels(graph.Supports, "Petra Lindqvist") {
		if !r.Negated {
			t.Errorf("'has not earned any backing from' gave an unnegated SUPPORTS")
		}
	}
	if rs := v.rels(graph.Supports, "aide"); len(rs) > 0 {
		t.Errorf("'picked up the phone from' gave a stance: %v", rs)
	}
}

// TestRecall30VerbalAttack (branch recall30): the informal verbs of verbal attack of news English
// (Merriam-Webster slam "to criticize harshly", bash, rip, knock "to find fault with", skewer) are
// CAMEO 111 criticism with a named object, a for-phrase of the ground or an over-phrase, as blast
// already was. Near misses: a thing slammed ("slammed the door"), the phrasal verbs rip off
// ("are ripping off America": an accusation by the speaker, not the subject's stance) and knock
// ... out of (an electoral result).
func TestRecall30VerbalAttack(t *testing.T) {
	v := view(extractText(t, "Primary fight\n\n"+
		"Senator Mirela Ostrowski slammed Governor Anton Lisle on Monday. "+
		"State Senator Bea Harrow ripped Lisle for his remarks on the budget. "+
		"Mayor Cyrus Penhale knocked Lisle for skipping the debate. "+
		"Governor Anton Lisle slammed the door. "+
		"Foreign companies are ripping off America, Governor Anton Lisle said. "+
		"Judge Wren Talbot knocked Senator Mirela Ostrowski out of the race."))
	for _, src := range []string{"Mirela Ostrowski", "Bea Harrow", "Cyrus Penhale"} {
		if len(v.rels(graph.Opposes, src, "Lisle")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s has no OPPOSES of Lisle", src)
		}
	}
	if rs := v.rels(graph.Opposes, "Anton Lisle"); len(rs) > 0 {
		v.dump(os.Stderr)
		t.Errorf("a door slammed or 'ripping off' gave a stance: %v", rs)
	}
	if rs := v.rels(graph.Opposes, "Wren Talbot"); len(rs) > 0 {
		v.dump(os.Stderr)
		t.Errorf("'knocked X out of the race' gave a stance: %v", rs)
	}
}
