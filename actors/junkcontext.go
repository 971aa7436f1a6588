package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// placeClassifiers are the geographic feature nouns of close apposition (data/wordclasses/placeclassifiers.txt).
var placeClassifiers = lexicon.WordClass("placeclassifiers")

// ContextJunk applies the guards above to the article's PERSON and ORGANIZATION actors, and the
// navigation guard to GOVERNMENT ones too ("Return to Ministry News").
func ContextJunk(d *doc.Doc) {
	mediumPlatforms(d) // "said on Twitter" (actor_medium.go)
	nonParticipants(d) // "in a Twitter post", a release's issuing line (actor_adjunct.go)
	for _, e := range FinalActors(d) {
		if vocativeName(e) {
			e.Dropped = true // "Q: Ma'am Kenya says …": a term of address (actors/vocative.go)
			continue
		}
		if e.Kind == graph.Organization && (e.Rule == "name:subject" || e.Rule == "name:single") {
			if p := surnameOfOnePerson(d, e); p != nil {
				e.MergeInto(p) // "Biden also believes …" after "President Biden" (actors/commonplural.go)
				continue
			}
			if shortPersonName(d, e) {
				e.Kind, e.Rule = graph.Person, "person:short-name" // "the prophet Daniel wrote": a given name (actors/shortperson.go)
			} else if familyNamePerson(d, e) {
				e.Kind, e.Rule = graph.Person, "person:dict-family-name" // "Castro said": a family name (actors/familynameperson.go)
			}
		}
		if e.Kind == graph.Person && !e.Hon && !strings.HasPrefix(e.Rule, "lexicon:") && !strings.HasPrefix(e.Rule, "dict:") && KnownByName(d, e.Name) == nil && (d.Phx == nil || len(d.Phx.Lookup(e.Name)) == 0) && (commonPluralName(d.Lx, d.Phx, e.Name) || commonActName(d.Lx, d.Phx, e.Name)) {
			// "Foreign Ministers", "Senior Official Number One", a headline's "President Hosts …",
			// "Official Development Assistance" (an act noun's head):
			// a title before common words makes them no name either (actors/commonplural.go)
			if ms := MentionsOf(d, e); strings.Contains(e.Name, " ") || headlineOnly(d, ms) {
				e.Dropped = true
				continue
			}
		}
		if e.Kind != graph.Person && e.Kind != graph.Organization && e.Kind != graph.Government || contextEvidence(d, e) {
			continue
		}
		ms := MentionsOf(d, e)
		if len(ms) == 0 {
			continue
		}
		weakOrg := e.Kind == graph.Organization && (e.Rule == "name:subject" || e.Rule == "name:single")
		switch {
		case allMentions(d, ms, navigationLink):
			e.Dropped = true
		case e.Kind == graph.Organization && jointPollName(d, e, ms):
			e.Dropped = true // "a CNN-ORC poll": the poll's joint sponsors, no one organization (actors/pollname.go)
		case shapeOnlyAcronym(d, e):
			e.Dropped = true // "she'll HATE it", "news from FL": emphasis capitals, a state's postal code (actors/acronymshape.go)
		case bareModifiedAcronym(d, e, ms):
			e.Dropped = true // "American LNG has helped …": a common noun's initialism (actors/placeuse.go)
		case allMentions(d, ms, func(st *doc.Sent, _, _ int) bool { return authorBio(d, st) }):
			e.Dropped = true // "Mara Velt is Andes Bureau Chief for …": the writer's tagline (actors/placeuse.go)
		case allMentions(d, ms, func(st *doc.Sent, ts, te int) bool {
			return SalutationLine(d.Runes, st.Toks[ts].Start, st.Toks[te-1].End)
		}):
			e.Dropped = true // named only in a letter's salutation (actor_salutation.go)
		case (e.Kind == graph.Person || weakOrg) && anyMention(d, ms, placeClassified):
			e.Dropped = true
		case phoenixPlacePerson(d, e):
			e.Dropped = true // "in Chicago, San Antonio and New York": a Phoenix place (actors/placeperson.go)
		case e.Kind == graph.Person && usedAsPlace(d, e, ms):
			e.Dropped = true
		case (e.Kind == graph.Person || weakOrg) && allMentions(d, ms, routeEnd):
			e.Dropped = true // "on the road to Ain Tamra" (actors/placeuse.go)
		case weakOrg && allMentions(d, ms, positionComplement):
			e.Dropped = true // "a refinery near Kavuma" (actors/placeuse.go)
		case e.Kind == graph.Person && allMentions(d, ms, func(st *doc.Sent, ts, te int) bool { return afterDemonym(d, st, ts, te) }):
			e.Dropped = true
		case weakOrg && anyMention(d, ms, func(st *doc.Sent, ts, te int) bool { return conjoinedPlace(d, st, ts, te) }):
			e.Dropped = true
		case weakOrg && attributiveAdjective(d, e, ms):
			e.Dropped = true // "new European sanctions", "a joint Western embargo" (actors/commonplural.go)
		case weakOrg && attributivePersonClass(d, e, ms):
			e.Dropped = true // "the Latino vote", "Texan ranchers" (actors/personclass.go)
		case weakOrg && !strings.Contains(e.Name, " ") && writtenAsState(d, e.Name):
			e.Kind, e.Rule = graph.Country, "country:written-as-state" // "the government of Kelmar" (actors/stateword.go)
		case e.Kind == graph.Person && !e.Hon && len(e.Roles) == 0 && pluralCommonHead(d.Lx, e.Name) && !givenNameFirst(d.Phx, e.Name):
			e.Kind, e.Rule = graph.Organization, "org:plural-head"
		case e.Kind == graph.Person && genitiveTitle(d, e, ms):
			if p := appositiveHolder(d, ms); p != nil {
				e.MergeInto(p)
			} else {
				e.Dropped = true
			}
		}
	}
}

// contextEvidence reports a name with a person's or a known actor's evidence of its own: an
// honorific, a title, a speaker label, a dictionary or lexicon entry.
func contextEvidence(d *doc.Doc, e *doc.Entity) bool {
	if e.Hon || strings.HasPrefix(e.Rule, "lexicon:") || strings.HasPrefix(e.Rule, "dict:") || KnownByName(d, e.Name) != nil {
		return true
	}
	if d.Phx != nil && len(d.Phx.Lookup(e.Name)) > 0 {
		return true
	}
	for _, m := range d.Mentions {
		if m.Ent.Final() != e {
			continue
		}
		switch {
		case m.Rule == "person:title", m.Rule == "person:honorific", m.Rule == "person:speaker-label",
			strings.HasPrefix(m.Rule, "lexicon:"), strings.HasPrefix(m.Rule, "dict:"):
			return true
		}
	}
	return false
}

// MentionsOf lists e's mentions (of e or of an entity merged into it) in a sentence of the article.
func MentionsOf(d *doc.Doc, e *doc.Entity) []*doc.Mention {
	var out []*doc.Mention
	for _, m := range d.Mentions {
		if m.Ent.Final() == e && m.Sent < len(d.Sents) && m.Ts < m.Te && m.Te <= len(d.Sents[m.Sent].Toks) {
			out = append(out, m)
		}
	}
	return out
}

func allMentions(d *doc.Doc, ms []*doc.Mention, f func(*doc.Sent, int, int) bool) bool {
	for _, m := range ms {
		if !f(d.Sents[m.Sent], m.Ts, m.Te) {
			return false
		}
	}
	return true
}

func anyMention(d *doc.Doc, ms []*doc.Mention, f func(*doc.Sent, int, int) bool) bool {
	for _, m := range ms {
		if f(d.Sents[m.Sent], m.Ts, m.Te) {
			return true
		}
	}
	return false
}

// navigationLink reports a name that is the rest of a line "Back to …" / "Return to …".
func navigationLink(st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if ts != 2 || toks[1].Lower != "to" || toks[0].Lower != "back" && toks[0].Lower != "return" {
		return false
	}
	for k := te; k < len(toks); k++ {
		if toks[k].Kind != text.Punct {
			return false
		}
	}
	return true
}

// lowerWord reports a lower-case word token (a common noun's shape, not part of a name).
func lowerWord(t text.Token) bool { return t.Kind == text.Word && !t.Cap }

// placeClassified reports a name in close apposition with a geographic feature noun: "the river X",
// "the X river" / "X states" before punctuation or a preposition (so that "X states that …", a verb,
// is left alone), "rivers such as (the) X" / "lakes including X".
func placeClassified(st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	isPlace := func(t text.Token) bool {
		return lowerWord(t) && (placeClassifiers.Has(t.Lower) || settlementNouns.Has(t.Lower))
	}
	if ts > 0 && isPlace(toks[ts-1]) {
		return true
	}
	if te < len(toks) && isPlace(toks[te]) && (te+1 == len(toks) || toks[te+1].Kind == text.Punct || text.IsPrep(toks[te+1].Lower)) {
		return true
	}
	// the class noun of a Hearst pattern may open the sentence, capitalized ("Rivers such as …")
	isClass := func(t text.Token) bool {
		return t.Kind == text.Word && (placeClassifiers.Has(t.Lower) || settlementNouns.Has(t.Lower))
	}
	k := ts - 1
	if k >= 0 && toks[k].Lower == "the" {
		k--
	}
	switch {
	case k >= 2 && toks[k].Lower == "as" && toks[k-1].Lower == "such":
		return isClass(toks[k-2])
	case k >= 1 && toks[k].Lower == "including":
		return isClass(toks[k-1])
	}
	return false
}

// usedAsPlace reports a person-typed name the article uses as a place: a name the chunker filed as
// a place in any sentence, or a single word whose every mention is in a place context
// (placeContext; not after "into", whose complement may be a person).
func usedAsPlace(d *doc.Doc, e *doc.Entity, ms []*doc.Mention) bool {
	if d.PlaceNames[graph.NormalizeName(e.Name)] {
		return true
	}
	if text.WordCount(e.Name) != 1 {
		return false
	}
	name, n := graph.NormalizeName(e.Name), 0
	for _, m := range ms {
		st := d.Sents[m.Sent]
		if graph.NormalizeName(d.SpanText(st, m.Ts, m.Te)) != name {
			continue // a description or pronoun resolved to it ("the judge"): no use of the name
		}
		if m.Ts > 0 && st.Toks[m.Ts-1].Lower == "into" {
			return false // "an inquiry into Kariuki": the complement of an investigation, which persons are
		}
		if !placeContext(st, m.Ts, m.Te) {
			return false // "Kariuki, a former minister, said … confidence in Kariuki": named elsewhere as no place
		}
		n++
	}
	return n > 0
}

// afterDemonym reports a name right after a capitalized nationality adjective ("Georgian Dream").
func afterDemonym(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	return ts > 0 && st.Toks[ts-1].Cap && isDemonymWord(d.Lx, st.Toks[ts-1].Lower)
}

// conjoinedPlace reports a single word conjoined by "and" to a body's name that ends in an of/for
// complement naming a place ("the Office for Kosovo and Metohija").
func conjoinedPlace(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	toks := st.Toks
	if te-ts != 1 || ts < 3 || toks[ts-1].Lower != "and" {
		return false
	}
	b := MentionAt(d, st, ts-2)
	if b == nil || b.Te != ts-1 || b.Te-b.Ts < 3 {
		return false
	}
	if k := b.Ent.Final().Kind; k != graph.Organization && k != graph.Government {
		return false
	}
	prep := toks[b.Te-2].Lower
	return (prep == "for" || prep == "of") && isPlaceWord(d.Lx, toks[b.Te-1].Lower)
}

// genitiveTitle reports a name of common words only, each of its mentions after a genitive
// determiner ("Georgia's Public Defender").
func genitiveTitle(d *doc.Doc, e *doc.Entity, ms []*doc.Mention) bool {
	for _, w := range strings.Fields(strings.ToLower(e.Name)) {
		if !d.Lx.Common[w] {
			return false
		}
	}
	for _, m := range ms {
		toks := d.Sents[m.Sent].Toks
		if m.Ts == 0 || !possessiveMark(toks[m.Ts-1]) {
			return false
		}
	}
	return true
}

// appositiveHolder is the person named right after one of the title's mentions between commas
// ("Georgia's Public Defender, Levan Ioseliani, said"), or nil.
func appositiveHolder(d *doc.Doc, ms []*doc.Mention) *doc.Entity {
	for _, m := range ms {
		st := d.Sents[m.Sent]
		if m.Te+1 < len(st.Toks) && st.Toks[m.Te].Text == "," {
			if p := MentionAt(d, st, m.Te+1); p != nil && p.Ts == m.Te+1 && p.Ent.Final().Kind == graph.Person && p.Ent.Final() != m.Ent.Final() {
				return p.Ent.Final()
			}
		}
	}
	return nil
}

// pluralCommonHead reports a name of two words or more whose last word is the plural of a common
// word ending in -ing, -y (-ies), -ion or -ic ("Ratings", "Industries", "Communications",
// "Logistics"); surnames of that shape ("Jennings", "Davies") are no common word's plural.
func pluralCommonHead(lx *lexicon.Lexicons, name string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) < 2 {
		return false
	}
	w := f[len(f)-1]
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 5:
		return lx.Common[strings.TrimSuffix(w, "ies")+"y"]
	case strings.HasSuffix(w, "ings") && len(w) > 6, strings.HasSuffix(w, "ions") && len(w) > 6, strings.HasSuffix(w, "ics") && len(w) > 6:
		return lx.Common[strings.TrimSuffix(w, "s")]
	}
	return false
}

// givenNameFirst reports a name whose first word opens some Phoenix PERSON name (a given name, or a
// family name written first).
func givenNameFirst(phx *lexicon.Actors, name string) bool {
	f := strings.Fields(graph.NormalizeName(name))
	return phx != nil && len(f) > 0 && phx.PersonFirstWord(f[0])
}
