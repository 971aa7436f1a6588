package loader

import "testing"

// frames9Case is a sentence of our own wording with gold lines: "TYPE Src -> target" must hold
// (goldLineHit, in full), "!TYPE Src" must not (frames8Forbidden).
type frames9Case struct {
	text string
	want []string
}

// checkFrames9Cases extracts each case's text as an article and checks its gold lines.
func checkFrames9Cases(t *testing.T, cases []frames9Case) {
	t.Helper()
	for _, c := range cases {
		g := extractText(t, c.text)
		v := view(g)
		for _, w := range c.want {
			ok := false
			if w[0] == '!' {
				ok = frames8Forbidden(g, v, w)
			} else {
				_, ok = goldLineHit(g, v, w)
			}
			if !ok {
				t.Errorf("%s: want %s; found %v", c.text, w, foundRelations(g, v))
			}
		}
	}
}

// TestFrames9ClauseInSource (issue 13, frames9, class c): an actor named inside a clause that
// modifies a noun of the source phrase (acl, acl:relcl) is a participant of that clause, never
// the phrase's actor (relation_frames.go modifierClauses).
func TestFrames9ClauseInSource(t *testing.T) {
	checkFrames9Cases(t, []frames9Case{
		{"A spokesman for the talks, quoted by the state news agency SANA, condemned the Israeli strikes.", []string{"!OPPOSES SANA"}},
		{"The head of the agency that monitors Iran's nuclear programme condemned the attack.", []string{"!OPPOSES Iran"}},
		{"A member of the panel, interviewed by the BBC, rejected the findings.", []string{"!OPPOSES BBC"}},
	})
}

// TestFrames9AddresseeAndMatter (issue 13, frames9, class a): the target of a request or offer
// that names both the one asked or given to and what is asked or offered names both, as
// written (relation_frames_recipient.go; contentAgent for a common-noun addressee).
func TestFrames9AddresseeAndMatter(t *testing.T) {
	checkFrames9Cases(t, []frames9Case{
		// V + obj + for/on-phrase (requestedMatter, addresseeStart)
		{"Bolivia pressed Peru for access to the port.", []string{"DEMANDS Bolivia -> Peru", "DEMANDS Bolivia -> access"}},
		{"Zambia asked China for debt relief.", []string{"DEMANDS Zambia -> China", "DEMANDS Zambia -> relief"}},
		// V + iobj + obj, V + obj + to-phrase of an offer (addresseeStart, recipientEnd)
		{"Japan offered Manila two patrol vessels.", []string{"OFFERS Japan -> Manila", "OFFERS Japan -> vessels"}},
		{"Italy offered emergency aid to Libya.", []string{"OFFERS Italy -> Libya", "OFFERS Italy -> aid"}},
		// coordinated objects: the to-phrase after the last conjunct (obl of the verb, UD) is
		// the recipient of each; a to-phrase of destination after a verb of no giving is none
		{"Iran shipped rockets and drones to the Houthi rebels.", []string{"OFFERS Iran -> drones to the Houthi rebels", "OFFERS Iran -> rockets"}},
		{"Norway offered military training and equipment to Ukraine.", []string{"OFFERS Norway -> equipment to Ukraine"}},
		// the one allowed or invited (object control of the xcomp, allow-64.1): named with
		// the act; a commissive's object does not control ("promised its neighbours to …")
		{"Venezuela allowed European observers to visit the polling stations.", []string{"OFFERS Venezuela -> European observers visiting the polling stations"}},
		{"Chile invited the opposition to come back to the talks.", []string{"OFFERS Chile -> opposition coming back to the talks"}},
		// object control with a common-noun addressee (contentAgent)
		{"Ghana urged its neighbours to close the border.", []string{"DEMANDS Ghana -> neighbours", "DEMANDS Ghana -> border"}},
		// controls: an infinitive of the noun's own phrase leaves the noun what is asked; a
		// thing demanded from someone keeps its from-phrase (objectOrigin)
		{"Kenya urged restraint to avoid bloodshed.", []string{"!DEMANDS Uganda"}},
		{"Brazil demanded compensation from Bolivia.", []string{"DEMANDS Brazil -> compensation from Bolivia"}},
	})
}

// TestFrames9NameWordTags (issue 13, frames9, class g): a capitalized word of a multiword actor
// name that the tagger reads as a verb or auxiliary is tagged a proper noun before the parse
// (relation_nametags.go), so the name stays the source.
func TestFrames9NameWordTags(t *testing.T) {
	checkFrames9Cases(t, []frames9Case{
		{"Human Rights Watch urged Egypt to release the activists.", []string{"DEMANDS Human Rights Watch -> Egypt"}},
		{"Human Rights Watch urged Kenya to drop the charges.", []string{"DEMANDS Human Rights Watch -> charges"}},
	})
}
