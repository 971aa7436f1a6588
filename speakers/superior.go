package speakers

import (
	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// SuperiorSubject reads a first-person genitive before a state title as the subject of the verb
// of saying at k ("My President said last week that …", "as my Foreign Minister told the
// Council, …") in a speaker's turn or statement: "my"/"our" are the genitives of "I"/"we"
// (Quirk et al. 1985, 6.29), so "my President" is the holder of that office in the speaker's own
// state — a third person, who says the reported clause, not the speaker (CAMEO and PLOVER code
// the source of a reported statement as its sayer). It returns the holder: the one person the
// article named with that title and state (namedHolder), else the office of that state as an
// actor (officeEntity, rule title:office); nil with the subject's start when the speaker's state
// is unknown (the clause is then nobody's, never the speaker's own); found false when the subject
// is no such phrase.
func SuperiorSubject(d *doc.Doc, st *doc.Sent, k int) (e *doc.Entity, start int, found bool) {
	a, tl := superiorPhrase(d.Lx, st, k)
	if tl == nil {
		return nil, 0, false
	}
	sp := weSpeaker(d, st.Idx, a)
	if sp == nil {
		return nil, 0, false
	}
	if d.SuperiorSents == nil {
		d.SuperiorSents = map[int]bool{}
	}
	d.SuperiorSents[st.Idx] = true
	c := sp.Final().Country // the speaker's own state: the one he speaks for, else his nationality
	if state := SpeakerState(d, sp.Final()); state != nil && state.Country != nil {
		c = state.Country
	}
	if c == nil {
		return nil, a, true
	}
	if p := actors.NamedHolder(d, st, tl, c); p != nil {
		return p, a, true
	}
	o := actors.OfficeEntity(d, c, tl.Title)
	if m := actors.AddMention(d, st, a+1, k, o, "title:office"); m != nil {
		m.Singular = true
	}
	return o, a, true
}

// superiorPhrase finds, before the verb at k (over auxiliaries, adverbs in -ly and a time
// adverbial), a subject that is "my" or "our" and a title of class state and nothing else, opening
// the sentence's body or after a comma, "as", "and" or "but". It returns the genitive's index and
// the title, or nil.
func superiorPhrase(lx *lexicon.Lexicons, st *doc.Sent, k int) (int, *lexicon.Title) {
	toks := st.Toks
	j := k - 1
	for j > 0 {
		if t := toks[j]; doc.AuxWords.Has(t.Lower) || t.Kind == text.Word && !t.Cap && len(t.Lower) > 3 && t.Lower[len(t.Lower)-2:] == "ly" {
			j--
			continue
		}
		if e := doc.TimeAdverbialEnd(st, j); e < j {
			j = e
			continue
		}
		break
	}
	for a := j - 1; a >= 0 && a >= j-4; a-- {
		if g := toks[a].Lower; g != "my" && g != "our" {
			continue
		}
		if a > doc.BodyStart(st) {
			if p := toks[a-1].Lower; p != "," && p != "as" && p != "and" && p != "but" {
				return 0, nil
			}
		}
		best, n := lx.Names.LongestTokens(toks[a+1:])
		if a+1+n != j+1 {
			return 0, nil
		}
		for _, e := range best {
			if e.Kind == lexicon.EntryTitle && e.Title != nil && e.Title.Class == "state" {
				return a, e.Title
			}
		}
		return 0, nil
	}
	return 0, nil
}
