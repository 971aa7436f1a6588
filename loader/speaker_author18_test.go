package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestTitleTopicPreposition: a statement's title "Statement from the President Regarding Trade
// with Peru" names the office, and the marginal preposition that opens its topic ("Regarding",
// "Concerning", "Following") starts no personal name, even when the article never writes the
// words after it in lower case: the statement's "I" is the office of the state the page gives,
// no person "Regarding Trade". Near miss: a name after a title in a title-case line stays a
// person ("Remarks by President Carla Ostrova at the Port"). Invented wordings.
func TestTitleTopicPreposition(t *testing.T) {
	for _, c := range []struct{ head, body string }{
		{"Statement from the President Regarding Fisheries with Peru", "I condemn the seizure of American fishing boats by the Peruvian navy."},
		{"Statement by the Prime Minister Concerning Salmon Exports", "I condemn the seizure of Norwegian fishing boats by Russia."},
	} {
		v := view(extractText(t, "March 2, 2031\nThe White House\n\n"+c.head+"\n\n"+c.body))
		for _, n := range v.g.Nodes {
			if n.Kind == graph.Person {
				v.dump(os.Stderr)
				t.Errorf("%s: person %q made of the title's topic", c.head, n.Name)
			}
		}
	}
	v := view(extractText(t, "Remarks by President Carla Ostrova at the Port of Tallinn\n\nToday I condemn the seizure of Estonian fishing boats."))
	v.want(t, "the president's statement is no longer hers", graph.Opposes, "Carla Ostrova", "seizure")
}
