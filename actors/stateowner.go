package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
)

// stateNamedBody reports an organization whose name ties an administrative body to its own state
// by the state's name: "the U.S. Trade Policy Committee", "the Committee on Foreign Investment in
// the United States", "the Tariff Commission of the Philippines". The head noun (the last word
// before a first "of", "on", "for" or "in") is an administrative head of the CAMEO/Phoenix GOV
// agents (adminHeads: commission, committee, council, office, agency, bureau, administration,
// department), and the state's name or short form — not its demonym — either premodifies it,
// first in the name (a proper noun before an organ's name is its owner, the genitive-like noun
// premodifier of Quirk et al. 1985, 17.108, as in ofOwnedBody), or ends the name after "of" or
// "in" (the postmodifying prepositional phrase, 17.37: a body "of"/"in" the state is that state's,
// as codes_incountry.go reads its country). A demonym only classifies ("the American Jewish
// Committee" is a committee of Americans, not of the United States), so it counts only for the
// agencies and services of nationalAgency; an outlet ("Kenya News Agency", a media word of
// newsAgencyWords) is no state body either. The state must be the organization's own country, so a
// name whose first word joins two states ("U.S.-China Business Council") or names another gives
// nothing. "Corporation" is no administrative head: Phoenix.agents.txt codes CORPORATION BUS, and a
// state-owned company ("China National Petroleum Corporation") stays an organization. Nor is
// "council", which Phoenix codes only in compounds (NATIONAL_SECURITY_COUNCIL GOV,
// WORKERS_ACTION_COUNCIL LAB) and which names many a state's associations ("Business Council of
// Australia", "U.S. Grains Council"). A premodifier that Phoenix.agents.txt lists as an agent of a
// sector no state's (BUSINESS BUS, REFUGEE REF, ISLAMIC MUS) makes the body one of that sector,
// not the state's.
//
// A sport's premodifier (sportWords: "Kenya Olympic Committee", "Ghana Football Commission") makes
// the body the sport's: a National Olympic Committee or national federation is autonomous of its
// state (Olympic Charter, IOC 2021, Rules 27.6 and 28).
func stateNamedBody(phx *lexicon.Actors, e *doc.Entity) bool {
	w := strings.Fields(e.Name)
	if e.Country == nil || len(w) < 2 {
		return false
	}
	h := len(w) - 1
	for i, x := range w {
		if lx := strings.ToLower(x); i > 0 && (lx == "of" || lx == "on" || lx == "for" || lx == "in") {
			h = i - 1
			break
		}
	}
	if hw := strings.ToLower(w[h]); !AdminHeads.Has(hw) || hw == "council" {
		return false
	}
	for i, x := range w {
		lx := strings.ToLower(x)
		if newsAgencyWords.Has(lx) {
			return false // "Kenya News Agency": an outlet, as in nationalAgency
		}
		if i < h && sportWords.Has(lx) {
			return false // "Kenya Olympic Committee": autonomous of its state (Olympic Charter, Rule 27.6)
		}
		if i < h && phx != nil {
			if a, ok := phx.Agent(lx); ok && len(a.Code) >= 3 && !stateSectors[a.Code[:3]] {
				return false // "Refugee Committee of Kenya": REFUGEE [~REF]
			}
		}
	}
	c := e.Country
	for _, n := range append([]string{c.Name}, c.ShortForm...) {
		nw := strings.Fields(n)
		if len(nw) <= h && strings.EqualFold(strings.Join(w[:len(nw)], " "), n) {
			return true // "U.S. Trade Policy Committee"
		}
		k := len(w) - len(nw)
		if k <= h+1 || !strings.EqualFold(strings.Join(w[k:], " "), n) {
			continue
		}
		j := k - 1
		if strings.EqualFold(w[j], "the") {
			j--
		}
		if j > h {
			if p := strings.ToLower(w[j]); p == "of" || p == "in" {
				return true // "Committee on Foreign Investment in the United States"
			}
		}
	}
	return false
}

// sportWords are the premodifiers of a sport's national body (data/wordclasses/sportwords.txt:
// Olympic Charter, Rules 27-28, and the sports of the Olympic programme).
var sportWords = lexicon.WordClass("sportwords")
