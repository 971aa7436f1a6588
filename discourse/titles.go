package discourse

// Titles, headings, sign-offs and preambles that name a document's speaker.

import (
	"strings"
	"unicode"
)

// titleCuts end the speaker of a title after "by", "from" or "of": "Remarks by X on …",
// "Statement from X Regarding …", "Statement of X Before the …".
var titleCuts = map[string]bool{"on": true, "regarding": true, "at": true, "to": true, "before": true, "about": true,
	"in": true, "following": true, "after": true, "during": true, "with": true, "concerning": true, "upon": true,
	"as": true, "aboard": true, "(": true, ",": true, ":": true, "\u2014": true, "\u2013": true, "-": true, "|": true}

// titleCut reports token k of ts as the end of a title's speaker: a word of titleCuts, or "en
// route", the complex preposition of the White House's travel headings ("Press Gaggle by Press
// Secretary X En Route Detroit, MI"; Merriam-Webster, "en route": on or along the way).
func titleCut(ts []tok, k int) bool {
	w := strings.ToLower(ts[k].text)
	return titleCuts[w] || w == "en" && k+1 < len(ts) && strings.EqualFold(ts[k+1].text, "route")
}

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
			sp, at = a.masthead(labels)
		}
		if headed && sp.Empty() {
			sp, at = a.signature(labels)
		}
		if sp.Empty() {
			sp, at = a.dashSignature(labels)
		}
	}()
	lim := a.headerLines(labels)
	notice, noticeAt := Span{}, -1 // the header block's "issued by" notice (issuedNotice)
	defer func() {
		if sp.Empty() && at != -2 && noticeAt >= 0 && a.firstPersonOutsideQuotes(noticeAt+1) {
			sp, at = notice, noticeAt
		}
		if at == -2 {
			at = -1
		}
	}()
	for i := 0; i < len(a.paras) && i < lim; i++ {
		if labels[i] != nil {
			break
		}
		if m := headingAt(a.toks[i], 0); m > 0 && m == len(a.toks[i]) {
			headed = true
		}
		ts := dropReference(a.toks[i]) // "No:77/31, Statement of …" (refheading.go)
		if sp, ok := issuedNotice(ts); ok {
			if noticeAt < 0 {
				notice, noticeAt = sp, i
			}
			continue
		}
		// a line ending in a period is a sentence, no heading, unless it opens with a heading
		// noun and its agent ("Statement by Deputy Political Coordinator X at the UN Security
		// Council meeting on Syria."): a noun phrase with no verb, the summary line (standfirst)
		// that gov.uk and other government sites set under the headline of a published speech
		// or statement, punctuated as a sentence
		if len(ts) == 0 || len(ts) > 30 || ts[len(ts)-1].text == "." && len(ts) > 1 && isWord(ts[len(ts)-2]) && !unicode.IsDigit([]rune(ts[len(ts)-2].text)[0]) && !prefixHeading(ts) {
			continue
		}
		if ts[len(ts)-1].text == ":" {
			continue // "Statement from X:" introduces the paragraphs after it (leadIn), not the document
		}
		sp, ok := headingSpeaker(ts)
		at := i
		if !ok {
			sp, ok = dashByline(ts)
		}
		if !ok && speakerless(ts) {
			// "Testimony Before the Senate Committee on Banking" over the line that names the
			// witness, next or after one more heading: "Paul Renner, Under Secretary of the
			// Treasury"
			for j := i + 1; j < len(a.paras) && j < lim && j <= i+2 && labels[j] == nil && !ok; j++ {
				sp, ok = bylineSpeaker(a.toks[j])
				at = j
			}
			if ok && a.issuerLineAfter(at+1, lim, labels) {
				// under a release line ("PRESS RELEASE : …" over "Ministry of Foreign Affairs
				// of X"), the name line is the issuing office's letterhead; the block's issuer
				// line ("Remarks by Foreign Minister Y at …") names who speaks the body
				continue
			}
		}
		if !ok {
			continue
		}
		if qa || a.firstPersonOutsideQuotes(at+1) || prefixHeading(ts) && (!a.namedAfter(at+1, sp, at) || jointHeading(ts)) {
			return sp, at
		}
		return Span{}, -2 // an issuer line the body reports on: no notice speaks for it either
	}
	return Span{}, -1
}

// issuerLineAfter reports a line of the header block from paragraph from up to lim that opens
// with a heading noun and names the speaker after "by", "from" or "of" (prefixHeading,
// headingSpeaker: "Statement by Ambassador X at …", "Joint statement from the Governments of …").
func (a *analyzer) issuerLineAfter(from, lim int, labels []*label) bool {
	for j := from; j < lim && j < len(a.paras) && labels[j] == nil; j++ {
		if ts := a.toks[j]; prefixHeading(ts) {
			if _, ok := headingSpeaker(ts); ok {
				return true
			}
		}
	}
	return false
}

// issuedNotice reads the issuer's notice of a release's header block: "The press release issued
// by the Ministry of Foreign Affairs of Osland on 4 June 2031.", "Statement released by the
// Office of the President", "Issued by the Ministry of Trade". The notice names the body that
// publishes the text (AP Stylebook, "news release": the release identifies its issuing
// organization at the top; the "Issued by" line of Commonwealth governments' media statements),
// so the first-person body is that body's when no line of the block names a speaker
// (titleSpeaker tries the notice last). The name runs from "by" to a word that cuts a title's
// speaker; what follows is only the date or place (capitalized words, numbers, "on", "in",
// "at", "of", "the"), so that a sentence ("The statement issued by the ministry on Friday
// condemned the attack.") is no notice. It returns the name, or no span.
func issuedNotice(ts []tok) (Span, bool) {
	m := 0
	if len(ts) > 0 && !strings.EqualFold(ts[0].text, "issued") && !strings.EqualFold(ts[0].text, "released") {
		if m = headingAt(ts, 0); m == 0 {
			return Span{}, false
		}
	}
	if m+2 >= len(ts) || !strings.EqualFold(ts[m].text, "issued") && !strings.EqualFold(ts[m].text, "released") || !strings.EqualFold(ts[m+1].text, "by") {
		return Span{}, false
	}
	s, e := m+2, m+2
	for e < len(ts) && !titleCut(ts, e) {
		e++
	}
	if e == s || !speakerWords(ts[s:e]) || s+1 == e && !upperFirst(ts[s].text) {
		return Span{}, false
	}
	for _, t := range ts[e:] {
		switch w := strings.ToLower(t.text); {
		case !isWord(t), unicode.IsDigit([]rune(t.text)[0]), upperFirst(t.text):
		case w == "on" || w == "in" || w == "at" || w == "of" || w == "the":
		default:
			return Span{}, false
		}
	}
	return Span{ts[s].start, ts[e-1].end}, true
}

// headerLines is how many of the first paragraphs titleSpeaker reads for the heading that names
// the speaker: four, or the whole publication notice above the text when it runs longer — the
// leading unlabelled lines that are no sentence (no final period, question or exclamation mark
// after a word in lower case), at most eight. A release or transcript page sets its notice lines
// (the issuer's letterhead, "Office of the Press Secretary", "FOR IMMEDIATE RELEASE", the date
// and place, a heading noun "REMARKS") above the heading and byline that name the speaker (AP
// Stylebook, "news release": the release line, issuer and date head the release; the White House
// and State Department layouts), so a fixed window of four misses the byline of a long notice.
func (a *analyzer) headerLines(labels []*label) int {
	n := 0
	for n < len(a.paras) && n < 8 && labels[n] == nil && headerLine(a.toks[n]) {
		n++
	}
	if n >= 4 {
		// and the line right under a long notice: the issuer line a release sets between its
		// notice and its body ("Remarks by Foreign Minister X at the Council open debate on …."
		// under the release line, the issuing office, the date and the "issued by" notice)
		n++
	}
	return max(4, n)
}

// headerLine reports a paragraph of one to thirty tokens that is no sentence: it does not end
// with ".", "?" or "!" after a word with a lower-case letter ("Washington, D.C." and "11:42 A.M."
// are notice lines; "Thank you all." is speech).
func headerLine(ts []tok) bool {
	if len(ts) == 0 || len(ts) > 30 {
		return false
	}
	switch ts[len(ts)-1].text {
	case ".", "?", "!":
		if len(ts) < 2 || !isWord(ts[len(ts)-2]) {
			return false
		}
		return strings.ToUpper(ts[len(ts)-2].text) == ts[len(ts)-2].text
	}
	return true
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

// dashSignature reads the sign-off of a statement, letter or op-ed set as its last paragraph
// after a dash: "— Anna Lipska, Minister of Foreign Affairs" closing a text that speaks in the
// first person outside quotation marks. The dash before the author's name is the convention of
// a signed text's attribution line (Chicago Manual of Style 13.36: the source of an epigraph or
// a set-off quotation on its own line after a dash; the signature names the author, 13.6), and
// the document's own "I" says it signs the whole text, not a quotation. A dash line right after
// a paragraph that is a quotation alone ("“We will not back down.”" / "— Deputy Envoy X") signs
// that quotation (quote:dash-line), not the document. It returns the name (bylineSpeaker's span
// after the dash) and the paragraph, or no span.
func (a *analyzer) dashSignature(labels []*label) (Span, int) {
	n := len(a.paras)
	if n < 3 || labels[n-1] != nil {
		return Span{}, -1
	}
	if _, ok := a.dashLine(n - 1); !ok || bareQuotation(a.toks[n-2]) {
		return Span{}, -1
	}
	sp, ok := bylineSpeaker(a.toks[n-1][1:])
	if !ok || !a.firstPersonOutsideQuotes(1) {
		return Span{}, -1
	}
	for _, l := range labels {
		if l != nil {
			return Span{}, -1 // a transcript's turns say who speaks
		}
	}
	return sp, n - 1
}

// bareQuotation reports a paragraph that is a quotation and nothing else: it opens with a
// quotation mark and ends with a closing one (after the sentence's own stop), with no reporting
// clause of its own ("“We will not back down.”"), the quotation a dash line below it attributes.
// "“I will not resign,” Y told reporters." names its speaker itself.
func bareQuotation(ts []tok) bool {
	if len(ts) < 2 || !opensQuote(ts) {
		return false
	}
	last := ts[len(ts)-1].text
	return isQuoteMark(last) && last != "“"
}

// masthead reads the issuer's name on the line right above a heading noun alone ("AFRICAN UNION" /
// "PRESS STATEMENT", "Ministry of Foreign Affairs" / "Press Release"): the letterhead of a
// release, which names the body that issues it over the kind of text (AP Stylebook, "news
// release": the release identifies its issuing organization at the top; the letterhead of the
// government and intergovernmental press statements). The name line is two to ten capitalized
// words and name connectors with no final period and no digit; a release line ("FOR IMMEDIATE
// RELEASE", "EMBARGOED UNTIL …") is no name. The issuer outranks the sign-off (signature), whose
// officer signs on the body's behalf. Returns the name and its paragraph, or no span.
func (a *analyzer) masthead(labels []*label) (Span, int) {
	for i := 1; i < len(a.paras) && i < 4; i++ {
		ts, up := a.toks[i], a.toks[i-1]
		if labels[i] != nil || labels[i-1] != nil || len(up) < 2 || len(up) > 10 {
			continue
		}
		if m := headingAt(ts, 0); m == 0 || m != len(ts) || headingAt(up, 0) > 0 {
			continue
		}
		if sp, ok := bylineSpeaker(up); ok && !speakerWords(up) && a.firstPersonOutsideQuotes(i+1) {
			// "Antony Blinken, Secretary of State" over "Press Statement": the issuer's byline
			// set above the kind of text (as a plain-text copy's header puts its longest line,
			// the byline, first), a person's name and office; the text must speak in the first
			// person, as titleSpeaker asks of a byline under the heading
			return sp, i - 1
		}
		if !speakerWords(up) || nameConnectors[strings.ToLower(up[0].text)] && !strings.EqualFold(up[0].text, "the") || releaseLine[strings.ToLower(up[0].text)] {
			continue
		}
		return Span{up[0].start, up[len(up)-1].end}, i - 1
	}
	return Span{}, -1
}

// releaseLine are the first words of a release's timing line, no issuer ("FOR IMMEDIATE RELEASE",
// "EMBARGOED UNTIL 00:01", "IMMEDIATE RELEASE"; AP Stylebook, "embargo").
var releaseLine = map[string]bool{"for": true, "embargoed": true, "embargo": true, "immediate": true, "release": true, "urgent": true}

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
	if len(words) >= 3 && nameConnectors[strings.ToLower(words[len(words)-2])] {
		// a body's name ("the Ministry of Foreign Affairs of Osland"): a body's statement names
		// the body in the third person by convention ("The Ministry … notes …")
		return false
	}
	if officeOfBody(words) || institutionName(words) {
		return false
	}
	last := strings.ToLower(strings.Trim(words[len(words)-1], ".,"))
	for i := from; i < len(a.paras); i++ {
		in := false
		ts := a.toks[i]
		for k, t := range ts {
			if isQuoteMark(t.text) && t.text != "'" {
				in = t.text != "\u201d" && !(in && t.text == "\"")
				continue
			}
			if !in && strings.ToLower(t.text) == last && !presentSubject(ts, k) {
				return true
			}
		}
	}
	return false
}

// presentSubject reports the name at k of a paragraph's tokens opening a sentence (paragraph
// start or after a full stop, "!" or "?") before a verb in the present tense's third person
// singular, a lower-case word in -s ("Peru calls on …", "Peru is deeply troubled …", "Peru has
// always supported …"; Quirk et al. 1985, 3.5 on the -s form): a statement names its issuer in
// the third person in the present, the instantaneous present of a declaration made in the
// uttering ("X condemns", "X calls on": Quirk et al. 1985, 4.7), while a report about the
// speaker narrates in the past ("Peru said", "Berg met"). Such a mention is the issuer's own
// voice, no sign of a report (namedAfter; analysis26 9a, a country's note under its bare name).
func presentSubject(ts []tok, k int) bool {
	if k > 0 {
		if p := ts[k-1].text; p != "." && p != "!" && p != "?" {
			return false
		}
	}
	if k+1 >= len(ts) {
		return false
	}
	n := []rune(ts[k+1].text)
	return len(n) >= 2 && unicode.IsLower(n[0]) && n[len(n)-1] == 's'
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
	// a catalogue line: the speaker, then after commas the kind of event, its place and its date
	// ("Prime Minister Helga Sørensen, press conference, Copenhagen, 14 March 2025"), the title
	// line of caption-style transcripts and of news agencies' video archives (AP Archive and
	// EbS story titles: who, what, where, when, each between commas)
	for k := 2; k+1 < len(ts) && k < 12; k++ {
		if ts[k].text != "," {
			if !isWord(ts[k]) && ts[k].text != "." && ts[k].text != "-" {
				break
			}
			continue
		}
		if m := headingAt(ts[k+1:], 0); m > 0 && !upperFirst(ts[k+1].text) && (k+1+m == len(ts) || ts[k+1+m].text == ",") && speakerWords(ts[:k]) {
			return Span{ts[0].start, ts[k-1].end}, true
		}
		break
	}
	// prefix: "Statement from the President Regarding Trade with China", also after "Transcript
	// of [the]" ("Transcript of the Interview of External Affairs Minister X with …")
	if len(ts) > 3 && recordNouns[strings.ToLower(ts[0].text)] && strings.EqualFold(ts[1].text, "of") {
		// (and "Record of the …", "Minutes of the …": recordNouns, refheading.go)
		k := 2
		if strings.EqualFold(ts[k].text, "the") {
			k++
		}
		if headingAt(ts, k) > 0 {
			ts = ts[k:]
		}
	}
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
		s := m + 1
		if s+1 < len(ts) && (ts[s].text == "a" || ts[s].text == "an") {
			s++ // "Statement by a Federal Foreign Office spokesperson on …": an unnamed spokesperson
		}
		e := s
		for e < len(ts) && !titleCut(ts, e) {
			e++
		}
		e = partyList(ts, s, e)
		if e > s && (speakerWords(dropCommas(ts[s:e])) || e-s >= 2 && (spokesWords[strings.ToLower(ts[e-1].text)] || statePlurals[ts[e-1].text]) && speakerWords(ts[s:e-1])) && (s < e-1 || upperFirst(ts[s].text)) {
			// (a body's name and its lower-case "spokesperson": the body's unnamed voice; a
			// region's proper adjective and a lower-case plural for states: "the Nordic
			// countries", the group of states that issues a joint statement, statePlurals)
			return Span{ts[s].start, ts[e-1].end}, true
		}
	}
	return Span{}, false
}

// statePlurals are the plural count nouns for states, in lower case
// (data/wordclasses/statenouns.txt: Quirk et al. 1985, 5.52–5.58; Merriam-Webster "nation" 1b,
// "country" 2a, "state" 1a). After capitalized words ("Joint statement by the Danubian-Adriatic
// countries") they end a heading's speaker: a set of states named by a region's proper
// adjective, written with its common noun in lower case as running text writes it.
var statePlurals = map[string]bool{"countries": true, "states": true, "nations": true}

// partyList extends a title's speaker ts[s:e], cut at a comma, over a list of parties that the
// comma opens and "and" closes ("Joint Statement by the Foreign Ministers of Estonia, Latvia and
// Lithuania on …", "Remarks by President X, Prime Minister Y and Chancellor Z at …"): the
// commas of a list of three or more are its inner coordinators, the last item joined by "and"
// (Quirk et al. 1985, §13.18 on the final coordinator of a list; §13.95 on a plural head whose
// postmodifier is coordinated, "the ministers of A, B and C", read distributively). Each item
// is capitalized name words (speakerWords), the last one ends the heading or at another cut; a
// comma with no "and" after it sets off an apposition or the occasion and stays the end
// ("Statement by Minister X, Ministry of Energy"), and so does a list in the complement of a
// singular head's "of" ("the Minister of Foreign Affairs, Trade and Development": one office
// whose portfolio is coordinated). It returns the new end, or e.
func partyList(ts []tok, s, e int) int {
	if e == s || e >= len(ts) || ts[e].text != "," {
		return e
	}
	for k := e - 1; k > s; k-- {
		if strings.EqualFold(ts[k].text, "of") {
			// a list in the complement of "of" distributes over a plural head only: "the
			// Foreign Ministers of A, B and C" are three, "the Minister of Foreign Affairs,
			// Trade and Development" is one office with a coordinated portfolio
			if h := strings.ToLower(ts[k-1].text); !strings.HasSuffix(h, "s") || strings.HasSuffix(h, "ss") {
				return e
			}
			break
		}
	}
	j := e
	for j < len(ts) && ts[j].text == "," {
		k := j + 1
		if k < len(ts) && strings.EqualFold(ts[k].text, "and") {
			k-- // the serial comma before the final "and" ("A, B, and C")
		} else {
			for k < len(ts) && !titleCut(ts, k) && !strings.EqualFold(ts[k].text, "and") {
				k++
			}
			if k == j+1 || !speakerWords(ts[j+1:k]) {
				return e
			}
		}
		if k+1 < len(ts) && strings.EqualFold(ts[k+1].text, "and") && ts[k].text == "," {
			k++
		}
		if k < len(ts) && strings.EqualFold(ts[k].text, "and") {
			m := k + 1
			for m < len(ts) && !titleCut(ts, m) {
				m++
			}
			if m == k+1 || !speakerWords(ts[k+1:m]) || m < len(ts) && ts[m].text == "," {
				return e
			}
			return m
		}
		j = k
	}
	return e
}

// dropCommas returns ts without its commas: the inner coordinators of a list of parties
// (partyList), which speakerWords reads word by word.
func dropCommas(ts []tok) []tok {
	var out []tok
	for _, t := range ts {
		if t.text != "," {
			out = append(out, t)
		}
	}
	return out
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
// final period ("Paul Renner, Under Secretary of the Treasury", "Under Secretary Paul Renner"),
// or a body's name with its acronym after it ("Osland Farmers' Union (OFU)").
func bylineSpeaker(ts []tok) (Span, bool) {
	if len(ts) < 2 || len(ts) > 24 || ts[len(ts)-1].text == "." {
		return Span{}, false
	}
	e := 0
	for e < len(ts) && ts[e].text != "," {
		e++
	}
	if e == len(ts) && e >= 5 && ts[e-1].text == ")" && ts[e-3].text == "(" && isWord(ts[e-2]) && strings.ToUpper(ts[e-2].text) == ts[e-2].text {
		// "Nigeria Labour Congress (NLC)": the issuer's name with its short form in
		// parentheses, as a release's header line gives it; the name is the speaker
		e -= 3
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

// dashByline reads a heading noun alone set off by a dash from the byline that names the text's
// author on the same line: "Press Statement — Helena Marsh, Minister of Trade" (the State
// Department's press statement header, its kind of text over the issuer's name and title, run
// into one line when the page is copied as text). The byline is bylineSpeaker's; a hyphen is no
// dash here, nor is a colon (a release's "Statement: The Ministry rejects …" heads its
// headline, headedReleaseBody).
func dashByline(ts []tok) (Span, bool) {
	m := headingAt(ts, 0)
	if m == 0 || m+2 >= len(ts) || !isDash(ts[m].text) || ts[m].text == "-" {
		return Span{}, false
	}
	return bylineSpeaker(ts[m+1:])
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

// HeadingNounEnds reports words (a title's words up to a "by" or "from", in any case) that end with
// a heading noun of headings.txt ("Regular Press Briefing", "Statement", "Background Press Call"),
// after which the "by"/"from" phrase is the text's author: "Statement from the Ministry of Energy",
// "Press Briefing by the Foreign Ministry". A participle of delivering a text may stand between
// ("Remarks as Delivered by X", "Statement Issued by X"). A "from" after any other word is a
// source or direction ("Ghana Regrets Withdrawal of Mali from ECOWAS"): no author.
func HeadingNounEnds(words []string) bool {
	e := len(words)
	for n := 0; n < 2 && e > 0 && deliveredWords[strings.ToLower(words[e-1])]; n++ {
		e--
	}
	for n := 1; n <= lex.longestH && n <= e; n++ {
		if lex.headings[strings.ToLower(strings.Join(words[e-n:e], " "))] {
			return true
		}
	}
	return false
}

// deliveredWords are the participles (and "as") between a text's noun and its author in a title:
// "as delivered", "issued", "released", "given", "prepared", "made", "held".
var deliveredWords = map[string]bool{"as": true, "delivered": true, "issued": true, "released": true,
	"given": true, "prepared": true, "made": true, "held": true}

// dropTitleLabels unreads the label of a heading among the first paragraphs whose words after the
// colon are a title naming its speaker ("Foreign Affairs Council: Press remarks by High
// Representative X after the meeting", the EU External Action Service's headings; "Senate Banking
// Hearing: Testimony of Under Secretary X"): the part before the colon names the occasion, not a
// speaker taking a turn, and titleSpeaker reads the heading.
func (a *analyzer) dropTitleLabels(labels []*label) {
	for i := 0; i < len(a.paras) && i < 4; i++ {
		l := labels[i]
		if l == nil || l.role != Turn {
			continue
		}
		ts := a.toks[i]
		if len(ts) == 0 || ts[len(ts)-1].text == "." {
			continue
		}
		k := 0
		for k < len(ts) && ts[k].start < l.body {
			k++
		}
		if k < len(ts) && headingAt(ts, k) > 0 {
			if _, ok := headingSpeakerAt(ts[k:]); ok {
				labels[i] = nil
			}
		}
	}
}

// officeOfBody reports a speaker named by a definite description with an of-phrase and no
// personal name ("the Secretary-General of the Commonwealth", "the Chairperson of the African
// Union Commission", "the Director-General of the International Labour Organization"): an
// office, not a person's name, which takes no article (Quirk et al. 1985, 5.60–5.66, proper
// nouns; the definite article marks the office or institution). The statements such an office
// issues name it in the third person ("The Secretary-General condemns …", "He urges …"), the
// convention of the UN's and other international organizations' statements issued by the
// spokesperson in the office's name, as a body's statement names the body ("The Ministry …
// notes …"); naming it is no sign of a report about it.
func officeOfBody(words []string) bool {
	if len(words) < 4 || !strings.EqualFold(words[0], "the") {
		return false
	}
	for _, w := range words[2 : len(words)-1] {
		if strings.EqualFold(w, "of") {
			return true
		}
	}
	return false
}

// institutionName reports a heading's speaker that is the name of an institution, a bloc or a
// state rather than of a person: "the" before capitalized words ("the European Union", "the
// African Union", "the Netherlands") or one initialism in capitals ("ASEAN", "ECOWAS"). A personal
// name takes no article, and the definite article before a proper name marks the name of an
// institution, organization or plural state (Quirk et al. 1985, 5.60–5.66; Huddleston & Pullum
// 2002, ch. 5 §20.4, proper names with "the"); an initialism names a body, never a person. Such a
// body's statement, declaration or communiqué names the body in the third person by convention
// ("The European Union takes note of …", analysis26 9a), as a body named with "of" does
// (namedAfter), so naming it is no sign of a report about it.
func institutionName(words []string) bool {
	if len(words) == 1 {
		w := strings.Trim(words[0], ".,")
		if len([]rune(w)) < 2 {
			return false
		}
		for _, r := range w {
			if !unicode.IsUpper(r) {
				return false
			}
		}
		return true
	}
	if !strings.EqualFold(words[0], "the") {
		return false
	}
	for _, w := range words[1:] {
		if r := []rune(w); len(r) == 0 || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}
