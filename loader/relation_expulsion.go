package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
)

// obligedExpulsion reports a voiced obligation (voicedObligation) that is an expulsion: a
// diplomat (actors.EnvoyNouns: ambassador, envoy, diplomat …) who must leave or depart from the
// speaker's own state ("Iran's diplomats must leave Britain immediately, Foreign Secretary
// William Hague announced"; "Two Cuban diplomats must leave Chile within a week, the foreign
// minister said"). A state's official laying on another state's diplomat the obligation to leave
// his state declares him persona non grata (Vienna Convention on Diplomatic Relations 1961, art. 9:
// the receiving State may at any time notify that a member of the mission is not acceptable, and
// the sending State shall recall him), which is his expulsion (OED expel v. "to order (a person)
// to leave a country"; CAMEO 166 "expel or withdraw", PLOVER SANCTION "expulsion of diplomats"),
// as the cue-classes.txt line order + diplomat + leave reads the order. The place left is the
// speaker's state, named (its name, capital, or a government of it) or "the country"; a diplomat
// who must leave a third country, or a warning to one's own staff, is not. conditional reports an
// if- or unless-clause on the act ("… must leave unless …": announced, it threatens, as CAMEO 1313
// threaten to break relations).
func (d *doc) obligedExpulsion(st *sent, fs *frameSentence, m frames.Match, spk *entity) (expel, conditional bool) {
	if m.Content < 0 || m.Target < 0 || spk == nil {
		return false, false
	}
	if l := strings.ToLower(fs.toks[m.Content].Lemma); l != "leave" && l != "depart" {
		return false, false
	}
	if !actors.EnvoyNouns.Has(strings.TrimSuffix(strings.ToLower(fs.toks[m.Target].Form), "s")) {
		return false, false
	}
	own := ""
	if state := speakers.SpeakerState(d.Doc, spk.Final()); state != nil && !state.Final().Guessed {
		own = state.Final().Code // the speaker's own state (speakers/state.go)
	}
	for _, r := range spk.Final().Roles {
		if own == "" && r.Org != nil && r.Org.Final().Kind == graph.Government && !r.Org.Final().Guessed {
			own = r.Org.Final().Code // a minister's ministry ("Foreign Secretary William Hague")
		}
	}
	if own == "" {
		return false, false
	}
	left := false
	for _, k := range fs.kids[m.Content] {
		switch r := fs.toks[k].DepRel; {
		case r == "obj" && strings.EqualFold(fs.toks[k].Lemma, "country"):
			left = true
		case r == "obj" || (r == "obl" && fs.sourcePhrase(k)):
			if e := d.partyAt(st, fs, k); e != nil && e.Final().Code == own {
				left = true
			}
		case r == "advcl" || r == "ccomp":
			if w := fs.caseWord(k); w == "" {
				for _, c := range fs.kids[k] {
					if fs.toks[c].DepRel == "mark" && (strings.EqualFold(fs.toks[c].Form, "if") || strings.EqualFold(fs.toks[c].Form, "unless")) {
						conditional = true
					}
				}
			}
		}
	}
	return left, conditional
}
