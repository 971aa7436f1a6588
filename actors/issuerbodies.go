package actors

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// IssuerBodies gives a bare national body with no country of its own ("the Foreign Ministry",
// "the Commerce Ministry", split off a heading, a "press release issued by the …" line or a
// role title) the state c that issues the document: its heading, domain or publisher names the
// state (issuingState, not the dateline alone). A definite description with no country is
// resolved in the situation of the utterance, the issuer's, as "the Government" of a press
// release is (Hawkins 1978, the "larger situation" use; Quirk et al. 1985, 5.28; publisherState).
// As for a dateline's country (datelineLeading, strict), the issuer's state must be named more
// often than any other country, so that a statement about another state's affairs leaves its
// bodies local; a sentence naming the body beside an actor of another country leaves it out
// (otherCountryBeside), and so does a title form the Phoenix dictionary gives only other states
// (titleFormDefault). The country is a guess (Guessed).
func IssuerBodies(d *doc.Doc, ents []*doc.Entity, c *lexicon.Country) {
	if c == nil {
		return
	}
	if HeaderAbroad(d, c) {
		// a speaker abroad: the host's bodies are named bare as well, and only the issuer's
		// lead in the country mentions is evidence for the issuer's (datelineLeading, strict)
		cc := CountryCounts(d)
		for code, n := range cc {
			if code != c.Code && n >= cc[c.Code] {
				return
			}
		}
	}
	for _, e := range ents {
		if e.Country != nil || e.Kind != graph.Government || e.Final() != e || !GenericBody(d.Phx, d.Lx, e) || !OwnVoiceNamed(d, e) && otherCountryBeside(d, e, c) {
			continue
		}
		if fc := TitleFormDefault(d, BodyTitleHeads(d, e), c); fc != nil {
			e.PlaceIn(fc)
			e.Guessed = true
		}
	}
}
