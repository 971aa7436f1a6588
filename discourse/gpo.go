package discourse

import (
	"strings"
	"unicode"
)

// Labels of printed transcripts that set no colon after the speaker: the record of Congress
// (gpoLabel), the White House's spaced "Q" (spacedQuestions) and a select committee's question
// numbers (questionNumber).
//
// Speaker labels of the printed record of Congress: hearings and the Congressional Record set a
// speaker's turn as a courtesy title or "The" and the surname or office in capitals, closed by a
// period, with the speech run in after it ("The CHAIR. The subcommittee will come to order.",
// "Mr. ABERNATHY. Thank you, Madam Chair.", "Senator HOLLOWAY. Will you commit …", "Ms. JACKSON
// LEE of Texas. I yield."): US Government Publishing Office Style Manual (2016), ch. 17
// "Congressional Record Index" and ch. 19 on hearings' speaker identification; the layout of every
// printed committee hearing on govinfo.gov.

// gpoTitles open such a label: the courtesy titles and the legislative titles of the record, and
// "The" before an office ("The CHAIRMAN.", "The PRESIDING OFFICER.", "The CLERK.").
var gpoTitles = map[string]bool{"mr": true, "mrs": true, "ms": true, "miss": true, "dr": true, "the": true,
	"senator": true, "representative": true, "chairman": true, "chairwoman": true, "delegate": true,
	"commissioner": true, "general": true, "admiral": true, "ambassador": true, "secretary": true}

// gpoLabel reads a label of the printed record opening paragraph i: a title of gpoTitles (its
// abbreviation's period allowed), one to three words in capitals of two letters or more, an
// optional "of" and a state ("of Texas"), a period, and a capitalized word or a quotation mark
// that starts the speech. It returns nil for anything else ("Mr. Smith said …": no capitals). A
// fragment of a story such as "The UN. It has failed again" has the same shape; dropHeadingLabels
// keeps such a label only in a document of several labelled turns (TestGPOLabels).
func (a *analyzer) gpoLabel(i int) *label {
	ts := a.toks[i]
	if len(ts) < 4 || !isWord(ts[0]) || !gpoTitles[strings.ToLower(ts[0].text)] || !upperFirst(ts[0].text) || strings.ToUpper(ts[0].text) == ts[0].text && len(ts[0].text) > 1 {
		return nil
	}
	k := 1
	if ts[k].text == "." {
		k++
	}
	s := k
	for k < len(ts) && k-s < 3 && isWord(ts[k]) && CapsWord(ts[k].text) {
		k++
	}
	if k == s {
		return nil
	}
	e := k
	if k+1 < len(ts) && ts[k].text == "of" && isWord(ts[k+1]) && upperFirst(ts[k+1].text) {
		// "Mr. SMITH of Texas.": the state that tells two members of one name apart
		k += 2
		if k < len(ts) && isWord(ts[k]) && upperFirst(ts[k].text) && ts[k].text != strings.ToUpper(ts[k].text) {
			k++ // "of New Jersey"
		}
		e = k
	}
	if k+1 >= len(ts) || ts[k].text != "." || !(isWord(ts[k+1]) && upperFirst(ts[k+1].text) || isQuoteMark(ts[k+1].text)) {
		return nil
	}
	sp := Span{ts[0].start, ts[e-1].end}
	var ws []string
	for _, t := range ts[:e] {
		if isWord(t) {
			ws = append(ws, strings.ToLower(t.text))
		}
	}
	l := &label{role: Turn, norm: strings.Join(ws, " "), span: sp, body: ts[k+1].start}
	l.text = a.spanText(i, sp)
	return l
}

// CapsWord reports a word in capitals of two letters or more ("CHAIR", "O'NEILL", "VAN").
func CapsWord(w string) bool {
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			n++
		}
	}
	return n >= 2
}

// spacedQuestions reads a question labelled "Q" set off from its words by spaces or a tab, with no
// colon or period ("Q    Dana, the UAW says …", "Q    (As interpreted.) President X, …"): the
// layout of the White House's transcripts of briefings, gaggles and press conferences, whose
// answerers are labelled with a colon ("MS. X:"). Read only in a document that labels another
// turn with a colon, where a paragraph opening with the letter Q alone is no word of prose ("Q
// Street" in a story is left alone).
func (a *analyzer) spacedQuestions(labels []*label) {
	named := false
	for _, l := range labels {
		named = named || l != nil && !l.dotted && (l.role == Turn || l.role == Answer || l.role == Moderator)
	}
	if !named {
		return
	}
	for i, l := range labels {
		ts := a.toks[i]
		if l != nil || len(ts) < 2 || ts[0].text != "Q" || !(isWord(ts[1]) && upperFirst(ts[1].text) || ts[1].text == "(") {
			continue
		}
		labels[i] = &label{role: Question, norm: "q", text: "Q", span: Span{ts[0].start, ts[0].end}, body: ts[1].start}
	}
}

// questionNumber reports a select committee's question number ("Q12", "Q1"): Q and digits.
func questionNumber(w string) bool {
	if len(w) < 2 || w[0] != 'Q' {
		return false
	}
	for _, r := range w[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// capsPeriodLabels reads the labels of a transcript that sets each speaker in capitals closed by
// a period, with no courtesy title ("CHAIR POWELL. Good afternoon.", "MICHELLE SMITH. Nick.",
// "NICK TIMIRAOS. Thank you."): the Federal Reserve's transcripts of the Chair's press
// conferences (federalreserve.gov, "Transcript of Chair Powell's Press Conference"), the
// printed record's period label (gpoLabel) written wholly in capitals. Two or three words in
// capitals, a period, and a capitalized word or a quotation mark. Read only in a document where
// at least three paragraphs open so, under at least two labels: one such line is a heading or
// a dateline ("NEW YORK. Stocks fell …"), not a transcript.
func (a *analyzer) capsPeriodLabels(labels []*label) {
	var found []int
	names := map[string]bool{}
	cand := make([]*label, len(labels))
	for i, l := range labels {
		if l != nil {
			continue
		}
		ts := a.toks[i]
		k := 0
		for k < len(ts) && k < 3 && isWord(ts[k]) && CapsWord(ts[k].text) {
			k++
		}
		if k < 2 || k+1 >= len(ts) || ts[k].text != "." || !(isWord(ts[k+1]) && upperFirst(ts[k+1].text) || isQuoteMark(ts[k+1].text)) {
			continue
		}
		var ws []string
		for _, t := range ts[:k] {
			ws = append(ws, strings.ToLower(t.text))
		}
		sp := Span{ts[0].start, ts[k-1].end}
		cand[i] = &label{role: Turn, norm: strings.Join(ws, " "), span: sp, body: ts[k+1].start}
		cand[i].text = a.spanText(i, sp)
		found = append(found, i)
		names[cand[i].norm] = true
	}
	if len(found) < 3 || len(names) < 2 {
		return
	}
	for _, i := range found {
		labels[i] = cand[i]
	}
}
