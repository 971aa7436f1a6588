package discourse

// dashTurns reports a transcript whose turns are marked by a dash alone, under a title that
// names its speaker ("Press conference by Prime Minister X" over "- We believe …", "- Will you
// …?", "– No."): the convention of captions and subtitles, where a hyphen or dash opens each
// change of speaker and no label names him (BBC Subtitle Guidelines, "Identifying speakers:
// hyphens"; Netflix Timed Text Style Guide, "Dual speakers: use a hyphen"), and of dialogue
// set with dashes instead of quotation marks (CMOS 13.40). It needs two or more paragraphs after
// the title that open with a dash and a word, and one of them a question (dashQuestion) beside
// one that is not: a signature line ("— Deputy Envoy X") or a list is no exchange.
func (a *analyzer) dashTurns(titlePara int, labels []*label) bool {
	if titlePara < 0 {
		return false
	}
	dashes, asks := 0, 0
	for i := titlePara + 1; i < len(a.paras); i++ {
		if labels[i] != nil || !dashOpens(a.toks[i]) {
			continue
		}
		dashes++
		if a.dashQuestion(i) {
			asks++
		}
	}
	return dashes >= 2 && asks >= 1 && asks < dashes
}

// dashOpens reports a paragraph that opens with a dash and a word.
func dashOpens(ts []tok) bool {
	return len(ts) >= 3 && isDash(ts[0].text) && isWord(ts[1])
}

// dashQuestion reports a dash turn in question form: it ends with a question mark and is short
// (at most 60 words), as a questioner's turn is; an answer that closes on a question of its own
// is long.
func (a *analyzer) dashQuestion(i int) bool {
	ts := a.toks[i]
	if !endsInQuestion(ts) || quotedQuestion(ts) {
		return false
	}
	w := 0
	for _, t := range ts {
		if isWord(t) {
			w++
		}
	}
	return w <= 60
}

// quotedQuestion reports a paragraph whose final question mark stands inside a quotation that
// opens after its first word ("People ask me, “Why now?”"): the question mark belongs to the
// quoted matter (CMOS 6.70), so the paragraph reports a question and does not ask one. A
// paragraph that opens with the quotation (after a turn's dash) is not such.
func quotedQuestion(ts []tok) bool {
	n := len(ts)
	if n < 3 || !isQuoteMark(ts[n-1].text) || ts[n-2].text != "?" {
		return false
	}
	first := 0
	if isDash(ts[0].text) {
		first = 1
	}
	return !isQuoteMark(ts[first].text)
}
