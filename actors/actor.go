package actors

import (
	"sort"
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/segment"
	"github.com/claimgraph/claimgraph/text"
)

// unit kinds of a name phrase.
type unitKind uint8

const (
	uCountry unitKind = iota + 1
	uDemonym
	uCapital
	uActor
	uTitle
	uHon
	uPoss
	uChunk
)

type unit struct {
	kind   unitKind
	ts, te int
	e      lexicon.Entry
	org    graph.Kind // for chunks: ORGANIZATION/GOVERNMENT when an org word is in it
	tail   bool       // org comes only from a company-name tail word (orgtails.txt)
}

// Locatives are the words before a capital that make it a place, not a political actor ("held
// in Beijing"): prepositions of place and direction (Quirk et al. 1985, 9.15–9.27), the forms of
// "visit" (CAMEO 042/043) and compass adjectives (AP Stylebook); "of" and "central" are marked
// review.
var Locatives = lexicon.WordClass("locatives") // data/wordclasses/locatives.txt

// locativeBefore reports a place reading of the name at i: a locative word right before it, or
// before the first of a coordination of names ("held in Moscow and Ankara").
func locativeBefore(st *doc.Sent, i int) bool {
	return locativeAt(st, i) >= 0
}

// locativeAt is the index of the locative word locativeBefore finds before the name at i, -1
// when there is none.
func locativeAt(st *doc.Sent, i int) int {
	toks := st.Toks
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		w := toks[k].Lower
		if Locatives.Has(w) {
			return k
		}
		if w == "and" || w == "or" || w == "," || toks[k].Cap {
			continue
		}
		return -1
	}
	return -1
}

// partyOfEventNoun reports a locative preposition at k ("from", "to") that attaches a party of
// the cue noun right before it ("pressure from Washington", "a warning to Moscow", "threats to
// Beijing"; frames NounParty): the capital after it is the government that acts or is acted on
// (metonymy, as in subject position), not the place of an arrival or a journey.
func partyOfEventNoun(d *doc.Doc, st *doc.Sent, k int) bool {
	if k < 1 || d.Frames == nil {
		return false
	}
	w := st.Toks[k-1].Lower
	for _, l := range []string{w, strings.TrimSuffix(w, "s")} { // regular plural, Quirk et al. 1985, 5.79
		if d.Frames.NounParty(l, st.Toks[k].Lower) {
			return true
		}
	}
	return false
}

// nameParticles may sit inside a person's name ("Hans van den Broek", "Omar al-Bashir"): the
// Chicago Manual's particles (17th ed., 8.5–8.14); ben, des, los, las marked review
// (data/wordclasses/nameparticles.txt).
var nameParticles = lexicon.WordClass("nameparticles")

// orgParticles are the lower-case connectors inside Spanish, Portuguese, French, Italian and German
// organization names that English news keeps untranslated: "Unión Portuaria del Pacífico",
// "Confederación de la Producción y del Comercio", "Partido dos Trabalhadores".
var orgParticles = lexicon.WordClass("orgparticles") // data/wordclasses/orgparticles.txt

// chunkBreak are capitalized function words that end a name ("Xi Said", "Reyes But"): the
// personal pronouns in subject form, the articles, "no", the coordinators, said/says, "No." and
// the auxiliaries' clitics (Quirk et al. 1985, ch. 3, 5, 6, 13, 14; AP Stylebook).
var chunkBreak = lexicon.WordClass("chunkbreak") // data/wordclasses/chunkbreak.txt

// travelPrep reports token j as the preposition of a travel heading, capitalized in headline
// style after the traveller's name ("Press Gaggle by Press Secretary X Aboard Air Force One En
// Route Detroit, MI", the White House's transcript titles): "aboard" (CGEL 7.2, prepositions) or
// the "en" of "en route" (Merriam-Webster: on or along the way), which ends the name.
func travelPrep(toks []text.Token, j int) bool {
	w := toks[j].Lower
	return w == "aboard" || w == "en" && j+1 < len(toks) && toks[j+1].Lower == "route"
}

// headlineVerbs are the verbs a transcript's heading writes after its speaker's name ("Pentagon
// Press Secretary X Holds a Press Briefing", "Secretary X Delivers Remarks": defense.gov's and
// state.gov's transcript titles): headline style capitalizes verbs (AP headline style; CMOS 8.159),
// so in a headline the capital is no sign of a name.
var headlineVerbs = lexicon.WordClass("headlineverbs") // data/wordclasses/headlineverbs.txt

// headlineVerb reports token j as a heading's verb that ends the name before it: a word of
// headlineVerbs followed by an article or a speech noun, the object of the verb ("Holds a Press
// Briefing", "Delivers Remarks"); a name word that happens to be spelled so is followed by
// another name word or by nothing.
func headlineVerb(toks []text.Token, j int) bool {
	if !headlineVerbs.Has(toks[j].Lower) || j+1 >= len(toks) {
		return false
	}
	n := toks[j+1].Lower
	return n == "a" || n == "an" || n == "the" || speechNouns.Has(n)
}

// speechNouns name the text a heading titles after its speaker's name ("Secretary X Remarks to
// the Press", "Under Secretary X Testimony Before …": the State Department's and Treasury's
// headings; discourse's headings.txt): in a headline the noun ends the name.
var speechNouns = lexicon.WordClass("speechnouns") // data/wordclasses/speechnouns.txt

// initialAdverbs open a sentence as adjuncts of time or linking adverbials ("Later", "Meanwhile",
// "Earlier"; Quirk et al. 1985 §8.87ff; Biber et al. 1999 §10.2.8): no part of a name after them.
var initialAdverbs = lexicon.WordClass("initialadverbs") // data/wordclasses/initialadverbs.txt

// isStopCap reports a capitalized word that cannot start a name here: a stop word, or a sentence-
// initial word that the article also uses in lower case ("Households", "So").
func isStopCap(d *doc.Doc, st *doc.Sent, i int) bool {
	t := st.Toks[i]
	if d.Lx.Stop[strings.TrimSuffix(t.Lower, ".")] {
		return true
	}
	if SentInitial(st, i) && !t.AllCaps && initialAdverbs.Has(t.Lower) {
		return true // "Later Xi said": a sentence-initial adverb is no part of a name (initialadverbs.txt)
	}
	if SentInitial(st, i) && (d.LowerSeen[t.Lower] || strings.HasSuffix(t.Lower, "s") && d.LowerSeen[strings.TrimSuffix(t.Lower, "s")]) && !t.AllCaps && (i+1 >= len(st.Toks) || !st.Toks[i+1].Cap) {
		return true // "Households in China": a common word opening the sentence; "North American Development Bank" goes on
	}
	return false
}

// SentInitial reports a token that opens its sentence: only quotation marks and punctuation
// other than a comma stand before it, or a transcript's speaker label ("A:", "Q: KBS:",
// "MODERATOR:"; bodyStart). A label names who speaks and is no part of the utterance, whose first
// word is capitalized as any sentence's is ("A: Nothing has been decided": "Nothing" opens the
// answer). A wire dateline (datelineEnd) is no part of the lead either: the lead's first word
// after it is capitalized as a sentence's ("GENEVA (Reuters) - Opposition groups in Zimbabwe …";
// AP Stylebook, "datelines": the dateline comes before the story's first word).
func SentInitial(st *doc.Sent, i int) bool {
	lo := 0
	if st.Unit != nil && segment.TurnRole(st.Unit.Role) {
		if b := doc.BodyStart(st); b <= i {
			lo = b
		}
	}
	if lo == 0 && i > 0 {
		if de := segment.DatelineEnd(st); de > 0 && de <= i {
			lo = de
		}
	}
	for j := i - 1; j >= lo; j-- {
		k := st.Toks[j].Kind
		if k == text.Quote || (k == text.Punct && st.Toks[j].Text != ",") {
			continue
		}
		return false
	}
	return true
}

// Find runs the actor layer over every sentence: policies first (their names contain other
// names), then name phrases, acronyms, appositives and unnamed groups.
func Find(d *doc.Doc) {
	findRedefinedAcronyms(d) // before names: a bare acronym the article defines is its own (actor_acrdefs.go)
	for _, st := range d.Sents {
		findPolicyNames(d, st)
		numberedPolicies(d, st)
	}
	for _, st := range d.Sents {
		d.CheckStop()
		markPolicyMentions(d, st)
		regionalStateGroups(d, st) // "the five Nordic-Baltic countries" (regionalgroup.go)
		for i := 0; i < len(st.Toks); {
			if st.Ment[i] >= 0 {
				i++
				continue
			}
			if c := partyDesignationLast(st.Toks, i); c > i {
				i = c + 1 // "(D-N.Y.)", ", R-N.Y.,": a party designation names no actor (partydesignation.go)
				continue
			}
			if j := namePhrase(d, st, i); j > i {
				i = j
				continue
			}
			i++
		}
		possessiveSpokespersons(d, st) // "the Premier's spokesman (PS)": before its acronym (actor_possessivespokes.go)
		acronyms(d, st)
		subNationals(d, st) // before administrations: "the Punjab government" is no ruler's
		administrations(d, st)
		seatGovernments(d, st) // "the government in Caracas" (actor_seatgovernment.go)
		descriptiveBodies(d, st)
		orgDescriptors(d, st)
		appositives(d, st)
		titledOfBodies(d, st) // "Director-General X of the Department of …" (actor_roles.go)
		preposedAppositives(d, st)
		orgDescriptions(d, st) // "The main Hutu rebel group, FDD, …" (actor_orgdescription.go)
		officeHolders(d, st)
		intlOfficeMentions(d, st) // "the Secretary-General" in the UN's statement (actor_intloffice.go)
		groups(d, st)
		possessedDescriptions(d, st) // "Kenya's largest opposition alliance, the Green Front," (possdescription.go)
		descriptiveAgents(d, st)
		possessedBodies(d, st) // "the EU's observer mission" (actor_apposition.go)
		nationalityPlurals(d, st)
		bodyMembers(d, st)           // "Senate Republicans": the members, not the body (actors/bodymembers.go)
		namedCollectives(d, st)      // "the Orlan movement", "Kessar gunmen" (actor_shortnames.go)
		describedOrgCountries(d, st) // "the French farmers' union FNSEA" (actor_notstate.go)
	}
	for _, st := range d.Sents {
		unnamedAgents(d, st) // after every named actor: see actor_unnamed.go
		stateCollectives(d, st)
	}
}

// findPolicyNames registers named programs (rules policy:called, policy:head-noun).
func findPolicyNames(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 0; i < len(toks); i++ {
		l := toks[i].Lower
		called := l == "called" || l == "dubbed" || l == "named" || l == "titled" ||
			(l == "as" && i > 0 && toks[i-1].Lower == "known")
		if called && !personalNameAt(d, st, i+1) { // "a staffer named Jane Roe": a person (actors/titledtail.go)
			j := i + 1
			for j < len(toks) && (toks[j].Kind == text.Quote || toks[j].Text == ",") {
				j++
			}
			if e := policySpan(st, j, true); e > j {
				PolicyEntity(d, d.SpanText(st, j, e), "policy:called")
			}
			continue
		}
		if d.Lx.PolicyHead[l] && i > 0 && !st.Headline {
			// "the Made in China 2025 industrial policy": a capitalized name, maybe one adjective, then the head.
			k := i - 1
			if !toks[k].Cap && toks[k].Kind == text.Word && toks[k].Lower != "'s" && k > 0 {
				if predicatePast(d.Lx, toks[k].Lower) {
					// "Egypt and Libya reached agreement", "the Sudan People's Liberation Army
					// signed agreement": the word is the clause's verb, whose object the head is;
					// the name before it is its subject, no program's name
					continue
				}
				k--
			}
			end := k + 1
			if toks[i].Cap {
				if i+1 < len(toks) && toks[i+1].Cap {
					continue // "Accra Policy Institute": the name goes on
				}
				end = i + 1 // "the Clean Rivers Act": the head is part of the name
				k = i
				if e := policyOfTail(d, st, end); e > end {
					end = e // "the Joint Comprehensive Plan of Action": the name goes on after "of"
				}
			}
			if !toks[end-1].Cap && toks[end-1].Kind != text.Num {
				// "efforts with China for an agreement": a name ends in a capitalized word or
				// a number (Quirk et al. 1985, 5.60-5.62: proper nouns are capitalized), never
				// in the article or preposition before the head; the run before it is no name
				continue
			}
			s := end
			for s > 0 && (toks[s-1].Cap || toks[s-1].Kind == text.Num || (s-2 >= 0 && toks[s-2].Cap && (toks[s-1].Lower == "in" || toks[s-1].Lower == "of" || toks[s-1].Lower == "for" || toks[s-1].Lower == "and"))) {
				s--
			}
			for s < end && (isStopCap(d, st, s) || !toks[s].Cap) {
				s++
			}
			if s >= 2 && toks[s-1].Lower == "on" && toks[s-2].Cap {
				if _, ow := d.Lx.OrgWords[toks[s-2].Lower]; ow {
					// "the National Advisory Council on International Monetary and Financial
					// Policies": the phrase is the remit that "on" joins to a body's name
					// (readUnits), as in "Committee on Foreign Affairs", no program of its own
					continue
				}
			}
			hasOrgWord := false
			for q := s; q < end && q < k; q++ {
				_, ow := d.Lx.OrgWords[toks[q].Lower]
				hasOrgWord = hasOrgWord || ow
			}
			if end-s >= 2 && toks[s].Cap && !allLexical(d, st, s, end) && !hasOrgWord {
				PolicyEntity(d, d.SpanText(st, s, end), "policy:head-noun")
			}
		}
	}
}

// allLexical reports whether tokens [s, e) are all known names (countries, actors, titles): such a
// run ("U.S. trade policy") names no program. Known names joined by "and" count too: a
// coordination of noun phrases refers to each conjunct, not to one named thing (Quirk et al.
// 1985, 13.60, 13.68 on coordinated noun phrases), so "Peru and Ecuador" before a head noun is
// no program's name — the headline "Peru and Ecuador sign accord", where headlinese puts the
// verb in the present and drops the article (Quirk et al. 1985, 11.41 note, block language),
// has the coordinated subject there, not a premodified "Peru and Ecuador Accord".
func allLexical(d *doc.Doc, st *doc.Sent, s, e int) bool {
	for i := s; i < e; {
		if i > s && i+1 < e && st.Toks[i].Lower == "and" {
			i++
			continue
		}
		ents, end := d.MatchNames(st, i)
		if len(ents) == 0 {
			return false
		}
		i = end
	}
	return true
}

// policySpan reads a program name from token i: capitalized words, numbers and inner in/of/for/and/
// the, ending before a lower-case word or punctuation. It returns the end, or i when there is none.
func policySpan(st *doc.Sent, i int, needCap bool) int {
	toks := st.Toks
	if i >= len(toks) || (needCap && !toks[i].Cap) {
		return i
	}
	j := i
	for j < len(toks) {
		t := toks[j]
		if t.Cap || t.Kind == text.Num {
			j++
			continue
		}
		if (t.Lower == "in" || t.Lower == "of" || t.Lower == "for" || t.Lower == "and" || t.Lower == "the") && j+1 < len(toks) && (toks[j+1].Cap || toks[j+1].Kind == text.Num) {
			j++
			continue
		}
		break
	}
	if j-i < 2 {
		return i
	}
	return j
}

func PolicyEntity(d *doc.Doc, name, rule string) *doc.Entity {
	key := graph.NormalizeName(name)
	if e, ok := d.Policies[key]; ok {
		return e
	}
	e := Entity(d, "policy:"+key, graph.Policy, name, rule)
	d.Policies[key] = e
	return e
}

// markPolicyMentions marks every occurrence of a registered program name; where two names start
// at the same token, the longer one is taken.
func markPolicyMentions(d *doc.Doc, st *doc.Sent) {
	if len(d.Policies) == 0 {
		return
	}
	if d.PolicyToks == nil {
		d.PolicyToks = map[string][][]string{}
		for _, p := range d.Policies {
			if p.Rule != "policy:called" && p.Rule != "policy:head-noun" && p.Rule != "policy:numbered" {
				continue
			}
			toks := lexicon.Keys(p.Name)
			if len(toks) > 0 {
				d.PolicyToks[toks[0]] = append(d.PolicyToks[toks[0]], toks)
			}
		}
		// d.policies is a map: without an order the first match below would be whichever name
		// the iteration met first ("Finance Bill" or "Finance Bill 2025"), differing between
		// loads. Longest first (the longest-match rule of name lookup), then by spelling.
		for _, seqs := range d.PolicyToks {
			sort.Slice(seqs, func(a, b int) bool {
				if len(seqs[a]) != len(seqs[b]) {
					return len(seqs[a]) > len(seqs[b])
				}
				return strings.Join(seqs[a], " ") < strings.Join(seqs[b], " ")
			})
		}
	}
	for i := 0; i < len(st.Toks); i++ {
		if !st.Toks[i].Cap {
			continue
		}
		for _, seq := range d.PolicyToks[st.Toks[i].Lower] {
			if i+len(seq) > len(st.Toks) {
				continue
			}
			ok := true
			for k, w := range seq {
				ok = ok && st.Toks[i+k].Lower == w
			}
			if ok {
				p := d.Policies[graph.NormalizeName(d.SpanText(st, i, i+len(seq)))]
				if p != nil && AddMention(d, st, i, i+len(seq), p, p.Rule) != nil {
					i += len(seq) - 1
					break
				}
			}
		}
	}
}

// namePhrase reads the name phrase starting at token i and records its mentions. It returns the
// index after the phrase, or i when no phrase starts there.
func namePhrase(d *doc.Doc, st *doc.Sent, i int) int {
	if j := Dateline(d, st, i); j > i {
		return j
	}
	if j := placePairName(d, st, i); j > i {
		return j
	}
	units := readUnits(d, st, i)
	if len(units) == 0 {
		return i
	}
	interpret(d, st, units)
	return units[len(units)-1].te
}

// Dateline skips a wire dateline at the start of a paragraph's first sentence: "BRUSSELS (Reuters) -",
// "GENEVA, May 12 —", "DAKAR, Senegal (ANS) —", "ALGIERS, Feb 12 (Meridian) -", "LIMA, Peru —",
// "Seoul (Yonhap) --" (datelineEnd, wire_dateline.go, is the one definition). The place is no
// actor and the agency code no alias of the country before it. It returns the index after the
// dateline, or i.
func Dateline(d *doc.Doc, st *doc.Sent, i int) int {
	if i != 0 || st.Idx > 0 && d.Sents[st.Idx-1].S.Paragraph == st.S.Paragraph {
		return i
	}
	if j := segment.DatelineEnd(st); j > 0 {
		return j
	}
	return i
}

// readUnits splits the phrase at i into units: lexicon matches, honorifics, possessives and chunks
// of capitalized words (with inner "of", "for", "and", "the" in organization names).
func readUnits(d *doc.Doc, st *doc.Sent, i int) []unit {
	toks := st.Toks
	var units []unit
	j := i
	inOrgTail := false // after an inner connector: every capitalized word belongs to the chunk
	chamberEnd := -1   // end of a chamber's name read into the chunk: it counts as one word below
	for j < len(toks) {
		if st.Ment[j] >= 0 {
			break
		}
		t := toks[j]
		last := len(units) - 1
		// possessive between two units: "China's Ministry of Commerce", "Tsinghua University's new X"
		if t.Lower == "'s" && last >= 0 && units[last].kind == uChunk {
			if end := dictNameThrough(d, st, units[last], j); end > j {
				// "the National People's Congress": a dictionary name with a possessive inside
				units[last].te = end
				j = end
				continue
			}
		}
		if end := titleOffice(st, units, j); end > j {
			// "the Prime Minister's Office", "the Ombudsman's Office" (actor_titleoffice.go)
			units[last] = unit{kind: uChunk, ts: units[last].ts, te: end, org: graph.Government}
			j = end
			continue
		}
		if nameGenitive(d.Lx, st, units, j) {
			// "the Coastal Fishermen's Association": a classifying genitive inside the name
			units[last].te = j + 1
			j++
			continue
		}
		if t.Lower == "'s" && last >= 0 && units[last].kind != uTitle {
			k := j + 1
			adj := 0
			for k < len(toks) && adj < 2 && toks[k].Kind == text.Word && !toks[k].Cap && !d.Lx.Stop[toks[k].Lower] && TitleAt(d, st, k) == nil {
				k++
				adj++
			}
			if k < len(toks) && (toks[k].Cap || TitleAt(d, st, k) != nil) && st.Ment[k] < 0 && (!isStopCap(d, st, k) || numberOpensName(d, st, k)) {
				units = append(units, unit{kind: uPoss, ts: j, te: k})
				j = k
				inOrgTail = false
				continue
			}
			break
		}
		if u, end, ok := modifiedTitle(d, st, units, j); ok {
			// "EU trade spokesperson Olof Gill": the body, then its office's title (speaker_we.go)
			units = append(units, u)
			j = end
			continue
		}
		if t.Lower == "of" && last >= 0 && units[last].kind == uTitle && units[last].te == j && d.Lx.Portfolio[st.Toks[j-1].Lower] != "" {
			if end := titleOfPortfolio(d, st, j); end > j {
				// "Minister of Industry and Trade Nguyen Hong Dien", "Minister of Finance Wale
				// Edun": the formal title names its portfolio after "of" (AP Stylebook
				// "titles"), the name follows
				units[last].te = end
				j = end
				continue
			}
		}
		if (t.Lower == "for" || t.Lower == "of") && last >= 0 && units[last].kind == uTitle && units[last].te == j {
			if end := titlePortfolio(d, st, j); end > j {
				// "Deputy Foreign Minister for Political Affairs Seyyed Abbas Araghchi"; "of"
				// names a portfolio after the head as "for" does ("Minister of International
				// Trade Claire Dubois", "Secretary of Economy Rosa Ibarra": the of-paraphrase of
				// "Trade Minister", Quirk et al. 1985, §17.38)
				units[last].te = end
				j = end
				continue
			}
			if end := trailingPortfolio(d.Lx, st, units[last], j); end > j {
				// "Prof. Kithure Kindiki, Cabinet Secretary for Interior and National
				// Administration": the portfolio ends the title's phrase; its words name no body
				units[last].te = end
				j = end
				continue
			}
		}
		if last >= 0 && units[last].kind == uTitle && units[last].te == j && titleHasPortfolio(st, units[last]) {
			if end := portfolioConjuncts(d, st, j); end > j {
				// "Minister for Foreign Affairs and Trade Winston Peters", "Cabinet Secretary for
				// Foreign and Diaspora Affairs Musalia Mudavadi": coordinated portfolios end the
				// title, the name after them is the holder's
				units[last].te = end
				j = end
				continue
			}
		}
		if inOrgTail && last >= 0 && units[last].kind == uChunk {
			if ents, end := d.MatchNames(st, j); len(ents) > 0 && ents[0].Kind == lexicon.EntryCountry && t.Cap {
				units[last].te = end
				j = end
				if k := countryAgentAfter(d.Phx, st, end); k > end {
					// "the United Nations Relief and Works Agency for Palestine Refugees": a plural
					// agent noun after the country is the head the country classifies (actor_boundaries.go)
					units[last].te = k
					j = k
					break
				}
				if k := orgRunAfter(d, st, end); k > end {
					// "the Bank of Ghana Monetary Policy Committee": a body of the body named
					// with its country runs on to its own head; cut there, "Monetary Policy
					// Committee" would stand alone as a body of no country
					units[last].te = k
					j = k
				} else if k := coordinatedRemitPlace(d, st, end); k > end {
					// "the Office for Kosovo and Metohija" (actor_boundaries.go)
					units[last].te = k
					j = k
				}
				break // a country ends the name: "Commission of the DPRK Kim Jong Un" stops at DPRK
			}
		}
		if inOrgTail && last >= 0 && units[last].kind == uChunk && units[last].org != "" && units[last].te == j && (titleBeforeName(d, st, j, false) || titleBeforeName(d, st, j, true)) {
			// "Ministry of Foreign Affairs Spokesperson Rahmat Santoso": a person's title after
			// the body's name and before a name ends the body's name (an attributive title, Quirk
			// et al. 1985 §17.90: the title premodifies the name; "Bank of England Governor
			// Andrew Bailey"); the title and the name are read as any title and name
			inOrgTail = false
		}
		if !inOrgTail && !(last >= 1 && units[last].kind == uChunk && units[last-1].kind == uTitle && t.Cap && TitleAt(d, st, j) != nil && (j+1 >= len(toks) || !toks[j+1].Cap)) && !(last >= 0 && titleWordSurname(d, st, units[last], j)) && !honorificInsideName(d, st, units, j) {
			if ents, end := d.MatchNames(st, j); len(ents) > 0 && !(last >= 0 && units[last].kind == uChunk && units[last].te == j && end-j >= 2 && ents[0].Kind == lexicon.EntryActor) && !(last >= 0 && units[last].kind == uChunk && units[last].te == j && titleInOrgName(d, st, j, end, ents)) && !legislatureInName(d.Phx, d.Lx, st, units, j, end, ents) {
				// (a known multi-word name right after capitalized words is the tail of a longer
				// name: "the National Security Council" is not the UN's "Security Council")
				if u, ok := lexUnit(d, st, j, end, ents, len(units) > 0); ok {
					units = append(units, u)
					j = end
					continue
				}
			}
		}
		if t.Kind == text.Word && t.Cap && (!lowerTail(t.Text) || hyphenatedGivenName(st, j)) && !lowerHead(t.Text) && !capConnector(st, units, j) {
			if len(units) > 0 && units[last].kind == uChunk && (text.IsDayOrMonth(t.Lower) || chunkBreak.Has(t.Lower) || travelPrep(toks, j) || st.Headline && (speechNouns.Has(t.Lower) || headlinePreps.Has(t.Lower) || headlineVerb(toks, j) || headlineSaying(d.Frames, d.Lx, toks, j))) && !nameNotPronoun(st, units[last], j) && !reportingWordInName(d, st, units[last], j) {
				break // "President Donald Trump Saturday": a day, month or function word ends the name
			}
			if len(units) == 0 || units[last].kind != uChunk {
				if st.Headline && headlineSaying(d.Frames, d.Lx, toks, j) {
					break // "Trade Negotiator Says Deal Close": the verb after the title opens no name
				}
				if isStopCap(d, st, j) && !(len(units) > 0 && units[last].kind == uTitle) && !familyHe(d, st, j) && !nameOpener(st, j) && !ordinalOpensName(d, st, j) {
					break
				}
				units = append(units, unit{kind: uChunk, ts: j, te: j + 1})
			} else {
				units[last].te = j + 1
			}
			if numberAfterOrgHead(d.Lx, toks, units[len(units)-1], j) {
				// "Air Force One": a capitalized numeral after a body's head names a thing the
				// body designates (an aircraft's call sign), no body: the name's head is the
				// numeral, not the organization word before it
				units[len(units)-1].org = ""
			}
			k, ok := d.Lx.OrgWords[strings.TrimSuffix(t.Lower, ".")]
			if !ok {
				k, ok = pluralOrgHead(d.Lx, st, units[len(units)-1], j) // "the Centres for …" (actor_shortnames.go)
			}
			if ok {
				units[len(units)-1].org = strongerKind(units[len(units)-1].org, k)
				if k == graph.Organization && t.Lower == "office" {
					units[len(units)-1].org = strongerKind(units[len(units)-1].org, graph.Government)
				}
			}
			j++
			continue
		}
		if end := dashJoinedName(d.Lx, st, units, j); end > j {
			// "the ISEAS–Yusof Ishak Institute": an en dash joining a name to an organization's
			// name (actor_boundaries.go)
			units[last].te = end
			units[last].org = strongerKind(units[last].org, d.Lx.OrgWords[strings.TrimSuffix(toks[end-1].Lower, ".")])
			j = end
			continue
		}
		if end := houseOfChamber(st, units, j); end > j {
			// "the House of Commons", "House of Lords Select Committee": a legislative chamber
			// (actor_chambers.go); the capitalized words after it go on with the chunk
			units[last].te = end
			units[last].org = strongerKind(units[last].org, graph.Government)
			j = end
			chamberEnd = end
			if !bodyRunAfter(d.Lx, st, end) {
				break // "Leader of the House of Commons Lucy Powell": a name after the chamber is no part of it
			}
			continue
		}
		// "Ministry of Trade, Industry and Fisheries": a portfolio list inside a body's name
		if t.Text == "," && inOrgTail && last >= 0 && units[last].kind == uChunk && units[last].org != "" {
			if end := portfolioList(d, st, j); end > j {
				units[last].te = end
				j = end
				continue
			}
		}
		if t.Text == "," && last >= 0 && units[last].kind == uChunk && units[last].org == "" && units[last].te == j {
			if end, kind := coordinatedHead(d, st, units[last], j); end > j {
				// "the Foreign, Commonwealth and Development Office" (actor_boundaries.go)
				units[last].te, units[last].org = end, kind
				inOrgTail = true
				j = end
				continue
			}
		}
		if last >= 0 && isPortfolioConnector(t) {
			if end := premodPortfolioEnd(d, st, units[last], j); end > j {
				units[last].te = end // "Energy and Mineral Resources Minister X" (actor_titlecoord.go)
				j = end
				continue
			}
		}
		if dictConnectors.Has(t.Lower) && last >= 0 && units[last].kind == uChunk && units[last].te == j {
			if end, kind := dictNameAcross(d, st, units[last], j); end > j {
				// "the Organization for Security and Co-operation in Europe": a dictionary
				// name runs through connectors the chunk rules stop at
				units[last].te = end
				units[last].org = strongerKind(units[last].org, kind)
				j = end
				continue
			}
		}
		if last >= 0 && (units[last].kind == uHon || units[last].kind == uTitle) && units[last].te == j && nameParticles.Has(t.Lower) && !t.Cap {
			// "Mr. de Riviere", "Ms. van der Berg", "Ambassador de la Cruz": a surname's
			// lower-case particles after an honorific or title open the name (the surname is
			// "de Riviere"; Chicago Manual of Style 8.5, particles in personal names)
			k := j
			for k < len(toks) && k-j < 3 && nameParticles.Has(toks[k].Lower) && !toks[k].Cap {
				k++
			}
			if k < len(toks) && k > j && toks[k].Cap && toks[k].Kind == text.Word && st.Ment[k] < 0 && !isStopCap(d, st, k) {
				units = append(units, unit{kind: uChunk, ts: j, te: k + 1})
				j = k + 1
				continue
			}
		}
		// inner connectors of organization names and name particles of persons
		nx := j + 1
		if nx < len(toks) && toks[nx].Lower == "the" && (t.Lower == "of" || t.Lower == "for") {
			nx++ // "Department of the Treasury"
		}
		if nameParticles.Has(t.Lower) || orgParticles.Has(t.Lower) {
			// "von der Leyen", "de la Producción": look past a run of particles for the capital
			for nx < len(toks) && nx-j < 3 && (nameParticles.Has(toks[nx].Lower) || orgParticles.Has(toks[nx].Lower)) && !toks[nx].Cap {
				nx++
			}
		}
		if t.Lower == "of" && last >= 0 && units[last].kind == uChunk && units[last].org != "" {
			if end := bodyOfProgram(d, st, nx); end > nx {
				// "the Joint Commission of the Joint Comprehensive Plan of Action": a body named
				// after the treaty or program it serves; the program's name is part of its name
				units[last].te = end
				j = end
				inOrgTail = true
				continue
			}
		}
		if last >= 0 && units[last].kind == uChunk && nx < len(toks) && toks[nx].Cap && st.Ment[nx] < 0 {
			if (t.Lower == "of" || t.Lower == "for" || t.Lower == "&" || t.Lower == "on" && !text.IsDayOrMonth(toks[nx].Lower) && toks[nx].Lower != "may" && d.Lx.NonActor[toks[j-1].Lower] == "") && units[last].org != "" {
				// "on" joins a committee's remit: "Committee on Foreign Affairs", "Council on
				// Foreign Relations" (not a date: "the Senate on Tuesday")
				units[last].te = j + 1
				inOrgTail = true
				j++
				continue
			}
			if (t.Lower == "the") && inOrgTail {
				units[last].te = j + 1
				j++
				continue
			}
			words := j - units[last].ts
			if chamberEnd > units[last].ts {
				words = j - chamberEnd + 1 // "House of Commons Standing Committee on … and": the chamber is one word
			}
			if t.Lower == "and" && inOrgTail && words < 7 && TitleAt(d, st, j+1) == nil && !acronymOpensName(st, nx) {
				units[last].te = j + 1
				j++
				continue
			}
			if t.Lower == "or" && inOrgTail && words < 7 && nx+1 < len(toks) && toks[nx+1].Cap && toks[nx+1].Kind == text.Word && st.Ment[nx+1] < 0 {
				// "Working Group on Enforced or Involuntary Disappearances": "or" between two
				// premodifiers of one head inside a body's remit (coordination of modifiers
				// sharing a head, Quirk et al. 1985, ch. 13) — a capitalized word after the
				// disjunct, so the head follows; "the Committee on Finance or Congress" ends
				// at "Finance"
				if _, head := d.Lx.OrgWords[strings.TrimSuffix(toks[j-1].Lower, ".")]; !head {
					units[last].te = j + 1
					j++
					continue
				}
			}
			if nameParticles.Has(t.Lower) && units[last].org == "" || orgParticles.Has(t.Lower) && units[last].org != "" {
				units[last].te = j + 1
				j++
				continue
			}
			if (!inOrgTail || bareApostrophe(t)) && orgConnector(d, st, units, j) {
				// inside an of-tail too: "the Confederation of Allied Workers' Unions" (names.go)
				if t.Lower == "for" && units[last].org == "" {
					units[last].org = graph.Organization // a body named for its cause (causeTail)
				}
				units[last].te = j + 1
				j++
				continue
			}
		}
		break
	}
	// a trailing connector or possessive is not part of the phrase
	for len(units) > 0 {
		u := &units[len(units)-1]
		if u.kind == uPoss {
			units = units[:len(units)-1]
			continue
		}
		for u.te > u.ts && (toks[u.te-1].Lower == "of" || toks[u.te-1].Lower == "for" || toks[u.te-1].Lower == "and" || toks[u.te-1].Lower == "the") {
			u.te--
		}
		if u.kind == uTitle && !toks[u.ts].Cap && len(units) == 1 {
			units = units[:0] // a lower-case title alone: "the minister" is coreference, not a name
		}
		break
	}
	headFinalKinds(d.Phx, d.Lx, st, units) // "the American Farm Bureau Federation" (actor_headkind.go)
	markOrgTails(d, st, units)
	legislatureOrgs(d, st, units) // "Trades Union Congress" names an organization (actor_namedheads.go)
	return units
}

// portfolioList reads ", Industry and Fisheries" from the comma at j: comma-separated runs of one
// to three capitalized words closed by "and" and a last run, followed by no further capitalized
// word. It returns the end of the list, or -1. Government bodies list their portfolios this way
// ("Department of Health, Education and Welfare"); a list of separate names would need the
// portfolios' body word before it, which the caller checks.
func portfolioList(d *doc.Doc, st *doc.Sent, j int) int {
	toks := st.Toks
	k := j
	for items := 0; items < 5; items++ {
		sep := toks[k].Lower
		if sep != "," && sep != "and" {
			return -1
		}
		k++
		if sep == "," && k < len(toks) && toks[k].Lower == "and" {
			k++ // serial comma
			sep = "and"
		}
		if sep == "and" && k < len(toks) && toks[k].Lower == "the" {
			k++ // "Department of Fisheries, Oceans and the Coast Guard"
		}
		if ents, _ := d.MatchNames(st, k); len(ents) > 0 {
			return -1 // "the Ministry of Finance, Germany and France": separate actors
		}
		n := 0
		for k < len(toks) && n < 3 && toks[k].Kind == text.Word && toks[k].Cap && st.Ment[k] < 0 && TitleAt(d, st, k) == nil {
			k++
			n++
		}
		if n == 0 {
			return -1
		}
		if sep == "and" {
			if k < len(toks) && toks[k].Kind == text.Word && toks[k].Cap {
				return -1
			}
			return k
		}
		if k >= len(toks) {
			return -1
		}
	}
	return -1
}

// titleInOrgName reports a capitalized title word [j, end), after capitalized words of a name,
// followed by a capitalized run that ends in an organization word: the word is inside a body's
// name, not a title before a person ("the Green Justice Party" keeps "Justice"; "Justice Ana
// Ruiz" is a judge, and "Governor Central Bank officials" keeps its title out of the bank's
// name). Proper names capitalize each major word, titles only before a personal name (CMOS
// 17th ed. 8.21, 8.67).
func titleInOrgName(d *doc.Doc, st *doc.Sent, j, end int, ents []lexicon.Entry) bool {
	if !st.Toks[j].Cap {
		return false
	}
	for _, e := range ents {
		if e.Kind != lexicon.EntryTitle {
			return false
		}
	}
	return orgRunAfter(d, st, end) > end
}

// titleBeforeName reports a capitalized person's title at token j (titles.txt, no honorific)
// followed by a capitalized word that opens no body's name and is no title: "Spokesperson Rahmat
// Santoso" after "Ministry of Foreign Affairs". "Office of the Director of National Intelligence"
// (the title before "of") and "Ministry of Defence Secretariat" are no such title. With honorific
// it reports instead an honorific (class honorific: "Dr.", "Mr.", "H.E."; honorificstop.go) so
// followed, the next word's being a title aside.
func titleBeforeName(d *doc.Doc, st *doc.Sent, j int, honorific bool) bool {
	if !st.Toks[j].Cap {
		return false
	}
	ents, end := d.MatchNames(st, j)
	if len(ents) == 0 || end >= len(st.Toks) {
		return false
	}
	for _, e := range ents {
		if e.Kind != lexicon.EntryTitle || (e.Title.Class == "honorific") != honorific {
			return false
		}
	}
	n := st.Toks[end]
	if n.Kind != text.Word || !n.Cap || st.Ment[end] >= 0 || (!honorific && TitleAt(d, st, end) != nil) {
		return false
	}
	if _, ok := d.Lx.OrgWords[strings.TrimSuffix(n.Lower, ".")]; ok {
		return false
	}
	return orgRunAfter(d, st, end) == end
}

// lowerTail reports a hyphenated word whose last part is lower case ("Brabant-based", "U.S.-led"):
// an adjective, not a name.
// orgRunAfter returns the end of a run of capitalized words from token i that ends in an
// organization word (orgwords.txt) and holds no title or mention, or i.
func orgRunAfter(d *doc.Doc, st *doc.Sent, i int) int {
	toks := st.Toks
	end := i
	for k := i; k < len(toks) && k-i < 6; k++ {
		t := toks[k]
		if t.Kind != text.Word || !t.Cap || st.Ment[k] >= 0 || TitleAt(d, st, k) != nil || isStopCap(d, st, k) {
			break
		}
		if _, ok := d.Lx.OrgWords[strings.TrimSuffix(t.Lower, ".")]; ok {
			end = k + 1
		}
	}
	if end < len(toks) && toks[end].Cap && toks[end].Kind == text.Word {
		return i // the run goes on past its head: no clean body name
	}
	return end
}

func lowerTail(s string) bool {
	i := strings.LastIndexAny(s, "-\u2011")
	if i < 0 || i+1 >= len(s) {
		return false
	}
	r := []rune(s[i+1:])
	return len(r) > 0 && unicode.IsLower(r[0])
}

func strongerKind(a, b graph.Kind) graph.Kind {
	if a == graph.Government || b == graph.Government {
		return graph.Government
	}
	if b != "" {
		return b
	}
	return a
}

// TitleAt returns the person title matched at token i (lower or upper case), or nil.
func TitleAt(d *doc.Doc, st *doc.Sent, i int) *lexicon.Title {
	ents, _ := d.MatchNames(st, i)
	for _, e := range ents {
		if e.Kind == lexicon.EntryTitle {
			return e.Title
		}
	}
	return nil
}

// lexUnit turns a lexicon match [j, end) into a unit, enforcing capitalization: names must be
// capitalized (or all caps); titles may be lower case only inside a phrase ("Dutch trade minister").
func lexUnit(d *doc.Doc, st *doc.Sent, j, end int, ents []lexicon.Entry, inPhrase bool) (unit, bool) {
	first := st.Toks[j]
	if first.Lower == "the" && j+1 < end {
		first = st.Toks[j+1]
	}
	var pick *lexicon.Entry
	for k := range ents {
		e := &ents[k]
		if e.Caps && !first.AllCaps {
			continue // "Un" is no UN
		}
		switch e.Kind {
		case lexicon.EntryCountry, lexicon.EntryActor, lexicon.EntryCapital, lexicon.EntryDemonym:
			if first.Cap && (pick == nil || pick.Kind == lexicon.EntryTitle) {
				pick = e
			}
		case lexicon.EntryTitle:
			if pick == nil {
				pick = e
			}
		}
	}
	if pick == nil {
		return unit{}, false
	}
	if (pick.Kind == lexicon.EntryCapital || pick.Kind == lexicon.EntryCountry) && d.PlaceOpensForeignActor(st, j, end, ents) {
		return unit{}, false // "Georgetown University": the dictionary's actor, no capital (doc/placeinname.go)
	}
	u := unit{ts: j, te: end, e: *pick}
	if st.Toks[j].Lower == "the" && end > j+1 {
		u.ts = j + 1 // the mention is the name; "the" stays outside it
	}
	switch pick.Kind {
	case lexicon.EntryCountry:
		if end == j+1 && d.CapitalOpensName(st, j, ents) {
			// "Rep. Steve Israel": a country's name closing a given name's run is the surname
			// (doc/countrysurname.go)
			return unit{}, false
		}
		u.kind = uCountry
	case lexicon.EntryDemonym:
		u.kind = uDemonym
	case lexicon.EntryCapital:
		if end == j+1 && d.CapitalOpensName(st, j, ents) {
			// "Victoria Rodríguez Ceja": a capital's one-word name that is a given name before
			// a surname opens a personal name, no place (actor_places.go); "Abu Dhabi" and "Ha
			// Noi" are names of two words
			return unit{}, false
		}
		u.kind = uCapital
	case lexicon.EntryActor:
		u.kind = uActor
	case lexicon.EntryTitle:
		u.kind = uTitle
		if pick.Title.Class == "honorific" {
			u.kind = uHon
			if !first.Cap {
				return unit{}, false
			}
			if end == j+1 && surnameFirstSurname(d, st, j) {
				return unit{}, false // "North Korean diplomat Pak Chol": the surname Pak, no Indonesian "Pak"
			}
		}
		if !first.Cap {
			// a lower-case title continues a phrase only when a name or title follows it
			if end >= len(st.Toks) || !(st.Toks[end].Cap || TitleAt(d, st, end) != nil) {
				return unit{}, false
			}
		}
	}
	return u, true
}
