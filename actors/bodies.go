package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// descriptiveBodies finds a state body written in lower case after a national modifier (rule
// body:descriptive, bodies.txt): "the Senegalese navy", "the Chinese military", "Spain's energy
// ministry", "the U.S. coast guard". It becomes a GOVERNMENT body named in title case with its
// country ("Navy (Senegal)"), PART_OF that country.
func descriptiveBodies(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 0; i < len(toks); i++ {
		if toks[i].Cap || st.Ment[i] >= 0 || toks[i].Kind != text.Word {
			continue
		}
		lim := i // the run of lower-case words outside mentions from i
		for lim < len(toks) && !toks[lim].Cap && st.Ment[lim] < 0 {
			lim++
		}
		ents, n := d.Lx.Bodies.LongestTokens(toks[i:lim])
		if n == 0 {
			continue
		}
		end, entry := i+n, ents[0]
		phraseEnd := end // the mention's end: past a ruling head ("the Thai military leadership")
		if bodyNounModified(d, st, end) {
			// "the navy base", "police officers": the noun modifies another. A simple past of an
			// irregular verb (irregular.txt, Quirk et al. 1985, 3.14-3.20) is the predicate's
			// verb as an -ed form is: "Turkey's central bank cut rates", "… met on Tuesday"
			if !rulingHeads.Has(toks[end].Lower) || bodyNounModified(d, st, end+1) {
				continue
			}
			phraseEnd = end + 1 // "the Sudanese military government" (bodyRulingHead)
		}
		maxMods := int(entry.Form[0] - '0')
		// lower-case portfolio words before the noun ("energy ministry"), then the national modifier
		s := i
		for s > 0 && i-s < maxMods && toks[s-1].Kind == text.Word && !toks[s-1].Cap && st.Ment[s-1] < 0 && !d.Lx.Stop[toks[s-1].Lower] && toks[s-1].Lower != "'s" {
			s--
		}
		var c *lexicon.Country
		var phraseStart int
		var cm *doc.Mention
		for s <= i && c == nil {
			if s > 0 {
				if em, ok := MatchNamesEndingAt(d, st, s-1); ok && st.Ment[s-1] < 0 {
					c, phraseStart = em.country, em.Start
					break
				}
				k := s - 1
				if toks[k].Lower == "'s" {
					k--
				}
				if m := MentionAt(d, st, k); m != nil && m.Te == k+1 && m.Ent.Final().Kind == graph.Country {
					c, phraseStart, cm = m.Ent.Final().Country, m.Ts, m
					break
				}
			}
			s++ // fewer portfolio words: "the Senegalese navy"
		}
		if c == nil || s > i {
			continue
		}
		if s == i && end == i+1 && phraseEnd == end && (cm != nil || phraseStart > 0 && toks[phraseStart-1].Lower == "the") {
			if a := namedBodyBefore(d, st, phraseStart, c, toks[i].Lower); a != nil {
				// "the Philippine Foreign Ministry … The Philippine ministry said": anaphoric
				// "the" (or the country's genitive as determiner) before the bare head names the
				// one body of that country with that head named before (Quirk et al. 1985,
				// 5.28–5.32); the national modifier repeats what the antecedent already says
				ms := phraseStart
				if cm != nil {
					ms = s
				}
				if AddMention(d, st, ms, end, a, "coref:definite") != nil {
					a.AddAlias(d.SpanText(st, phraseStart, end))
				}
				i = end - 1
				continue
			}
		}
		var words []string
		for k := s; k < end; k++ {
			words = append(words, titleWord(toks[k].Text))
		}
		e := BodyEntity(d, strings.Join(words, " "), c)
		if e.Rule == "title:implied-body" {
			e.Rule = "body:descriptive"
		}
		ms := phraseStart
		if cm != nil {
			ms = s // the country keeps its own mention: "Spain's energy ministry"
		}
		c1, c1s := coordinatedNationBefore(d, st, phraseStart, c, cm)
		rule := "body:descriptive"
		if c1 != nil {
			rule = premodifierConjunctRule
		}
		if AddMention(d, st, ms, phraseEnd, e, rule) != nil {
			e.AddAlias(d.SpanText(st, phraseStart, end))
			structural(d, st, s, e, CountryEntity(d, c), "body:descriptive")
			if c1 != nil {
				// "Kenyan and Ugandan police": the coordinated nationalities distribute over the
				// head (Quirk et al. 1985, 13.64-13.66), the Kenyan police and the Ugandan police;
				// the first conjunct's mention is its nationality words, and the frames stage
				// copies the phrase's relations for it (premodifierConjuncts)
				e1 := BodyEntity(d, strings.Join(words, " "), c1)
				if e1.Rule == "title:implied-body" {
					e1.Rule = "body:descriptive"
				}
				if AddMention(d, st, c1s, phraseStart-1, e1, premodifierConjunctRule) != nil {
					// its words are the nationality alone, no name of the body: as an alias
					// they would join it to every Kenyan actor of a later article (as for
					// distributedGroups' first group)
					kept := e1.Aliases[:0]
					for _, a := range e1.Aliases {
						if !strings.EqualFold(a, d.SpanText(st, c1s, phraseStart-1)) {
							kept = append(kept, a)
						}
					}
					e1.Aliases = kept
					structural(d, st, c1s, e1, CountryEntity(d, c1), "body:descriptive")
				}
			}
		}
		i = phraseEnd - 1
	}
}

// namedBodyBefore returns the one GOVERNMENT body of country c mentioned before token at of st
// whose name, less its country, holds head as a word and more words besides ("Foreign Ministry",
// "Ministry of Foreign Affairs" for "ministry"); nil when there is none or more than one (two
// ministries named before leave "the Philippine ministry" unresolved).
func namedBodyBefore(d *doc.Doc, st *doc.Sent, at int, c *lexicon.Country, head string) *doc.Entity {
	var found *doc.Entity
	for _, m := range d.Mentions {
		if m.Sent > st.Idx || m.Sent == st.Idx && m.Te > at {
			continue
		}
		e := m.Ent.Final()
		if e == found || e.Kind != graph.Government || e.Country != c || e.Dropped {
			continue
		}
		base := strings.ToLower(strings.TrimSuffix(e.Name, " ("+c.Name+")"))
		words := strings.Fields(base)
		has := false
		for _, w := range words {
			has = has || w == head
		}
		if !has || len(words) < 2 {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// titleWord capitalizes the first letter of a word ("navy" → "Navy").
func titleWord(w string) string {
	r := []rune(w)
	if len(r) > 0 {
		r[0] = unicode.ToUpper(r[0])
	}
	return string(r)
}

// orgDescriptors types a name as an ORGANIZATION by the descriptor noun around it (orgnouns.txt):
// before it, "the Portuguese utility Lusoenergia", "state broadcaster Radio Liro" (rule
// org:descriptor); as the head of its appositive, "Vasco Pesca, a Vigo-based firm," (rule
// org:appositive-noun). Only names not typed otherwise are changed: no titled or honorific person.
func orgDescriptors(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for _, mi := range d.BySent[st.Idx] {
		m := d.Mentions[mi]
		e := m.Ent.Final()
		if !(e.Kind == "" && e.Pending || e.Kind == graph.Person && !e.Hon && len(e.Roles) == 0 && (m.Rule == "person:name-shape" || m.Rule == "name:single")) {
			continue
		}
		rule := ""
		if openingDescriptor(d.Lx, st, m.Ts-1, m.Te) {
			rule = "org:descriptor" // "Carmaker Toyota welcomed …" (openingDescriptor)
		}
		if k := m.Ts - 1; rule == "" && k >= 1 && !toks[k].Cap && d.Lx.OrgNouns[toks[k].Lower] != nil {
			// "the <modifiers> utility Lusoenergia"
			for q := k - 1; q >= 0 && k-q <= 3; q-- {
				if w := toks[q].Lower; w == "the" || w == "a" || w == "an" || w == "state" || w == "its" || w == "rival" {
					rule = "org:descriptor"
					break
				}
				if toks[q].Kind != text.Word {
					break
				}
			}
		}
		if k := m.Ts - 1; rule == "" && k >= 1 && !toks[k].Cap && pluralOrgNoun(d.Lx, toks[k].Lower) && toks[k-1].Kind == text.Word && !d.Lx.Stop[toks[k-1].Lower] {
			// "chocolate makers Barry Callebaut and Mondelez International": a plural descriptor
			// noun in close apposition before names (Quirk et al. 1985, 17.65–17.70), a bare
			// plural that takes no determiner (ibid. 5.39), types each name it classifies
			rule = "org:descriptor"
		}
		if rule == "" && m.Ts >= 1 && toks[m.Ts-1].Lower == "the" && m.Te+1 < len(toks) && !toks[m.Te].Cap && toks[m.Te].Kind == text.Word &&
			d.Lx.OrgNouns[toks[m.Te].Lower] != nil && toks[m.Te].Lower != "party" && !(toks[m.Te+1].Kind == text.Word && (toks[m.Te+1].Cap || toks[m.Te+1].Lower == "of" || facilityHeads.Has(toks[m.Te+1].Lower))) {
			// "the United Steelworkers union backed …": a name premodifying a descriptor noun under
			// one determiner is the name of the organization the noun classifies (Quirk et al.
			// 1985, 17.108: the "the Thames river" type of premodification); "party" is left out,
			// as a leader's name premodifies it too ("the Ruto party"); a facility noun after the
			// descriptor ("the Kelo railway station") heads the compound, and the descriptor noun
			// only premodifies it (ibid. 17.104–17.108: the last noun of a compound is its head)
			rule = "org:descriptor"
		}
		if rule == "" && orgDescriptionBefore(d.Lx, st, m.Ts, m.Te) {
			rule = "org:description-appositive" // "the country's largest shipbuilder, Hanwha Ocean," (actor_descappos.go)
		}
		if rule == "" && m.Te+2 < len(toks) && toks[m.Te].Text == "," && (toks[m.Te+1].Lower == "a" || toks[m.Te+1].Lower == "an" || toks[m.Te+1].Lower == "the") {
			// ", a Vigo-based firm," — the descriptor noun heads the appositive
			for k := m.Te + 2; k < len(toks) && k <= m.Te+6; k++ {
				t := toks[k]
				if t.Kind != text.Word || st.Ment[k] >= 0 && !t.Cap {
					break
				}
				if !t.Cap && (d.Lx.OrgNouns[t.Lower] != nil || appositiveOrgHead(d.Lx, t.Lower)) && (k+1 >= len(toks) || toks[k+1].Kind != text.Word || appositiveEnd[toks[k+1].Lower]) {
					rule = "org:appositive-noun"
					break
				}
				if TitleAt(d, st, k) != nil {
					break // "a company director": a person's title
				}
				if t.Lower == "of" {
					break // "the dean of the journalism school": the appositive's head came before its of-phrase (Quirk et al. 1985, 17.37)
				}
			}
		}
		if rule == "org:descriptor" && personDescriptorName(d, st, m.Ts, m.Te) {
			continue // "the theater producer Charles Frohman": an occupation before a personal name (actors/descriptorperson.go)
		}
		if rule == "" {
			continue
		}
		e.Kind, e.Pending, e.Rule = graph.Organization, false, rule
		e.NameToks = nil
		m.Rule = rule
	}
}

// pluralOrgNoun reports the plural of a descriptor noun of orgnouns.txt ("makers", "firms",
// "companies", "airlines").
func pluralOrgNoun(lx *lexicon.Lexicons, w string) bool {
	switch {
	case strings.HasSuffix(w, "ies"):
		return lx.OrgNouns[strings.TrimSuffix(w, "ies")+"y"] != nil
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return lx.OrgNouns[strings.TrimSuffix(w, "s")] != nil
	}
	return false
}

// appositiveEnd are words after which an appositive's head noun is last: ", a firm that …".
var appositiveEnd = map[string]bool{"that": true, "which": true, "whose": true, "with": true, "in": true,
	"based": true, "owned": true, "controlled": true, "founded": true, "from": true, "of": true, "and": true}

// numberedPolicies registers numbered instruments (rule policy:numbered, docheads.txt): an acronym
// of two to six capitals right before a number ("EO 14032", "UNSCR 2231"), or capitalized words
// ending in an instrument head before one ("Executive Order 14032", "Resolution 2231").
func numberedPolicies(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 1; i < len(toks); i++ {
		if toks[i].Kind != text.Num || toks[i-1].Kind != text.Word || !toks[i].Space {
			continue
		}
		p := toks[i-1]
		n := len([]rune(p.Text))
		s := -1
		switch {
		case p.AllCaps && n >= 2 && n <= 6 && !strings.Contains(p.Text, "."):
			if ents, _ := d.MatchNames(st, i-1); len(ents) > 0 {
				continue // "UN 2231", "US 50": a country or known actor
			}
			if d.Lx.Stop[p.Lower] && yearLike(toks[i].Text) {
				continue // "FY 2020": a stop-listed acronym before a year is a period
			}
			s = i - 1
		case p.Cap && d.Lx.DocHeads[p.Lower]:
			s = i - 1
			for s > 0 && toks[s-1].Cap && toks[s-1].Kind == text.Word && !isStopCap(d, st, s-1) {
				s--
			}
		}
		if s < 0 {
			continue
		}
		PolicyEntity(d, d.SpanText(st, s, i+1), "policy:numbered")
	}
}

// yearLike reports a four-digit number from 1900 to 2099.
func yearLike(s string) bool {
	return len(s) == 4 && (strings.HasPrefix(s, "19") || strings.HasPrefix(s, "20")) && strings.Trim(s, "0123456789") == ""
}

// openingDescriptor reports a run [ts, te) of capitalized words whose first word opens the
// sentence and is a descriptor noun of orgnouns.txt that may stand for any organization
// ("carmaker", "lender", "airline"; not the name heads "union", "party"), or the first word after
// a wire dateline (datelineEnd), before at least one more capitalized name word: "Carmaker
// Toyota welcomed …", "Lender Kelvar Bank said …". The
// noun is capitalized only because it opens the sentence (a common noun otherwise, AP
// Stylebook "capitalization"), and it stands in close apposition before the name as "the
// carmaker Toyota" does, the name being the one it classifies (Quirk et al. 1985, 17.65–17.70);
// wire copy leaves out the article before such a descriptor at the start of a sentence.
func openingDescriptor(lx *lexicon.Lexicons, st *doc.Sent, ts, te int) bool {
	if ts < 0 || te-ts < 2 || !SentInitial(st, ts) || !st.Toks[ts].Cap || st.Toks[ts].AllCaps {
		return false
	}
	on := lx.OrgNouns[st.Toks[ts].Lower]
	next := st.Toks[ts+1]
	return on != nil && on.Any && next.Kind == text.Word && next.Cap
}

// coordinatedNationBefore is the country and first token of a nationality premodifier joined by
// "and" or "or" before the nationality that opens a descriptive body's phrase at phraseStart
// ("Kenyan" of "Kenyan and Ugandan police"), when it has no mention of its own and names another
// country than c; nil when there is none or the body's country is a mention (cm: "Kenya's and
// Uganda's police" is left as it was).
func coordinatedNationBefore(d *doc.Doc, st *doc.Sent, phraseStart int, c *lexicon.Country, cm *doc.Mention) (*lexicon.Country, int) {
	j := phraseStart - 1
	if cm != nil || j < 1 || st.Toks[j].Lower != "and" && st.Toks[j].Lower != "or" || st.Ment[j-1] >= 0 {
		return nil, -1
	}
	em, ok := MatchNamesEndingAt(d, st, j-1)
	if !ok || em.country == nil || em.country == c {
		return nil, -1
	}
	for k := em.Start; k < j; k++ {
		if st.Ment[k] >= 0 {
			return nil, -1
		}
	}
	return em.country, em.Start
}
