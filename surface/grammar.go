package surface

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// PossessedCountry reads "his country", "her government", "our country", "my delegation" ending
// at j: the country of the person the possessive pronoun refers to, known from a role at a body
// of that country ("Benin's foreign minister, X, said his country was ready …" → Benin).
func PossessedCountry(d *doc.Doc, st *doc.Sent, j int) *doc.Entity {
	toks := st.Toks
	// "my delegation": a state's delegation to an organ speaks for that state (Vienna Convention
	// on the Representation of States 1975, art. 1), as the UN records' "my delegation" does
	if j < 1 || toks[j].Lower != "country" && toks[j].Lower != "government" && toks[j].Lower != "nation" && toks[j].Lower != "delegation" {
		return nil
	}
	w := toks[j-1].Lower
	if w != "his" && w != "her" && w != "our" && w != "my" {
		return nil
	}
	p := speakerOfComplement(d, st, j-1)
	if p == nil {
		p = coref.ResolvePronoun(d, st.Idx, j-1, w)
	}
	if p != nil && p.Final().Kind != graph.Person && (w == "our" || w == "my") {
		label := ""
		if st.Unit != nil {
			label = st.Unit.Label
		}
		ob := ownBody(d, p.Final(), label)
		if ob == nil && (w == "our" || w == "my") && speakers.TurnHow(d, st, j-1) == "turn" {
			// with no country known for the body the turn's "we" is, "our government" is that
			// voice, as for a person below: a hearing witness's department (firstPerson)
			ob = p.Final()
			actors.AddMention(d, st, j-1, j+1, ob, "coref:pronoun")
		}
		return ob
	}
	if p == nil || p.Final().Kind != graph.Person {
		return nil
	}
	var found *doc.Entity
	for _, r := range p.Final().Roles {
		if r.Org == nil {
			continue
		}
		o := r.Org.Final()
		var c *doc.Entity
		switch {
		case o.Kind == graph.Country:
			c = o
		case speakers.PublisherOwnCountry(d.Phx, d.Lx, d.C.Article.Outlet, o) != nil:
			c = actors.CountryEntity(d, speakers.PublisherOwnCountry(d.Phx, d.Lx, d.C.Article.Outlet, o)).Final()
		case o.Guessed && (w == "our" || w == "my"):
			// the speaker's own country is no guess: a body whose country is only the article's
			// one named country says nothing of whose "our government" it is (actor_guess.go)
		case o.Country != nil && (o.Kind == graph.Government || o.Kind == graph.Organization && o.Code != ""):
			c = actors.CountryEntity(d, o.Country).Final()
		}
		if c == nil {
			continue
		}
		if found != nil && found != c {
			return nil // roles in two countries: no telling which is his
		}
		found = c
	}
	if found == nil && (w == "his" || w == "her") {
		found = OwnStateOfPerson(d, p.Final(), toks[j].Lower) // no role names it: the person's own country (coref_possessorcountry.go)
	}
	if found == nil && (w == "our" || w == "my") && speakers.TurnHow(d, st, j-1) == "turn" {
		// a first person outside quotations in a turn is the turn's voice: with no country
		// known for the speaker, "our government opposes" is the speaker's act as "we oppose" is
		// (firstPerson), never a country guessed from elsewhere in the article
		found = p.Final()
	}
	if found != nil {
		actors.AddMention(d, st, j-1, j+1, found, "coref:pronoun")
	}
	return found
}

// asideThenVerb reports a subject m that opens its clause and is followed by an aside between
// commas and then a verb, before the "and" at j that coordinates a second verb phrase: "The
// Maritime Authority, which oversees the ports, met shipowners and ordered them to …".
func asideThenVerb(d *doc.Doc, st *doc.Sent, m *doc.Mention, j int) bool {
	toks := st.Toks
	if m.Te >= j || toks[m.Te].Text != "," || m.Ts > actors.Dateline(d, st, 0)+1 {
		return false
	}
	w := ""
	if m.Te+1 < len(toks) {
		w = toks[m.Te+1].Lower
	}
	if w != "which" && w != "who" && w != "whose" && w != "of" && w != "a" && w != "an" && w != "the" && !strings.HasSuffix(w, "ed") {
		return false
	}
	for k := m.Te + 1; k < j && k <= m.Te+25; k++ {
		if toks[k].Kind == text.Quote || toks[k].Text == ";" || toks[k].Text == ":" {
			return false
		}
		if toks[k].Text != "," {
			continue
		}
		v := k + 1
		for v < j && (doc.AuxWords.Has(toks[v].Lower) || strings.HasSuffix(toks[v].Lower, "ly") && toks[v].Kind == text.Word) {
			v++
		}
		if v >= j {
			return false
		}
		t := toks[v]
		return t.Kind == text.Word && !t.Cap && !actors.Determiners.Has(t.Lower) && !text.IsPrep(t.Lower) && !text.IsPronoun(t) && t.Lower != "and" && t.Lower != "to"
	}
	return false
}

// documentIt reads "it" at j when the clause before it is about a document: the previous sentence
// opens with "The resolution …" / "The order …" (a head of docheads.txt). Then "it" is the
// document ("It demands that …", "It also asks …") and speaks for whoever issued it: the actor
// whose verb took "a/the resolution" as its object in the sentences before ("The Council adopted a
// resolution"). ok reports that "it" is the document; e is nil when no issuer is found, so that
// "it" is given to no actor named in between.
func documentIt(d *doc.Doc, st *doc.Sent, j int) (e *doc.Entity, ok bool) {
	if st.Idx == 0 || j > actors.Dateline(d, st, 0)+1 {
		return nil, false
	}
	prev := d.Sents[st.Idx-1]
	a := actors.Dateline(d, prev, 0)
	for a < len(prev.Toks) && prev.Toks[a].Kind == text.Quote {
		a++
	}
	if a+1 >= len(prev.Toks) || prev.Toks[a].Lower != "the" || !d.Lx.DocHeads[prev.Toks[a+1].Lower] || prev.Ment[a+1] >= 0 {
		return nil, false
	}
	head := prev.Toks[a+1].Lower
	for si := st.Idx - 1; si >= 0 && si >= st.Idx-6; si-- {
		s2 := d.Sents[si]
		for k := 2; k < len(s2.Toks); k++ {
			if s2.Toks[k].Lower != head || s2.Toks[k-1].Lower != "a" && s2.Toks[k-1].Lower != "an" && s2.Toks[k-1].Lower != "the" {
				continue
			}
			v := k - 2
			if w := s2.Toks[v]; w.Kind != text.Word || w.Cap || actors.Determiners.Has(w.Lower) || text.IsPrep(w.Lower) {
				continue
			}
			if src, _, _ := SubjectOf(d, s2, v); src != nil {
				return src, true
			}
		}
	}
	return nil, true
}

// participleSubject returns the subject of the main clause that ends at the comma c before a
// participle: the subject (or, after a quotation, the speaker) of the nearest finite speech or cue
// verb before the comma outside quotation marks.
func participleSubject(d *doc.Doc, st *doc.Sent, c int) (*doc.Entity, int) {
	toks := st.Toks
	for k := c - 1; k >= 0 && k >= c-30; k-- {
		t := toks[k]
		if t.Text == ";" || t.Text == ":" {
			return nil, 0
		}
		if st.InQuote[k] || t.Kind != text.Word || t.Cap {
			continue
		}
		if doc.SpeechVerbAt(d.Lx, st, k) {
			if le, _ := doc.SpeechAt(d.Lx, st, k); le.Form == "s" || le.Form == "ed" {
				if e := SpeakerAround(d, st, k, 0); e != nil {
					return e, k
				}
				return nil, 0
			}
			continue
		}
		if actors.FiniteVerbAt(d, st, k) {
			if k > 0 && toks[k-1].Kind == text.Word && nounUse(st, k) {
				continue // a noun: "called for nationwide protests"
			}
			if e, s, _ := SubjectOf(d, st, k); e != nil {
				return e, s
			}
			return nil, 0
		}
	}
	return nil, 0
}

// nounUse reports that the word at k (k > 0) follows a determiner or a lowercase modifier, so it
// is a noun even in a verb's form ("nationwide protests", "the ban").
func nounUse(st *doc.Sent, k int) bool {
	p := st.Toks[k-1]
	return !p.Cap && (actors.Determiners.Has(p.Lower) || !doc.AuxWords.Has(p.Lower) && !strings.HasSuffix(p.Lower, "ly") && !text.IsPronoun(p) && p.Lower != "and" && st.Ment[k-1] < 0)
}

// speechBefore returns the speech verb that governs the "that" at k ("said in a statement that"),
// or -1: within five tokens before it, with no punctuation between.
func speechBefore(lx *lexicon.Lexicons, st *doc.Sent, k int) int {
	for v := k - 1; v >= 0 && v >= k-6; v-- {
		if st.Toks[v].Kind != text.Word {
			return -1
		}
		if doc.SpeechVerbAt(lx, st, v) {
			return v
		}
	}
	return -1
}

// speechThatNoActor reports a "that" at k closing a finite speech verb whose clause opens with no
// actor ("said that the strike was illegal"), followed at j+1 by a cue verb in the speech verb's
// form: the coordinated verb cannot belong to the clause's subject.
func speechThatNoActor(d *doc.Doc, st *doc.Sent, k, j int) bool {
	v := speechBefore(d.Lx, st, k)
	if v < 0 || j+1 >= len(st.Toks) || st.InQuote[k] {
		return false
	}
	le, _ := doc.SpeechAt(d.Lx, st, v)
	if le.Form != "s" && le.Form != "ed" {
		return false
	}
	a := k + 1
	if a < j && actors.Determiners.Has(st.Toks[a].Lower) {
		a++
	}
	if m := actors.MentionAt(d, st, a); m != nil && doc.ActorKind(m.Ent) || a < len(st.Toks) && text.IsPronoun(st.Toks[a]) {
		return false // "said that Peru rejected the plan and urged …": Peru may be the one urging
	}
	if a > k+1 && coref.ResolveDefinite(d, st.Idx, a) != nil {
		return false
	}
	for _, m := range actors.MatchCues(d, st, j+1) {
		if m.C.Frame != "N" && m.Form == le.Form {
			return true
		}
	}
	return false
}

// mandativeThat reports that the "that" at k closes a demand verb ("demands that") whose form
// ("-s", "-ed") a cue verb after the coordinator at j shares.
func mandativeThat(d *doc.Doc, st *doc.Sent, k, j int) bool {
	if k < 1 || j+1 >= len(st.Toks) {
		return false
	}
	form := ""
	for _, m := range actors.MatchCues(d, st, k-1) {
		if m.C.Type == graph.Demands && m.E == k+1 && (m.Form == "s" || m.Form == "ed") {
			form = m.Form
		}
	}
	if form == "" {
		return false
	}
	for _, m := range actors.MatchCues(d, st, j+1) {
		if m.C.Frame != "N" && m.Form == form {
			return true
		}
	}
	return false
}

// namedDescription reads "the central bank", "the electoral commission" ending at j: a definite
// description of two lowercase words that are consecutive words of exactly one organization's or
// body's name in the article ("Central Bank of Kenya").
func namedDescription(d *doc.Doc, st *doc.Sent, j int) *doc.Entity {
	toks := st.Toks
	if j < 2 || toks[j-2].Lower != "the" || toks[j].Cap || toks[j-1].Cap || toks[j].Kind != text.Word || toks[j-1].Kind != text.Word || st.Ment[j] >= 0 || st.Ment[j-1] >= 0 {
		return nil
	}
	if actors.Determiners.Has(toks[j-1].Lower) || doc.AuxWords.Has(toks[j-1].Lower) || text.IsPrep(toks[j-1].Lower) {
		return nil
	}
	phrase := " " + toks[j-1].Lower + " " + toks[j].Lower + " "
	var found *doc.Entity
	for _, e := range d.Ents {
		if e.Merged != nil || !doc.ActorKind(e) || e.Kind != graph.Organization && e.Kind != graph.Government {
			continue
		}
		if strings.Contains(" "+strings.ToLower(e.Name)+" ", phrase) {
			if found != nil && found != e {
				return nil
			}
			found = e
		}
	}
	return found
}

func JoinHow(a, b string) string {
	if a == "" || a == "subject" {
		return b
	}
	return a + "+" + b
}

// auxAfter reports whether an auxiliary or a verb in -s/-ed follows token i (quotation marks skipped).
func auxAfter(lx *lexicon.Lexicons, st *doc.Sent, i int) bool {
	for i < len(st.Toks) && st.Toks[i].Kind == text.Quote {
		i++
	}
	if i >= len(st.Toks) {
		return false
	}
	w := st.Toks[i].Lower
	return doc.AuxWords.Has(w) && w != "'s" || doc.VerbAfter(lx, st, i) >= 0
}

// modalBefore reports whether the word at k follows a modal or a form of "do" (negations and
// "-ly" adverbs skipped): "did not oppose", "will firmly reject".
func modalBefore(lx *lexicon.Lexicons, st *doc.Sent, k int) bool {
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		w := st.Toks[j].Lower
		if lx.Negations[w] || strings.HasSuffix(w, "ly") && st.Toks[j].Kind == text.Word {
			continue
		}
		return modalOperators.Has(w)
	}
	return false
}

// modalOperators are the finite forms of do, the central modals and their contracted forms as the
// tokenizer splits them ("wo" of "won't", "ca" of "can't", "'ll"): data/wordclasses/modaloperators.txt.
var modalOperators = lexicon.WordClass("modaloperators")

// ofHead: "Druze inhabitants of the Syrian Golan Heights threatened" → the group or organization
// heading the noun phrase before an "of" phrase that ends at j.
func ofHead(d *doc.Doc, st *doc.Sent, j int) (*doc.Entity, int) {
	toks := st.Toks
	for k := j; k >= 1 && k >= j-8; k-- {
		if toks[k].Kind == text.Punct || toks[k].Kind == text.Quote || TargetStop.Has(toks[k].Lower) {
			break
		}
		if toks[k].Lower == "of" {
			if m := actors.MentionAt(d, st, k-1); m != nil && doc.ActorKind(m.Ent) && (m.Ent.Final().Kind == graph.Group || m.Ent.Final().Kind == graph.Organization || m.Ent.Final().Kind == graph.Person) && (m.Ts == 0 || !text.IsPrep(toks[m.Ts-1].Lower)) {
				return m.Ent.Final(), m.Ts
			}
		}
	}
	return nil, 0
}

func documentNounBefore(lx *lexicon.Lexicons, st *doc.Sent, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if lx.DocNoun[st.Toks[k].Lower] {
			return true
		}
	}
	return false
}

// documentSource reads a subject noun phrase ending at j whose head is a document noun ("A
// statement on the company's website", "An editorial by X") or an unnamed spokesperson of a named
// body ("a US State Department spokesperson"): its source is the actor named in it.
func documentSource(d *doc.Doc, st *doc.Sent, j int) (*doc.Entity, int) {
	toks := st.Toks
	start := j
	for start > 0 && j-start < 10 {
		p := toks[start-1]
		if p.Kind == text.Punct || p.Kind == text.Quote || p.Lower == "that" || p.Lower == "and" || p.Lower == "but" {
			break
		}
		start--
	}
	head := -1
	for k := start; k <= j; k++ {
		if d.Lx.DocNoun[toks[k].Lower] {
			head = k
			break
		}
	}
	if head < 0 {
		return nil, 0
	}
	for k := start; k <= j; k++ {
		if m := actors.MentionAt(d, st, k); m != nil && doc.ActorKind(m.Ent) {
			return m.Ent.Final(), start
		}
		if toks[k].Lower == "the" && k+1 <= j {
			if e := coref.ResolveDefinite(d, st.Idx, k+1); e != nil {
				return e, start
			}
		}
	}
	return nil, 0
}

// Coordinated returns the second conjunct of a coordinated subject "A and B" that ends at s.
func Coordinated(d *doc.Doc, st *doc.Sent, s int) []*doc.Entity {
	if s >= 3 && st.Toks[s-1].Lower == "the" {
		s-- // "The Farmers Union and the Greenfield Party"
	}
	if s < 2 || st.Toks[s-1].Lower != "and" && st.Toks[s-1].Lower != "nor" {
		return nil
	}
	var out []*doc.Entity
	for k := s - 2; k >= 0; {
		m := actors.MentionAt(d, st, k)
		if m == nil || !doc.ActorKind(m.Ent) {
			break
		}
		out = append(out, m.Ent.Final())
		ts := m.Ts
		if ts >= 1 && st.Toks[ts-1].Lower == "the" {
			ts--
		}
		if ts < 2 || st.Toks[ts-1].Text != "," {
			break
		}
		k = ts - 2
	}
	return out
}

// TargetStop words end a target phrase: relatives, subordinators, "but", supplementive participles
// and a few prepositions (data/wordclasses/targetstop.txt).
var TargetStop = lexicon.WordClass("targetstop")

// LeadingDrop are the determiners dropped from the start of a target phrase
// (data/wordclasses/leadingdrop.txt).
var LeadingDrop = lexicon.WordClass("leadingdrop")

// IndefiniteArticles are "a" and "an", which determine only a singular count noun
// (data/wordclasses/indefinitearticles.txt; Quirk et al. 1985, 5.12-5.14).
var IndefiniteArticles = lexicon.WordClass("indefinitearticles")

// finiteNext reports whether a finite verb plausibly starts at token i (adverbs skipped): an
// auxiliary, a cue or speech verb, or a lower-case word in -ed or -s that is no determiner.
func finiteNext(lx *lexicon.Lexicons, st *doc.Sent, i int) bool {
	for i < len(st.Toks) && strings.HasSuffix(st.Toks[i].Lower, "ly") && !st.Toks[i].Cap {
		i++
	}
	if i >= len(st.Toks) {
		return false
	}
	t := st.Toks[i]
	if doc.AuxWords.Has(t.Lower) && t.Lower != "'s" || doc.VerbAfter(lx, st, i) == i {
		return true
	}
	return t.Kind == text.Word && !t.Cap && !actors.Determiners.Has(t.Lower) && !text.IsPrep(t.Lower) && (strings.HasSuffix(t.Lower, "ed") || strings.HasSuffix(t.Lower, "s") && !strings.HasSuffix(t.Lower, "ss"))
}

// phraseEnd returns where the noun or verb phrase starting at s ends: at punctuation, a quotation
// mark, a clause word, ", and", or after 18 tokens.
func phraseEnd(d *doc.Doc, st *doc.Sent, s int) int {
	toks := st.Toks
	e := s
	for e < len(toks) && e-s < 18 {
		t := toks[e]
		if t.Kind == text.Punct && t.Text != "-" && t.Text != "&" && !(t.Text == "," && listComma(st, e)) || t.Kind == text.Quote {
			break
		}
		if TargetStop.Has(t.Lower) && st.Ment[e] < 0 {
			break
		}
		if t.Lower == "and" && e+1 < len(toks) && (d.Lx.Speech[toks[e+1].Lower].Kind != 0 || d.Lx.Cues.Opens(toks[e+1].Lower) && e+1 < len(toks) && !actors.Determiners.Has(toks[e+1].Lower)) && !(e+1 < len(toks) && toks[e+1].Lower == "other") {
			// "rejected X and said": a second verb phrase
			if _, ok := doc.SpeechAt(d.Lx, st, e+1); ok || d.Lx.Cues.Opens(toks[e+1].Lower) && actors.MatchCue(d, st, e+1) != nil && actors.MatchCue(d, st, e+1).C.Frame != "N" {
				break
			}
		}
		if t.Lower == "and" && e+1 < len(toks) && (strings.HasSuffix(toks[e+1].Lower, "ed") && st.Ment[e+1] < 0 || doc.AuxWords.Has(toks[e+1].Lower) && toks[e+1].Lower != "not") {
			break // "frustrated with X and dismayed by Y"
		}
		if t.Lower == "and" && e+2 < len(toks) && SubjectPronoun.Has(toks[e+1].Lower) && finiteNext(d.Lx, st, e+2) {
			break // "we reject these tariffs and we will retaliate": a new clause
		}
		if (t.Lower == "in" || t.Lower == "on" || t.Lower == "last" || t.Lower == "this" || t.Lower == "next") && e+1 < len(toks) && (text.IsDayOrMonth(toks[e+1].Lower) && toks[e+1].Cap || toks[e+1].Lower == "year" || toks[e+1].Lower == "week" || toks[e+1].Lower == "month") {
			break
		}
		if text.IsDayOrMonth(t.Lower) && t.Cap && e > s || t.Lower == "yesterday" || t.Lower == "today" || t.Lower == "immediately" && e > s {
			break
		}
		if t.Lower == "over" && e > s && e+1 < len(toks) && toks[e+1].Kind == text.Word && st.Ment[e] < 0 && !actors.Determiners.Has(toks[e-1].Lower) {
			break // "sanctions X over alleged resales": the reason, not part of the target
		}
		if t.Lower == "within" && e > s && e+1 < len(toks) && (toks[e+1].Kind == text.Num || durationNoun.Has(toks[e+1].Lower) || e+2 < len(toks) && (toks[e+1].Lower == "a" || toks[e+1].Lower == "the") && durationNoun.Has(toks[e+2].Lower)) {
			break // "rejected the offer within hours": a duration, not part of the target
		}
		e++
	}
	return e
}

// SubjectPronoun are the personal pronouns in subject form, and "it"
// (data/wordclasses/subjectpronouns.txt, which marks "it" for review).
var SubjectPronoun = lexicon.WordClass("subjectpronouns")

// durationNoun are nouns of a time span ("within hours", "within a week"): the units of an ISO
// 8601 duration but the second (data/wordclasses/durationnouns.txt).
var durationNoun = lexicon.WordClass("durationnouns")

// listComma reports a comma inside a list of nouns ("oil, natural gas, coal and other goods"): a
// later "and"/"or" closes the list before any other punctuation.
func listComma(st *doc.Sent, i int) bool {
	toks := st.Toks
	for k := i + 1; k < len(toks) && k < i+8; k++ {
		t := toks[k]
		if t.Lower == "and" || t.Lower == "or" {
			return k > i+1
		}
		if t.Kind == text.Punct && t.Text != "," || t.Kind == text.Quote || TargetStop.Has(t.Lower) || t.Lower == "to" {
			return false
		}
	}
	return false
}

// ownBody is what "our government", "our country" or "our nation" names in the words of a body
// that speaks in the first person (a ministry's statement, a government's release): the body's
// own country, as "we" of a ministry's spokesperson is (firstPerson). A possessive first person
// names the speaker's own affiliation (Quirk et al. 1985, §6.29 on the possessive determiners:
// "our" relates the noun to the speaker and those he speaks for). A country speaks for itself;
// a body of no known country names none. label is the phrase naming the speaker (govCountry).
func ownBody(d *doc.Doc, p *doc.Entity, label string) *doc.Entity {
	switch {
	case p.Kind == graph.Country:
		return p
	case p.Kind == graph.Government:
		if c := speakers.GovCountry(d, p, label); c != nil {
			return actors.CountryEntity(d, c).Final()
		}
	}
	return nil
}
