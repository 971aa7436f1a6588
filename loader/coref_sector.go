package loader

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// Definite descriptions by a body's role (issue 13, coref18 classes D1 and D8). "The army" or
// "the military" after "Sudan's army", "the court" after "the ICJ": the anaphoric "the" (Quirk
// et al. 1985, 5.28) refers back to a body named before whose name need not hold the head noun
// (an acronym, or a synonym of the head), when the head's kind is the body's kind. The Phoenix
// agents dictionary codes a head noun to the CAMEO sector of the bodies it names (Phoenix.agents.txt
// ARMY, MILITARY [~MIL], COURT, TRIBUNAL [~JUD]), and a body's CAMEO code carries its sector (the
// CAMEO actor codebook, Schrodt 2012, ch. 3: "ISRMIL", "IGOUNOJUDICJ"); the description fits a
// body whose code holds the head's sector. The government sector is left out: a "ministry",
// "embassy" or "authority" [~GOV] is one kind of state body among many that code GOV alike (a
// presidency, a cabinet), so only a name holding the head shows which one is meant.

// headSector is the CAMEO sector the Phoenix agents dictionary gives the description head w, or
// "" (no agent noun, or the government sector).
func headSector(phx *lexicon.Actors, w string) string {
	if phx == nil {
		return ""
	}
	s := ""
	if a, ok := phx.Agent(w); ok {
		s = lexicon.SectorOf(a.Code)
	} else if h, ok := phx.AgentHead(w); ok {
		s = h // "the union": the head of TRADE_UNION, LABOR_UNION [~LAB] (lexicon.AgentHead)
	}
	if s == "GOV" {
		return ""
	}
	return s
}

// bodyOfSector reports whether e is a state body or organization (not a country) whose CAMEO
// code, from the Phoenix actors dictionary, its own code, or its name's head noun (sector),
// holds the sector sec as one of its three-letter parts.
func bodyOfSector(phx *lexicon.Actors, lx *lexicon.Lexicons, e *entity, sec string) bool {
	if sec == "" || e.Kind != graph.Government && e.Kind != graph.Organization {
		return false
	}
	codes := []string{e.Cameo, actors.Sector(phx, e.Name, "")}
	if e.Kind == graph.Organization {
		codes = append(codes, actors.OrgSector(phx, lx, e.Name)) // "Nigeria Labour Congress" → LAB
	}
	if phx != nil {
		if a := phx.Unique(e.Name, e.Kind); a != nil {
			codes = append(codes, a.Code)
		}
	}
	for _, c := range codes {
		for i := 0; i+3 <= len(c); i += 3 {
			if c[i:i+3] == sec {
				return true
			}
		}
	}
	return false
}
