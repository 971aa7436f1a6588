package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// FirstPersonWords are the first-person pronouns and determiners of English (Quirk et al., A
// Comprehensive Grammar, 6.3): a sentence with one of them is in its speaker's own voice
// (data/wordclasses/firstperson.txt).
var FirstPersonWords = lexicon.WordClass("firstperson")

// namedByFirstPerson reports a person named by name in a sentence of the document's own voice
// (narrative, titled or statement paragraphs) that speaks in the first person outside quotation
// marks ("I have an excellent relationship with President Xi"): the first-person author of a
// statement is not a person the statement talks about in the third person (deixis: "I" is the
// speaker, a name in the same utterance another person; Levinson, Pragmatics, 1983, 2.2.1), so
// that person is no candidate for the statement's author. Coreference mentions (pronouns,
// descriptions) do not count: only a name written out.
func namedByFirstPerson(d *doc.Doc, e *doc.Entity) bool {
	for _, m := range d.Mentions {
		if m.Ent == nil || m.Ent.Final() != e || strings.HasPrefix(m.Rule, "coref") {
			continue
		}
		st := d.Sents[m.Sent]
		if st.Question || st.Headline || st.Unit != nil && !ownVoice(st.Unit.Role) {
			continue // a questioner's, moderator's or labelled speaker's "I" is another voice
		}
		inQuote := false
		for k, t := range st.Toks {
			if t.Kind == text.Quote {
				inQuote = !inQuote
				continue
			}
			if !inQuote && (k < m.Ts || k >= m.Te) && t.Kind == text.Word && FirstPersonWords.Has(t.Lower) && (t.Lower != "us" || !t.AllCaps) {
				return true
			}
		}
	}
	return false
}

// ownVoice reports the roles whose first person is the document's own voice, the one an
// office-titled author speaks in: narrative, a titled document, a statement block.
func ownVoice(r discourse.Role) bool {
	return r == discourse.Narrative || r == discourse.Titled || r == discourse.Statement
}

// stateOffice resolves a speaker named by a state's office and no holder ("Indian External Affairs
// Minister released the following statement:", "the Kenyan Foreign Minister:"): a country's name
// or demonym, then only title and portfolio words (a title word last). The office speaks for its
// state, as CAMEO codes "Indian foreign minister" with the state's government (INDGOV): the
// country. The country may follow the office in an of-phrase ("the Minister of Foreign Affairs of
// Japan", officeOfState). nil for any other phrase.
func stateOffice(d *doc.Doc, sp discourse.Span) *doc.Entity {
	for _, st := range d.Sents {
		if st.S.End <= sp.Start || st.S.Start >= sp.End {
			continue
		}
		k := 0
		for k < len(st.Toks) && st.Toks[k].Start < sp.Start {
			k++
		}
		if k < len(st.Toks) && st.Toks[k].Lower == "the" {
			k++
		}
		if k >= len(st.Toks) {
			return nil
		}
		if c := officeOfState(d, st, k, sp); c != nil {
			return actors.CountryEntity(d, c) // "the Minister of Foreign Affairs of Japan"
		}
		var c *lexicon.Country
		ents, end := d.MatchNames(st, k)
		for _, e := range ents {
			if e.Kind == lexicon.EntryCountry || e.Kind == lexicon.EntryDemonym {
				c = e.Country
			}
		}
		if c == nil || end >= len(st.Toks) || st.Toks[end].Start >= sp.End {
			return nil
		}
		last := ""
		for j := end; j < len(st.Toks) && st.Toks[j].End <= sp.End; j++ {
			t := st.Toks[j]
			if t.Lower == "'s" {
				continue
			}
			if t.Kind != text.Word || !t.Cap || d.Lx.Titles[t.Lower] == nil && !d.Lx.Common[t.Lower] {
				return nil
			}
			last = t.Lower
		}
		if last == "" || d.Lx.Titles[last] == nil {
			return nil
		}
		return actors.CountryEntity(d, c)
	}
	return nil
}

// officeOfState returns the country of a phrase from token k of st to the end of span sp that is
// an office of state followed by "of" and the country's name ("Minister of Foreign Affairs of
// Japan", "the President of the Republic of Kenya"): the of-phrase names whose office it is, as
// the genitive does ("Japan's Minister of Foreign Affairs"; Quirk et al. 1985, 17.38, the
// of-phrase as postmodifier; 5.116, the of-genitive). The words before the country's "of" must
// be an office alone (officeOnly: title words, then maybe "of"/"for" and a portfolio), each
// capitalized but the function words; nil for any other phrase.
func officeOfState(d *doc.Doc, st *doc.Sent, k int, sp discourse.Span) *lexicon.Country {
	end := k
	for end < len(st.Toks) && st.Toks[end].End <= sp.End {
		end++
	}
	for o := end - 2; o > k; o-- {
		if st.Toks[o].Lower != "of" {
			continue
		}
		b := o + 1
		if st.Toks[b].Lower == "the" {
			b++
		}
		if b >= end {
			continue
		}
		ents, e := d.MatchNames(st, b)
		if e != end {
			continue
		}
		var c *lexicon.Country
		for _, le := range ents {
			if le.Kind == lexicon.EntryCountry {
				c = le.Country
			}
		}
		if c == nil {
			continue
		}
		var ws []string
		for j := k; j < o; j++ {
			t := st.Toks[j]
			if t.Kind != text.Word || !t.Cap && t.Lower != "of" && t.Lower != "for" && t.Lower != "and" && t.Lower != "the" {
				return nil
			}
			ws = append(ws, t.Lower)
		}
		if !OfficeOnly(d.Lx, ws) {
			return nil
		}
		return c
	}
	return nil
}
