package discourse

// Lead-in lines: a paragraph or sentence that introduces the statement or quotation after it and
// names its speaker ("X issued the following statement:", "From X:", "Full text:").

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of lead-in lines.
const (
	leadFollowing = iota // "X issued the following statement:": the block runs to the document's end
	leadSaid             // "X said:": the quoted paragraphs after it, or the one paragraph
	leadFrom             // "From X:" alone on its line: the quoted paragraphs after it, or the plain ones up to the next lead-in or label
	// "X said in a statement:" in a story: the extent of leadSaid, but the line names the text a
	// statement, so the block is one (rule block:statement, as the README and issue 12 name it)
	leadStatement
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
		return fromLeadIn(ts, s, n)
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
		if upperFirst(ts[k].text) && strings.ToUpper(ts[k].text) != ts[k].text && isWord(ts[k-1]) && upperFirst(ts[k-1].text) {
			// a capitalized word after a capitalized word is a word of a name, not a verb:
			// "United States Representative …, issued …" (proper nouns are capitalized, a verb
			// only at a sentence's start: Chicago Manual of Style 8.1; a line in capitals keeps
			// its verbs: "SENATOR X SAID:")
			continue
		}
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
				if m := followingNoun(ts, j+2, n-1); kind == leadSaid && strings.ToLower(ts[j].text) == "in" && m > 0 &&
					strings.HasPrefix(strings.ToLower(ts[m-1].text), "statement") &&
					(strings.EqualFold(ts[j+1].text, "a") || strings.EqualFold(ts[j+1].text, "the")) {
					kind = leadStatement // "said in a [written|joint] statement:"
				}
				// "said in a statement:" opening a press release (a dateline before it, or only
				// headings and release lines above it), then plain paragraphs: the statement is
				// the release's body, given whole as after "issued the following statement:". In
				// a story, "X said in a statement:" then an unquoted paragraph covers that one
				// paragraph; with quotation marks it is a quotation and the quoted paragraphs are
				// its extent
				if strings.ToLower(ts[j].text) == "in" && followingNoun(ts, j+2, n-1) > 0 &&
					(strings.EqualFold(ts[j+1].text, "a") || strings.EqualFold(ts[j+1].text, "the")) &&
					i+1 < len(a.paras) && !opensQuote(a.toks[i+1]) && (datelineEnd(ts) > 0 || i > 0 && a.releaseOpening(i)) {
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

// fromLeadIn reads "From X:", the words from s ("from") to the colon at n-1: lower-case words
// may only precede the name (a common-noun title or a determiner before it, an appositive's comma);
// from the first capitalized word on, the phrase is a name or a title in capitals, which ends it
// ("From Monday on, prices rise:" is no speaker). Within it a comma goes on before a capitalized
// word, the name after a title or the title after a name ("From the Minister of Foreign Affairs
// of Veldland, Dr. Ana Reyes:", "From Pal Kertesz, MP:"), and ends the speaker before a
// lower-case appositive ("From Petra Lund, the finance minister:"); a parenthesis closing the line
// ends it too ("From Transport Minister Ilona Farkas (Green Party):", "FROM SENATOR MARIA LOPEZ
// (D-VELD):", the party affiliation of AP style); a plural possessive's apostrophe is part of a
// name ("the Harbour Workers' Union"). A speaker named only by a description in lower case after
// a determiner ("From the central bank governor:") is a speaker too, of at most six words: the
// line introduces the next paragraphs whoever it names (the paragraphs are no longer the last
// speaker's).
func fromLeadIn(ts []tok, s, n int) (Span, int, bool) {
	e := n - 1
	named := false
	for k := s + 1; k < n-1; k++ {
		t := ts[k]
		if t.text == "," && named && k > s+1 && isWord(ts[k-1]) && upperFirst(ts[k-1].text) && isWord(ts[k+1]) && !upperFirst(ts[k+1].text) {
			e = k
			break
		}
		if t.text == "(" && named && k > s+1 && ts[n-2].text == ")" {
			e = k
			break
		}
		switch {
		case isWord(t) && upperFirst(t.text):
			named = true
		case isWord(t) && nameConnectors[t.text], t.text == ",", t.text == "." || t.text == "-":
		case (t.text == "'" || t.text == "\u2019") && named && isWord(ts[k-1]) && strings.HasSuffix(ts[k-1].text, "s"):
		case isWord(t) && !named:
		default:
			return Span{}, 0, false
		}
	}
	if s+1 < e && named && isWord(ts[e-1]) && upperFirst(ts[e-1].text) {
		return Span{ts[s+1].start, ts[e-1].end}, leadFrom, true
	}
	if !named && e-s-2 >= 1 && e-s-2 <= 6 && determiners[strings.ToLower(ts[s+1].text)] && isWord(ts[e-1]) {
		for k := s + 2; k < e; k++ {
			if !isWord(ts[k]) {
				return Span{}, 0, false
			}
		}
		return Span{ts[s+1].start, ts[e-1].end}, leadFrom, true
	}
	return Span{}, 0, false
}

// fromLine reports paragraph i as a line of the shape of a "From X:" lead-in — "From" (or "And
// from", "Also from") first, a colon last, at most 16 tokens, as fromLeadIn reads them — whether or
// not fromLeadIn finds a speaker's name in it. A list of reactions gives each its own such line,
// so one ends the block of the line before.
func (a *analyzer) fromLine(i int) bool {
	ts := a.toks[i]
	n := len(ts)
	if n < 3 || ts[n-1].text != ":" {
		return false
	}
	s := 0
	if s+1 < n && (strings.EqualFold(ts[s].text, "and") || strings.EqualFold(ts[s].text, "also")) && strings.EqualFold(ts[s+1].text, "from") {
		s++
	}
	return strings.EqualFold(ts[s].text, "from") && n-s <= 16
}

// followingNoun returns the index after a noun of followingNouns at k or after up to three
// modifiers ("joint", "written", "full"; "Security Council press statement" has three) before
// it, below n; 0 when there is none.
func followingNoun(ts []tok, k, n int) int {
	for j := k; j < n && j <= k+3; j++ {
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
	if k+2 < n && strings.EqualFold(ts[k].text, "attributable") && strings.EqualFold(ts[k+1].text, "to") {
		// "The following is attributable to Spokesperson X:", "The below is attributable to
		// …": the State Department's and the UN's formula that gives a readout or statement
		// to its spokesperson
		return agentSpan(ts, k+2, n)
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
	appos := false // the subject is a name and its title in apposition, each name-shaped
	for a := s; a < k; {
		e := a
		// a comma inside a parenthesis ("this morning (Sunday, 6 April 2031),", the Israeli
		// Prime Minister's Office's lead-in) does not end the stretch: the parenthesis is one
		// parenthetical element (Quirk et al. 1985, 15.54 on parenthetical insertions)
		for depth := 0; e < k && (ts[e].text != "," || depth > 0); e++ {
			switch ts[e].text {
			case "(":
				depth++
			case ")":
				depth--
			}
		}
		for e > a && (strings.EqualFold(ts[e-1].text, "today") || strings.EqualFold(ts[e-1].text, "also") || subjectAux[strings.ToLower(ts[e-1].text)]) {
			e--
		}
		if e > a+2 && ts[e-1].text == ")" {
			// a parenthesis after the name: "Senator Ruth Calder (D-Osland)"
			for p := e - 2; p > a; p-- {
				if ts[p].text == "(" {
					e = p
					break
				}
			}
		}
		if e > a && isWord(ts[a]) && !affiliation(ts[a:e]) && (upperFirst(ts[a].text) && !headingPreps[strings.ToLower(ts[a].text)] && !strings.EqualFold(ts[a].text, "for") ||
			!upperFirst(ts[a].text) && !headingPreps[ts[a].text] && ts[a].text != "for" && !(determiners[ts[a].text] && bs >= 0) && hasCapital(ts[a+1:e])) {
			// a stretch opening with a preposition is an adverbial ("In a statement on
			// Thursday, opposition leader X said:"); one opening in lower case is the subject
			// when a capitalized word names it ("opposition leader Marta Quell")
			if bs >= 0 && be+1 == a && ts[be].text == "," && e < k && ts[e].text == "," && be-bs >= 2 && speakerWords(ts[bs:be]) && titleWords(ts[a:e]) && !timeWords(ts[bs:be]) {
				// "Ben Wallace, Defence Secretary, said:": a title in capitals set off by commas
				// after a name of two words or more is in apposition to it (Quirk et al. 1985,
				// 17.65, non-restrictive apposition), one subject, the style of gov.uk releases;
				// an adverbial before the subject is no name ("Speaking in Paris, X said:") and
				// a subject not closed by a comma before the verb is no appositive ("Last
				// Tuesday, Minister X said:")
				a = bs
				appos = true
			} else {
				appos = false
			}
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
	if bs < 0 || be-bs > 12 && !(be-bs <= officialNameMax && (appos || speakerWords(ts[bs:be]))) {
		// (a name and its title in apposition, each name-shaped, is a name however long its
		// title: "Ms. Keiko Arima, Press Secretary of the Ministry of Foreign Affairs of Japan,")
		return Span{}, false
	}
	return Span{ts[bs].start, ts[be-1].end}, true
}

// titlePreps are the prepositions that open a title's postmodifier naming the post's body or
// place ("Representative to the United Nations", "Ambassador at Large", "Representative in the
// Security Council", "Special Envoy on Climate"): postmodification of a noun by a prepositional
// phrase (Quirk et al. 1985, 17.37-17.40), which a title in apposition carries in lower case
// between its capitalized words.
var titlePreps = map[string]bool{"to": true, "at": true, "in": true, "on": true}

// titleWords reports a stretch that is a title set off after a name (Quirk et al. 1985, 17.65,
// non-restrictive apposition): name-shaped words (speakerWords), or capitalized words joined by
// the name connectors and the prepositions of titlePreps, opening and closing with a capitalized
// word ("United States Representative to the United Nations and Representative in the Security
// Council"). A clause has a lower-case verb, which neither admits.
func titleWords(ts []tok) bool {
	if speakerWords(ts) {
		return true
	}
	if len(ts) < 3 || !isWord(ts[0]) || !upperFirst(ts[0].text) || !isWord(ts[len(ts)-1]) || !upperFirst(ts[len(ts)-1].text) {
		return false
	}
	for _, t := range ts {
		if !isWord(t) {
			if t.text != "." && t.text != "-" {
				return false
			}
			continue
		}
		if !upperFirst(t.text) && !nameConnectors[t.text] && !titlePreps[t.text] {
			return false
		}
	}
	return true
}

// timeWords reports a stretch naming a time ("Last Tuesday", "On 3 May", "Early March"): a
// weekday or a month (the English calendar's names), or a capitalized word that only opens a
// time adverbial; such a stretch before a subject is no name for a title to stand in apposition
// to.
func timeWords(ts []tok) bool {
	for _, t := range ts {
		switch strings.ToLower(t.text) {
		case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
			"january", "february", "march", "april", "may", "june", "july", "august", "september",
			"october", "november", "december", "last", "next", "this", "early", "late", "earlier", "later":
			return true
		}
	}
	return false
}

// officialNameMax bounds a lead-in's subject that is one proper name (speakerWords: capitalized
// words joined by "of", "and", "the", "for"). The twelve-word bound of subjectSpan keeps clauses
// out; a name has no clause in it, and a state body's official name with its state's formal name
// runs past twelve words ("The Ministry of Foreign Affairs and Regional Integration of the
// Republic of Ghana" is 13; "Ministry of Foreign Affairs and International Cooperation of the
// Republic of …" the same). The bound is authoredLeadIn's for a whole lead-in line.
const officialNameMax = 24

// affiliation reports a stretch that is a legislator's party and state in apposition ("R-Veld",
// "D-Vt."): a party letter, a hyphen, a place (AP Stylebook, "party affiliation").
func affiliation(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 2 {
		return false
	}
	r := []rune(ts[0].text)
	return len(r) > 2 && unicode.IsUpper(r[0]) && r[1] == '-' && unicode.IsUpper(r[2])
}

// determiners open a noun phrase in apposition after a name ("X, a Democrat from Veld,"), which
// is no subject; with no name before it the phrase is the subject ("On behalf of Y, the Ministry
// of Foreign Affairs states …").
var determiners = map[string]bool{"a": true, "an": true, "the": true}

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
			// a dash typed as two hyphens ("BRASILIA -- …") is one dash
			for k+1 < len(ts) && isDash(ts[k+1].text) {
				k++
			}
			return k + 1
		}
		if !(isWord(t) && (upperFirst(t.text) || unicode.IsDigit([]rune(t.text)[0])) || t.text == "," || t.text == ".") {
			return 0
		}
	}
	return 0
}
