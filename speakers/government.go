package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// OwnGovernment resolves "the government" ending at token i of st when st is the speech of one
// who speaks for a state (issue 12): a spokesperson's answer, a minister's or witness's turn, a
// ministry's statement block. Such a speaker names his own government "the government" as he
// names it "we" or "our government": a definite description with no antecedent is resolved in
// the situation of the utterance, which is the speaker's own (Hawkins 1978, Definiteness and
// Indefiniteness: the "larger situation" use of the definite article). So it is the state the turn's "we" is
// (turnVoice, firstPerson): a country; a legislature's or ministry's stated country. When "we"
// is the speaker himself (his country unknown) and he holds a role at a state body, "the
// government" is nobody the text names: ok true and nil, so that the country named last
// ("leading the mission to Haiti") is not taken. ok is false outside such speech (narration,
// questions, another's quotation, a speaker who is no state official: a union's "the
// government" is not the union), where the ordinary resolution applies. "the government of X"
// names its own state and is not read here.
func OwnGovernment(d *doc.Doc, st *doc.Sent, i int) (*doc.Entity, bool) {
	if i+1 < len(st.Toks) && st.Toks[i+1].Lower == "of" {
		return nil, false
	}
	u := st.Unit
	if !Speaking(u) || u.Furniture || u.Role == discourse.Question || st.Question {
		return nil, false
	}
	if st.InQuote[i] && !u.Quoting {
		return nil, false // a quotation inside the turn quotes someone else
	}
	we, ok := TurnVoice(d, st, "we")
	if we == nil {
		if c := issuerState(d); c != nil {
			// a statement or speech on a state body's own page whose speaker is not resolved
			// ("Delivered by the Minister of Energy, Hon. …" on the National Assembly of Zambia's
			// record): the speaker speaks for the issuer's state (officialState)
			return actors.CountryEntity(d, c).Final(), true
		}
	}
	if !ok || we == nil {
		return nil, false
	}
	switch we = we.Final(); {
	case we.Kind == graph.Country:
		return we, true
	case we.Kind == graph.Government && we.Country != nil && !we.Guessed:
		return actors.CountryEntity(d, we.Country).Final(), true
	case we.Kind == graph.Person && stateOfficial(d.Lx, we):
		if c := officialState(d, we); c != nil {
			return actors.CountryEntity(d, c).Final(), true
		}
		return nil, true
	}
	return nil, false
}

// officialState is the state of official p speaking in the document: his stated country, else
// the state whose body publishes the document (a parliament's record of its minister's
// statement, a ministry's page of its minister's speech: the issuer's deixis, as
// PublisherState reads the narration) when the text names the publishing body's state in its
// header or its outlet; nil when neither is known. A minister's "the Government" on his own
// state's page is that state's (Quirk et al. 1985, 5.28: the "larger situation" use), not the
// government of a state he thanks in the sentence before.
func officialState(d *doc.Doc, p *doc.Entity) *lexicon.Country {
	if p.Country != nil && !p.Guessed {
		return p.Country
	}
	return issuerState(d)
}

// issuerState is the state whose body publishes the document: the outlet a state body named with
// its country ("National Assembly of Zambia", "Ministry of Foreign Affairs of Japan") or a
// government domain; nil for any other publisher.
func issuerState(d *doc.Doc) *lexicon.Country {
	if _, c := d.OutletBody(); c != nil {
		return c
	}
	return doc.GovHostCountry(d.Lx, d.C.Article.URL)
}

// PublisherState is the state whose body publishes the article, when "the government" ending at
// token i of st is said in the publisher's own voice: the narration of a page whose outlet is a
// state body named with its country ("Government Offices of Sweden", "Ministry of Foreign
// Affairs, the People's Republic of China": publisherBody, its body a generic state body's name)
// or whose host is a government domain (govHostCountry). A government's press release says "The
// Government has decided to provide …" of itself, as its minister's turn says "the government" of
// his own (ownGovernment): a definite description with no antecedent named as a government is
// resolved in the situation of the utterance, the publisher's (Hawkins 1978, the "larger
// situation" use; Quirk et al. 1985, 5.28, "the Prime Minister" in a British paper), not to the
// country named last ("support to Moldova's energy sector"). Nil for a news outlet (its "the
// government" is the story's country), for a question, a quotation or another speaker's turn,
// and for "the government of X".
func PublisherState(d *doc.Doc, st *doc.Sent, i int) *lexicon.Country {
	if i+1 < len(st.Toks) && st.Toks[i+1].Lower == "of" || st.Question || st.InQuote[i] || Speaking(st.Unit) {
		return nil
	}
	if body, c := d.OutletBody(); c != nil {
		if actors.GenericName(d.Lx, body) || actors.GenericName(d.Lx, actors.CanonicalBody(d.Lx, body, nil)) {
			return c
		}
		return nil
	}
	return doc.GovHostCountry(d.Lx, d.C.Article.URL)
}

// stateOfficial reports a person who holds a role at a government body or at a country (a
// minister, a cabinet secretary, a spokesperson of a ministry), or a role at no body whose title
// is an office of a state (titles.txt class "state": "Secretary for Public Security"). A role
// at another organization ("Secretary General" of an alliance) is none.
func stateOfficial(lx *lexicon.Lexicons, p *doc.Entity) bool {
	for _, r := range p.Roles {
		if r.Org != nil {
			if o := r.Org.Final(); o.Kind == graph.Government || o.Kind == graph.Country {
				return true
			}
			continue
		}
		f := strings.Fields(strings.ToLower(r.Title))
		for a := 0; a < len(f); a++ {
			for b := len(f); b > a; b-- {
				if t := lx.Titles[strings.Join(f[a:b], " ")]; t != nil && t.Class == "state" {
					return true
				}
			}
		}
	}
	return false
}

// DefiniteHow says how the definite description ending at token i of st came to its actor, for
// frameActor: "turn" when it is "the government" of a speaker who speaks for a state
// (ownGovernment), so that the stance carries the unit's rule as a "we" of the turn does; else
// "coref".
func DefiniteHow(d *doc.Doc, st *doc.Sent, i int) string {
	if st.Toks[i].Lower == "government" {
		if e, ok := OwnGovernment(d, st, i); ok && e != nil {
			return "turn"
		}
	}
	return "coref"
}
