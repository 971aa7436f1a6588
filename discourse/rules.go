package discourse

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word or a punctuation mark with its code-point offsets in the caller's text.
type tok struct {
	text       string
	start, end int
}

// tokenize splits a paragraph into words (letters and digits, with inner apostrophes, hyphens and
// periods: "Kang's", "Sino-US", "U.S") and single punctuation marks. base is the code-point
// offset of the paragraph in the text. Token texts are substrings of s (no copies), but for the
// full-width colon, read as ":".
func tokenize(s string, base int) []tok {
	out := make([]tok, 0, len(s)/5)
	cp := base // code-point offset of byte i
	for i := 0; i < len(s); {
		c, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(c):
			i += n
			cp++
		case unicode.IsLetter(c) || unicode.IsDigit(c):
			j, cj := i+n, cp+1
			for j < len(s) {
				r, m := utf8.DecodeRuneInString(s[j:])
				if unicode.IsLetter(r) || unicode.IsDigit(r) {
					j, cj = j+m, cj+1
					continue
				}
				if r == '\'' || r == '\u2019' || r == '-' || r == '.' {
					if r2, m2 := utf8.DecodeRuneInString(s[j+m:]); j+m < len(s) && (unicode.IsLetter(r2) || unicode.IsDigit(r2)) {
						j, cj = j+m+m2, cj+2
						continue
					}
				}
				break
			}
			out = append(out, tok{s[i:j], cp, cj})
			i, cp = j, cj
		case c == '\uff1a':
			// the full-width colon of East Asian typography ("Q：") is a colon (Unicode's
			// compatibility decomposition of U+FF1A is U+003A)
			out = append(out, tok{":", cp, cp + 1})
			i += n
			cp++
		default:
			out = append(out, tok{s[i : i+n], cp, cp + 1})
			i += n
			cp++
		}
	}
	return out
}

func isWord(t tok) bool {
	for _, r := range t.text {
		return unicode.IsLetter(r) || unicode.IsDigit(r)
	}
	return false
}

// nameConnectors are the lower-case words that stand inside names and titles ("Secretary of the
// Treasury", "Ursula von der Leyen", "Abu Bakr al-Baghdadi").
var nameConnectors = map[string]bool{"of": true, "the": true, "and": true, "for": true, "de": true, "van": true,
	"von": true, "der": true, "den": true, "al": true, "bin": true, "la": true, "le": true, "du": true, "da": true, "del": true}

// label is a speaker label at the start of a paragraph: "Q:", "MR. PRICE:", "Gao Feng:",
// "[Senior administration official]:", "Secretary of the Treasury Scott Bessent:" alone.
type label struct {
	role Role   // Question, Answer, Moderator, None, or Turn for a named speaker
	norm string // lower case words, for lookups and for telling the speakers apart
	text string
	span Span
	body int // code point after the colon and its spaces; the paragraph's End when nothing follows
	// dotted marks "Q." and "A." labels, read with a period for the colon (dottedLabel)
	dotted bool
	// inTitled: kept under a heading that names the speaker (dropHeadingLabels; Unit.InTitled)
	inTitled bool
	// bite marks a soundbite's label after a broadcast script's production code (soundbite.go)
	bite bool
	// member marks a Hansard speaker line (hansard.go): the member's turn, his questions too
	member bool
}

// label reads the speaker label opening paragraph i, or returns nil. A label is at most eight
// words, each capitalized or a name connector (any case inside brackets), and a colon.
func (a *analyzer) label(i int) *label {
	if l := a.gpoLabel(i); l != nil {
		return l // "Mr. ABERNATHY. Thank you, Madam Chair." (gpo.go)
	}
	ts := a.toks[i]
	c := -1
	t0 := timestampEnd(ts) // "[00:00:31] Carolina Fuentes:": the clock of a recording is no label
	// "SOT Ahmed Karimi, Foreign Minister (Farsi):": a broadcast script's production code before
	// the label is no part of it (soundbite.go)
	tc := productionCodeEnd(ts, t0)
	bite := tc > t0
	t0 = tc
	if k, m := timestampBeforeColon(ts, t0); m > 0 {
		ts = dropTimestamp(ts, k, m) // "Laura Whitcomb (00:03):" (revlabels.go)
	}
	for k := t0; k < len(ts) && k < t0+14; k++ {
		if ts[k].text == ":" {
			c = k
			break
		}
	}
	if t0 > 0 {
		if c < 0 {
			return nil
		}
		ts = ts[t0:]
		c -= t0
	}
	if c > 0 {
		if m := clockAfterColon(ts[c+1:]); m > 0 {
			ts = dropTimestamp(ts, c+1, m) // "Dmitry Peskov: (09:51)" (revlabels.go)
		}
	}
	if c < 1 {
		if l := a.bareLabel(i); l != nil {
			return l
		}
		return a.dottedLabel(i)
	}
	in := ts[:c]
	// an outlet or a name in parentheses after the label: "Q (Reuters):", "QUESTION (Xinhua):",
	// "Reporter (CNN):"; the label is the part before it. After an office that is no
	// questioner's or moderator's ("Chair (Alicia Kearns MP):", the select committees' style),
	// the parenthesis names the holder who speaks: the label is the name in it
	if len(in) > 3 && in[len(in)-1].text == "]" {
		// NATO's transcripts set the holder's name, or an outlet or a title, in square brackets
		// after the label: "NATO Secretary General [Jens Hauge]:", "Question [Reuters]:", "Oana
		// Lindgren [NATO Spokesperson]:". The bracket names the speaker when the heading names him
		// by the office before it and that name ("Press conference by NATO Secretary General Jens
		// Hauge"); otherwise the label is the part before it, as before a parenthesis
		for k := len(in) - 2; k > 0; k-- {
			if in[k].text == "[" {
				if r, ok := lex.labels[strings.ToLower(in[0].text)]; (!ok || r == Turn) && k+1 < len(in)-1 && a.headingNames(in[:k], in[k+1:len(in)-1]) {
					in = in[k+1 : len(in)-1]
				} else {
					in = in[:k]
				}
				break
			}
		}
	}
	if len(in) > 3 && in[len(in)-1].text == ")" {
		for k := len(in) - 2; k > 0; k-- {
			if in[k].text == "(" {
				if r, ok := lex.labels[strings.ToLower(in[0].text)]; !ok || r == Turn || r == Answer {
					// (an office of one word before it, and no party affiliation in it: "Sen.
					// Mercer (R-Ohio):" is Mercer's)
					// (after a production code the parenthesis is the bite's language: "UPSOUND,
					// Protesters (Turkish):")
					if k == 1 && !bite && k+2 < len(in) && isWord(in[k+1]) && upperFirst(in[k+1].text) && !affiliation(in[k+1:len(in)-1]) && !bodyName(in[k+1:len(in)-1]) {
						in = in[k+1 : len(in)-1]
						break
					}
				}
				in = in[:k]
				break
			}
		}
	}
	in = dropCommaParen(in) // "SEN. ROBERT HAYES (R), OHIO:" (labelparen.go)
	bracket := in[0].text == "[" && in[len(in)-1].text == "]"
	if bracket {
		in = in[1 : len(in)-1]
	}
	if numberedQuestion(in) {
		// "Q2:", "Question 3:": a question turn with its number, the numbering of the select
		// committees' oral evidence (Erskine May, 25th ed., 38.43) and of written Q&A
		l := &label{role: Question, norm: "q", span: Span{in[0].start, in[len(in)-1].end}, body: a.paras[i].End}
		l.text = a.spanText(i, l.span)
		if c+1 < len(ts) {
			l.body = ts[c+1].start
		}
		return l
	}
	if len(in) > 1 && questionNumber(in[0].text) {
		// "Q12 Chair:", "Q13 Dr Brandt:": the question number the UK Parliament's select
		// committees set before the member who asks (oral evidence transcripts; Erskine May,
		// 25th ed., 38.43 on the printed evidence): the label is the member
		in = in[1:]
	}
	if len(in) == 0 || !isWord(in[0]) || !bracket && !upperFirst(in[0].text) {
		return nil
	}
	switch first := strings.ToLower(in[0].text); {
	case first == "from":
		return nil // "From Trade Minister X:" is a lead-in (leadIn)
	case first == "why" || first == "what" || first == "how" || first == "who" || first == "where" || first == "when" || first == "which":
		// an interrogative heads a question, never a name: "Why It Matters:", "What We Know:"
		return &label{role: None}
	case len(in) > 1 && strings.HasSuffix(first, "ing") && !(first == "ranking" && strings.EqualFold(in[1].text, "member")):
		// a gerund heads a section, never a name: "REBALANCING TRADE WITH CHINA:" ("Ranking
		// Member X:", the senior minority member of a committee, House Rule X, is a title)
		return &label{role: None}
	}
	if r := lex.labels[strings.ToLower(in[0].text)]; (r == Question || r == Moderator) && len(in) > 2 {
		// "Question from the floor:", "Question from Harbor Times:", "Moderator from the
		// ministry:": a turn label whose questioner or chair follows "from" or "by"
		if p := strings.ToLower(in[1].text); p == "from" || p == "by" {
			l := &label{role: r, norm: strings.ToLower(in[0].text), span: Span{in[0].start, in[len(in)-1].end}, body: a.paras[i].End}
			l.text = a.spanText(i, l.span)
			if c+1 < len(ts) {
				l.body = ts[c+1].start
			}
			return l
		}
	}
	// "Reuters reporter:", "AFP journalist:": a questioner's word in lower case after the
	// capitalized name of the outlet the questioner works for
	if n := len(in); n >= 2 && isWord(in[n-1]) && !upperFirst(in[n-1].text) && lex.labels[in[n-1].text] == Question {
		outlet := true
		for _, t := range in[:n-1] {
			outlet = outlet && isWord(t) && upperFirst(t.text)
		}
		if outlet {
			l := &label{role: Question, norm: in[n-1].text, span: Span{in[0].start, in[n-1].end}, body: a.paras[i].End}
			l.text = a.spanText(i, l.span)
			if c+1 < len(ts) {
				l.body = ts[c+1].start
			}
			return l
		}
	}
	// "Reporter, Reuters:", "Mao Lin, Spokesperson:": a comma sets an outlet or a title in
	// apposition to the label; a questioner's or moderator's label keeps its role
	if k := commaAt(in); k > 0 && k+1 < len(in) && isWord(in[k+1]) && upperFirst(in[k+1].text) {
		if r := lex.labels[strings.ToLower(in[0].text)]; k == 1 && (r == Question || r == Moderator) {
			l := &label{role: r, norm: strings.ToLower(in[0].text), span: Span{in[0].start, in[len(in)-1].end}, body: a.paras[i].End}
			l.text = a.spanText(i, l.span)
			if c+1 < len(ts) {
				l.body = ts[c+1].start
			}
			return l
		}
		if l := a.hostLabel(i, in, k, c); l != nil {
			return l // "ANDERSON COLE, CNN ANCHOR:", "MARY KELLY, HOST:"
		}
	}
	var ws []string
	comma := false
	for _, t := range in {
		switch {
		case t.text == "," && t != in[0]:
			comma = true
		case isWord(t):
			if unicode.IsDigit([]rune(t.text)[0]) {
				return nil // "4:06 P.M.", "Article 3:"
			}
			// after a production code the label is the name of the speaker heard and, after a
			// comma, his description, which the AP and Reuters scripts set in lower case
			// ("SOT, Ivan Petrov, Russian envoy (Russian):")
			if !bracket && !upperFirst(t.text) && !nameConnectors[t.text] && !(bite && comma) {
				return nil
			}
			ws = append(ws, strings.ToLower(t.text))
		case t.text == "." || t.text == "-" || t.text == "'" || t.text == "\u2019":
		default:
			return nil
		}
	}
	if len(ws) > 8 {
		return nil
	}
	if _, listed := lex.labels[strings.Join(ws, " ")]; !listed && !bracket && headingAt(in, 0) == len(in) {
		// "PRESS RELEASE: …", "Joint Statement: …", "REMARKS: …": a heading noun of
		// headings.txt before the colon names the kind of text, not who speaks (AP Stylebook,
		// "news release": the release line heads the release, its headline follows), so the
		// line is the document's heading, read by titleSpeaker with the lines under it, and no
		// turn — in capitals or not (a transcript's label names a person or a role)
		return nil
	}
	for _, t := range in[1:] {
		if headingPreps[strings.ToLower(t.text)] {
			// a speaker is a name or a title, which take "of" and "for" ("Secretary of State",
			// "Minister for Trade") but no other preposition: "TRADE WITH CHINA:" heads a section
			return &label{role: None}
		}
	}

	l := &label{norm: strings.Join(ws, " "), span: Span{in[0].start, in[len(in)-1].end}, body: a.paras[i].End, bite: bite}
	l.text = a.spanText(i, l.span)
	if c+1 < len(ts) {
		l.body = ts[c+1].start
	}
	l.role = Turn
	if r, ok := lex.labels[l.norm]; ok {
		l.role = r
	}
	if l.role == Turn && c+1 < len(ts) && tally(ts[c+1:]) {
		return &label{role: None} // "Hillary Clinton: 1,769." lists a count, no turn
	}
	return l
}

// hostLabel reads a broadcast transcript's label of the programme's host at his first turn: his
// name, a comma, and a description that ends with a moderator's word of labels.txt ("ANDERSON
// COLE, CNN ANCHOR:", "MARY KELLY, HOST:"; the CNN and NPR transcript convention names a
// speaker in full with his role at his first turn and by surname after it). The turn is the
// moderator's, its norm the name before the comma (hostTurns gives the surname's later turns
// the same role). A reporter's "JANE ODHIAMBO, BYLINE:" stays her own turn (namedBeforeComma in
// the loader). in is the label's tokens, k its comma, c the colon's index in the paragraph.
func (a *analyzer) hostLabel(i int, in []tok, k, c int) *label {
	last := in[len(in)-1]
	r, ok := lex.labels[strings.ToLower(last.text)]
	if !ok || r != Moderator || k < 2 || k > 4 || len(in)-k > 5 {
		return nil
	}
	var ws []string
	for _, t := range in[:k] {
		if !isWord(t) || !upperFirst(t.text) {
			return nil
		}
		ws = append(ws, strings.ToLower(t.text))
	}
	ts := a.toks[i]
	l := &label{role: r, norm: strings.Join(ws, " "), span: Span{in[0].start, in[len(in)-1].end}, body: a.paras[i].End}
	l.text = a.spanText(i, l.span)
	if c+1 < len(ts) {
		l.body = ts[c+1].start
	}
	return l
}

// hostTurns gives the role of a host hostLabel read to his later turns, labelled by his surname
// alone ("COLE:" after "ANDERSON COLE, CNN ANCHOR:"): the same speaker.
func hostTurns(labels []*label) {
	hosts := map[string]Role{}
	for _, l := range labels {
		if l != nil && l.role == Moderator && strings.Contains(l.norm, " ") {
			f := strings.Fields(l.norm)
			hosts[f[len(f)-1]] = l.role
		}
	}
	for _, l := range labels {
		if l == nil || l.role != Turn {
			continue
		}
		if r, ok := hosts[l.norm]; ok {
			l.role = r
		}
	}
}

// timestampEnd returns the index of the first token after a recording's timestamp that opens a
// paragraph ("[00:00:31]", "(01:02:15)", "00:14:"), or 0 when none does: podcast, video and
// hearing transcripts set the time of each turn before its speaker's label (the transcription
// services' convention, Rev and Otter: "[00:01:12] Speaker: …"). Two or three numbers of one or
// two digits joined by colons in brackets or parentheses, or three with none (a live blog's
// "10:30 GMT:" is a time of day).
func timestampEnd(ts []tok) int {
	if len(ts) == 0 {
		return 0 // a paragraph of separator characters only ("___", "* * *") has no tokens
	}
	k := 0
	if ts[0].text == "[" || ts[0].text == "(" {
		k = 1
	}
	n := 0
	for k < len(ts) && len(ts[k].text) >= 1 && len(ts[k].text) <= 2 && ts[k].text[0] >= '0' && ts[k].text[0] <= '9' {
		n++
		k++
		if n < 3 && k+1 < len(ts) && ts[k].text == ":" && ts[k].end == ts[k+1].start && ts[k+1].text != "" && ts[k+1].text[0] >= '0' && ts[k+1].text[0] <= '9' {
			k++
			continue
		}
		break
	}
	bracketed := ts[0].text == "[" || ts[0].text == "("
	if n < 2 || !bracketed && n < 3 {
		return 0 // "10:30 GMT: …" of a live blog is a time of day, not a recording's clock
	}
	if bracketed {
		if k >= len(ts) || ts[k].text != "]" && ts[k].text != ")" {
			return 0
		}
		k++
	}
	if k >= len(ts) {
		return 0
	}
	return k
}

// LabelWord reports a word (any case) that labels.txt lists as a label by itself, of any role:
// "HOST", "BYLINE", "MODERATOR", "Q". In a label's appositive ("JANE ODHIAMBO, BYLINE:") such a
// word names the speaker's part in the broadcast, not an actor.
func LabelWord(w string) bool {
	_, ok := lex.labels[strings.ToLower(w)]
	return ok
}

// headingNames reports that the document's first paragraph (its heading) holds the office
// words and then the name words, each run of words as written ("NATO Secretary General Jens
// Hauge").
func (a *analyzer) headingNames(office, name []tok) bool {
	if len(a.paras) == 0 {
		return false
	}
	var ws []string
	for _, t := range append(append([]tok{}, office...), name...) {
		ws = append(ws, t.text)
	}
	return strings.Contains(" "+strings.Join(strings.Fields(a.paras[0].Text), " ")+" ", " "+strings.Join(ws, " ")+" ")
}

// bodyName reports words that name a body, not a person: one of them is the head noun of a
// government or organization's name ("Wagner (Federal Foreign Office):", "Schmidt (Ministry of
// Finance):", the German federal government's press conference transcripts, which set the
// speaker's ministry in parentheses after his surname). After a surname the parenthesis is then
// the speaker's affiliation, and the label is the surname before it, as after a questioner.
// The head nouns are the body heads of the Phoenix agents dictionary's GOV entries.
func bodyName(ts []tok) bool {
	for _, t := range ts {
		switch strings.ToLower(t.text) {
		case "office", "ministry", "department", "agency", "commission", "council", "committee", "bank",
			"service", "secretariat", "government", "embassy", "mission", "directorate", "bureau", "authority":
			return true
		}
	}
	return false
}

// bareLabel reads a paragraph that is only a questioner's, answerer's or moderator's label word
// with no colon ("Question", "Answer", "Q", "A" set in bold on their own lines in an HTML
// transcript, the colon left to the typography): a label alone on its line, covering the
// paragraphs after it. As for "A.", an answer counts only after a question (dropDottedAnswers).
func (a *analyzer) bareLabel(i int) *label {
	ts := a.toks[i]
	if len(ts) != 1 || !isWord(ts[0]) || !upperFirst(ts[0].text) {
		return nil
	}
	r, ok := lex.labels[strings.ToLower(ts[0].text)]
	if !ok || r != Question && r != Answer && r != Moderator {
		return nil
	}
	return &label{role: r, norm: strings.ToLower(ts[0].text), text: ts[0].text, span: Span{ts[0].start, ts[0].end}, body: a.paras[i].End, dotted: true}
}

// commaAt is the index of the first comma among ts, or -1.
func commaAt(ts []tok) int {
	for k, t := range ts {
		if t.text == "," {
			return k
		}
	}
	return -1
}

// dottedLabel reads "Q." and "A." opening a paragraph, the transcript convention of a period for
// the colon ("Q. Will the tariffs stay? A. They will."): the letter in capitals, a period and
// words after it. Only Q and A (and QUESTION, ANSWER) are read so: "A. Smith" names no turn, as
// an answer never follows without a question (dropDottedAnswers).
func (a *analyzer) dottedLabel(i int) *label {
	ts := a.toks[i]
	if len(ts) < 3 || ts[1].text != "." || !isWord(ts[2]) {
		return nil
	}
	var role Role
	switch ts[0].text {
	case "Q", "QUESTION":
		role = Question
	case "A", "ANSWER":
		role = Answer
	default:
		return nil
	}
	return &label{role: role, norm: strings.ToLower(ts[0].text), text: ts[0].text, span: Span{ts[0].start, ts[0].end}, body: ts[2].start, dotted: true}
}

// numberedQuestion reports a label that is a question label with its number and nothing else:
// "Q2" (questionNumber) or a question word of labels.txt and a number ("Question 3", "Q 4").
func numberedQuestion(in []tok) bool {
	switch {
	case len(in) == 1:
		return questionNumber(in[0].text)
	case len(in) == 2:
		// "Speaker 1:", "SPEAKER 2:": the numbered label by which a transcriber who cannot name
		// a voice tells the voices apart (Rev and GoTranscript transcription style guides,
		// "unknown speakers: Speaker 1, Speaker 2"); in a briefing's transcript, whose briefer
		// the transcript names, it is the floor's, a questioner's. "Speaker" alone or with "of"
		// is the title of a chamber's presiding officer ("Speaker of the House:"), no such label
		r, ok := lex.labels[strings.ToLower(in[0].text)]
		if strings.EqualFold(in[0].text, "speaker") {
			r, ok = Question, true
		}
		if !ok || r != Question {
			return false
		}
		for _, c := range in[1].text {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return false
}

// dropDottedAnswers keeps "A." labels only in a document with a "Q." label before them.
func dropDottedAnswers(labels []*label) {
	q := false
	for i, l := range labels {
		if l == nil || !l.dotted {
			continue
		}
		if l.role == Question {
			q = true
		} else if !q {
			labels[i] = nil
		}
	}
}

// tally reports words after a label that are only numbers and punctuation ("1,769.", "46 %").
func tally(ts []tok) bool {
	for _, t := range ts {
		if isWord(t) && !unicode.IsDigit([]rune(t.text)[0]) && t.text != "percent" {
			return false
		}
	}
	return true
}

// headingPreps are prepositions that put a label outside names and titles.
var headingPreps = map[string]bool{"with": true, "to": true, "on": true, "in": true, "from": true, "against": true,
	"about": true, "after": true, "before": true, "over": true, "under": true, "into": true, "at": true, "by": true}

// dashLine reads a paragraph that names the speaker of the quotation before it: "— Deputy Envoy
// Rina Solk", "– Ana Ruiz, Minister of Trade": a dash, a capitalized word, at most twenty words,
// no question. It returns the span after the dash, trailing punctuation dropped.
func (a *analyzer) dashLine(i int) (Span, bool) {
	ts := a.toks[i]
	if len(ts) < 2 || len(ts) > 30 || !isDash(ts[0].text) || !isWord(ts[1]) || !upperFirst(ts[1].text) {
		return Span{}, false
	}
	e := len(ts)
	for e > 1 && !isWord(ts[e-1]) && ts[e-1].text != ")" {
		e--
	}
	words := 0
	for _, t := range ts[1:e] {
		if t.text == "?" {
			return Span{}, false
		}
		if isWord(t) {
			words++
		}
	}
	if words > 20 {
		return Span{}, false
	}
	// the name before any comma or parenthesis is a name or a title ("Ana Ruiz, Minister of
	// Trade"): "— Lusitania has no right to block the project." opens a line of dialogue
	c := 1
	for c < e && ts[c].text != "," && ts[c].text != "(" {
		c++
	}
	if !speakerWords(ts[1:c]) {
		return Span{}, false
	}
	return Span{ts[1].start, ts[e-1].end}, true
}

// dialogueDash reports a paragraph that opens with a dash and a sentence, not a name: the quotation
// dash of dialogue in the European convention, met in translated and wire copy ("— The pipeline
// will carry gas to four countries, said Reis."; Chicago Manual of Style 13.40: dashes instead
// of quotation marks).
func (a *analyzer) dialogueDash(i int) bool {
	ts := a.toks[i]
	if len(ts) < 4 || (ts[0].text != "\u2014" && ts[0].text != "\u2015") || !isWord(ts[1]) || !upperFirst(ts[1].text) {
		return false
	}
	if _, ok := a.dashLine(i); ok {
		return false
	}
	last := ts[len(ts)-1].text
	return last == "." || last == "!" || last == "?" || isQuoteMark(last)
}

// dialogueSpeaker reads the attribution of a line of dialogue: ", said NAME." or ", NAME said."
// ending one of its sentences, NAME one to four capitalized words (speakerWords).
func (a *analyzer) dialogueSpeaker(i int) (Span, bool) {
	ts := a.toks[i]
	for k := 2; k+1 < len(ts); k++ {
		if ts[k].text != "," {
			continue
		}
		e := k + 1
		for e < len(ts) && ts[e].text != "." && ts[e].text != "!" && ts[e].text != "," {
			e++
		}
		if e-(k+1) < 2 || e-(k+1) > 6 {
			continue
		}
		in := ts[k+1 : e]
		switch {
		case leadVerbs[strings.ToLower(in[0].text)] && speakerWords(in[1:]):
			return Span{in[1].start, in[len(in)-1].end}, true
		case leadVerbs[strings.ToLower(in[len(in)-1].text)] && speakerWords(in[:len(in)-1]):
			return Span{in[0].start, in[len(in)-2].end}, true
		}
	}
	return Span{}, false
}

// speakerWords reports a name or title: capitalized words, name connectors, periods.
func speakerWords(ts []tok) bool {
	cap := false
	for _, t := range ts {
		switch {
		case isWord(t) && upperFirst(t.text):
			cap = true
		case isWord(t) && nameConnectors[t.text], t.text == "." || t.text == "-":
		default:
			return false
		}
	}
	return cap
}

// Furniture reports a sentence that only manages the talk (furniture.txt): "Thank you.", "Next
// question.", "I'll turn it over to [senior administration official].", "Good afternoon." A
// sentence of several such parts joined by "and" is furniture too ("Thanks, [official], and
// thanks to everyone for joining the call."). Such a sentence is neither a claim nor a relation
// of its speaker.
//
// A refusal to answer is furniture in any of its shapes (refusal.go), and so is a formula with no
// limit of words after a fronted adjunct of respect ("As for the arrangements, I have no
// information to release at the moment.").
func Furniture(sentence string) bool {
	fw := firstWord(sentence)
	if !lex.furnitureFirst[fw] && !refusalSubjects[fw] && !respectFirst[fw] {
		return false // no phrase of furniture.txt, nor a marker or an adjunct before one, opens the sentence
	}
	var ws []string
	for _, t := range tokenize(strings.ToLower(sentence), 0) {
		if isWord(t) {
			ws = append(ws, strings.ReplaceAll(t.text, "\u2019", "'"))
		} else if t.text == "," && len(ws) > 0 {
			ws[len(ws)-1] += ","
		}
	}
	if refusal(ws) {
		return true
	}
	if rest, ok := afterRespectAdjunct(stripMarkers(ws)); ok {
		// after the adjunct only the formulas that decline or hand over whatever follows them
		// (no limit of words: "I have no information …"); "On trade, welcome steps were taken …"
		// is no greeting
		for _, w := range rest {
			if contrastWords[strings.TrimSuffix(w, ",")] {
				return false // "As for X, I have no information, but China opposes …"
			}
		}
		for _, f := range lex.furniture {
			if f.max < 0 && matchPhrase(f.words, stripMarkers(rest)) >= 0 {
				return true
			}
		}
		return false
	}
	if !lex.furnitureFirst[fw] {
		return false
	}
	return furnitureWords(ws)
}

// furnitureWords is Furniture over the sentence's words.
func furnitureWords(ws []string) bool {
	// "ladies and gentlemen", "Mr. President and members of the Council": a vocative binomial is one
	// form of address (Quirk et al. 1985, 10.52 on vocatives), not two parts joined by "and"
	for i := 0; i+2 < len(ws); i++ {
		if ws[i] == "ladies" && ws[i+1] == "and" && strings.HasPrefix(ws[i+2], "gentlemen") {
			ws = append(ws[:i], append([]string{"ladies-and-" + ws[i+2]}, ws[i+3:]...)...)
		}
	}
	// a phrase with no limit on the words after it takes the whole rest of the sentence, an "and"
	// inside a name with it ("I now welcome our witness, X, Deputy Assistant Secretary of State
	// for the Caucasus and Central Asia")
	for _, f := range lex.furniture {
		if f.max < 0 && matchPhrase(f.words, stripMarkers(ws)) >= 0 {
			return true
		}
	}
	var part []string
	parts := 0
	for i, w := range ws {
		if strings.TrimSuffix(w, ",") == "and" && len(part) > 0 {
			if !furniturePart(part) {
				return false
			}
			part, parts = nil, parts+1
			continue
		}
		part = append(part, w)
		if i == len(ws)-1 {
			if !furniturePart(part) {
				return false
			}
			parts++
		}
	}
	return parts > 0
}

// firstWord is the first word of s, lower case, apostrophes normalized ("I’ll" → "i'll").
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \t\n\"\u201c\u2018'([")
	end := len(s)
	for i, r := range s {
		if !(unicode.IsLetter(r) || r == '\'' || r == '\u2019') {
			end = i
			break
		}
	}
	return strings.ReplaceAll(strings.ToLower(s[:end]), "\u2019", "'")
}

// stripMarkers drops the discourse markers that may open a part of furniture ("So,", "Well,",
// "First,", "With that,").
func stripMarkers(ws []string) []string {
	for len(ws) > 0 && (ws[0] == "so," || ws[0] == "well," || ws[0] == "okay," || ws[0] == "ok," || ws[0] == "and" || ws[0] == "so" || ws[0] == "again," || ws[0] == "first," || ws[0] == "finally," || ws[0] == "alright," ||
		len(ws) > 1 && ws[0] == "all" && ws[1] == "right,") {
		if ws[0] == "all" {
			ws = ws[1:] // "All right, good afternoon": the marker of two words (Schiffrin 1987 on okay/all right)
		}
		ws = ws[1:]
	}
	if len(ws) > 2 && ws[0] == "with" && ws[1] == "that," {
		ws = ws[2:] // "With that, I'll turn it back over to …"
	}
	return ws
}

// furniturePart matches one part of a sentence against furniture.txt.
func furniturePart(ws []string) bool {
	ws = stripMarkers(ws)
	for _, f := range lex.furniture {
		if n := matchPhrase(f.words, ws); n >= 0 && (f.max < 0 || len(ws)-n <= f.max) {
			return true
		}
	}
	return false
}

// matchPhrase matches the phrase pw at the start of ws and returns how many words of ws it
// covers, or -1. A "…" in the phrase stands for one to five words ("the gentleman from … is
// recognized"); commas after words are ignored.
func matchPhrase(pw, ws []string) int {
	if len(pw) == 0 {
		return 0
	}
	if pw[0] == "…" {
		for k := 1; k <= 5 && k <= len(ws); k++ {
			if n := matchPhrase(pw[1:], ws[k:]); n >= 0 {
				return k + n
			}
		}
		return -1
	}
	if len(ws) == 0 || strings.TrimSuffix(ws[0], ",") != strings.TrimSuffix(pw[0], ",") {
		return -1
	}
	if n := matchPhrase(pw[1:], ws[1:]); n >= 0 {
		return n + 1
	}
	return -1
}
