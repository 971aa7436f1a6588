package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestSuperiorSays (speech18): in a one-speaker statement or speech, "my <state title> said
// (that) …" reports what the holder of the speaker's superior office said — a third person, not
// the speaker: the clause is no claim of the speaker; it is the office's of the speaker's state
// (or the person the text names with that title) when the state is known. Near misses: the
// speaker's own "we"/"I" sentences stay his; "My delegation reiterates …" is no title. Invented
// wordings.
func TestSuperiorSays(t *testing.T) {
	head := "Statement by Ambassador Lena Morales, Permanent Representative of Chile to the United Nations\n\nNew York, 4 April 2031\n\n"
	v := view(extractText(t, head+"We condemn the seizure of the fishing fleet.\n\nMy Foreign Minister said last week that Chile will never recognize the annexation of the islands.\n\nMy delegation reiterates that we reject the blockade of the port."))
	if len(claimsWith(v, "Lena Morales", "never recognize")) > 0 || len(claimsWith(v, "Chile", "never recognize")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the superior's words are the speaker's")
	}
	if len(claimsWith(v, "Foreign Minister", "never recognize")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("the superior's words are not the foreign minister's")
	}
	if len(claimsWith(v, "Lena Morales", "seizure of the fishing fleet")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("the speaker's own words are lost")
	}
	// an unknown state: nobody's, never the speaker's
	v = view(extractText(t, "Remarks by Minister of State Jonas Berg at the Harbour Forum\n\nWe will not accept the new tolls.\n\nMy President said yesterday that the tolls violate the treaty."))
	if len(claimsWith(v, "Jonas Berg", "violate the treaty")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the president's words are the minister's")
	}
	if len(claimsWith(v, "Jonas Berg", "new tolls")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("the minister's own words are lost")
	}
}

// TestSpeechUnderLongNotice (speech18): the speeches of testdata/speech18, each under a
// publication notice that names the speaker only in its heading or byline, give the speaker's
// first-person stances; sp06 sets five notice lines above the byline ("U.S. DEPARTMENT OF STATE",
// "Office of the Spokesperson", "For Immediate Release", "REMARKS", "Ambassador Helen Carrow"),
// where the office line had been taken for the speaker and every "we" stance was lost.
func TestSpeechUnderLongNotice(t *testing.T) {
	b, err := os.ReadFile("testdata/speech18/sp06_state_dept_remarks.txt")
	if err != nil {
		t.Fatal(err)
	}
	v := view(extractText(t, string(b)))
	v.want(t, "the ambassador's we condemns nothing", graph.Opposes, "Helen Carrow", "water cannon")
	v.want(t, "the ambassador's we urges nothing", graph.Demands, "Helen Carrow", "arbitral ruling")
}

// TestSalutationLine (speech18): a speech's salutation, vocatives closed by a comma
// ("Excellencies, distinguished delegates, ladies and gentlemen,"), is no claim of the speaker;
// near miss: his next sentence is. Invented wording.
func TestSalutationLine(t *testing.T) {
	v := view(extractText(t, "Speech by Foreign Minister Tomas Ruiz at the Pacific Ports Forum\n\nHonourable ministers, distinguished guests, dear colleagues and friends,\n\nWe reject the new port levies imposed on our shipping lines."))
	if len(claimsWith(v, "Tomas Ruiz", "distinguished guests")) > 0 {
		v.dump(os.Stderr)
		t.Errorf("the salutation is a claim")
	}
	if len(claimsWith(v, "Tomas Ruiz", "port levies")) == 0 {
		v.dump(os.Stderr)
		t.Errorf("the speaker's sentence is lost")
	}
}
