package actors

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Unnamed descriptive actors (rule agent:unnamed, issue 14 round 6): a noun phrase headed by an
// agent noun of the Phoenix agents dictionary (Phoenix.agents.txt via data/lexicons/phoenix,
// PETRARCH2, MIT) that names no one by a proper name and that no earlier rule took:
//
//   - a plural agent noun, bare or after a determiner and adjectives ("Protesters demanded …",
//     "Farmers rejected …", "angry traders"): a GROUP, as PETRARCH codes an agent with no
//     country (dictionaries.rst, "Agent Dictionary": the agent's code alone);
//   - a singular agent noun after a determiner or possessor that is a title ("The judge ordered
//     …", "the finance minister warned …"), an institution noun (orgwords.txt: "the union",
//     "the committee", "the court") or a collective noun ("a human rights group"; Quirk et al.
//     1985, 5.108): a GOVERNMENT body for a state institution (court, parliament), else a GROUP
//     (the office holder, the union: no proper name, so no organization node), unless the article names an actor
//     the description can refer to (a person holding that title, a body whose name has that
//     head), which coreference then resolves (coref.go resolveDefinite).
//
// The description is labelled as written, without its determiner. Its country is the story's
// (storyCountry: the dateline's, when the article names no other country more often); the
// phrase's own nationality, possessor or "in X" was taken earlier by descriptiveAgents. Such an
// actor is always local to its article (graph.Node.Local): "the union" or "protesters" of two
// articles are not known to be the same, whatever their country. Like the other descriptive
// actors it is kept only when it takes part in a relation.
//
// Runs after every sentence's named actors are found, so an antecedent later in the article (a
// lede that describes before it names) is seen too.
func unnamedAgents(d *doc.Doc, st *doc.Sent) {
	if d.Phx == nil {
		return
	}
	toks := st.Toks
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		initial := clauseInitial(d, st, i)
		if m := MentionAt(d, st, i); m != nil && initial && m.Te-m.Ts == 1 && m.Ent.Final().Pending && m.Ent.Final().Kind == "" && i+1 < len(toks) && !toks[i+1].Cap {
			_, prefix := d.Phx.AgentPrefix(t.Lower)
			if a, ok := d.Phx.Agent(t.Lower); ok && (a.Plural || strings.HasSuffix(t.Lower, "s")) || prefix && toks[i+1].Kind == text.Word {
				// "Farmers rejected …", "Human rights groups said …" after a dateline: the
				// capital is the sentence's, the word an agent noun or opens one
				m.Ent.Final().Dropped, m.Ent.Final().Pending = true, false
				Unmention(st, m)
			}
		}
		if t.Kind != text.Word || st.Ment[i] >= 0 || t.Cap && !initial {
			continue
		}
		hs, code, plural := agentPhraseEndingAt(d, st, i)
		if _, org := d.Lx.OrgWords[t.Lower]; hs < 0 && org && d.Phx.AgentEnd(t.Lower) {
			// "the union", "the committee": an institution noun (orgwords.txt) that Phoenix lists
			// as the head of its compound agents ("trade union", "people's committee")
			hs = i
		} else if sg, ok := strings.CutSuffix(t.Lower, "s"); hs < 0 && ok && i > 0 && Determiners.Has(toks[i-1].Lower) {
			// "the unions", "the committees": the regular plural of such a noun (Quirk et al.
			// 1985, 5.79) after a determiner names several of the institutions, a group; with a
			// modifier ("Russian banks") it is the nationality rules' (groups)
			if _, org := d.Lx.OrgWords[sg]; org && d.Phx.AgentEnd(sg) {
				hs, plural = i, true
			}
		}
		if hs < 0 || metonymHeads.Has(t.Lower) {
			continue // "the government" is the country acting (metonymy:government)
		}
		for hs < i && Determiners.Has(toks[hs].Lower) {
			hs++ // Phoenix lists some agents with their article ("the court"): it is the determiner
		}
		end := placePostmodifier(d, st, i+1) // "protesters in Lima demanded"
		part := false                        // "Workers occupying the plant rejected …"
		if pe := participialModifierEnd(d.Lx, st, end); pe > end {
			end, part = pe, true
		}
		vs := commaSupplementEnd(d.Frames, d.Lx, st, end) // "Farmers, angered by the tariffs, rejected"
		// "The union made fresh demands", "Protesters voiced opposition to …": a support verb
		// whose object is a cue noun is the act of that noun (frames' class support); its cue
		// noun right after it is no compound head (the test below)
		v := supportVerbAfter(d.Frames, d.Lx, st, vs)
		support := v >= 0
		if !support {
			v = doc.VerbAfter(d.Lx, st, vs)
			if v < 0 && vs < len(toks) {
				if e, ok := doc.AttitudeAt(d.Lx, st, vs); ok && e.Speech == "attitude" && e.Form != "ing" {
					// "Farmers fear that …", "Skippers reckon …": an attitude verb's subject holds
					// the belief (speech.txt kind attitude), a sentient agent like a speaker's
					v = vs
				}
			}
		}
		if v < 0 {
			// "The union and two student groups denounced …", "Farmers, along with traders,
			// rejected …": a conjunct of a coordinated subject (actor_conjoined.go)
			v, support = conjoinedSubjectVerb(d.Frames, d.Lx, st, hs, end)
		}
		if v < 0 {
			// "Farmers moved to block …", "The union responded by calling …": the subject of
			// a verb whose infinitive or by-gerund is the cue (actor_conjoined.go)
			v = controllingVerb(d.Lx, st, vs)
		}
		byStart := -1
		if v < 0 {
			byStart = passiveByAgent(d.Lx, st, hs) // "was condemned by farmers" (actor_byagent.go)
		}
		if v < 0 && byStart < 0 || toks[i].AllCaps || i+1 < len(toks) && toks[i+1].Text == ":" {
			// only a subject of a verb of saying or of a cue verb ("Protesters demanded",
			// "the judge ordered", "…, a rights group said") names an actor here: the same
			// noun as an object or inside a modifier ("the release of the activists", "a
			// request by the company") is what the relation layer reads as a target; a label
			// ("SENIOR OFFICIAL:") is the speaker layer's
			continue
		}
		if byStart < 0 && !support && !doc.AuxWords.Has(toks[v].Lower) && (v+1 < len(toks) && doc.VerbAfter(d.Lx, st, v+1) == v+1 || strings.HasSuffix(toks[v].Lower, "ing")) {
			// "The press release says", "media reports said": the word after the agent noun is
			// the head of a compound noun, the verb comes after it; and a participle after the
			// noun ("the coalition pressing for change") is a reduced relative clause of a noun
			// phrase that may be an object. An auxiliary that opens a cue pattern ("have" of
			// "have no intention of") is no noun: "Farmers have rejected" is a verb phrase
			// (auxWords; Quirk et al. 1985, 3.21 on the operator)
			continue
		}
		office := definiteOfficeStart(d.Lx, st, i) // "the interior minister" (actor_definiteoffice.go)
		if byStart < 0 && d.Lx.GroupHeads[t.Lower] != "" && d.Lx.Speech[toks[v].Lower].Kind != 0 && office < 0 {
			// "diplomats said", "officials say": a bare attribution noun of groups.txt is an
			// unnamed source, which groups() makes an actor only with a nationality or owner
			continue
		}
		if i+1 < len(toks) && !part {
			nx := toks[i+1]
			if nx.Kind == text.Word && nx.Cap && !isStopCap(d, st, i+1) {
				continue // a title or modifier before a name: "judge Ana Ruiz"
			}
			if nx.Kind == text.Word && !nx.Cap && (nx.Lower == "of" || nounModifier(d.Frames, d.Lx, st, i+1)) {
				continue // the phrase goes on: "the union of …", "police station"
			}
			if nx.Lower == "'s" || nx.Lower == "\u2019s" || nx.Text == "'" || nx.Lower == "for" {
				continue // a possessor or a principal: "the union's leader", "a spokesman for X"
			}
		}
		start := hs
		if byStart >= 0 {
			// the by-phrase's own modifiers and quantifiers, or its partitive head ("a coalition
			// of twelve trade unions"), without the determiner
			start = byStart
			for start < hs && (Determiners.Has(toks[start].Lower) || Predeterminers[toks[start].Lower]) {
				start++
			}
		}
		for n := 0; n < 2 && start > 0; n++ {
			p := toks[start-1]
			if start > 1 && descriptiveGenitive(st, start-1) {
				start -= 2 // "the teachers' union", "a farmers' association"
				continue
			}
			opening := p.Cap && !p.AllCaps && clauseInitial(d, st, start-1) // "Angry farmers rejected …"
			// "the striking teachers' union": an -ing participle between a determiner and the head
			// is a participial adjective premodifying the noun (Quirk et al. 1985, 7.15, 17.98), no
			// clause of its own, whatever cue its verb is (actor_participlemod.go)
			pmod := participleModifier(st, start-1)
			if !pmod && phoenixPrefix(d, p.Lower) {
				// "Opposition politicians": a noun that opens agent nouns of Phoenix.agents.txt
				// ("opposition leader", "opposition party") classifies the head as a noun
				// premodifier (Quirk et al. 1985, 17.104), though it is a cue noun alone
				pmod = true
			}
			// a cardinal numeral is a postdeterminer, no premodifier of the description ("Two
			// hundred political prisoners" → "political prisoners"; Quirk et al. 1985, 5.8-5.11)
			if numeralWord(p.Lower) {
				break
			}
			if plural && n == 0 && properPremodifier(d, st, start-1) {
				// "Muslim advocates", "Hispanic voters", "Democratic mayors" inside a sentence
				// (propermodifier.go); a singular title ("the Republican presidential
				// candidate") is its holder's, whom coreference finds
				m := MentionAt(d, st, start-1)
				if soleMention(d, m) {
					m.Ent.Final().Dropped, m.Ent.Final().Pending = true, false
				}
				Unmention(st, m)
				m.Ent = DroppedMention() // the word's other mentions keep its entity
				start--
				break
			}
			if p.Kind != text.Word || p.Cap && !opening || d.Lx.Stop[p.Lower] || Determiners.Has(p.Lower) || !d.Lx.Common[p.Lower] && !pmod || isCueWord(d.Lx, p.Lower) && !pmod || d.Lx.BeForms[p.Lower] || d.Lx.Speech[p.Lower].Kind != 0 {
				break
			}
			if m := MentionAt(d, st, start-1); m != nil {
				if e := m.Ent.Final(); !opening || !(e.Kind == "" && e.Pending && m.Te-m.Ts == 1) {
					break
				}
				// a common word (commonwords.txt) capitalized only because it opens the sentence
				// is no name but the description's adjective, as in lower case mid-sentence
				m.Ent.Final().Dropped, m.Ent.Final().Pending = true, false
				Unmention(st, m)
			}
			start-- // "angry farmers", "the local union"
		}
		if office >= 0 && office < start {
			start = office // the office's modifiers ("the fisheries minister"), whatever their word class
		}
		if start > 0 && st.Ment[start-1] >= 0 {
			continue // a name premodifies it ("European Community foreign ministers"): not unnamed
		}
		if part && !clauseInitial(d, st, start) && !(start > 0 && Determiners.Has(toks[start-1].Lower) && clauseInitial(d, st, start-1)) {
			continue // a participle postmodifies a subject only here; elsewhere the noun may be an object
		}
		det := ""
		if start > 0 {
			det = toks[start-1].Lower
			if !Determiners.Has(det) && det != "another" && det != "one" && det != "some" && det != "many" && det != "several" {
				det = ""
			}
			if start > 1 && (det == "'s" || toks[start-1].Lower == "\u2019s") {
				continue // "Nigeria's judges", "the ministry's officials": the possessor's rules
			}
		}
		head := strings.ToLower(d.SpanText(st, hs, i+1))
		title := d.Lx.Titles[head] != nil || d.Lx.Titles[t.Lower] != nil
		inst := institution(d.Lx, head)
		if !plural && (det == "" || !title && inst == "" && !CollectiveHeads.Has(t.Lower)) {
			continue // a bare singular is headlinese; "the village" names no agent here
		}
		last := t.Lower
		if office >= 0 {
			last = strings.ToLower(d.SpanText(st, office, i+1)) // "the fisheries minister" is no prime minister
		}
		if det != "a" && det != "an" && describedNamed(d, head, last, title, plural) {
			// a definite or bare description of what the article names: coreference's (an
			// indefinite article introduces a new referent, Quirk et al. 1985, 5.26-5.27)
			continue
		}
		label := d.SpanText(st, start, end)
		if clauseInitial(d, st, start) {
			label = lowerInitial(label, d)
		}
		var kind graph.Kind = graph.Group
		if !plural && !title && inst == graph.Government {
			kind = inst // "the court", "the parliament": a state body (orgwords.txt)
		}
		var c *lexicon.Country
		if !EnvoyNouns.Has(strings.TrimSuffix(t.Lower, "s")) && !transnationalSectors[lexicon.SectorOf(code)] {
			c = StoryCountry(d)
			if part {
				if pc := participleClausePlace(d, st, i+1, end); pc != nil {
					c = pc // "Students protesting in Dhaka": where they act places them
				}
			}
		}
		e := headAntecedent(d, kind, t.Lower, label, det == "the" && !plural && !strings.Contains(label, " "))
		if e == nil {
			e = Entity(d, "unnamed:"+strings.ToLower(label)+":"+string(kind), kind, label, "agent:unnamed")
		}
		e.Weak = true
		e.LocalScope = "article:" + d.C.Article.ID
		if c != nil && e.Country == nil {
			e.Country, e.Code, e.Cameo = c, c.Code, c.Code+lexicon.SectorOf(code)
		}
		for k := i + 2; k < end; k++ {
			// the place's words waiting for coreference ("Punjab") are the description's now
			if pm := MentionAt(d, st, k); pm != nil && pm.Ent.Final().Pending && pm.Ent.Final().Kind == "" {
				pm.Ent.Final().Dropped, pm.Ent.Final().Pending = true, false
				Unmention(st, pm)
			}
		}
		m := AddMention(d, st, start, end, e, "agent:unnamed")
		if m == nil {
			continue
		}
		if !plural && kind == graph.Group {
			m.Singular = true
		}
	}
}

// describedNamed reports whether the article names an actor that a singular description with
// this head refers to: a person whose role holds the head word ("Judge Ana Ruiz" for "the
// judge", "Finance Minister Wale Edun" for "the finance minister"), or a body whose name holds
// it ("the Dock Workers Union" for "the union").
//
// A head of definites.txt of class "org" (company, firm, group, bank) refers to any organization
// the article names, as coref.go's definiteFits reads it; a plural refers to the members of a body
// whose name holds it ("fishermen" and the "Union of Artisanal Fishermen"). Names are compared
// without accents ("Unión Portuaria" holds "union").
func describedNamed(d *doc.Doc, head, last string, title, plural bool) bool {
	orgClass := !plural && d.Lx.Definite[last] == "org"
	for _, e := range d.Ents {
		e = e.Final()
		if e.Dropped || e.Rule == "agent:unnamed" || e.Rule == "agent:body-members" || !e.Kind.IsActor() {
			// a description is no name: "GOP primary voters" (agent:body-members) is a head
			// noun classified by a body as "voters" is one unclassified, and "Republican
			// voters" later is another indefinite reference, not that group again
			continue
		}
		if title && e.Kind == graph.Person {
			for _, r := range e.Roles {
				if strings.Contains(strings.ToLower(r.Title), last) {
					return true
				}
			}
		}
		if title || e.Kind != graph.Government && e.Kind != graph.Organization && e.Kind != graph.Group {
			continue
		}
		if orgClass && e.Kind == graph.Organization {
			return true
		}
		for _, w := range strings.Fields(FoldAccents(graph.NormalizeName(e.Name))) {
			if w == last || plural && strings.TrimSuffix(w, "s") == strings.TrimSuffix(last, "s") {
				return true
			}
		}
	}
	return false
}

// EnvoyNouns name a state's agents abroad: a diplomat in a capital represents the sending state,
// not the one the story is filed from (Vienna Convention on Diplomatic Relations 1961, arts. 1
// and 3), so the dateline gives such a description no country.
var EnvoyNouns = lexicon.WordClass("envoynouns") // data/wordclasses/envoynouns.txt

// transnationalSectors are the CAMEO agent sectors of actors that work across borders (CAMEO
// codebook, ch. 3: HRI human rights, NGO non-governmental organizations, MED media): "human
// rights groups" or "journalists" in a story filed from Hanoi are no more Vietnamese than
// foreign, so the dateline gives them no country.
var transnationalSectors = map[string]bool{"HRI": true, "NGO": true, "MED": true}

// clauseInitial reports token i opening its sentence, or the text after a dateline ("LAGOS,
// Feb. 12 (Staff) - Farmers rejected …").
func clauseInitial(d *doc.Doc, st *doc.Sent, i int) bool {
	return SentInitial(st, i) || i > 0 && Dateline(d, st, 0) == i
}

// StoryCountry is the country a story is filed from (its first dateline's), when the article names
// no other country more often; else nil. A wire story's dateline gives where it was reported
// (AP Stylebook, "datelines"); a story filed from Lagos about Ghana names Ghana more.
func StoryCountry(d *doc.Doc) *lexicon.Country { return DatelineLeading(d, false) }

// DatelineLeading is the dateline's country unless the article names another country more often
// or, when strict, as often (a tie: a briefing abroad names its host as often as its own state).
func DatelineLeading(d *doc.Doc, strict bool) *lexicon.Country {
	dc := DatelineCountry(d)
	if dc == nil {
		return nil
	}
	cc := CountryCounts(d)
	for code, n := range cc {
		if code != dc.Code && (n > cc[dc.Code] || strict && n == cc[dc.Code]) {
			return nil
		}
	}
	return dc
}

// SoleStoryCountry is the dateline's country when the article names no other country at all:
// then a bare national body ("Parliament", "the Senate") can only be that country's (issue 14:
// the dateline is one of the sources of a generic body's country; with a second country named,
// the body stays local rather than risk joining the wrong state's).
func SoleStoryCountry(d *doc.Doc) *lexicon.Country {
	dc := DatelineCountry(d)
	if dc == nil {
		return nil
	}
	for code, n := range CountryCounts(d) {
		if code != dc.Code && n > 0 {
			return nil
		}
	}
	return dc
}

// lowerInitial lower-cases the first word of a label taken from a sentence's start when it is a
// common word ("Protesters" → "protesters"); a proper adjective keeps its capital.
func lowerInitial(label string, d *doc.Doc) string {
	w, rest, _ := strings.Cut(label, " ")
	if !d.Lx.Common[strings.ToLower(w)] || capitalizedInside(d, strings.ToLower(w)) {
		// a word the article capitalizes inside its sentences too is a proper adjective or
		// name there ("Democratic mayors", "Republican senators"), whatever else it may be
		// (CMOS 17th ed. 8.1; AP Stylebook, "party affiliation")
		return label
	}
	r, n := utf8.DecodeRuneInString(w)
	w = string(unicode.ToLower(r)) + w[n:]
	if rest == "" {
		return w
	}
	return w + " " + rest
}

// FoldAccents removes combining marks after canonical decomposition (Unicode UAX #15 NFD):
// "unión" → "union", so an English head word matches a name written with its accents.
func FoldAccents(s string) string {
	out, _, err := transform.String(transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC), s)
	if err != nil {
		return s
	}
	return out
}

// descriptiveGenitive reports a plural common noun's genitive mark at token k ("teachers'" in "the
// teachers' union": the tokenizer's "'" read as "'s" after a word in -s): a classifying genitive,
// which names a kind of its head as an adjective does and takes the head's determiner ("the
// teachers' union" is "the union of teachers", no particular teachers own it; Quirk et al. 1985,
// 17.44 on descriptive genitives, "a women's college", "a farmers' union"). A name's genitive
// ("Kenya's union") is a possessor, which descriptiveAgents reads.
func descriptiveGenitive(st *doc.Sent, k int) bool {
	g, w := st.Toks[k], st.Toks[k-1]
	if g.Lower != "'s" || w.Kind != text.Word || w.Cap || st.Ment[k-1] >= 0 {
		return false
	}
	if g.Text == "'" || g.Text == "\u2019" {
		return strings.HasSuffix(w.Lower, "s") && !strings.HasSuffix(w.Lower, "ss") // "teachers'"
	}
	// the irregular plurals that take "'s" (Quirk et al. 1985, 5.83-5.85 and 5.113: -men,
	// children, people): "fishermen's", "women's"
	return strings.HasSuffix(w.Lower, "men") || w.Lower == "children" || w.Lower == "people"
}

// commaSupplementEnd returns the token after a supplement set off by commas at k that opens with
// a relative pronoun (who, which, whose), an -ing or -ed participle, or a preposition, and is
// followed by a cue or speech verb: "Farmers, angered by the new tariffs, rejected …",
// "Teachers, who have been on strike for weeks, rejected …". A non-restrictive relative clause or
// a supplementive clause between the subject and its verb leaves the subject the verb's (Quirk et
// al. 1985, 17.22, 15.58; Huddleston & Pullum 2002, 15.5), so the agent noun before it names the
// actor as it does right before the verb. k otherwise.
func commaSupplementEnd(fr doc.Frames, lx *lexicon.Lexicons, st *doc.Sent, k int) int {
	toks := st.Toks
	if k+2 >= len(toks) || toks[k].Text != "," {
		return k
	}
	w := toks[k+1]
	if w.Kind != text.Word || w.Cap || !(RelativeWords.Has(w.Lower) || strings.HasSuffix(w.Lower, "ing") || strings.HasSuffix(w.Lower, "ed") || text.IsPrep(w.Lower)) {
		return k
	}
	for c := k + 2; c < len(toks) && c < k+25; c++ {
		if toks[c].Kind == text.Punct && toks[c].Text != "," && toks[c].Text != "-" {
			return k
		}
		if toks[c].Text == "," {
			if doc.VerbAfter(lx, st, c+1) >= 0 || supportVerbAfter(fr, lx, st, c+1) >= 0 {
				return c + 1
			}
			return k
		}
	}
	return k
}

// placePostmodifier returns the end of a locative phrase "in X" after token k-1 whose X is a run
// of one to three capitalized words that name no person ("protesters in Lima", "rebels in North
// Darfur") or "the" and a compass point ("farmers in the north"): a prepositional phrase postmodifying the noun before it (Quirk et al. 1985,
// 17.37), part of the description; k when there is none. A country ("in Peru") is the possessor
// rule's (descriptiveAgents), which runs first.
func placePostmodifier(d *doc.Doc, st *doc.Sent, k int) int {
	toks := st.Toks
	if k+1 >= len(toks) || toks[k].Lower != "in" {
		return k
	}
	if k+2 < len(toks) && toks[k+1].Lower == "the" && !toks[k+2].Cap && compassPoints.Has(toks[k+2].Lower) {
		// "farmers in the north", "rebels in the east": a compass point names a region of the
		// country the story is about (AP Stylebook, "directions and regions": lower case for a
		// compass direction naming a section), as a place name does
		return k + 3
	}
	e := k + 1
	for e < len(toks) && e < k+4 && toks[e].Kind == text.Word && toks[e].Cap && !isStopCap(d, st, e) {
		if m := MentionAt(d, st, e); m != nil && m.Ent.Final().Kind == graph.Person {
			return k // "analysts in Smith's team": no place
		}
		e++
	}
	if e == k+1 {
		return k
	}
	return e
}

// supportVerbAfter returns the index of a support verb at i or after an auxiliary or -ly adverb
// ("made", "voiced", "has expressed") whose object noun phrase opens with a cue word within three
// words ("made fresh demands for", "voiced opposition to", "issued a call for"), else -1. A
// support verb (frames class support: Oper1 and its intensifying PlusOper1, Mel'čuk 1996 "Lexical
// functions") adds no meaning of its own: its subject is the agent of the noun's act, as the
// subject of the cue verb is ("demanded"), so an agent noun before it is an actor as before a cue
// verb. The words between verb and cue are determiners (possessives among them) or modifiers (no stop word
// but a determiner), so the cue heads the object, not a complement of it ("made a report on
// sanctions" does not qualify). The verb's lemma is the syntax model's (tagged VBD for an -ed or
// irregular past form, else VB).
func supportVerbAfter(fr doc.Frames, lx *lexicon.Lexicons, st *doc.Sent, i int) int {
	toks := st.Toks
	for i < len(toks) && (doc.AuxWords.Has(toks[i].Lower) || strings.HasSuffix(toks[i].Lower, "ly") && !toks[i].Cap) {
		i++
	}
	if i >= len(toks) || toks[i].Kind != text.Word || toks[i].Cap || fr == nil {
		return -1
	}
	xpos := "VB"
	if strings.HasSuffix(toks[i].Lower, "ed") || lx.PastForms[toks[i].Lower] {
		xpos = "VBD"
	} else if strings.HasSuffix(toks[i].Lower, "s") {
		xpos = "VBZ"
	}
	if !fr.InClass("support", fr.Lemma(toks[i].Text, "VERB", xpos)) {
		return -1
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		t := toks[k]
		if t.Kind != text.Word || t.Cap {
			return -1
		}
		if isCueWord(lx, t.Lower) {
			return i
		}
		if lx.Stop[t.Lower] && !Determiners.Has(t.Lower) {
			return -1
		}
	}
	return -1
}

// stateNouns are the plural count nouns for states: data/wordclasses/statenouns.txt.
var stateNouns = lexicon.WordClass("statenouns")

// stateCollectives finds a set of states written as a bare plural with descriptive premodifiers,
// the subject of a cue or speech verb: "Small island nations on Friday demanded …", "Developing
// countries have rejected …" (rule agent:state-collective; generic reference of the bare plural,
// Quirk et al. 1985, 5.52–5.58). It is a GROUP labelled as written, of no one country, local to
// its article and kept only when it takes part in a relation, like the other unnamed actors.
//
// Conservative by construction: one to three lower-case premodifiers of the common-word list
// (the first may carry the sentence's capital) and no determiner, quantifier, numeral, possessor
// or name before them ("the two countries", "both nations", "many states", "African countries",
// "Gulf states" describe states the article names or a region's, which other rules read), and the
// verb right after the noun, a time phrase ("on Friday") or auxiliaries between.
func stateCollectives(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 1; i < len(toks); i++ {
		t := toks[i]
		if t.Kind != text.Word || t.Cap || st.Ment[i] >= 0 || !stateNouns.Has(t.Lower) {
			continue
		}
		start := i
		for start > 0 && i-start < 3 {
			p := toks[start-1]
			initial := clauseInitial(d, st, start-1)
			if p.Kind != text.Word || p.Cap && !initial || !d.Lx.Common[p.Lower] || d.Lx.Stop[p.Lower] || Determiners.Has(p.Lower) ||
				Predeterminers[p.Lower] || isCueWord(d.Lx, p.Lower) || d.Lx.BeForms[p.Lower] || text.IsPrep(p.Lower) || doc.AuxWords.Has(p.Lower) || CardinalWords.Has(p.Lower) || isNumeral(p.Lower) || byQuantifiers.Has(p.Lower) {
				break
			}
			if m := MentionAt(d, st, start-1); m != nil {
				if e := m.Ent.Final(); !(initial && m.Te-m.Ts == 1 && e.Pending && e.Kind == "") {
					break // a name premodifies it ("EU countries"): not unnamed
				}
			}
			start--
		}
		if start == i || start > 0 && !clauseInitial(d, st, start) && toks[start-1].Text != "," {
			continue // no premodifier, or the phrase is no clause's subject ("of small nations")
		}
		v := i + 1
		if v+1 < len(toks) && toks[v].Lower == "on" && doc.WireDays.Has(toks[v+1].Lower) {
			v += 2 // "on Friday"
		}
		if doc.VerbAfter(d.Lx, st, v) < 0 {
			continue
		}
		if m := MentionAt(d, st, start); m != nil {
			m.Ent.Final().Dropped, m.Ent.Final().Pending = true, false // "Small": the sentence's capital
			Unmention(st, m)
		}
		label := d.SpanText(st, start, i+1)
		if clauseInitial(d, st, start) {
			label = lowerInitial(label, d)
		}
		e := Entity(d, "unnamed:"+strings.ToLower(label)+":"+string(graph.Group), graph.Group, label, "agent:state-collective")
		e.Weak = true
		e.LocalScope = "article:" + d.C.Article.ID
		AddMention(d, st, start, i+1, e, "agent:state-collective")
	}
}
