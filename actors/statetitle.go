package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
)

// stateLegislatorTitle reports a title unit whose lexicon entry implies a national body
// ("Rep." → House of Representatives, "senator" → Senate) premodified by "state" ("State Rep.
// X", "state Sen. X", "state senator X"): the title of a member of a state legislature, a
// subnational office (AP Stylebook, "legislative titles": "state Rep.", "state Sen." for members
// of state legislatures), which implies no national body and so no country. Titles whose own
// entry begins with "state" ("state secretary", "state councilor") are left to their entry.
func stateLegislatorTitle(st *doc.Sent, t unit) bool {
	if t.e.Title == nil || t.e.Title.Body == "" || strings.HasPrefix(t.e.Title.Title, "state ") {
		return false
	}
	if t.ts < len(st.Toks) && st.Toks[t.ts].Lower == "state" {
		return true
	}
	return t.ts > 0 && st.Toks[t.ts-1].Lower == "state"
}
