// Package discourse finds who is speaking in each paragraph of a cleaned document: the turns of a
// transcript ("Q:", "A:", "MR. NAME:", "[Senior administration official]:", "Gao Feng:"), the
// moderator's and the questioners' turns, statement blocks introduced by a lead-in ("X issued
// the following statement:", "From Trade Minister X:"), quotations of several paragraphs closed
// by a dash line ("— Deputy Envoy X"), and the speaker a document's title names ("Foreign
// Ministry Spokesperson Lu Kang's Regular Press Conference on …", "Statement from the President
// Regarding …", "Remarks by Ambassador X at …").
//
// It works on paragraphs alone, before any actor is found: a speaker is returned as the span of
// text that names it (a label, a title's or a lead-in's noun phrase); resolving that span to an
// actor is the caller's job. It imports nothing of claimgraph. Offsets are Unicode code points
// into the caller's text, like every offset of the loader. The word lists are data, embedded
// from labels.txt, furniture.txt and headings.txt, each naming its source.
package discourse

import (
	"slices"
	"strings"
	"unicode"
)

// Role is what a paragraph is in the talk of its document.
type Role string

// The roles of Unit.Role.
const (
	Narrative Role = ""          // the document's own voice: no turn, block or title speaker
	Question  Role = "question"  // a journalist's or questioner's turn ("Q:", "CNBC: … ?")
	Answer    Role = "answer"    // an "A:" turn, answered by the document's spokesperson
	Moderator Role = "moderator" // the moderator's or operator's turn
	Turn      Role = "turn"      // the turn of a speaker named by a label ("MS RUIZ:", "Gao Feng:")
	Statement Role = "statement" // a block introduced by a lead-in ("issued the following statement:")
	Quoted    Role = "quote"     // quoted paragraphs attributed by a lead-in line or a dash line
	Titled    Role = "title"     // the voice of a document whose title names its speaker
)

// Para is one paragraph of the caller's text.
type Para struct {
	Start, End int    // code points into the text, End exclusive
	Text       string // exactly the text at [Start, End)
}

// Span is a stretch of the caller's text in code points, End exclusive; the zero Span is none.
type Span struct{ Start, End int }

// Empty reports whether s covers no text.
func (s Span) Empty() bool { return s.End <= s.Start }

// Unit says who speaks in one paragraph.
type Unit struct {
	Role Role
	// Rule names the rule that assigned the role, for Evidence.Rule: turn:question, turn:answer,
	// turn:moderator, turn:label, turn:dash-question (dashturns.go), turn:bare-question
	// (barequestions.go), block:statement, quote:lead-in, quote:dash-line, quote:dash-dialogue,
	// title:speaker; "" for narrative paragraphs.
	Rule string
	// Speaker is where the speaker is named: the label, the title's or the lead-in's noun phrase,
	// the dash line; for an answer, the answerer's name (the title's speaker or the last named
	// answering label). Empty when the role has no named speaker (a "Q:" question).
	Speaker Span
	// Label is the speaker as written in Speaker ("Gao Feng", "SENIOR ADMINISTRATION OFFICIAL").
	Label string
	// Index numbers the turns and blocks of the document from 0; paragraphs of one turn share it.
	// -1 for narrative paragraphs.
	Index int
	// Body is where the paragraph's own words start: after its label and colon, else its Start.
	Body int
	// Furniture marks a paragraph that only frames the talk: a label alone on its line, a
	// lead-in line, a dash line, the heading that names the speaker (Role Narrative, Rule
	// title:speaker, Speaker the name it gives).
	Furniture bool
	// Quoting marks a unit whose words are given in quotation marks: a statement block, the
	// quotation after a lead-in or before a dash line, a label alone on its line before quoted
	// paragraphs. A quotation inside any other turn quotes someone else.
	Quoting bool
	// Anaphoric marks a statement whose lead-in names no author ("Full text:", "The statement
	// reads in full:"): Speaker is then the stretch of text before the lead-in, whose last
	// sentence names the author as its subject ("X condemned the attack in a statement on
	// Sunday."); Label is empty.
	Anaphoric bool
	// InTitled marks a turn label kept only because a heading names the document's speaker
	// (dropHeadingLabels): a label that names no actor is then a section heading of the titled
	// voice ("Economic Policy: We will …"), whose speaker the title gives.
	InTitled bool
}

// Analyze returns one Unit per paragraph of paras (same order and length). paras are the
// paragraphs of one document in order, the first being its title when it has one.
func Analyze(paras []Para) []Unit {
	a := analyzer{paras: paras, units: make([]Unit, len(paras)), toks: make([][]tok, len(paras))}
	for i, p := range paras {
		a.toks[i] = dropStrongMarks(tokenize(p.Text, p.Start))
		a.units[i] = Unit{Index: -1, Body: p.Start}
	}
	a.run()
	return a.units
}

type analyzer struct {
	paras []Para
	toks  [][]tok
	units []Unit
	next  int // next turn or block index
}

func (a *analyzer) run() {
	labels := make([]*label, len(a.paras))
	for i := range a.paras {
		labels[i] = a.label(i)
		if l := labels[i]; l != nil && l.role == Turn && a.namesItself(i, l) && !a.introducesOutlet(i, l) {
			labels[i] = nil
		}
	}
	a.capsPeriodLabels(labels) // "CHAIR POWELL. Good afternoon." (gpo.go)
	a.hansardLabels(labels)    // "Mr David Price (Birmingham, Northfield) (Lab)" (hansard.go)
	dropDottedAnswers(labels)
	hostTurns(labels)
	a.spacedQuestions(labels)
	a.dropTitleLabels(labels)
	a.dropHeadingLabels(labels)
	title, titlePara := a.titleSpeaker(labels)
	introPara := -1 // the opening line that names who gives the briefing (introSpeaker)
	namePara := titlePara
	selfPara, selfBody := -1, -1 // a self-introduction's paragraph, and where its own words begin (selfintro.go)
	if sp, at := a.introSpeaker(labels); !sp.Empty() && at != titlePara && a.transcript(labels) {
		title, introPara, namePara = sp, at, at
		if titlePara < 0 {
			titlePara, introPara = at, -1
		}
	} else if sp, at, ok := a.weAppositive(labels); title.Empty() && ok {
		// "We, the undersigned organizations, A, B and C, are alarmed …" under a heading that
		// names no speaker: the appositive names who speaks; its paragraph is theirs (weappos.go)
		title, namePara, titlePara = sp, at, at
		selfPara, selfBody = at, a.paras[at].Start
	} else if sp, at, body := a.selfIntro(labels); !sp.Empty() && at != titlePara && a.transcript(labels) {
		title, namePara = sp, at
		if body < 0 {
			introPara = at // "X briefed the press.": the transcript's line, as introSpeaker's
		} else {
			selfPara, selfBody = at, body // "I am X, …. <statement>": the speaker's own words
		}
		if titlePara < 0 {
			titlePara = at
			if body < 0 {
				introPara = -1
			}
		}
	}
	if at, ok := a.officeByline(title, titlePara, labels); ok {
		// "Spokesperson's Press Briefing" over "Spokesperson and Deputy Minister for Public
		// Relations Park Seo-yeon": the header line names the office's holder (officeByline)
		title, namePara, introPara = a.spanOf(at), at, at
	}
	answerer := title
	answererLabel, titleIndex := "", -1
	if !title.Empty() {
		answererLabel = a.spanText(namePara, title)
		titleIndex = a.next
		a.next++
	}
	questioners := a.questioners(labels, answererLabel)
	// turns marked by a dash alone, under a title that names the speaker (dashturns.go)
	dashed := a.dashTurns(titlePara, labels)
	// a transcript of plain paragraphs under a title naming its speaker and an exchange
	bareQA := !dashed && !a.transcript(labels) && a.exchangeTitle(titlePara)
	answerLabels := false // the transcript labels its answers ("A:") or its answerers by name
	for _, l := range labels {
		answerLabels = answerLabels || l != nil && (l.role == Answer || l.role == Turn)
	}
	var cur *Unit // the turn or block that unlabelled paragraphs continue
	blockEnd := -1
	quoteOnly := false // the block continues only into paragraphs that open with a quote mark
	openQuote := false // a quotation of the block opened and not yet closed (quoteOpenAfter)
	closed := false    // the closing matter of a titled release has begun
	inBite := false    // cur was opened by a soundbite's label (soundbite.go)
	for i := range a.paras {
		u := &a.units[i]
		if i == selfPara {
			// the self-introduction is furniture; the words after it are the speaker's
			*u = Unit{Role: Titled, Rule: "title:speaker", Speaker: title, Label: answererLabel, Index: titleIndex, Body: selfBody}
			cur = nil
			continue
		}
		if i == titlePara || i == introPara {
			// the heading itself: furniture, naming the speaker for labels that name only an
			// office ("THE VICE PRESIDENT:" under "Remarks by Vice President Pence …")
			u.Furniture, u.Rule, u.Speaker, u.Label = true, "title:speaker", title, answererLabel
			continue
		}
		if l := labels[i]; l != nil && l.role == None {
			if _, _, ok := a.leadIn(i); ok {
				// "Following is the statement of X:" opens with a gerund as a section label
				// does, but its verb makes it a lead-in
				labels[i] = nil
			}
		}
		if labels[i] == nil && (transcriberNote(a.paras[i].Text) || recordingCue(a.paras[i].Text)) {
			// "(The briefing concluded at 3:12 p.m.)": the transcriber's note ends the turn (notes.go)
			u.Furniture, cur = true, nil
			continue
		}
		if labels[i] == nil && (productionCodeEnd(a.toks[i], 0) > 0 || inBite && shotNumber(a.toks[i])) {
			// "VO The ministers met in Geneva.": a script's read or tape that names no speaker
			// ends the labelled soundbite before it, and so does the next numbered shot of a
			// shot list ("3. Cutaway of delegates listening") (soundbite.go)
			cur = nil
		}
		if l := labels[i]; l != nil {
			if l.role == None {
				cur = nil
				continue
			}
			if interpreterLabel(l.norm) && cur != nil && cur.Role == Turn {
				// "Voice of Interpreter: We will protect …" after the Prime Minister's turn in
				// French: the interpretation is the last speaker's words (labelparen.go)
				a.continueUnit(u, cur)
				u.Body = a.skipNote(i, l.body)
				continue
			}
			u.Index, u.Body, u.Furniture = a.next, a.skipNote(i, l.body), l.body >= a.paras[i].End
			a.next++
			switch {
			case l.member:
				// a Hansard member's turn, question or not, is on the record as his (hansard.go)
				u.Role, u.Rule, u.Speaker, u.Label = Turn, "turn:label", l.span, l.text
			case l.role == Turn && questioners[l.norm] && memberTitles[strings.Fields(l.norm)[0]] && !a.turnAsks(labels, i):
				// a member who questions a witness also states on the record ("MR. CHONG: The
				// Conservative Party demands that …"): a turn of his that ends in an assertion is
				// his own statement, as Hansard reports it; his questions stay questions
				u.Role, u.Rule, u.Speaker, u.Label = Turn, "turn:label", l.span, l.text
			case l.role == Question || l.role == Turn && questioners[l.norm]:
				u.Role, u.Rule, u.Speaker, u.Label = Question, "turn:question", l.span, l.text
			case l.role == Answer:
				u.Role, u.Rule, u.Speaker, u.Label = Answer, "turn:answer", answerer, answererLabel
			case l.role == Moderator:
				u.Role, u.Rule, u.Speaker, u.Label = Moderator, "turn:moderator", l.span, l.text
			default:
				u.Role, u.Rule, u.Speaker, u.Label, u.InTitled = Turn, "turn:label", l.span, l.text, l.inTitled
				// the named speaker who answers: a "Spokesperson:" or "MS RUIZ:" turn before "A:"
				// turns outranks the body a title names ("Press Briefing of the Foreign Ministry")
				answerer, answererLabel = l.span, l.text
			}
			cur, blockEnd, openQuote, inBite = u, -1, false, l.bite
			// a label alone on its line before a quotation ("Finance Minister X:" then “…”)
			// covers the quoted paragraphs only
			quoteOnly = u.Furniture && i+1 < len(a.paras) && opensQuote(a.toks[i+1])
			// a soundbite's words given wholly in quotation marks after its label are the
			// label's speaker's, and end with the quotation: the script's narration resumes in
			// the next paragraph that opens with no quotation mark (soundbite.go)
			if l.bite && wholeQuote(a.toks[i], l.body) {
				quoteOnly = true
			}
			u.Quoting = quoteOnly
			continue
		}
		if sp, kind, ok := a.leadIn(i); ok {
			u.Furniture = true
			cur = &Unit{Role: Statement, Rule: "block:statement", Speaker: sp, Label: a.spanText(i, sp), Index: a.next, Quoting: true}
			if kind == leadAnaphoric {
				cur.Label, cur.Anaphoric, kind = "", true, leadFollowing
			}
			if kind != leadFollowing {
				cur.Role, cur.Rule = Quoted, "quote:lead-in"
			}
			if kind == leadStatement {
				// a quotation in a story ("X said in a statement:" then quoted paragraphs, or one
				// plain one) that the lead-in names a statement: a statement block by name, read as
				// a quotation
				cur.Rule = "block:statement"
			}
			// A statement given in quotation marks covers the paragraphs that open with one (a
			// story goes on after it: "Trump issued the following statement: “…” Trump, who …");
			// one given in plain paragraphs is the rest of a release whose lead-in opens it, and
			// one paragraph anywhere else.
			// A list of reactions, each under its "From X:" line, runs to the next lead-in or
			// label whether quoted or not.
			next := i+1 < len(a.paras) && opensQuote(a.toks[i+1])
			quoteOnly = kind == leadSaid || kind == leadStatement || next
			openQuote = false
			a.next++
			blockEnd = len(a.paras)
			if kind == leadFollowing && !quoteOnly && i > 2 && !a.releaseOpening(i) {
				blockEnd = i + 2
			}
			continue
		}
		if dashed && i > titlePara && dashOpens(a.toks[i]) {
			// a dash turn of a caption-style transcript: a short one in question form is a
			// questioner's, any other the titled speaker's; paragraphs without a dash go on in
			// the turn before them
			*u = Unit{Role: Titled, Rule: "title:speaker", Speaker: title, Label: answererLabel, Index: titleIndex, Body: a.toks[i][1].start}
			cur = nil
			if a.dashQuestion(i) {
				u.Role, u.Rule, u.Speaker, u.Label, u.Index = Question, "turn:dash-question", Span{}, "", a.next
				a.next++
				cur = u
			}
			continue
		}
		if a.dialogueDash(i) {
			// "— The pipeline will carry gas to four countries, said Reis.": a line of dialogue;
			// its speaker is named in its attribution, or is the last line's
			sp, named := a.dialogueSpeaker(i)
			prev := i > 0 && a.units[i-1].Rule == "quote:dash-dialogue"
			switch {
			case named:
				u.Role, u.Rule, u.Speaker, u.Label, u.Index, u.Quoting = Quoted, "quote:dash-dialogue", sp, a.spanText(i, sp), a.next, true
				a.next++
			case prev:
				a.continueUnit(u, &a.units[i-1])
			}
			if named || prev {
				u.Body = a.toks[i][1].start
				cur = nil
				continue
			}
		}
		if sp, ok := a.dashLine(i); ok {
			u.Furniture = true
			// the paragraphs of the quotation before it, each opening with a quote mark
			j := i - 1
			for j >= 0 && a.units[j].Role == Narrative && !a.units[j].Furniture && opensQuote(a.toks[j]) {
				j--
			}
			if j < i-1 && bareQuotation(a.toks[i-1]) {
				// (a quotation that names its speaker itself, "“…,” Y told reporters.", is no
				// quotation the dash line signs: bareQuotation)
				idx := a.next
				a.next++
				for k := j + 1; k < i; k++ {
					a.units[k].Role, a.units[k].Rule, a.units[k].Speaker, a.units[k].Label, a.units[k].Index = Quoted, "quote:dash-line", sp, a.spanText(i, sp), idx
					a.units[k].Quoting = true
				}
			}
			cur = nil
			continue
		}
		if cur != nil && cur.Role == Quoted && a.fromLine(i) {
			// a "From …:" line whose words name no speaker this reader can take ("From our
			// correspondent:", "From Monday on, prices rise:") still opens what follows: the
			// block before ends there, and nothing after it is that block's speaker's
			cur, openQuote = nil, false
			continue
		}
		if cur != nil && (cur.Role == Statement || cur.Role == Quoted) {
			// (the paragraph right after "X issued the following statement:" is the statement's
			// whatever it reports)
			first := cur.Role == Statement && i > 0 && a.units[i-1].Furniture && a.units[i-1].Role == Narrative
			if cur.Role == Statement && blockEnd == len(a.paras) && !quoteOnly && a.heading(i) && i+1 < len(a.paras) &&
				!endMarker(a.toks[i+1]) && !closingBoilerplate(a.toks[i+1]) && !a.heading(i+1) {
				// a subhead of a release the lead-in opens ("Impact on coastal towns", "Next
				// steps"): the release goes on under it (AP Stylebook, "news release": headline,
				// dateline, body with subheads, boilerplate, contact, end mark); the subhead itself
				// is furniture of the block
				a.continueUnit(u, cur)
				u.Furniture = true
				continue
			}
			// A quotation still open at the end of the last paragraph goes on in this one, with
			// or without a quote mark reopening it: some writers mark only the two ends of a
			// quotation of several paragraphs (CMOS 13.30 reopens each paragraph; the closing
			// mark, which both conventions share, ends it)
			inQuote := quoteOnly && openQuote
			if i >= blockEnd || endMarker(a.toks[i]) || closingBoilerplate(a.toks[i]) || !first && !inQuote && !opensQuote(a.toks[i]) && a.narrativeResumes(i, cur) || quoteOnly && !inQuote && !opensQuote(a.toks[i]) && i > 0 && a.units[i-1].Role == cur.Role {
				cur, openQuote = nil, false
			} else {
				if quoteOnly && !inQuote && !opensQuote(a.toks[i]) {
					quoteOnly, blockEnd = false, a.plainBlockEnd(i, labels, cur) // "X said:" then unquoted paragraphs
				}
				openQuote = quoteOpenAfter(openQuote, a.toks[i])
				a.continueUnit(u, cur)
				continue
			}
		}
		if cur != nil && quoteOnly && !opensQuote(a.toks[i]) {
			cur = nil
		}
		if cur != nil && cur.Role == Question && !answerLabels && !answerer.Empty() && i > 0 && a.units[i-1].Role == Question && endsInQuestion(a.toks[i-1]) {
			// a transcript that labels only its questions ("Q:" in bold, the answer in the
			// paragraph after): an unlabelled paragraph right after a question ending with a
			// question mark is its answer, the second part of the adjacency pair (Schegloff &
			// Sacks 1973), the named answerer's
			*u = Unit{Role: Answer, Rule: "turn:answer", Speaker: answerer, Label: answererLabel, Index: a.next, Body: a.paras[i].Start}
			a.next++
			cur = u
			continue
		}
		if cur != nil {
			a.continueUnit(u, cur)
			continue
		}
		// (the lines above a summary line that names the speaker, the page's headline and
		// publisher line over a gov.uk standfirst, are the publisher's, not the speaker's)
		if !title.Empty() && !closed && !(i < titlePara && a.standfirst(titlePara)) {
			if endMarker(a.toks[i]) || closingBoilerplate(a.toks[i]) {
				// the closing matter of a release (contact block, notes to editors, end mark)
				// is no part of the statement the title names, nor is anything after it
				closed, u.Furniture = true, true
				continue
			}
			u.Role, u.Rule, u.Speaker, u.Label, u.Index = Titled, "title:speaker", title, answererLabel, titleIndex
			if bareQA && i > titlePara && a.bareQuestion(i) {
				// a question of the floor in a transcript of plain paragraphs (barequestions.go)
				u.Role, u.Rule, u.Speaker, u.Label, u.Index = Question, "turn:bare-question", Span{}, "", a.next
				a.next++
			}
		}
	}
	a.issuedLines()
	a.releaseVoice()
}

// plainBlockEnd returns where a block of plain paragraphs ends whose first, i, follows a lead-in
// that introduces a quotation or a statement ("X said:", "X said in a statement:"): the one
// paragraph i, and after it
//   - the paragraphs that go on numbering it ("1. …", "2. …", "3. …"): a statement or letter
//     that numbers its paragraphs is one text, whose numbering the story keeps when it gives the
//     text in full (the numbered paragraphs of diplomatic notes, communiqués and resolutions:
//     United Nations Editorial Manual, "numbered paragraphs"; CMOS 6.130 on numbered lists);
//   - the next plain paragraphs up to the last one in the first person, when the story's own
//     narration before the lead-in never says "we" or "I": a story reports in the third person
//     (AP Stylebook, "news release": a release names its issuer in the third person; a news
//     story speaks of others outside its quotations), so an unquoted "we" after the lead-in is
//     the text's, and so is a paragraph between two of its own (a statement names its issuer in
//     the third person before it says "we": "The Ministry has followed … / We demand …"). The
//     run stops at a label, a paragraph opening with a quote mark, a lead-in, the closing
//     matter, or one where the story's voice resumes (narrativeResumes).
func (a *analyzer) plainBlockEnd(i int, labels []*label, cur *Unit) int {
	end := i + 1
	if n, ok := paraNumber(a.toks[i]); ok {
		for j := i + 1; j < len(a.paras) && labels[j] == nil; j++ {
			m, ok := paraNumber(a.toks[j])
			if !ok || m != n+1 {
				break
			}
			n, end = m, j+1
		}
	}
	if a.narrationFirstPerson(i - 1) {
		return end
	}
	for j := i; j < len(a.paras); j++ {
		if j > i && (labels[j] != nil || opensQuote(a.toks[j]) || endMarker(a.toks[j]) || closingBoilerplate(a.toks[j])) {
			break
		}
		if j > i {
			if _, _, ok := a.leadIn(j); ok {
				break
			}
		}
		if a.firstPersonIn(j) {
			end = max(end, j+1)
			continue
		}
		if j >= end && a.narrativeResumes(j, cur) {
			break
		}
	}
	return end
}

// paraNumber reads the number that opens a numbered paragraph, "1." or "2)" before its words,
// and reports whether there is one.
func paraNumber(ts []tok) (int, bool) {
	if len(ts) < 3 || (ts[1].text != "." && ts[1].text != ")") || !isWord(ts[2]) {
		return 0, false
	}
	n := 0
	for _, r := range ts[0].text {
		if r < '0' || r > '9' || n > 999 {
			return 0, false
		}
		n = n*10 + int(r-'0')
	}
	return n, true
}

// narrationFirstPerson reports a first-person pronoun outside quotation marks in a narrative
// paragraph (no turn, block or title speaker's) before paragraph end.
func (a *analyzer) narrationFirstPerson(end int) bool {
	for j := 0; j < end; j++ {
		if a.units[j].Role == Narrative && !a.units[j].Furniture && a.firstPersonIn(j) {
			return true
		}
	}
	return false
}

// standfirst reports a heading paragraph that ends with a period: the summary line under a
// page's headline ("Statement by Deputy Envoy X at the Council meeting on Y.", titleSpeaker), not
// the headline itself, a byline or a sign-off, which end with no period.
func (a *analyzer) standfirst(i int) bool {
	ts := a.toks[i]
	return len(ts) > 1 && ts[len(ts)-1].text == "." && isWord(ts[len(ts)-2])
}

// releaseOpening reports a lead-in at paragraph i that opens a press release, not a turn of a story:
// it starts with a dateline ("WASHINGTON, May 3 – The Trade Representative released …"), or every
// paragraph before it is a heading, a date or a release line (at most twelve words and no final
// period: "FOR IMMEDIATE RELEASE", "May 3, 2031", "Office of the Trade Representative").
func (a *analyzer) releaseOpening(i int) bool {
	if datelineEnd(a.toks[i]) > 0 {
		return true
	}
	for j := 0; j < i; j++ {
		w := 0
		for _, t := range a.toks[j] {
			if isWord(t) {
				w++
			}
		}
		ts := a.toks[j]
		if w > 12 || len(ts) > 1 && ts[len(ts)-1].text == "." && !abbrev(ts[len(ts)-2]) {
			return false // a sentence of the story, not a heading
		}
	}
	return true
}

func (a *analyzer) continueUnit(u, cur *Unit) {
	u.Role, u.Rule, u.Speaker, u.Label, u.Index, u.Quoting, u.Anaphoric = cur.Role, cur.Rule, cur.Speaker, cur.Label, cur.Index, cur.Quoting, cur.Anaphoric
}

// spanText returns the text of sp inside paragraph i.
func (a *analyzer) spanText(i int, sp Span) string {
	p := a.paras[i]
	r := []rune(p.Text)
	s, e := sp.Start-p.Start, sp.End-p.Start
	if s < 0 || e > len(r) || s >= e {
		return ""
	}
	return string(r[s:e])
}

// questioners returns the normalized speaker labels that are questioners, not answerers: in a
// transcript where questioners are named by their outlet ("Xinhua News Agency:", "CNBC:"), a
// label at least half of whose turns end in a question while another label's turns do not, and
// which is not the speaker the title names. A spokesperson's "Are we Wednesday? Yes. Okay. …"
// ends in an assertion.
func (a *analyzer) questioners(labels []*label, title string) map[string]bool {
	turns, asks := map[string]int{}, map[string]int{}
	intro := map[string]bool{} // labels whose speaker introduces himself by his outlet (intro.go)
	for i, l := range labels {
		if l == nil || l.role != Turn {
			continue
		}
		turns[l.norm]++
		// the turn runs to the next label; its last mark decides
		if a.turnAsks(labels, i) {
			asks[l.norm]++
		}
		if a.introducesOutlet(i, l) {
			intro[l.norm] = true
		}
	}
	out := map[string]bool{}
	answering := false
	for n, c := range turns {
		if asks[n]*2 < c || spokesLabel(n) {
			answering = true
		}
	}
	if !answering {
		return out
	}
	title = strings.ToLower(title)
	for n, c := range turns {
		f := strings.Fields(n)
		if !spokesLabel(n) && (intro[n] || asks[n]*2 >= c && !(title != "" && strings.Contains(title, f[len(f)-1]))) {
			out[n] = true
		}
	}
	return out
}

// turnAsks reports whether the turn labelled at paragraph i (running to the next label) ends in a
// question mark: its last sentence mark decides.
//
// A last sentence that asks the answerer to tell ("Please tell us the reaction of the Government
// …", "Please comment on …") is a question too: a request for information in the imperative, the
// form of the press conferences of Japan's Foreign Ministry ("Please tell us …."), an indirect
// question by its act (Searle 1975, "Indirect speech acts": a directive whose content is telling).
func (a *analyzer) turnAsks(labels []*label, i int) bool {
	lastMark := ""
	var first, second string // the first two words of the last sentence
	fresh := true
	for j := i; j < len(labels) && (j == i || labels[j] == nil); j++ {
		body := a.paras[j].Start
		if labels[j] != nil {
			body = labels[j].body
		}
		fresh = true
		for _, t := range a.toks[j] {
			if t.start < body {
				continue
			}
			switch {
			case t.text == "?" || t.text == "." || t.text == "!":
				lastMark, fresh = t.text, true
			case t.text == "\u2026":
				fresh = true // an ellipsis closing a quotation ends its sentence
			case isWord(t) && fresh:
				first, second, fresh = strings.ToLower(t.text), "", false
			case isWord(t) && second == "":
				second = strings.ToLower(t.text)
			}
		}
	}
	return lastMark == "?" || lastMark == "." && first == "please" && tellVerbs[second]
}

// tellVerbs ask for information after "please" ("Please tell us …", "Please explain …").
var tellVerbs = map[string]bool{"tell": true, "explain": true, "comment": true, "share": true, "confirm": true,
	"describe": true, "elaborate": true, "clarify": true, "update": true, "brief": true, "give": true}

// memberTitles open the labels of the members who question a witness in a legislature's hearing
// ("MR. CHONG:", "MS. MCPHERSON:", "SENATOR BAYH:", "HON. WANJIKU:"): the honorifics and
// legislators' titles of Hansard and committee transcripts (House of Commons of Canada and UK
// Hansard "Mr./Ms."; Commonwealth "Hon."; US committee transcripts "Senator", "Mr."), as opposed
// to "Q:" and an outlet's name ("CNBC:"), which label a journalist. (A label's norm drops its
// dots: "REP. X:" is "rep x", so the abbreviations are listed with and without theirs.)
var memberTitles = map[string]bool{"mr.": true, "mr": true, "ms.": true, "ms": true, "mrs.": true, "mrs": true,
	"dr.": true, "dr": true, "hon.": true, "hon": true, "senator": true, "sen.": true, "sen": true, "rep.": true, "rep": true,
	"representative": true, "congressman": true, "congresswoman": true}

// dropHeadingLabels keeps a named speaker's label only where the document is a transcript — it
// has question, answer or moderator turns, or at least three labelled turns by at least two
// speakers, or the label is in capitals — or where the label stands alone on its line ("Finance
// Minister X:" then “…”; "Zhu Guangyao:" then the answer), which no heading does. In a news story, "Hillary Clinton: Foundation withheld donor names" or "BOOM:"
// opens a paragraph as a heading or teaser, not as a turn the next paragraphs continue.
func (a *analyzer) dropHeadingLabels(labels []*label) {
	turns := 0
	names := map[string]bool{}
	for _, l := range labels {
		if l == nil || l.role == None {
			continue
		}
		if l.role != Turn || l.member {
			return // a question-and-answer transcript, or a Hansard debate (hansard.go)
		}
		turns++
		names[l.norm] = true
	}
	if turns >= 3 && len(names) >= 2 && !a.shortBodies(labels) {
		return
	}
	if turns >= 2 && len(names) >= 2 && a.headingNamesLabel(labels) {
		// "Press Conference by Foreign Press Secretary X" over "Ms. X, Press Secretary:" and
		// a reporter's label: a heading that names the speaker of one of the labels makes the
		// document a transcript however few its turns (an excerpt, a short conference)
		return
	}
	count := map[string]int{}
	for _, l := range labels {
		if l != nil && l.role == Turn {
			count[l.norm]++
		}
	}
	// under a heading that names who speaks ("Statement of the President of X", "Remarks by the
	// Minister …": headingSpeaker), the text is that speaker's statement, not a story: a label
	// before a body of finished sentences ("Vladimir Putin: Good afternoon, colleagues. …") is
	// the delivered text's speaker label, as the transcripts of such remarks set it; a headline
	// or teaser after a colon ends with no period (AP Stylebook, "headlines")
	titled := false
	for i := 0; i < len(a.paras) && i < 4 && labels[i] == nil && !titled; i++ {
		_, titled = headingSpeaker(a.toks[i])
	}
	for i, l := range labels {
		if l == nil || l.role != Turn {
			continue
		}
		alone := l.body >= a.paras[i].End && i+1 < len(a.paras)
		if l.bite {
			// a soundbite's label after a production code ("SOUNDBITE, X, minister (English):")
			// is a broadcast script's, never a story's heading: a script may carry one bite
			continue
		}
		// a label in capitals is the transcript convention ("SENIOR TREASURY OFFICIAL:", "MS.
		// RUIZ:"), when it is more than one exclamation ("BOOM:"): two words, or a second turn
		caps := strings.ToUpper(l.text) == l.text && (strings.Contains(l.norm, " ") || count[l.norm] > 1)
		if !alone && (!caps || a.thirdPerson(i, labels)) {
			if titled && a.sentenceBody(i, l) && !a.thirdPerson(i, labels) {
				l.inTitled = true
				continue
			}
			labels[i] = nil
		}
	}
}

// headingNamesLabel reports a heading among the first four paragraphs, before any label, that
// names a speaker (headingSpeaker: "Press Conference by Foreign Press Secretary ONO Hikariko")
// whose last word, a surname or given name, is a word of a turn label ("Ms. ONO Hikariko, Press
// Secretary").
func (a *analyzer) headingNamesLabel(labels []*label) bool {
	for i := 0; i < len(a.paras) && i < 4 && labels[i] == nil; i++ {
		sp, ok := headingSpeaker(a.toks[i])
		if !ok {
			continue
		}
		f := strings.Fields(strings.ToLower(a.spanText(i, sp)))
		last := f[len(f)-1]
		for _, l := range labels {
			if l != nil && l.role == Turn && len(last) > 1 && slices.Contains(strings.Fields(l.norm), last) {
				return true
			}
		}
	}
	return false
}

// sentenceBody reports a label followed on its paragraph by words that end with a period, a
// question or exclamation mark: finished sentences, not a headline.
func (a *analyzer) sentenceBody(i int, l *label) bool {
	ts := a.toks[i]
	if len(ts) == 0 || ts[len(ts)-1].start < l.body {
		return false
	}
	switch ts[len(ts)-1].text {
	case ".", "?", "!":
		return true
	}
	return false
}

// shortBodies reports labelled paragraphs whose words are mostly headlines, not utterances: at
// least half of those with words after the label have fewer than six ("Sanders: Win in a walk.",
// "Christie: A closing surge." over a story's sections).
func (a *analyzer) shortBodies(labels []*label) bool {
	n, short := 0, 0
	for i, l := range labels {
		if l == nil || l.role != Turn || l.body >= a.paras[i].End {
			continue
		}
		w := 0
		for _, t := range a.toks[i] {
			if t.start >= l.body && isWord(t) {
				w++
			}
		}
		n++
		if w < 6 {
			short++
		}
	}
	return n > 0 && short*2 >= n
}

// endMarker reports a line that ends a press release: "###", "-30-", "END", "- END -".
func endMarker(ts []tok) bool {
	var b strings.Builder
	for _, t := range ts {
		b.WriteString(t.text)
	}
	s := strings.Trim(b.String(), "-–— ")
	return s == "###" || s == "30" || s == "END" || s == "#"
}

// closingBoilerplate reports a paragraph that opens the closing matter of a press release, after
// the statement: the contact block and the notes for editors ("For media inquiries, contact …",
// "For more information, visit …", "Media contact: …", "Notes to editors"). Source: the layout of
// a news release (AP Stylebook, "news release"; Public Relations Society of America guidance:
// headline, dateline, body, boilerplate, contact, end mark).
func closingBoilerplate(ts []tok) bool {
	var ws []string
	for _, t := range ts {
		if isWord(t) {
			ws = append(ws, strings.ToLower(t.text))
		}
		if len(ws) == 3 {
			break
		}
	}
	if len(ws) < 2 {
		return false
	}
	switch {
	case ws[0] == "for" && (ws[1] == "media" || ws[1] == "press" || ws[1] == "more" || ws[1] == "further" || ws[1] == "inquiries" || ws[1] == "enquiries"):
		return true
	case (ws[0] == "media" || ws[0] == "press") && (ws[1] == "contact" || ws[1] == "contacts" || ws[1] == "inquiries" || ws[1] == "enquiries"):
		return true
	case (ws[0] == "notes" || ws[0] == "note") && len(ws) > 2 && (ws[1] == "to" || ws[1] == "for") && ws[2] == "editors":
		return true
	}
	return false
}

// narrativeResumes reports a plain paragraph after a statement or lead-in block in which the
// story's own voice speaks again: a heading (at most twelve words and no final punctuation), a
// paragraph reporting speech ("said", "told" before any quotation mark), or a
// paragraph whose subject refers to the block's speaker in the third person, by surname or by
// the head of the title ("Delgado spoke after …", "The minister spoke after …" under "From
// Agriculture Minister Rosa Delgado:") — a speaker does not name or describe himself so.
func (a *analyzer) narrativeResumes(i int, cur *Unit) bool {
	ts := a.toks[i]
	words := 0
	for _, t := range ts {
		if isWord(t) {
			words++
		}
	}
	if words == 0 {
		return false
	}
	if last := ts[len(ts)-1].text; words <= 12 && isWord(ts[len(ts)-1]) && !strings.Contains(last, ".") {
		return true // a heading
	}
	if a.firstPersonIn(i) {
		// the speaker's own voice ("As I said last week, …", "Our farmers have done nothing
		// wrong. The prime minister said …"): a story speaks of others outside its quotations
		return false
	}
	// "As the council's chair, X, said on Monday, “…”": a speech verb in a fronted "as" clause
	// cites a source for the speaker's own point (an evidential, Hyland 2005, ch. 3), and is no
	// sign of the story's voice
	evidential := false
	for _, t := range ts {
		if isWord(t) {
			evidential = strings.EqualFold(t.text, "as")
			break
		}
	}
	for k, t := range ts {
		// the story reporting speech again: "Lawmakers said the audit was incomplete." (a
		// statement's own text asserts; the story's voice reports who said what)
		if (t.text == "said" || t.text == "told" || t.text == "commented" || t.text == "declined") && !evidential {
			return true
		}
		// the story naming the text it quoted: "Officials have not commented on the
		// statement" (a statement speaks of itself as "this statement", if at all)
		if (t.text == "statement" || t.text == "remarks") && k > 0 && strings.EqualFold(ts[k-1].text, "the") {
			return true
		}
		if isQuoteMark(t.text) {
			break // a quotation's attribution ("“…,” she said") may continue the block
		}
	}
	lw := strings.Fields(strings.ToLower(strings.Trim(cur.Label, " ,.:")))
	if len(lw) < 2 || nameConnectors[lw[len(lw)-2]] {
		// a body's name ends with its country or field, no surname: "the Ministry of
		// Commerce of Serrania" goes on "Serrania firmly opposes …" in its own statement
		return false
	}
	refs := map[string]bool{lw[len(lw)-1]: true}
	if len(lw) >= 3 {
		refs[lw[len(lw)-3]] = true // "Agriculture Minister Rosa Delgado": the title's head
	}
	k := 0
	for k < len(ts) && !isWord(ts[k]) {
		k++
	}
	if k < len(ts) && strings.EqualFold(ts[k].text, "the") {
		k++
	}
	return k < len(ts) && refs[strings.ToLower(ts[k].text)] && k+1 < len(ts) && ts[k+1].text != "'s" && !upperFirst(ts[k+1].text)
}

// heading reports a paragraph of at most twelve words whose last token is a word with no period:
// a heading or subhead, not a sentence (narrativeResumes' test).
func (a *analyzer) heading(i int) bool {
	ts := a.toks[i]
	words := 0
	for _, t := range ts {
		if isWord(t) {
			words++
		}
	}
	return words > 0 && words <= 12 && isWord(ts[len(ts)-1]) && !strings.Contains(ts[len(ts)-1].text, ".")
}

// quoteOpenAfter reports whether a double quotation is open at the end of a paragraph, given
// whether one was open at its start: a straight mark opening the paragraph opens, another toggles; an opening curly or angle mark
// (“ „ «) opens and a closing one (” ») closes. Single marks are left out: they are also
// apostrophes.
func quoteOpenAfter(open bool, ts []tok) bool {
	for k, t := range ts {
		switch t.text {
		case "\"":
			// a straight mark opening the paragraph opens (or, in CMOS 13.30 style, reopens)
			// the quotation; any other straight mark toggles
			open = k == 0 || !open
		case "\u201c", "\u201e", "\u00ab":
			open = true
		case "\u201d", "\u00bb":
			open = false
		}
	}
	return open
}

// endsInQuestion reports a paragraph whose last mark is a question mark.
func endsInQuestion(ts []tok) bool {
	for k := len(ts) - 1; k >= 0; k-- {
		if isQuoteMark(ts[k].text) || ts[k].text == ")" {
			continue
		}
		return ts[k].text == "?"
	}
	return false
}

// opensQuote reports a paragraph that opens with a quotation mark.
func opensQuote(ts []tok) bool {
	return len(ts) > 0 && isQuoteMark(ts[0].text)
}

func isQuoteMark(s string) bool {
	switch s {
	case "\"", "\u201c", "\u201d", "\u00ab", "\u201e", "\u2018", "'":
		return true
	}
	return false
}

func isDash(s string) bool {
	return s == "\u2014" || s == "\u2013" || s == "\u2015" || s == "-" || s == "--"
}

// firstPersonIn reports a first-person pronoun outside quotation marks in paragraph i.
func (a *analyzer) firstPersonIn(i int) bool {
	sub := analyzer{toks: a.toks[i : i+1]}
	return sub.firstPersonOutsideQuotes(0)
}

// firstPersonOutsideQuotes reports a first-person pronoun outside quotation marks in paragraphs
// from..end: the document speaks in its own voice.
func (a *analyzer) firstPersonOutsideQuotes(from int) bool {
	for i := from; i < len(a.toks); i++ {
		in := false
		for _, t := range a.toks[i] {
			if isQuoteMark(t.text) && t.text != "'" {
				in = t.text != "\u201d" && !(in && t.text == "\"")
				continue
			}
			if in {
				continue
			}
			if t.text == "US" {
				continue // the country's abbreviation, not the pronoun
			}
			switch strings.ToLower(t.text) {
			case "i", "we", "our", "us", "my", "me", "we're", "we've", "i'm", "i've", "we’re", "we’ve", "i’m", "i’ve", "i'll", "i’ll", "we'll", "we’ll":
				return true
			}
		}
	}
	return false
}

// words lower-cases and splits a phrase of a data file.
func words(s string) []string { return strings.Fields(strings.ToLower(s)) }

// upperFirst reports whether s starts with an upper-case letter.
func upperFirst(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}
