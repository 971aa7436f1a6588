package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// A body named after the state body it belongs to: "the National People's Congress Standing
// Committee", "the Treasury Office of Technical Assistance", "the State Council Information
// Office". A proper noun premodifying a body's head names the whole the head is a part of (Quirk
// et al. 1985, §17.108, a noun modifier naming the whole: "the Senate committee"), so when the
// modifier is a government body that the dictionaries list as one (data/lexicons/actors.txt, or a
// GOVERNMENT entry of the Phoenix dictionaries: a GOV, LEG or JUD code), its part is a government
// body of the same state. Only heads that name a subdivision of a body count (subBodyHeads):
// "Congress Party" or "White House Correspondents' Association" are no parts of Congress or the
// White House.

// subBodyHeads are the heads of the names of subdivisions of state bodies (the organization units
// of the US Government Manual and of the State Council's organ list: office, bureau, commission,
// committee, council, board, agency, service, secretariat, directorate, division, administration).
var subBodyHeads = map[string]bool{"office": true, "bureau": true, "commission": true, "committee": true, "council": true, "board": true,
	"agency": true, "service": true, "secretariat": true, "directorate": true, "division": true, "administration": true, "subcommittee": true}

// govWholePrefix reports a chunk [ts, te) that opens with the full name of a government body the
// dictionaries list, followed by capitalized words ending at a sub-body head, before any "of"
// ("Treasury Office of Technical Assistance": the head is "Office"). It returns the body's
// country (nil when the dictionary gives none).
func govWholePrefix(d *doc.Doc, st *doc.Sent, ts, te int) (*lexicon.Country, bool) {
	toks := st.Toks
	h := te - 1
	for k := ts + 1; k < te; k++ {
		if w := toks[k].Lower; w == "of" || w == "on" || w == "for" {
			h = k - 1
			break
		}
	}
	if h <= ts || !subBodyHeads[strings.TrimSuffix(toks[h].Lower, ".")] {
		return nil, false
	}
	for k := h; k > ts; k-- {
		if !toks[k].Cap || toks[k].Kind != text.Word {
			return nil, false
		}
		name := d.SpanText(st, ts, k)
		if a := KnownByName(d, name); a != nil {
			if a.Kind != graph.Government {
				return nil, false
			}
			return d.Lx.ByCode[a.Country], true
		}
		if d.Phx != nil {
			if a := d.Phx.Unique(name, ""); a != nil {
				if a.Kind != graph.Government {
					return nil, false
				}
				return d.Lx.ByCode[a.Country], true
			}
		}
	}
	return nil, false
}
