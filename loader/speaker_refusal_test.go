package loader

import (
	"os"
	"testing"
)

// TestTurnRefusalNoClaim: a spokesperson's refusal to answer after a fronted adjunct of respect,
// or in a shape furniture.txt does not list (discourse/refusal.go), gives no claim, while the
// position stated in the next sentence of the same turn stays his claim (new-user trial of
// session 14, finding 2). Invented briefings, two layouts.
func TestTurnRefusalNoClaim(t *testing.T) {
	for _, c := range []struct{ label, refusal string }{
		{"Lina Haddad", "As for the specific arrangements, I have no information to release at the moment."},
		{"A", "Regarding the minister's schedule, we don't have any further details."},
		{"MR. OKAFOR", "I'm not in a position to comment on the ongoing negotiations."},
	} {
		doc := "Regular Press Briefing of the Ministry of Foreign Affairs, 4 June 2031\n\n" +
			"Q: Will the minister travel to Geneva next week?\n\n" +
			c.label + ": " + c.refusal + " Our government supports the resumption of the Geneva talks."
		v := view(extractText(t, doc))
		if found := claimsWith(v, "", c.refusal[len(c.refusal)-20:len(c.refusal)-1]); len(found) > 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the refusal is a claim", c.refusal)
		}
		if len(claimsWith(v, "", "resumption of the Geneva talks")) == 0 {
			v.dump(os.Stderr)
			t.Errorf("%q: the position after the refusal is no claim", c.refusal)
		}
	}
}
