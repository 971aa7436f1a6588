package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// CoSpeakers returns the actors of a speaker named as a coordination ("Osland and Serrania", "the
// Government of X and the Government of Y"), each conjunct resolved as a speaker of its own, when
// at least two distinct actors come out and no single mention covers the whole phrase ("Bosnia
// and Herzegovina", "the Ministry of Trade and Industry" stay one). nil otherwise.
func CoSpeakers(d *doc.Doc, u *discourse.Unit) []*doc.Entity {
	if !Speaking(u) || u.Anaphoric || u.Speaker.Empty() || u.Role == discourse.Question {
		return nil
	}
	parts := conjunctsOutside(u.Label, u.Speaker.Start, func(sp discourse.Span) bool { return insideMention(d, sp) })
	if len(parts) < 2 {
		return nil
	}
	if wholeMention(d, nameSpan(u.Label, u.Speaker)) {
		return nil
	}
	if d.CoSpeakerCache == nil {
		d.CoSpeakerCache = map[discourse.Span][]*doc.Entity{}
	}
	if es, ok := d.CoSpeakerCache[u.Speaker]; ok {
		return es
	}
	if appositiveTitles(d.Lx, parts) {
		if e := UnitSpeaker(d, &discourse.Unit{Role: u.Role, Speaker: parts[0].Span, Label: parts[0].text}); e != nil && e.Kind == graph.Person {
			d.CoSpeakerCache[u.Speaker] = nil
			return nil // "Ambassador X, Representative to the UN and Representative in the Security Council": one speaker
		}
	}
	var out []*doc.Entity
	seen := map[*doc.Entity]bool{}
	for _, p := range parts {
		v := *u
		v.Speaker, v.Label = p.Span, p.text
		e := UnitSpeaker(d, &v)
		if e == nil {
			continue
		}
		if e = e.Final(); !seen[e] {
			seen[e] = true
			out = append(out, e)
		}
	}
	if len(out) < 2 {
		out = nil
	}
	d.CoSpeakerCache[u.Speaker] = out
	return out
}

// appositiveTitles reports a speaker phrase whose conjuncts after the first are each a title
// description with no name of a holder ("United States Representative to the United Nations",
// "Representative in the Security Council"): the titles of the one person the first conjunct
// names, set off by a comma (Quirk et al. 1985, 17.65, non-restrictive apposition) and
// coordinated among themselves (13.2); no list of parties, whose conjuncts each name a party.
// A title description's head is the word before its first preposition (17.2: the head of a noun
// phrase precedes its prepositional postmodifier), a title of titles.txt with its premodifiers
// ("united states representative" ends in "representative").
func appositiveTitles(lx *lexicon.Lexicons, parts []conjunct) bool {
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts[1:] {
		ws := strings.Fields(strings.ToLower(strings.Trim(p.text, " ,")))
		h := len(ws)
		for k, w := range ws {
			if text.IsPrep(w) || w == "to" { // IsPrep's fourteen and "to" (Quirk et al. 1985, 9.7)
				h = k
				break
			}
		}
		if h == 0 {
			return false
		}
		title := false
		for k := 0; k < h; k++ {
			if lx.Titles[strings.Join(ws[k:h], " ")] != nil {
				title = true
				break
			}
		}
		if !title {
			return false
		}
	}
	return true
}

type conjunct struct {
	Span discourse.Span
	text string
}

// Conjuncts splits a speaker phrase at "and", "&" and commas outside parentheses and quotation
// marks ("The Government of X (the “X”) and the Government of Y (“Y”)"); base is the phrase's
// offset in code points. Parenthesized aliases stay with their conjunct, trailing commas and
// spaces are trimmed. A phrase with no coordinator is one conjunct: commas alone set a name and
// its title in apposition ("the Minister of Foreign Affairs of Veldland, Dr. Ana Reyes"), while a
// list of parties ends with "and" (Quirk et al. 1985, §17.65 on apposition, §13.18 on the final
// coordinator of a list).
func Conjuncts(label string, base int) []conjunct {
	return conjunctsOutside(label, base, nil)
}

// conjunctsOutside is conjuncts, with the separators for which inside (given their span in code
// points of the text) reports a name around them left in their conjunct: the "and" of "Ministry
// of Trade and Industry" in "Minister X, Ministry of Trade and Industry" joins no two parties,
// and the comma before such a name then sets an apposition, no list (Quirk et al. 1985, §17.65).
// A nil inside keeps every separator.
func conjunctsOutside(label string, base int, inside func(discourse.Span) bool) []conjunct {
	r := []rune(label)
	seps := topSeparators(r)
	if inside != nil {
		kept := seps[:0:0]
		for _, sp := range seps {
			if !inside(discourse.Span{Start: base + sp[0], End: base + sp[1]}) {
				kept = append(kept, sp)
			}
		}
		seps = kept
	}
	coordinated := false
	for _, sp := range seps {
		coordinated = coordinated || r[sp[0]] != ','
	}
	if !coordinated {
		return []conjunct{{discourse.Span{Start: base, End: base + len(r)}, label}}
	}
	var out []conjunct
	start := 0
	flush := func(end int) {
		s, e := start, end
		for s < e && (r[s] == ' ' || r[s] == ',') {
			s++
		}
		for e > s && (r[e-1] == ' ' || r[e-1] == ',') {
			e--
		}
		if e > s {
			out = append(out, conjunct{discourse.Span{Start: base + s, End: base + e}, string(r[s:e])})
		}
	}
	for _, sp := range seps {
		flush(sp[0])
		start = sp[1]
	}
	flush(len(r))
	return out
}

// topSeparators returns the [start, end) rune ranges of the separators of a list outside
// parentheses, brackets and quotation marks: a comma, "&" or " and ". conjuncts splits at all of
// them; only "&" and "and" make a list of parties (a comma alone is apposition).
func topSeparators(r []rune) [][2]int {
	var out [][2]int
	depth := 0
	for i := 0; i < len(r); i++ {
		switch r[i] {
		case '(', '\u201c', '[':
			depth++
		case ')', '\u201d', ']':
			depth = max(depth-1, 0)
		case ',', '&':
			if depth == 0 {
				out = append(out, [2]int{i, i + 1})
			}
		case ' ':
			if depth == 0 && i+4 < len(r) && string(r[i:i+5]) == " and " {
				out = append(out, [2]int{i, i + 5})
				i += 4
			}
		}
	}
	return out
}

// nameSpan is sp, the span of the speaker phrase label, without a leading article: "The Ministry
// of Foreign Affairs and Regional Integration of the Republic of Ghana" is the mention of the
// name after "The" (the article before a body's name is no part of the name, and the actor
// stage's mention begins after it), so a mention of that name covers the whole phrase.
func nameSpan(label string, sp discourse.Span) discourse.Span {
	for _, a := range []string{"The ", "the "} {
		if strings.HasPrefix(label, a) && sp.End-sp.Start > len(a) {
			sp.Start += len(a)
			break
		}
	}
	return sp
}

// wholeMention reports a mention of an actor that covers the whole span sp.
func wholeMention(d *doc.Doc, sp discourse.Span) bool {
	return actorMentionAround(d, sp, func(start, end int) bool { return start <= sp.Start && end >= sp.End })
}

// insideMention reports a mention of an actor (no coreference) that begins before sp and ends
// after it: sp lies inside one name.
func insideMention(d *doc.Doc, sp discourse.Span) bool {
	return actorMentionAround(d, sp, func(start, end int) bool { return start < sp.Start && end > sp.End })
}

// actorMentionAround reports an actor mention (not made by coreference) in a sentence overlapping
// sp whose character span [start, end) satisfies around.
func actorMentionAround(d *doc.Doc, sp discourse.Span, around func(start, end int) bool) bool {
	for _, st := range d.Sents {
		if st.S.End <= sp.Start || st.S.Start >= sp.End {
			continue
		}
		for _, mi := range d.BySent[st.Idx] {
			m := d.Mentions[mi]
			if doc.ActorKind(m.Ent) && around(st.Toks[m.Ts].Start, st.Toks[m.Te-1].End) && !strings.HasPrefix(m.Rule, "coref") {
				return true
			}
		}
	}
	return false
}

// PartyNouns are the plural nouns by which a joint statement names its signatories together in
// the third person ("The Ministers condemned …", "The two leaders agreed …", "The Parties
// reaffirmed …", "Both sides …"): the convention of diplomatic joint statements and communiqués
// (see jointHeading in discourse), in which the title's parties are then referred to by their
// office or as sides or parties (data/wordclasses/partynouns.txt).
var PartyNouns = lexicon.WordClass("partynouns")

// PartyNounSubject reports token k of st as a party noun (partyNouns) outside quotation marks after
// "the" or "both" and at most a number word ("The Ministers", "The three leaders", "Both sides"):
// a definite description of the parties together (Quirk et al. 1985, §5.28 on anaphoric "the").
func PartyNounSubject(st *doc.Sent, k int) bool {
	if k <= 0 || k >= len(st.Toks) || !PartyNouns.Has(st.Toks[k].Lower) || st.InQuote[k] {
		return false
	}
	j := k - 1
	if j > 0 && (actors.CardinalWords.Has(st.Toks[j].Lower) || st.Toks[j].Kind == text.Num) {
		j--
	}
	w := st.Toks[j].Lower
	return w == "the" || w == "both"
}

// JointPartiesSubject returns one party of the joint unit of st when token k, the subject of a
// cue, is a party noun after "the" or "both" and at most a number word ("The Ministers", "The
// three leaders", "Both sides"): a definite description of the signatories together (Quirk et
// al. 1985, §5.28 on anaphoric "the"). The relation is marked and copied to every party
// (jointStances). nil otherwise.
func JointPartiesSubject(d *doc.Doc, st *doc.Sent, k int) *doc.Entity {
	if !PartyNounSubject(st, k) {
		return nil
	}
	cos := CoSpeakers(d, st.Unit)
	if len(cos) < 2 {
		return nil
	}
	return cos[0]
}
