package loader

import (
	"os"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestQuestionPronounOwnTurn: a pronoun in a journalist's question or a host's turn takes its
// antecedent from that turn only, so "They imposed tariffs on …" after an answer naming the
// answerer's country makes no act of that country (new-user finding, session 12). Near misses:
// an antecedent inside the question ("The Americans imposed … They also banned …") still gives
// the act; a "they" in the answerer's own turn still reads back. Invented wordings, two layouts,
// three countries.
func TestQuestionPronounOwnTurn(t *testing.T) {
	for _, c := range []struct{ head, ask, ans, country string }{
		{"Foreign Ministry Spokesperson Li Wen's Regular Press Conference on May 3, 2031", "Q", "Li Wen", "China"},
		{"Transcript: Interview with Trade Minister Viktor Lang", "HOST", "VIKTOR LANG", "Austria"},
		{"Press Conference by Foreign Minister Rosa Ibarra", "MODERATOR", "Rosa Ibarra", "Chile"},
	} {
		doc := c.head + "\n\n" + c.ask + ": What about the talks?\n\n" +
			c.ans + ": " + c.country + " wants a deal. " + c.country + " is ready to resume the talks in Geneva.\n\n" +
			c.ask + ": They imposed tariffs on our machine tools last year. Will " + c.country + " retaliate?\n\n" +
			c.ans + ": " + c.country + " does not want a trade war."
		v := view(extractText(t, doc))
		if len(v.rels(graph.Sanctions, c.country, "machine tools")) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: the question's act went to the answerer's country", c.ask)
		}
		doc = c.head + "\n\n" + c.ask + ": What about the talks?\n\n" +
			c.ans + ": " + c.country + " wants a deal.\n\n" +
			c.ask + ": The Americans imposed tariffs on our machine tools last year. They also banned our beef. Will " + c.country + " retaliate?\n\n" +
			c.ans + ": " + c.country + " does not want a trade war."
		v = view(extractText(t, doc))
		if len(v.rels(graph.Sanctions, "Americans", "beef")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%s: an antecedent inside the question was not read", c.ask)
		}
	}
}
