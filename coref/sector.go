package coref

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

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
func bodyOfSector(phx *lexicon.Actors, lx *lexicon.Lexicons, e *doc.Entity, sec string) bool {
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
