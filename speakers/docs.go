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

// DocumentNouns are the nouns of issued texts that stand as the subject of a verb of saying
// ("the statement said", "the communiqué stated", "the letter reads"): CAMEO's objects of
// "issue"/"release" for code 010 (statement, communiqué, declaration) with the kinds of text
// government press offices issue (readout, release, letter, notice, message).
var DocumentNouns = lexicon.WordClass("documentnouns") // data/wordclasses/documentnouns.txt

// DocumentAuthor reads a document noun as the subject of the speech verb at k — before it ("the
// statement said", "the ministry's statement added") or after it in inversion ("…, said the
// statement") — and returns the document's author and the index where the subject starts: the
// possessor ("the ministry's statement"), the agent after "from", "by" or "of" ("a statement from
// the embassy said"), else the author of the nearest sentence before that names the same kind of
// document (authorBefore). nil when the subject is no document or no author is found.
func DocumentAuthor(d *doc.Doc, st *doc.Sent, k int) (*doc.Entity, int) {
	toks := st.Toks
	// the noun phrase before the verb: "[the|a|its] [joint|ministry's] statement [from X]"
	j := k - 1
	for j >= 0 && (doc.AuxWords.Has(toks[j].Lower) || strings.HasSuffix(toks[j].Lower, "ly") && toks[j].Kind == text.Word && !toks[j].Cap) {
		j--
	}
	start, noun := -1, -1
	if j >= 0 && st.Ment[j] >= 0 {
		// "a statement from the embassy said": the agent ends the subject
		m := d.Mentions[st.Ment[j]]
		if p := m.Ts - 1; p > 0 && (toks[p].Lower == "from" || toks[p].Lower == "by" || toks[p].Lower == "of") && DocumentNouns.Has(toks[p-1].Lower) {
			if doc.ActorKind(m.Ent) {
				return m.Ent.Final(), nounPhraseStart(d.Lx, st, p-1)
			}
			return nil, 0
		}
	}
	if j >= 0 && DocumentNouns.Has(toks[j].Lower) && !st.InQuote[j] {
		noun, start = j, nounPhraseStart(d.Lx, st, j)
	} else if k+2 < len(toks) && (toks[k+1].Lower == "the" || toks[k+1].Lower == "a") && DocumentNouns.Has(toks[k+2].Lower) {
		noun, start = k+2, k // "…, said the statement": the attribution starts at the verb
	}
	if noun < 0 {
		return nil, 0
	}
	// a possessor: "the ministry's statement", "Ruritania's statement"
	for p := noun - 1; p > start; p-- {
		if (toks[p].Lower == "'s" || toks[p].Lower == "’s") && p > 0 && st.Ment[p-1] >= 0 {
			if m := d.Mentions[st.Ment[p-1]]; doc.ActorKind(m.Ent) {
				return m.Ent.Final(), start
			}
		}
	}
	if e := AuthorBefore(d, st, toks[noun].Lower); e != nil {
		return e, start
	}
	return nil, 0
}

// nounPhraseStart is the first token of the noun phrase whose head is at j: back over
// determiners, possessors and lower-case modifiers ("the joint statement", "the ministry's
// statement").
func nounPhraseStart(lx *lexicon.Lexicons, st *doc.Sent, j int) int {
	s := j
	for s > 0 {
		t := st.Toks[s-1]
		if t.Kind != text.Word && t.Lower != "'s" && t.Lower != "’s" || text.IsPrep(t.Lower) || lx.Speech[t.Lower].Kind != 0 {
			break
		}
		s--
		if actors.Determiners.Has(t.Lower) || t.Lower == "its" || t.Lower == "his" || t.Lower == "her" || t.Lower == "their" {
			break
		}
	}
	return s
}

// AuthorBefore returns the author of the nearest sentence before st, within its paragraph and the
// three before it, that names a document with the noun (or any document noun) outside quotations:
// the subject of its verb of speech or of its first verb ("Ruritania's Ministry of Commerce issued
// a statement on Monday").
func AuthorBefore(d *doc.Doc, st *doc.Sent, noun string) *doc.Entity {
	for s := st.Idx - 1; s >= 0; s-- {
		p := d.Sents[s]
		if p.S.Paragraph < st.S.Paragraph-3 {
			break
		}
		names := false
		for k, t := range p.Toks {
			names = names || !p.InQuote[k] && (t.Lower == noun || DocumentNouns.Has(t.Lower))
		}
		if !names {
			continue
		}
		if e := speakerOf(d, p, subjectActor); e != nil {
			return e
		}
	}
	return nil
}

// labelBody resolves a speaker named by an office that no person of the article holds ("The U.S.
// Trade Representative released the following statement:") to the one government body or
// organization whose name holds every word of it but "the" ("Office of the U.S. Trade
// Representative"): the office speaks through its body, as a ministry's statements are the
// ministry's. nil when no body or more than one fits, or the label has no word but "the".
func labelBody(d *doc.Doc, words []string) *doc.Entity {
	var need []string
	for _, w := range words {
		if w != "the" && w != "" {
			need = append(need, w)
		}
	}
	if len(need) == 0 {
		return nil
	}
	var found *doc.Entity
	for _, e := range d.Ents {
		if e.Merged != nil || e.Dropped || !(e.Kind == graph.Government || e.Kind == graph.Organization) {
			continue
		}
		in := map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(e.Name), func(r rune) bool { return r == ' ' || r == '.' }) {
			in[w] = true
		}
		ok := true
		for _, w := range need {
			ok = ok && in[w]
		}
		if !ok {
			continue
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// ColonBeforeQuote reports a colon after token k of st with no word between it and the end of
// the sentence or the quotation mark that follows it: the complement ends where the quotation
// starts ("X said in a speech to the association: “…").
func ColonBeforeQuote(st *doc.Sent, k int) bool {
	for j := k; j < len(st.Toks); j++ {
		if st.Toks[j].Kind == text.Quote {
			return false
		}
		if st.Toks[j].Text == ":" {
			return j+1 == len(st.Toks) || st.Toks[j+1].Kind == text.Quote
		}
	}
	return false
}

// LeadInTopic reports a relation whose cue lies after the text noun of a lead-in line.
func LeadInTopic(d *doc.Doc, r *doc.RelCand) bool {
	if r.Sent < 0 || r.Sent >= len(d.Sents) {
		return false
	}
	st := d.Sents[r.Sent]
	if st.Unit == nil || !st.Unit.Furniture || st.Unit.Role != discourse.Narrative || st.Unit.Rule != "" {
		return false
	}
	// the lead-in opens the block of the next paragraph
	next := -1
	for i := r.Sent + 1; i < len(d.Sents); i++ {
		if d.Sents[i].S.Paragraph != st.S.Paragraph {
			next = i
			break
		}
	}
	if next < 0 {
		return false
	}
	u := d.Sents[next].Unit
	if u == nil || u.Role != discourse.Statement && u.Role != discourse.Quoted || u.Speaker.Start < st.S.Start || u.Speaker.End > st.S.End {
		return false
	}
	for k, t := range st.Toks {
		if t.Start >= r.CueStart {
			return false
		}
		if (t.Lower == "statement" || t.Lower == "remarks" || t.Lower == "comments") && k > 0 {
			return true
		}
	}
	return false
}

// issuedTextHeads are the heads of issuedText's names: statement nouns (CAMEO 010) and a
// speaker's remarks and comments.
var issuedTextHeads = lexicon.WordClass("issuedtextheads") // data/wordclasses/issuedtextheads.txt

// IssuedText reports a policy node named only by a statement noun and its determiners and
// modifiers ("following statement", "a joint statement", "his remarks"); "strike notice", "a
// letter of protest" are other acts.
func IssuedText(e *doc.Entity) bool {
	if e.Kind != graph.Policy {
		return false
	}
	f := strings.Fields(strings.ToLower(e.Name))
	if len(f) == 0 || len(f) > 4 {
		return false
	}
	if !issuedTextHeads.Has(f[len(f)-1]) {
		return false
	}
	for _, w := range f[:len(f)-1] {
		if !textModifiers.Has(w) {
			return false
		}
	}
	return true
}

// textModifiers stand before the noun of an issued text: determiners and its kind.
var textModifiers = lexicon.WordClass("textmodifiers") // data/wordclasses/textmodifiers.txt

// namesText reports a sentence that names an issued text (statement, communiqué,
// declaration, letter): the antecedent of a lead-in's "the statement".
func namesText(st *doc.Sent) bool {
	for _, t := range st.Toks {
		if textNouns.Has(t.Lower) {
			return true
		}
	}
	return false
}

// textNouns are namesText's nouns of an issued text (CAMEO 010's objects and "letter").
var textNouns = lexicon.WordClass("textnouns") // data/wordclasses/textnouns.txt

// transcriptTurn reports a labelled turn u of a transcript: the document has question or
// moderator turns, or u's label takes at least two turns while another named speaker takes turns
// too (labelPerson, surnameLabel).
func transcriptTurn(d *doc.Doc, u *discourse.Unit) bool {
	turns, questions := 0, false
	others := map[string]bool{}
	last := -1
	for i := range d.Units {
		v := &d.Units[i]
		questions = questions || v.Role == discourse.Question || v.Role == discourse.Moderator
		if v.Index != last && v.Role == discourse.Turn {
			if v.Label == u.Label {
				turns++
			} else {
				others[v.Label] = true
			}
		}
		last = v.Index
	}
	return turns >= 1 && (questions || turns >= 2 && len(others) > 0)
}

// surnameLabel makes a person of a turn label of one word in capitals ("LIPSKA:", "BRZOZOWSKI:")
// or in title case ("Wagner:", after "Question (Reuters):" in the German federal government's
// press conference transcripts and in printed interviews) in a transcript when no person of
// the article has that surname (wordSpeaker tries that first): a transcript labels its speakers
// by surname by convention (the U.S. government's and the UN's transcripts: "MR. PRICE:",
// "NAUERT:"), so the word before the colon
// opening a turn is a name, not an acronym (Clayman & Heritage 2002, ch. 3: the turn's label
// names the party who takes it). The acronym entity the actor layer made of the word (rule
// org:acronym, which reads a short capital word as an organization) is merged into the person;
// a word a dictionary knows ("USTR:", "NATO:"), one the article writes in lower case or as a
// title ("SPOKESPERSON:"), and a common English word (commonwords.txt: "INTERPRETER:",
// "AUDIENCE:", "CROWD:", which name parts in the talk; a surname that is one, "BROWN:", is
// still found through a full name in the text first) are left to the other rules. The name takes its ordinary case
// ("Lipska"). Rule person:speaker-label.
func surnameLabel(d *doc.Doc, u *discourse.Unit, words []string) *doc.Entity {
	if u.Role != discourse.Turn || len(words) != 1 || u.Anaphoric {
		return nil
	}
	w := strings.TrimSpace(u.Label)
	lw := strings.ToLower(w)
	if strings.ToUpper(w) != w && text.TitleCase(lw) != w || !text.UpperFirstWord(w) || strings.ContainsAny(w, " .0123456789") || len([]rune(w)) < 2 ||
		d.Lx.Titles[lw] != nil || d.LowerSeen[lw] || d.Lx.Common[lw] || numberWords[lw] || initialsLabel(lw) || !transcriptTurn(d, u) {
		return nil // (initialsLabel: "KL:" is the speaker's initials, no surname; speakers/initials.go)
	}
	var acr []*doc.Entity
	for _, m := range labelMentions(d, u) {
		e := m.Ent.Final()
		if e.Rule != "org:acronym" && e.Rule != "name:single" {
			return nil // a known actor or a name the actor layer resolved
		}
		acr = append(acr, e)
	}
	name := text.TitleCase(w)
	p := actors.Entity(d, "person:"+graph.NormalizeName(name), graph.Person, name, "person:speaker-label")
	if len(p.NameToks) == 0 {
		p.NameToks = []string{name}
	}
	p.AddAlias(w)
	for _, e := range acr {
		e.MergeInto(p)
	}
	return p
}

// ordinaryCase writes a person's name that the actor layer took from a label in capitals ("MR.
// BRZOZOWSKI:", "SECRETARY NOWAK:") in its ordinary case ("Brzozowski"): capitals are the
// transcript's typography for its labels, not the name's spelling (CMOS 8.1 on names). The form
// in capitals stays an alias. A name with a word in lower case is left as written.
func ordinaryCase(e *doc.Entity) {
	e = e.Final()
	if strings.ToUpper(e.Name) != e.Name || strings.ToLower(e.Name) == e.Name || e.IdName != "" {
		return
	}
	e.AddAlias(e.Name)
	e.Name = nameCase(e.Name) // "Okonjo-Iweala" (speaker_questioner.go)
	for i, t := range e.NameToks {
		if strings.ToUpper(t) == t {
			e.NameToks[i] = nameCase(t)
		}
	}
}

// QuestionerOutlets reads the second label of a question turn ("Q: Nordic Wire: Yesterday …",
// the ministries' transcript convention of naming the asking journalist's outlet after "Q:"):
// the capitalized words before a colon that open the question's body name the questioner's
// outlet, never an actor of the answer (Clayman & Heritage 2002, ch. 4: the questioner's
// affiliation identifies the asker, who speaks for no party of the talk): an actor named there
// and nowhere outside a questioner's label is no node (dropQuestionerLabels; until session 13 a
// person-shaped name there became an ORGANIZATION, rule org:questioner-label, and a node).
// The label of a moderator's or questioner's turn itself ("HOST:", "MC:"), and a label word in a
// speaker's label ("JANE ODHIAMBO, BYLINE:"), names a part in the talk, not an actor: an acronym
// the actor layer made of it, named nowhere else, is dropped.
func QuestionerOutlets(d *doc.Doc) {
	inLabel, roleLabel, wordLabel := map[*doc.Entity]bool{}, map[*doc.Entity]bool{}, map[*doc.Entity]bool{}
	outside := map[*doc.Entity]bool{}
	for _, st := range d.Sents {
		lo, hi := doc.OutletLabel(st, doc.LabelEnd(st))
		if hi == lo {
			lo, hi = -1, -1
		}
		for _, mi := range d.BySent[st.Idx] {
			m := d.Mentions[mi]
			e := m.Ent.Final()
			switch {
			case m.Ts >= lo && m.Te <= hi:
				inLabel[e] = true
			case st.Unit != nil && (st.Unit.Role == discourse.Moderator || st.Unit.Role == discourse.Question) &&
				st.Toks[m.Ts].Start >= st.Unit.Speaker.Start && st.Toks[m.Te-1].End <= st.Unit.Speaker.End:
				roleLabel[e] = true
				// "UNIDENTIFIED MALE:" is a label of labels.txt whole: its "Male" is no capital
				wordLabel[e] = wordLabel[e] || discourse.LabelWord(st.Unit.Label)
			case st.Unit != nil && st.Unit.Role == discourse.Turn && m.Te == m.Ts+1 && discourse.LabelWord(st.Toks[m.Ts].Text) &&
				st.Toks[m.Ts].Start >= st.Unit.Speaker.Start && st.Toks[m.Te-1].End <= st.Unit.Speaker.End:
				roleLabel[e] = true // "JANE ODHIAMBO, BYLINE:": the part, not an actor
			default:
				outside[e] = true
			}
		}
	}
	for e := range roleLabel {
		// "HOST:", "MC:" name a part in the talk (labels.txt), no actor: the actor layer's
		// acronym reading of the capital word goes
		if !outside[e] && !inLabel[e] && (e.Rule == "org:acronym" || e.Rule == "name:single" || wordLabel[e]) {
			e.Dropped = true
		}
	}
	dropQuestionerLabels(d) // an outlet named only in a questioner's label is no actor (speaker_questioner.go)
}
