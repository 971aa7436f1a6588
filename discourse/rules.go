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
// offset of the paragraph in the text. Token texts are substrings of s (no copies).
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
}

// label reads the speaker label opening paragraph i, or returns nil. A label is at most eight
// words, each capitalized or a name connector (any case inside brackets), and a colon.
func (a *analyzer) label(i int) *label {
	ts := a.toks[i]
	c := -1
	for k := 0; k < len(ts) && k < 14; k++ {
		if ts[k].text == ":" {
			c = k
			break
		}
	}
	if c < 1 {
		return a.dottedLabel(i)
	}
	in := ts[:c]
	// an outlet or a name in parentheses after the label: "Q (Reuters):", "QUESTION (Xinhua):",
	// "Reporter (CNN):"; the label is the part before it
	if len(in) > 3 && in[len(in)-1].text == ")" {
		for k := len(in) - 2; k > 0; k-- {
			if in[k].text == "(" {
				in = in[:k]
				break
			}
		}
	}
	bracket := in[0].text == "[" && in[len(in)-1].text == "]"
	if bracket {
		in = in[1 : len(in)-1]
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
	case len(in) > 1 && strings.HasSuffix(first, "ing"):
		// a gerund heads a section, never a name: "REBALANCING TRADE WITH CHINA:"
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
	var ws []string
	for _, t := range in {
		switch {
		case isWord(t):
			if unicode.IsDigit([]rune(t.text)[0]) {
				return nil // "4:06 P.M.", "Article 3:"
			}
			if !bracket && !upperFirst(t.text) && !nameConnectors[t.text] {
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
	for _, t := range in[1:] {
		if headingPreps[strings.ToLower(t.text)] {
			// a speaker is a name or a title, which take "of" and "for" ("Secretary of State",
			// "Minister for Trade") but no other preposition: "TRADE WITH CHINA:" heads a section
			return &label{role: None}
		}
	}

	l := &label{norm: strings.Join(ws, " "), span: Span{in[0].start, in[len(in)-1].end}, body: a.paras[i].End}
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

// Kinds of lead-in lines.
const (
	leadFollowing = iota // "X issued the following statement:": the block runs to the document's end
	leadSaid             // "X said:": the quoted paragraphs after it, or the one paragraph
	leadFrom             // "From X:" alone on its line: the quoted paragraphs after it, or the plain ones up to the next lead-in or label
	// "Full text:", "The statement reads in full:": a statement whose author the sentence before
	// names; the span returned is that sentence's stretch
	leadAnaphoric
)

// issueVerbs issue a text: CAMEO's verb–object pattern for a plain statement ("RELEASE *
// STATEMENT", "ISSUE * STATEMENT", code 010) with its near synonyms; leadVerbs are the verbs of
// saying that introduce a quotation after a colon.
var (
	issueVerbs = map[string]bool{"issued": true, "issues": true, "released": true, "releases": true, "made": true,
		"makes": true, "gave": true, "gives": true, "delivered": true, "delivers": true, "published": true,
		"publishes": true, "sent": true, "posted": true, "provided": true, "read": true, "shared": true, "offered": true}
	leadVerbs = map[string]bool{"said": true, "says": true, "stated": true, "states": true, "added": true, "adds": true,
		"wrote": true, "writes": true, "declared": true, "declares": true, "announced": true, "announces": true,
		"remarked": true, "commented": true, "tweeted": true, "posted": true, "told": true, "tells": true, "explained": true,
		"read": true, "reads": true} // "A statement from the chairman, X, read:"
	followingNouns = map[string]bool{"statement": true, "statements": true, "remarks": true, "comments": true,
		"comment": true, "message": true, "response": true, "reaction": true, "readout": true}
)

// leadIn reads a paragraph that introduces the next ones and ends with a colon: "Washington – U.S.
// Secretary of the Treasury X issued the following statement today on …:", "The minister said in a
// statement:", "From Trade Minister X:". It returns the span naming the speaker and the kind.
func (a *analyzer) leadIn(i int) (Span, int, bool) {
	ts := a.toks[i]
	n := len(ts)
	if n < 3 || n > 60 || ts[n-1].text != ":" && ts[n-1].text != "." {
		return Span{}, 0, false
	}
	// "… issued the following statement." announces a statement as a colon does; any other
	// lead-in ends with a colon
	colon := ts[n-1].text == ":"
	s := datelineEnd(ts)
	// the lead-in is the paragraph's last sentence: "Talks ended on Friday. The envoy told
	// reporters:" (a sentence ends at a period, question or exclamation mark before a capital,
	// not at the period of an abbreviation: "U.S.", "Mr.", "Gen.")
	for k := n - 2; k > s+1; k-- {
		if t := ts[k-1].text; (t == "." || t == "?" || t == "!") && isWord(ts[k]) && upperFirst(ts[k].text) && !abbrev(ts[k-2]) {
			s = k
			break
		}
	}
	// "From Trade Minister Hale Oduya:"
	// "From opposition leader Tomas Brenner:", "From the trade minister, Ana Ruiz:": lower-case
	// words may only precede the name (a common-noun title or a determiner before it, an
	// appositive's comma); from the first capitalized word on, the phrase is a name or a title in
	// capitals, which ends it ("From Monday on, prices rise:" is no speaker)
	// "And from X:" continues a list of reactions
	if colon && s+1 < n && (strings.EqualFold(ts[s].text, "and") || strings.EqualFold(ts[s].text, "also")) && strings.EqualFold(ts[s+1].text, "from") {
		s++
	}
	if colon && strings.EqualFold(ts[s].text, "from") && n-s <= 16 {
		// "From Petra Lund, the finance minister:": an appositive after the name ends the speaker
		e := n - 1
		named := false
		for k := s + 1; k < n-1; k++ {
			t := ts[k]
			if t.text == "," && named && k > s+1 && isWord(ts[k-1]) && upperFirst(ts[k-1].text) {
				e = k
				break
			}
			switch {
			case isWord(t) && upperFirst(t.text):
				named = true
			case isWord(t) && nameConnectors[t.text], t.text == "," && !named, t.text == "." || t.text == "-":
			case isWord(t) && !named:
			default:
				return Span{}, 0, false
			}
		}
		if s+1 < e && named && isWord(ts[e-1]) && upperFirst(ts[e-1].text) {
			return Span{ts[s+1].start, ts[e-1].end}, leadFrom, true
		}
		return Span{}, 0, false
	}
	if sp, ok := agentLeadIn(ts, s, n); ok {
		return sp, leadFollowing, true
	}
	if sp, ok := authoredLeadIn(ts, s, n); ok {
		return sp, leadFollowing, true
	}
	if anaphoricLeadIn(ts, s, n) {
		switch {
		case s > 0 && datelineEnd(ts) < s:
			return Span{ts[0].start, ts[s-1].end}, leadAnaphoric, true // "… in a statement on Sunday. Full text:"
		case i > 0 && len(a.toks[i-1]) > 0 && a.units[i-1].Role == Narrative && !a.units[i-1].Furniture:
			return Span{a.paras[i-1].Start, a.paras[i-1].End}, leadAnaphoric, true
		}
		return Span{}, 0, false
	}
	// "Statement from Trade Minister X:", "Reaction from the opposition leader, Y:": a line that
	// names the text and its author, as "From X:" does
	if colon && n-s <= 16 {
		if m := followingNoun(ts, s, n); m > 0 && m < n-1 {
			if p := strings.ToLower(ts[m].text); p == "from" || p == "by" || p == "of" {
				if sp, ok := agentSpan(ts, m+1, n); ok && sp.End == ts[n-2].end {
					return sp, leadFrom, true
				}
			}
		}
	}
	for k := s + 1; k < n-1; k++ {
		w := strings.ToLower(ts[k].text)
		if issueVerbs[w] {
			// "… the following [joint|written] statement …:" within the next six words; "…
			// released a statement:" with the colon right after it
			for j := k + 1; j < n-1 && j <= k+6; j++ {
				lj := strings.ToLower(ts[j].text)
				// ("released a statement on Wednesday as follows:": a time or manner adverbial
				// of up to six words may stand between the noun and the colon)
				if lj == "following" && followingNoun(ts, j+1, n) > 0 ||
					colon && (lj == "a" || lj == "the") && j == k+1 && j+2 <= n-1 && n-1-(j+2) <= 6 && followingNouns[strings.ToLower(ts[j+1].text)] && !hasQuote(ts[j+2:n-1]) {
					if sp, ok := subjectSpan(ts, s, k); ok {
						return sp, leadFollowing, true
					}
					return Span{}, 0, false
				}
			}
		}
		if leadVerbs[w] && colon {
			if n-1-k > 9 { // "said in a statement on Tuesday:" at most
				return Span{}, 0, false
			}
			kind := leadSaid
			for j := k + 1; j < n-1; j++ {
				if strings.ToLower(ts[j].text) == "following" {
					kind = leadFollowing
				}
			}
			if sp, ok := subjectSpan(ts, s, k); ok {
				return sp, kind, true
			}
			return Span{}, 0, false
		}
	}
	return Span{}, 0, false
}

// followingNoun returns the index after a noun of followingNouns at k or after up to two
// modifiers ("joint", "written", "full") before it, below n; 0 when there is none.
func followingNoun(ts []tok, k, n int) int {
	for j := k; j < n && j <= k+2; j++ {
		if !isWord(ts[j]) {
			return 0
		}
		if followingNouns[strings.ToLower(ts[j].text)] {
			return j + 1
		}
	}
	return 0
}

// agentLeadIn reads a lead-in that names the statement first and its author after "by", "of" or
// "from", ending with a colon: the passive "The following statement was released by X:", and
// the presentatives "Following is the statement of X:", "Below is the full statement from X:",
// "Here is the text of X's remarks:" is left out (no agent phrase). The speaker runs from after
// the preposition to the colon or a word that cuts a title's speaker ("on", "regarding", ",").
func agentLeadIn(ts []tok, s, n int) (Span, bool) {
	if ts[n-1].text != ":" {
		return Span{}, false
	}
	k := s
	if k < n && strings.EqualFold(ts[k].text, "the") {
		k++
	}
	first := strings.ToLower(ts[k].text)
	switch {
	case first == "following" && k+1 < n && (ts[k+1].text == "is" || ts[k+1].text == "are"):
		k += 2 // "Following is the statement of X:"
	case (first == "below" || first == "here" || first == "above") && k+1 < n && (ts[k+1].text == "is" || ts[k+1].text == "are"):
		k += 2
	case first == "following":
		k++ // "The following statement was released by X:"
		m := followingNoun(ts, k, n)
		if m == 0 || m >= n || !(ts[m].text == "was" || ts[m].text == "were" || ts[m].text == "has" || ts[m].text == "is") {
			return Span{}, false
		}
		for j := m + 1; j < n-1 && j <= m+5; j++ {
			if strings.EqualFold(ts[j].text, "by") {
				return agentSpan(ts, j+1, n)
			}
		}
		return Span{}, false
	default:
		return Span{}, false
	}
	for k < n && (strings.EqualFold(ts[k].text, "the") || strings.EqualFold(ts[k].text, "a")) {
		k++
	}
	k = textOf(ts, k, n)
	m := followingNoun(ts, k, n)
	if m == 0 || m >= n-1 {
		return Span{}, false
	}
	if issueVerbs[strings.ToLower(ts[m].text)] && m+1 < n-1 {
		m++ // "the statement issued by X:", "the remarks delivered by X:"
	}
	if p := strings.ToLower(ts[m].text); p != "of" && p != "from" && p != "by" {
		return Span{}, false
	}
	return agentSpan(ts, m+1, n)
}

// textOf skips "[full|complete|official] text|transcript|translation of [the]" before the noun
// of a statement at k ("Following is the full text of the statement issued by X:"), returning the
// index of the noun phrase after it, or k.
func textOf(ts []tok, k, n int) int {
	for j := k; j < n-1 && j <= k+3; j++ {
		switch strings.ToLower(ts[j].text) {
		case "text", "transcript", "translation", "texts":
			if strings.EqualFold(ts[j+1].text, "of") {
				j += 2
				for j < n && (strings.EqualFold(ts[j].text, "the") || strings.EqualFold(ts[j].text, "a")) {
					j++
				}
				return j
			}
			return k
		}
		if !isWord(ts[j]) {
			return k
		}
	}
	return k
}

// anaphoricLeadIn reads a lead-in that names the text to follow but not its author, whose
// author the sentence before it names: "Full text:", "The statement reads in full:", "The text
// of the statement follows:", "Read the full statement below:". Every word is one of
// anaphoricWords and one is a noun of a text (followingNouns, "text", "transcript").
func anaphoricLeadIn(ts []tok, s, n int) bool {
	if ts[n-1].text != ":" || n-1-s > 10 || n-1-s < 1 {
		return false
	}
	noun := false
	for _, t := range ts[s : n-1] {
		w := strings.ToLower(t.text)
		switch {
		case followingNouns[w] || w == "text" || w == "transcript":
			noun = true
		case anaphoricWords[w]:
		default:
			return false
		}
	}
	return noun
}

// authoredLeadIn reads a lead-in that names a text with its author and presents it: "Secretary
// X's statement follows:", "The statement from the Ministry of Y is as follows:", "The full text
// of Z's remarks reads:". The author is the possessor of the text noun or the agent after "from",
// "by" or "of"; every word after the noun phrase is one of anaphoricWords ("follows", "reads in
// full", "is as follows", "is below").
func authoredLeadIn(ts []tok, s, n int) (Span, bool) {
	if ts[n-1].text != ":" || n-1-s > 24 {
		return Span{}, false
	}
	for j := s + 1; j < n-1; j++ {
		w := strings.ToLower(ts[j].text)
		if !followingNouns[w] && w != "text" && w != "transcript" {
			continue
		}
		// the presenting words after the phrase: from the first of them to the colon
		v := n - 1
		for v > j+1 && anaphoricWords[strings.ToLower(ts[v-1].text)] && !nameConnectors[ts[v-1].text] {
			v--
		}
		for k := v; k < n-1; k++ {
			if !anaphoricWords[strings.ToLower(ts[k].text)] {
				return Span{}, false
			}
		}
		if v == n-1 {
			return Span{}, false // no verb presenting the text: "Statement from X:" is leadFrom's
		}
		// possessor: "Secretary Dana Whitcombe's [full] statement"
		for p := j - 1; p >= s && p >= j-3; p-- {
			base, ok := strings.CutSuffix(ts[p].text, "'s")
			if !ok {
				base, ok = strings.CutSuffix(ts[p].text, "\u2019s")
			}
			if ok && base != "" && v == j+1 {
				a := s
				if strings.EqualFold(ts[a].text, "the") {
					a++
				}
				if a <= p && speakerWords(ts[a:p+1]) {
					return Span{ts[a].start, ts[p].end - 2}, true
				}
				return Span{}, false
			}
		}
		// agent: "The statement from the Ministry of Y is as follows:"
		if j+1 < v {
			if pw := strings.ToLower(ts[j+1].text); (pw == "from" || pw == "by" || pw == "of") && j+2 < v {
				return agentSpan(ts, j+2, v+1)
			}
		}
		return Span{}, false
	}
	return Span{}, false
}

// anaphoricWords are the other words such a lead-in holds: determiners, modifiers of the text,
// "of", and the verbs presenting it ("reads in full", "follows", "is below").
var anaphoricWords = map[string]bool{"the": true, "a": true, "its": true, "his": true, "her": true, "their": true,
	"full": true, "complete": true, "entire": true, "official": true, "unofficial": true, "english": true,
	"translation": true, "joint": true, "written": true, "of": true, "in": true, "reads": true, "read": true,
	"says": true, "said": true, "states": true, "stated": true, "follows": true, "as": true, "is": true,
	"below": true, "here": true, "it": true}

// agentSpan is the speaker after the preposition of agentLeadIn: capitalized words and name
// connectors from s up to the colon at n-1 or a title cut, at most twelve words.
func agentSpan(ts []tok, s, n int) (Span, bool) {
	e := s
	for e < n-1 && !titleCuts[strings.ToLower(ts[e].text)] && !strings.EqualFold(ts[e].text, "today") {
		e++
	}
	if e <= s || e-s > 12 || !speakerWords(ts[s:e]) || !isWord(ts[e-1]) {
		return Span{}, false
	}
	return Span{ts[s].start, ts[e-1].end}, true
}

// abbrev reports a word whose period is an abbreviation's: one with inner periods ("U.S") or a
// capitalized word of at most three letters ("Mr", "Gen", "St").
func abbrev(t tok) bool {
	return strings.Contains(t.text, ".") || upperFirst(t.text) && utf8.RuneCountInString(t.text) <= 3
}

// subjectSpan is the subject [s, k) of a lead-in's verb at k: of the stretches between its commas,
// the last that opens with a capital letter ("In response to the attack, Senator X issued …" →
// "Senator X"; "Ana Soto, the minister, issued …" → "Ana Soto"), at most twelve words, trailing
// adverbs of time dropped.
func subjectSpan(ts []tok, s, k int) (Span, bool) {
	bs, be := -1, -1
	for a := s; a < k; {
		e := a
		for e < k && ts[e].text != "," {
			e++
		}
		for e > a && (strings.EqualFold(ts[e-1].text, "today") || strings.EqualFold(ts[e-1].text, "also") || subjectAux[strings.ToLower(ts[e-1].text)]) {
			e--
		}
		if e > a && isWord(ts[a]) && (upperFirst(ts[a].text) && !headingPreps[strings.ToLower(ts[a].text)] && !strings.EqualFold(ts[a].text, "for") ||
			!upperFirst(ts[a].text) && !headingPreps[ts[a].text] && ts[a].text != "for" && hasCapital(ts[a+1:e])) {
			// a stretch opening with a preposition is an adverbial ("In a statement on
			// Thursday, opposition leader X said:"); one opening in lower case is the subject
			// when a capitalized word names it ("opposition leader Marta Quell")
			bs, be = a, e
		}
		if e > a && subjectPronouns[strings.ToLower(ts[e-1].text)] {
			bs, be = e-1, e // "Afterwards she issued …", "Later, he said:"
		}
		a = e
		for a < k && (ts[a].text == "," || strings.EqualFold(ts[a].text, "today") || strings.EqualFold(ts[a].text, "also") || subjectAux[strings.ToLower(ts[a].text)]) {
			a++
		}
	}
	if bs < 0 || be-bs > 12 {
		return Span{}, false
	}
	return Span{ts[bs].start, ts[be-1].end}, true
}

// subjectPronouns stand for a lead-in's speaker named before it.
var subjectPronouns = map[string]bool{"he": true, "she": true, "they": true}

// hasQuote reports a quotation mark among ts.
func hasQuote(ts []tok) bool {
	for _, t := range ts {
		if isQuoteMark(t.text) {
			return true
		}
	}
	return false
}

// hasCapital reports a capitalized word among ts.
func hasCapital(ts []tok) bool {
	for _, t := range ts {
		if isWord(t) && upperFirst(t.text) {
			return true
		}
	}
	return false
}

// subjectAux are the auxiliaries and adverbs between a lead-in's subject and its verb ("X has
// released …", "X has just issued …"), which are no part of the speaker.
var subjectAux = map[string]bool{"has": true, "have": true, "had": true, "just": true, "earlier": true, "again": true}

// datelineEnd skips a dateline that opens a release ("Washington –", "BEIJING, May 3 —"): up
// to six tokens of capitalized words, commas and numbers before a dash. It returns 0 otherwise.
func datelineEnd(ts []tok) int {
	for k := 0; k < len(ts) && k < 7; k++ {
		t := ts[k]
		if isDash(t.text) && k > 0 {
			return k + 1
		}
		if !(isWord(t) && (upperFirst(t.text) || unicode.IsDigit([]rune(t.text)[0])) || t.text == "," || t.text == ".") {
			return 0
		}
	}
	return 0
}

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

// titleCuts end the speaker of a title after "by", "from" or "of": "Remarks by X on …",
// "Statement from X Regarding …", "Statement of X Before the …".
var titleCuts = map[string]bool{"on": true, "regarding": true, "at": true, "to": true, "before": true, "about": true,
	"in": true, "following": true, "after": true, "during": true, "with": true, "concerning": true, "upon": true,
	"as": true, "(": true, ",": true, ":": true, "\u2014": true, "\u2013": true, "-": true, "|": true}

// titleSpeaker finds the heading that names the document's speaker among its first paragraphs
// before any label, with headings.txt: "<speaker>'s [Regular] Press Conference on …" or
// "[Joint] Statement by|from|of <speaker> on …". The speaker is trusted only when the document
// speaks in its own voice (a first-person pronoun outside quotation marks) or is a question and
// answer transcript; a news story titled "Clinton's Remarks on Trade" reports, it does not speak.
func (a *analyzer) titleSpeaker(labels []*label) (sp Span, at int) {
	qa := false
	for _, l := range labels {
		qa = qa || l != nil && (l.role == Question || l.role == Answer)
	}
	headed := false // a heading noun alone heads the document ("STATEMENT", "Press Statement")
	defer func() {
		if sp.Empty() {
			sp, at = a.preamble(labels)
		}
		if headed && sp.Empty() {
			sp, at = a.signature(labels)
		}
	}()
	for i := 0; i < len(a.paras) && i < 4; i++ {
		if labels[i] != nil {
			break
		}
		if m := headingAt(a.toks[i], 0); m > 0 && m == len(a.toks[i]) {
			headed = true
		}
		ts := a.toks[i]
		if len(ts) == 0 || len(ts) > 30 || ts[len(ts)-1].text == "." && len(ts) > 1 && isWord(ts[len(ts)-2]) && !unicode.IsDigit([]rune(ts[len(ts)-2].text)[0]) {
			continue
		}
		if ts[len(ts)-1].text == ":" {
			continue // "Statement from X:" introduces the paragraphs after it (leadIn), not the document
		}
		sp, ok := headingSpeaker(ts)
		at := i
		if !ok && speakerless(ts) {
			// "Testimony Before the Senate Committee on Banking" over the line that names the
			// witness, next or after one more heading: "Paul Renner, Under Secretary of the
			// Treasury"
			for j := i + 1; j < len(a.paras) && j < 4 && j <= i+2 && labels[j] == nil && !ok; j++ {
				sp, ok = bylineSpeaker(a.toks[j])
				at = j
			}
		}
		if !ok {
			continue
		}
		if qa || a.firstPersonOutsideQuotes(at+1) || prefixHeading(ts) && (!a.namedAfter(at+1, sp, at) || jointHeading(ts)) {
			return sp, at
		}
		return Span{}, -1
	}
	return Span{}, -1
}

// signature reads the sign-off that ends a statement or letter headed by a heading noun alone
// ("STATEMENT" … "Erik Lindahl" / "Minister of Energy"): among the last three paragraphs, a
// name line (two to four capitalized words, no final period: bylineSpeaker) followed only by
// short lines of a title or office with no final period. It returns the name and its paragraph,
// or no span. The convention of letters and released statements: the signature names the
// author (Chicago Manual of Style 13.6; the US Government Publishing Office Style Manual, ch. 16,
// signatures of proclamations and statements).
func (a *analyzer) signature(labels []*label) (Span, int) {
	// the block of sign-off lines that ends the document, the name first
	first := len(a.paras)
	for i := len(a.paras) - 1; i > 0 && i >= len(a.paras)-3; i-- {
		ts := a.toks[i]
		if labels[i] != nil || len(ts) == 0 || len(ts) > 12 || ts[len(ts)-1].text == "." || !speakerWords(ts) && !bylineOK(ts) {
			break
		}
		first = i
	}
	for i := first; i < len(a.paras); i++ {
		if sp, ok := bylineSpeaker(a.toks[i]); ok {
			return sp, i
		}
	}
	return Span{}, -1
}

// preamble reads the parties that open a joint statement, declaration or treaty in its preamble:
// among the first four paragraphs, one that is only their names (capitalized words, name
// connectors, parenthesized short names, commas) joined by "and" and ending with a comma,
// followed by a paragraph opening with a participle ("The Government of X (the “X”) and the
// Government of Y (“Y”)," / "Recognizing the importance of …;"). It returns the names and their
// paragraph, or no span. The layout of the preamble of treaties and joint declarations (United
// Nations Treaty Handbook, 2012, §5.3: the preamble names the parties and states their
// considerations in participial clauses before the operative part).
func (a *analyzer) preamble(labels []*label) (Span, int) {
	for i := 0; i+1 < len(a.paras) && i < 4; i++ {
		ts, next := a.toks[i], a.toks[i+1]
		if labels[i] != nil || len(ts) < 4 || len(ts) > 60 || ts[len(ts)-1].text != "," || len(next) == 0 {
			continue
		}
		if w := next[0].text; !isWord(next[0]) || !upperFirst(w) || !strings.HasSuffix(w, "ing") {
			continue
		}
		and, depth := false, 0
		ok := upperFirst(ts[0].text)
		for _, t := range ts[:len(ts)-1] {
			switch {
			case t.text == "(" || t.text == "\u201c" || t.text == "\"":
				depth++
			case t.text == ")" || t.text == "\u201d":
				depth = max(depth-1, 0)
			case depth > 0 || t.text == "," || t.text == "." || t.text == "'s" || t.text == "\u2019s" || t.text == "\u2019" || t.text == "-":
			case strings.EqualFold(t.text, "and"):
				and = true
			case isWord(t) && (upperFirst(t.text) || nameConnectors[t.text]):
			default:
				ok = false
			}
		}
		if ok && and {
			return Span{ts[0].start, ts[len(ts)-2].end}, i
		}
	}
	return Span{}, -1
}

// bylineOK reports a line that bylineSpeaker reads ("Ana Ruiz, Minister of Trade").
func bylineOK(ts []tok) bool {
	_, ok := bylineSpeaker(ts)
	return ok
}

// prefixHeading reports a heading that opens with its heading noun and names the speaker after
// "by", "from" or "of" ("Statement by Foreign Minister X on …", "Joint Statement of X and Y"):
// the form of a released text's own title. A news story reports such a text under a headline of
// its own ("Minister condemns closure of strait"), and its possessive form ("Clinton's Remarks on
// Trade") is left to the first-person test.
func prefixHeading(ts []tok) bool {
	m := headingAt(ts, 0)
	if m == 0 || m >= len(ts) {
		return false
	}
	switch strings.ToLower(ts[m].text) {
	case "by", "from", "of", "as":
		return true
	}
	return false
}

// jointHeading reports a heading that opens with "Joint" ("Joint Statement of X and Y"): the
// parties of a joint statement name themselves in the third person ("X and Y held talks …", "The
// Parties agreed …"), the convention of diplomatic joint statements and communiqués, so naming
// them is no sign of a report about them.
func jointHeading(ts []tok) bool {
	return len(ts) > 0 && strings.EqualFold(ts[0].text, "joint")
}

// namedAfter reports the speaker's last word (a surname, or the head of a body's name) in a
// paragraph after from other than the one at self, outside quotation marks: a document that
// names its speaker in the third person reports on it rather than speaking for it.
func (a *analyzer) namedAfter(from int, sp Span, self int) bool {
	words := strings.Fields(a.spanText(self, sp))
	if len(words) == 0 {
		return false
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
	for i := from; i < len(a.paras); i++ {
		in := false
		for _, t := range a.toks[i] {
			if isQuoteMark(t.text) && t.text != "'" {
				in = t.text != "\u201d" && !(in && t.text == "\"")
				continue
			}
			if !in && strings.ToLower(t.text) == last {
				return true
			}
		}
	}
	return false
}

// headingSpeaker reads the speaker of one heading line (see titleSpeaker), or of its part after a
// colon, bar or dash that sets off the occasion ("Senate Banking Hearing: Testimony of Under
// Secretary X", "Trade Talks | Remarks by Ambassador X").
func headingSpeaker(ts []tok) (Span, bool) {
	if sp, ok := headingSpeakerAt(ts); ok {
		return sp, true
	}
	for k := 1; k+1 < len(ts); k++ {
		if t := ts[k].text; t == ":" || t == "|" || isDash(t) && t != "-" {
			return headingSpeakerAt(ts[k+1:])
		}
	}
	return Span{}, false
}

func headingSpeakerAt(ts []tok) (Span, bool) {
	// "<speaker> Holds Regular Press Conference on …": a verb of holding or giving the event
	for k := 1; k+1 < len(ts) && k < 16; k++ {
		if holdVerbs[strings.ToLower(ts[k].text)] {
			if headingAt(ts, k+1) > 0 && speakerWords(ts[:k]) {
				return Span{ts[0].start, ts[k-1].end}, true
			}
			break
		}
	}
	// possessive: "Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on …"
	for k, t := range ts {
		base, ok := strings.CutSuffix(t.text, "'s")
		if !ok {
			base, ok = strings.CutSuffix(t.text, "\u2019s")
		}
		if !ok || base == "" {
			continue
		}
		if m := headingAt(ts, k+1); m > 0 && speakerWords(ts[:k+1]) {
			return Span{ts[0].start, ts[k].end - 2}, true
		}
		break
	}
	// a speaker before a heading noun of his own words: "Under Secretary Paul Renner Testimony
	// Before the Senate Committee", "White House Statement on the Summit"
	for k := 2; k < len(ts) && k < 12; k++ {
		switch strings.ToLower(ts[k].text) {
		case "testimony", "statement", "remarks":
			if speakerWords(ts[:k]) && (k+1 == len(ts) || titleCuts[strings.ToLower(ts[k+1].text)]) {
				return Span{ts[0].start, ts[k-1].end}, true
			}
		}
		if !isWord(ts[k]) {
			break
		}
	}
	// prefix: "Statement from the President Regarding Trade with China"
	if m := headingAt(ts, 0); m > 0 && m < len(ts) {
		// "Remarks as Delivered by …", "Remarks as Prepared for Delivery by …": the manner of
		// delivery between the heading noun and its agent
		if strings.EqualFold(ts[m].text, "as") {
			for j := m + 1; j < len(ts) && j <= m+4; j++ {
				if strings.EqualFold(ts[j].text, "by") {
					m = j
					break
				}
			}
		}
		c := strings.ToLower(ts[m].text)
		if c != "by" && c != "from" && c != "of" {
			return Span{}, false
		}
		s, e := m+1, m+1
		for e < len(ts) && !titleCuts[strings.ToLower(ts[e].text)] {
			e++
		}
		if e > s && speakerWords(ts[s:e]) && (s < e-1 || upperFirst(ts[s].text)) {
			return Span{ts[s].start, ts[e-1].end}, true
		}
	}
	return Span{}, false
}

// holdVerbs hold or give the event a heading names ("Spokesperson X Holds Regular Press
// Conference", "Ambassador X Delivers Remarks"): the light verbs of such headlines.
var holdVerbs = map[string]bool{"holds": true, "held": true, "gives": true, "gave": true, "delivers": true,
	"delivered": true, "hosts": true, "hosted": true}

// speakerless reports a heading that names no speaker: a heading noun of headings.txt opening the
// line, then the end or a word that cuts a title's speaker ("Testimony Before the Committee on
// Banking", "Remarks at the Harbor Forum").
func speakerless(ts []tok) bool {
	m := headingAt(ts, 0)
	return m > 0 && (m == len(ts) || titleCuts[strings.ToLower(ts[m].text)] && ts[m].text != ",")
}

// bylineSpeaker reads the line under a speakerless heading that names the speaker: a name or a
// title and name of two to eight capitalized words, up to a comma or the end of a line with no
// final period ("Paul Renner, Under Secretary of the Treasury", "Under Secretary Paul Renner").
func bylineSpeaker(ts []tok) (Span, bool) {
	if len(ts) < 2 || len(ts) > 24 || ts[len(ts)-1].text == "." {
		return Span{}, false
	}
	e := 0
	for e < len(ts) && ts[e].text != "," {
		e++
	}
	words := 0
	for _, t := range ts[:e] {
		if isWord(t) {
			words++
		}
	}
	if words < 2 || words > 8 || !speakerWords(ts[:e]) || !upperFirst(ts[0].text) {
		return Span{}, false
	}
	return Span{ts[0].start, ts[e-1].end}, true
}

// headingAt returns the index after a heading noun of headings.txt that starts at k, with up to
// two capitalized modifiers before it ("Regular Press Conference", "Prepared Testimony"), or 0.
func headingAt(ts []tok, k int) int {
	for skip := 0; skip <= 2 && k+skip < len(ts); skip++ {
		best := 0
		for n := 1; n <= lex.longestH && k+skip+n <= len(ts); n++ {
			var ws []string
			for _, t := range ts[k+skip : k+skip+n] {
				ws = append(ws, strings.ToLower(t.text))
			}
			if lex.headings[strings.Join(ws, " ")] {
				best = k + skip + n
			}
		}
		if best > 0 {
			return best
		}
		if !isWord(ts[k+skip]) || !upperFirst(ts[k+skip].text) {
			return 0
		}
	}
	return 0
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
func Furniture(sentence string) bool {
	if !lex.furnitureFirst[firstWord(sentence)] {
		return false // no phrase of furniture.txt, nor a marker before one, opens the sentence
	}
	var ws []string
	for _, t := range tokenize(strings.ToLower(sentence), 0) {
		if isWord(t) {
			ws = append(ws, strings.ReplaceAll(t.text, "\u2019", "'"))
		} else if t.text == "," && len(ws) > 0 {
			ws[len(ws)-1] += ","
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

// furniturePart matches one part of a sentence against furniture.txt.
func furniturePart(ws []string) bool {
	for len(ws) > 0 && (ws[0] == "so," || ws[0] == "well," || ws[0] == "okay," || ws[0] == "ok," || ws[0] == "and" || ws[0] == "so" || ws[0] == "again," || ws[0] == "first," || ws[0] == "finally,") {
		ws = ws[1:]
	}
	if len(ws) > 2 && ws[0] == "with" && ws[1] == "that," {
		ws = ws[2:] // "With that, I'll turn it back over to …"
	}
	for _, f := range lex.furniture {
		if len(ws) < len(f.words) {
			continue
		}
		ok := true
		for k, w := range f.words {
			ok = ok && strings.TrimSuffix(ws[k], ",") == strings.TrimSuffix(w, ",")
		}
		if ok && (f.max < 0 || len(ws)-len(f.words) <= f.max) {
			return true
		}
	}
	return false
}
