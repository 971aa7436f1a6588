package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// nameSuffixes are the generational suffixes of personal names: Jr., Sr., II, III, IV (CMOS 17th
// ed. 6.43, 10.19). data/wordclasses/namesuffixes.txt.
var nameSuffixes = lexicon.WordClass("namesuffixes")

// generationalSuffix reports that token i of st closes a personal name of at least two capitalized
// words before it with a generational suffix written as a Roman numeral ("Harold Kemp III"): the
// numeral is part of the person's name and no acronym (CMOS 17th ed. 6.43).
func generationalSuffix(st *doc.Sent, ts, i int) bool {
	t := st.Toks[i]
	return i-ts >= 2 && t.AllCaps && nameSuffixes.Has(t.Lower) && st.Toks[i-1].Cap && st.Toks[i-2].Cap
}

// SurnameCore is the surname by which the press names a person alone, from the person's name
// words: the last word before a generational suffix ("Kemp" of "Harold Kemp Jr.", "Harold Kemp
// III"), without an attached lower-case particle ("Rashidi" of "al-Rashidi"; CMOS 17th ed. 8.5–8.14
// on particles, data/wordclasses/nameparticle.txt). It is "" when the name has fewer than two
// words left or nothing was removed (the plain last word is matched by the caller).
func SurnameCore(toks []string) string {
	n := len(toks)
	for n > 0 && nameSuffixes.Has(strings.ToLower(strings.TrimSuffix(toks[n-1], ","))) {
		n--
	}
	if n < 2 {
		return ""
	}
	last := toks[n-1]
	if i := strings.IndexAny(last, "-‐–"); i > 0 && NameParticle.Has(last[:i]) {
		_, size := firstRuneAfter(last, i)
		last = last[i+size:]
	}
	if n == len(toks) && last == toks[n-1] {
		return ""
	}
	return last
}

// firstRuneAfter returns the rune at byte offset i of s and its size in bytes.
func firstRuneAfter(s string, i int) (rune, int) {
	for _, r := range s[i:] {
		return r, len(string(r))
	}
	return 0, 0
}

// GivenNameOf reports that w is the given name (first word) of p's name of three words or more,
// and of no other person's name in persons, in any position: a short reference by given name
// alone ("Ingrid" after "Ingrid Marrow Holt"), which the press uses for a person already named in
// full (AP Stylebook, "first names": a first name alone in later references). Two-word names are
// matched by the family-name-first rule already; a word that is another person's name too is
// left unresolved, since it cannot tell the two apart, and so is a common English word ("Harbor"
// of a run "Harbor Master Ingrid Moe" is a title's word, no given name). The caller asks only for
// a short form that is the subject of a verb, the one the subject-name rule would type
// ORGANIZATION.
func GivenNameOf(lx *lexicon.Lexicons, p *doc.Entity, w string, persons []*doc.Entity) bool {
	if len(p.NameToks) < 3 || !strings.EqualFold(p.NameToks[0], w) || w == strings.ToLower(w) || lx.Common[strings.ToLower(w)] {
		return false
	}
	return InnerNameUnique(persons, w)
}

// unitHeads, weatherHeads and regionNames are the head-noun classes of names that are no persons:
// military units and facilities (NATO APP-6 echelons, GeoNames class S), named weather events
// (WMO naming), continents and world regions (UN M49, GeoNames L.RGN).
// data/wordclasses/unitheads.txt, weatherheads.txt, regions.txt.
var (
	unitHeads    = lexicon.WordClass("unitheads")
	weatherHeads = lexicon.WordClass("weatherheads")
	regionNames  = lexicon.WordClass("regions")
)

// unitOrWeatherName types a run of capitalized words [ts, te) that has no organization word by
// its head noun: "unit" when its last word heads the name of a military unit or facility
// ("Coastal Battalion", "Polar Research Station": a body, typed ORGANIZATION as orgwords.txt
// types "Brigade"), "weather" when its first word opens a storm's name ("Hurricane Delphine": no
// actor), "" otherwise. A two-word name needs a head that is not the name's only other
// capitalized word, which always holds for runs of two or more.
func unitOrWeatherName(st *doc.Sent, ts, te int) string {
	if te-ts < 2 {
		return ""
	}
	if unitHeads.Has(st.Toks[te-1].Lower) {
		return "unit"
	}
	if weatherHeads.Has(st.Toks[ts].Lower) {
		return "weather"
	}
	return ""
}

// DocumentAcronym reports an acronym that the article writes only as the name of an instrument:
// every mention is the object of "under" ("exports rose under CAFTRA": the preposition of
// conformity to a rule, Quirk et al. 1985, 9.47) or premodifies a head noun of a law, agreement
// or programme ("the NRTP agreement"; data/lexicons/policywords.txt). Such an acronym abbreviates
// the law or agreement, not a body, and is no ORGANIZATION. An acronym of a body named in full in
// the article is merged before this is asked (bodySpelled).
func DocumentAcronym(d *doc.Doc, e *doc.Entity) bool {
	n := 0
	for _, m := range d.Mentions {
		if m.Ent != e {
			continue
		}
		n++
		if !instrumentMention(d.Lx, d.Sents[m.Sent].Toks, m.Ts, m.Te) {
			return false
		}
	}
	return n > 0
}

// instrumentMention reports an acronym mention [ts, te) that is the object of "under" or
// premodifies a policy head noun in lower case (DocumentAcronym).
func instrumentMention(lx *lexicon.Lexicons, toks []text.Token, ts, te int) bool {
	p := ts - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	// "under CAFTRA" with the acronym as the object's head; "under KDF control" is a body's
	// control, the acronym a premodifier of "control"; a finite auxiliary after it ("under the
	// SFMC were confirmed") opens the predicate, no noun the acronym premodifies (finiteaux.txt)
	nounAfter := te < len(toks) && toks[te].Kind == text.Word && !toks[te].Cap && !doc.FiniteAux.Has(toks[te].Lower) && !doc.FiniteDo.Has(toks[te].Lower)
	under := p >= 0 && toks[p].Lower == "under" && !nounAfter
	head := te < len(toks) && toks[te].Kind == text.Word && !toks[te].Cap && lx.PolicyHead[toks[te].Lower]
	return under || head
}

// pluralOrgHead gives the kind of organization word (data/lexicons/orgwords.txt) whose regular
// plural is token j, when j is the first word of the name being read (u), "the" stands before it
// and "for" or "of" follows: "the Centres for Rural Health and Sanitation", "the Associations of
// Farmers and Herders". A plural head with a postmodifier names one body made of several units
// (as "the Centers for Disease Control and Prevention" does); without "the … for/of" a plural
// ("Farmers Associations said") stays what the other rules make of it. The regular plural adds
// -s or -es (Quirk et al. 1985, 5.76).
func pluralOrgHead(lx *lexicon.Lexicons, st *doc.Sent, u unit, j int) (graph.Kind, bool) {
	toks := st.Toks
	t := toks[j]
	if u.ts != j || j == 0 || toks[j-1].Lower != "the" || j+1 >= len(toks) || toks[j+1].Lower != "for" && toks[j+1].Lower != "of" || !strings.HasSuffix(t.Lower, "s") {
		return "", false
	}
	if k, ok := lx.OrgWords[strings.TrimSuffix(t.Lower, "s")]; ok {
		return k, true
	}
	if strings.HasSuffix(t.Lower, "es") {
		if k, ok := lx.OrgWords[strings.TrimSuffix(t.Lower, "es")]; ok {
			return k, true
		}
	}
	return "", false
}

// appositiveOrgHead reports a lower-case organization head word of data/lexicons/orgwords.txt of
// kind ORGANIZATION ("association", "federation", "league", "movement") as the head noun of an
// appositive description: "Tamsworth, the growers' association, said …" describes Tamsworth as
// a body just as the wire descriptors of orgnouns.txt ("a firm") do (orgDescriptors, rule
// org:appositive-noun). Government heads ("ministry") are left out: the appositive rule types
// ORGANIZATION only.
func appositiveOrgHead(lx *lexicon.Lexicons, w string) bool {
	return lx.OrgWords[w] == graph.Organization
}

// namedCollectives makes a GROUP of a collective noun premodified by a name the article does not
// otherwise know: "the Orlan movement condemned …", "members of the Orlan faction". The phrase is
// "the", one or two capitalized words that are no actor, no common word and no nationality, and a
// lower-case singular collective head of collectiveheads.txt (group, faction, organization,
// movement, association: Quirk et al. 1985, 5.108) that ends the noun phrase (no lower-case noun
// of groups.txt or another collective head follows). A proper noun premodifying a common noun
// names the referent's kind by its name (CGEL 5.20, proper-noun modifiers: "the Orlan movement"
// is the movement called Orlan). The group is labelled as written ("Orlan movement", rule
// group:named-collective) and kept only when it takes part in a relation, as the unnamed groups
// are.
//
// A single unknown name before a plural member noun of an armed group is a GROUP too: "Kessar
// gunmen threatened …" (rule group:named-members). The member nouns are the Phoenix agents
// dictionary's agents of the armed opposition and unaligned armed forces (codes REB, UAF:
// fighters, gunmen, guerrillas, separatists, militiamen …) in their plural; what groups() and
// descriptiveAgents() made of a phrase first ("Kurdish fighters in Syria") stays theirs.
func namedCollectives(d *doc.Doc, st *doc.Sent) {
	toks := st.Toks
	for i := 0; i+1 < len(toks); i++ {
		if namedMembers(d, st, i) {
			i++
			continue
		}
		if toks[i].Lower != "the" || i+2 >= len(toks) {
			continue
		}
		k := i + 1
		var pend []*doc.Mention // single unknown words waiting for coreference ("Orlan" alone)
		for k < len(toks) && k-i <= 2 && toks[k].Kind == text.Word && toks[k].Cap && !toks[k].AllCaps && (st.Ment[k] < 0 || pendingSingle(d, st, k, &pend)) &&
			!d.Lx.Common[toks[k].Lower] && !isDemonymWord(d.Lx, toks[k].Lower) && !isStopCap(d, st, k) && d.Lx.NonActor[toks[k].Lower] == "" && !regionNames.Has(toks[k].Lower) {
			k++
		}
		if k == i+1 || k >= len(toks) || k-i > 3 {
			continue
		}
		h := toks[k]
		if h.Kind != text.Word || h.Cap || strings.HasSuffix(h.Lower, "s") || !CollectiveHeads.Has(h.Lower) || st.Ment[k] >= 0 {
			continue
		}
		if n := k + 1; n < len(toks) && toks[n].Kind == text.Word && !toks[n].Cap && (CollectiveHeads.Has(toks[n].Lower) || d.Lx.GroupHeads[toks[n].Lower] != "" || d.Lx.GroupWeak[toks[n].Lower]) {
			continue // "the Orlan movement leaders": the head is further right
		}
		for _, m := range pend {
			Unmention(st, m)
			m.Ent = DroppedMention()
		}
		name := d.SpanText(st, i+1, k+1)
		e := Entity(d, "group:"+graph.NormalizeName(name), graph.Group, name, "group:named-collective")
		e.Weak = true
		AddMention(d, st, i+1, k+1, e, "group:named-collective")
		i = k
	}
}

// pendingSingle reports that token k is covered by a one-word mention of a name that waits for
// coreference (rule name:single, no kind yet) and appends that mention to pend.
func pendingSingle(d *doc.Doc, st *doc.Sent, k int, pend *[]*doc.Mention) bool {
	m := MentionAt(d, st, k)
	if m == nil || m.Ts != k || m.Te != k+1 || m.Rule != "name:single" {
		return false
	}
	if e := m.Ent.Final(); !e.Pending || e.Kind != "" {
		return false
	}
	*pend = append(*pend, m)
	return true
}

// titleLine reports a document's title line of the shape "Genre with Title Name": a first line
// set as a headline, one to three capitalized words of a genre label and a "with" phrase naming
// the other party ("Interview with Foreign Minister Tomas Reinholt", "Conversation with …": the
// comitative "with" names a participant of the interview or meeting, Quirk et al. 1985, 9.45).
// Such a title is furniture that frames the document and states no fact of membership: the
// person's title there is kept as a role, but no MEMBER_OF relation has the title line as its
// evidence (issue 14, round-8 class 46); the body's own mentions give it where the text states
// it. Titles that name the speaker by "by" or a possessive ("Remarks by …", "Spokesperson X's
// Regular Press Conference") keep their MEMBER_OF: there the office is the speaker's own
// description of who speaks.
func titleLine(st *doc.Sent) bool {
	if st.Idx != 0 || !st.Headline {
		return false
	}
	for i, t := range st.Toks {
		if t.Lower == "with" {
			return i >= 1
		}
		if i >= 3 || t.Kind != text.Word || !t.Cap {
			return false
		}
	}
	return false
}

// namedMembers makes the GROUP "Name N-pl" of token k, a single unknown capitalized word, and the
// plural armed-group member noun after it (see namedCollectives), and reports whether it did.
func namedMembers(d *doc.Doc, st *doc.Sent, k int) bool {
	toks := st.Toks
	if d.Phx == nil || k+1 >= len(toks) || st.Ment[k+1] >= 0 {
		return false
	}
	t, n := toks[k], toks[k+1]
	if t.Kind != text.Word || !t.Cap || t.AllCaps || n.Kind != text.Word || n.Cap || k > 0 && toks[k-1].Kind == text.Word && toks[k-1].Cap {
		return false
	}
	a, ok := d.Phx.Agent(n.Lower)
	if !ok || a.Code != "REB" && a.Code != "UAF" || !(a.Plural || strings.HasSuffix(n.Lower, "men")) {
		return false
	}
	var pend []*doc.Mention
	if st.Ment[k] >= 0 && !pendingSingle(d, st, k, &pend) || d.Lx.Common[t.Lower] || isDemonymWord(d.Lx, t.Lower) || d.Lx.NonActor[t.Lower] != "" || regionNames.Has(t.Lower) {
		return false
	}
	if k+2 < len(toks) && toks[k+2].Kind == text.Word && !toks[k+2].Cap && (CollectiveHeads.Has(toks[k+2].Lower) || d.Lx.GroupHeads[toks[k+2].Lower] != "") {
		return false // "Kessar fighter groups": the head is further right
	}
	for _, m := range pend {
		Unmention(st, m)
		m.Ent = DroppedMention()
	}
	name := d.SpanText(st, k, k+2)
	e := Entity(d, "group:"+graph.NormalizeName(name), graph.Group, name, "group:named-members")
	e.Weak = true
	AddMention(d, st, k, k+2, e, "group:named-members")
	return true
}

// DemonymTail reports a single word that is the last word of a demonym of two words or more in
// countries.txt and no demonym by itself: "Korean" of "South Korean" and "North Korean". Alone it
// is the adjective of a nation that several states share (Quirk et al. 1985, 7.24-7.26: adjectives
// of nationality), which names no one country and is no name of an organization; case is ignored.
func DemonymTail(lx *lexicon.Lexicons, w string) bool {
	lw := strings.ToLower(w)
	ix := tails(lx) // countrytails.go
	return !ix.demonym[lw] && ix.demTail[lw]
}

// CountryNameTail reports a single word that is the last word of the names of two states or more
// in countries.txt (their names and other names) and no state's name by itself: "Korea" of "North
// Korea" and "South Korea" (and "Republic of Korea"). The Phoenix place dictionary
// (data/lexicons/phoenix/places.txt, from PETRARCH2's Phoenix.Countries.actors.txt) gives the word
// a country only with its qualifier ("Korea (North)" PRK, "Korea (South)" KOR), never alone: the
// bare word names no one state, and it is no name of an organization either. "Guinea" and
// "Congo" are names of a state of their own and stay (case is ignored).
func CountryNameTail(lx *lexicon.Lexicons, w string) bool {
	lw := strings.ToLower(w)
	ix := tails(lx) // countrytails.go
	return !ix.name[lw] && len(ix.nameTail[lw]) >= 2
}

// InnerNameUnique reports that w is a word of exactly one of the persons' names.
func InnerNameUnique(persons []*doc.Entity, w string) bool {
	n := 0
	for _, p := range persons {
		if p.Merged != nil {
			continue
		}
		for _, t := range p.NameToks {
			if strings.EqualFold(t, w) {
				n++
				break
			}
		}
	}
	return n == 1
}

// SharedFamilyName reports that w is the family name of two or more of the article's persons
// (last word, first word of a two-word family-name-first name, or surnameCore): "Wang" beside Wang
// Yi and Wang Qishan. A short form resolves to the nearest of them in its sentence (coref.go), but
// it is no alias of that person's node: a surname alias must be unambiguous in the article (issue
// 14, Names; AP Stylebook "names": on second reference the surname alone only when it identifies
// one person), and a stored alias would name the person in every later article.
func SharedFamilyName(persons []*doc.Entity, w string) bool {
	n := 0
	for _, p := range persons {
		if p.Merged != nil || len(p.NameToks) < 2 {
			continue
		}
		last, first := p.NameToks[len(p.NameToks)-1], p.NameToks[0]
		if strings.EqualFold(last, w) || len(p.NameToks) == 2 && strings.EqualFold(first, w) || strings.EqualFold(SurnameCore(p.NameToks), w) {
			n++
		}
	}
	return n >= 2
}

// SameTitleHeld reports that person p holds a title the short form e was written with ("Vice
// President Park" and Vice President Park Ji-hoon, not Finance Minister Park Soo-min): a title
// before a surname on second reference names the holder of that office (AP Stylebook "titles":
// the title is repeated with the surname to identify the person), so it outranks nearness.
func SameTitleHeld(p, e *doc.Entity) bool {
	for _, r := range e.Roles {
		for _, q := range p.Roles {
			if r.Title != "" && strings.EqualFold(r.Title, q.Title) {
				return true
			}
		}
	}
	return false
}

// NamesakeFit is a person a short form could name: its rank (name fit doubled, plus one for a
// title the short form was written with) and whether it was introduced before the mention.
type NamesakeFit struct {
	P      *doc.Entity
	Rank   int
	Before bool
}

// NamesakesFit reports that the short form resolved to best fits another person of the article as
// well: a second candidate, of another name, with best's rank (name fit and title held) and on
// best's side of the mention (both introduced before it, or both after it). "Foreign Minister
// Wang Yi met Vice Minister Wang Chao. Wang said …": a second reference by the bare surname
// identifies its referent only when one person of the text bears it (AP Stylebook, "names": use
// the last name on second reference; a writer tells two persons of one family name apart by
// first names or titles), so nearness is no evidence between two namesakes the reader already
// knows; a namesake introduced only after the mention is no antecedent ("Wang said …. Vice
// President Wang Qishan will visit"). When the short form was written before every namesake's
// full name ("A look at Mr. Varga's vineyard … Peter Varga … his daughter, Anna Varga …"), the
// reader resolves it forward to the first full name that follows (cataphoric reference: Halliday
// and Hasan 1976, ch. 2), best, and a namesake introduced later is told apart by her first
// name: no ambiguity.
func NamesakesFit(fits []NamesakeFit, best *doc.Entity) bool {
	if best == nil {
		return false
	}
	var me NamesakeFit
	for _, f := range fits {
		if f.P == best {
			me = f
		}
	}
	if !me.Before {
		return false
	}
	for _, f := range fits {
		if f.P != best && f.Rank == me.Rank && f.Before == me.Before && graph.NormalizeName(f.P.Name) != graph.NormalizeName(best.Name) {
			return true
		}
	}
	return false
}
