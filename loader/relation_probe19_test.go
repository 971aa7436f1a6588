package loader

import (
	"strings"
	"testing"
)

// TestEventNounComplementNoAgent (issue 13, probe19): an actor named in a prepositional complement
// of an event noun that the noun takes as its argument (frames NounTakes: "threat" of/against,
// "rejection" of, "warning" to) is that act's target, not the agent of the verb the noun is
// subject of (Grimshaw 1990, ch. 3; nominalArguments). The noun's own frame keeps its source.
func TestEventNounComplementNoAgent(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Turkey's threat of sanctions against Sweden delayed the alliance vote.", "!SANCTIONS Sweden"},
		{"Turkey's threat of sanctions against Sweden delayed the alliance vote.", "THREATENS Turkey -> sanctions"},
		{"The EU's threat of tariffs on Washington delayed the summit.", "!SANCTIONS United States|Washington"},
		{"Peru's warning to Bolivia over the lithium contracts stalled the border talks.", "!SANCTIONS Bolivia"},
		// controls: an actor in a complement the noun does not take as an argument, or the head of
		// an agent noun, still names the subject
		{"Officials of the Kenyan foreign ministry condemned the raid.", "OPPOSES Kenya|ministry -> raid"},
		{"A spokesman for the Egyptian foreign ministry rejected the Ethiopian proposal.", "OPPOSES Egypt|Ministry -> proposal"},
	})
}

// TestCapitalAsPartyOfEventNoun (issue 13, probe19): a capital after "from" or "to" is a place
// ("flew from Ankara"; data/wordclasses/locatives.txt) except when the preposition attaches a
// party of the cue noun before it — "from" of a noun whose from-phrase names the agent
// ("criticism from Washington"), "to" of a noun that takes a to-target ("a warning to Moscow";
// frames NounParty): there the capital stands for its government, as in subject position.
func TestCapitalAsPartyOfEventNoun(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Kenya faced criticism from Washington over the vote.", "OPPOSES United States -> Kenya"},
		{"Manila has come under pressure from Beijing to halt the reef survey.", "DEMANDS China"},
		{"Seoul sent a warning to Pyongyang after the missile launch.", "THREATENS South Korea -> North Korea"},
		{"Tbilisi issued an apology to Moscow for the border incident.", "SUPPORTS Georgia -> Russia"},
		// near misses: travel keeps the place reading
		{"The Kenyan envoy flew from Washington to Nairobi and rejected the proposal.", "!OPPOSES United States"},
		{"A delegation from Ankara arrived and condemned the raid.", "!OPPOSES Turkey"},
	})
}

// TestVerblessRootContentEnd (issue 13, probe19): when the parser makes the subject's noun the
// root of the sentence and hangs the main predicate inside the noun's infinitive ("Russian
// pressure on Armenia to quit the alliance is mounting"), the content ends before that finite
// predicate (verblessRootEnd); a finite clause the content itself governs stays in it.
func TestVerblessRootContentEnd(t *testing.T) {
	for _, c := range []struct{ text, want, not string }{
		{"Russian pressure on Armenia to quit the alliance is mounting.", "DEMANDS Russia -> quitting the alliance", "mounting"},
		{"Japanese pressure on Manila to cancel the deal is intense.", "DEMANDS Japan -> cancelling the deal", "intense"},
		{"Japanese pressure on Manila to scrap the deal is intense.", "DEMANDS Japan -> scrapping the deal", "intense"}, // "scrap" a verb after to (retag InfinitiveBeforeDeterminer): the act as the gerund, like "cancel"
		// a noun target phrase the same way (a finite verb inside a noun phrase is a relative's
		// or a content clause's, never the phrase's own)
		{"Gabon's threat of a timber export ban against Chinese mills rattled buyers.", "THREATENS Gabon -> timber export ban", "rattled"},
		// near miss: a clause inside the content, in a sentence with a verb root
		{"The EU urged Israel to ensure aid is delivered.", "DEMANDS European Union -> aid is delivered", ""},
	} {
		g := extractText(t, c.text)
		v := view(g)
		if _, full := goldLineHit(g, v, c.want); !full {
			t.Errorf("%s: want %s; %v", c.text, c.want, foundRelations(g, v))
		}
		for _, r := range g.Relations {
			if c.not != "" && strings.Contains(v.label(r.Target), c.not) {
				t.Errorf("%s: main predicate %q in the target %q", c.text, c.not, v.label(r.Target))
			}
		}
	}
}

// TestProbe19Set scores testdata/probe19/constructions.tsv, the probe set of branch probe19. The
// floors are the figures at the end of the branch, so the test catches regressions; they are not
// targets.
func TestProbe19Set(t *testing.T) {
	constructionSetFloor(t, "probe19", "testdata/probe19/constructions.tsv", 35, 35) // of 42; main b1b4525 before the branch: 23, 23
}

// TestBlockAsVeto (issue 13, probe19): to block a proposal, text, decision or admission is to veto
// it (cue-classes.txt block: CAMEO 129 veto, PLOVER REJECT; conditional, a threat), not the
// dictionary's EXCLUDE [170] coercion; blocking goods keeps the dictionary's reading.
func TestBlockAsVeto(t *testing.T) {
	frames10Expect(t, []struct{ text, want string }{
		{"Austria blocked Romania's accession to the Schengen area.", "OPPOSES Austria -> accession"},
		{"The United States blocked the Security Council resolution on Gaza.", "OPPOSES United States -> resolution"},
		{"France would block the trade agreement with Mercosur.", "THREATENS France -> agreement"},
		{"Ankara is determined to block Finland's membership bid.", "OPPOSES Turkey -> membership bid"},
		// near miss: goods blocked are no text vetoed
		{"Lithuania blocked shipments of Russian coal.", "!OPPOSES Lithuania"},
	})
}
