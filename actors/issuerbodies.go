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
	abroad := HeaderAbroad(d, c)
	if abroad {
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
		if abroad && e.Rule == "title:implied-body" && !OwnVoiceHolder(d, e) {
			// abroad, the body a bare title implies ("Foreign Secretary X", whom the speaker met)
			// is the host's as well as the speaker's; left local unless its holder speaks
			continue
		}
		if e.Country != nil || e.Kind != graph.Government || e.Final() != e || !GenericBody(d.Phx, d.Lx, e) || !OwnVoiceNamed(d, e) && otherCountryBeside(d, e, c) {
			continue
		}
		if fc := TitleFormDefault(d, BodyTitleHeads(d, e), c); fc != nil {
			e.PlaceIn(fc)
			e.Guessed = true
		}
	}
}

// OwnVoiceHolder reports a body one of whose members (MEMBER_OF of the actors' structure) is the
// speaker of a unit of the document: the issuer's own official speaks for his body.
func OwnVoiceHolder(d *doc.Doc, e *doc.Entity) bool {
	for _, r := range d.Structure {
		if r.Typ != graph.MemberOf || r.Src == nil || r.Tgt == nil || r.Tgt.Final() != e.Final() {
			continue
		}
		if tu := TitleUnit(d); tu != nil && tu.Speaker.Start >= 0 {
			for _, m := range d.Mentions {
				if m.Ent != nil && m.Ent.Final() == r.Src.Final() && d.Sents[m.Sent].Unit == tu {
					return true
				}
			}
		}
	}
	return false
}
