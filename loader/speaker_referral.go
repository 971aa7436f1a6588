package loader

// More metadiscourse classes of a speaking turn (Hyland 2005, Metadiscourse, ch. 3: endophoric
// and evidential markers, frame markers announcing discourse acts), found by the corpus re-judgement
// of issue 12 (sixth pass). Each is a shape of the sentence, not a list of sentences.

// referralVerbs publish or state a text: the predicate of a referral ("has issued detailed
// information", "has made clear China's solemn position", "the announcement incorporates
// comprehensive details"). "made"/"make" count only before "clear".
var referralVerbs = map[string]bool{"issue": true, "issued": true, "issues": true, "release": true, "released": true,
	"releases": true, "publish": true, "published": true, "publishes": true, "brief": true, "briefed": true,
	"incorporate": true, "incorporates": true, "incorporated": true, "contain": true, "contains": true, "contained": true}

// infoNouns name a text or its content without giving it: the only object of a referral.
var infoNouns = map[string]bool{"information": true, "details": true, "position": true, "positions": true,
	"statement": true, "statements": true, "announcement": true, "announcements": true, "readout": true}

// referralOnly reports a clause [v, e) whose predicate (at v) is a verb of publishing or stating and
// whose object is only an information noun phrase, perhaps followed by a preposition phrase or an
// "including" phrase, with no clause ("The Chinese side has issued detailed information about their
// meeting"). "China has made clear that it will retaliate" has a clause; "issued a ban on exports"
// has no information noun.
func referralOnly(st *sent, v, e int) bool {
	toks := st.toks
	o := v + 1
	switch {
	case (toks[v].lower == "made" || toks[v].lower == "make" || toks[v].lower == "makes") && o < e && toks[o].lower == "clear":
		o++
	case referralVerbs[toks[v].lower]:
	default:
		return false
	}
	// the object: determiners, possessives, adjectives and names up to an information noun
	h := -1
	for j := o; j < e && j <= o+6; j++ {
		w := toks[j].lower
		if infoNouns[w] {
			h = j
			break
		}
		if toks[j].kind == tkPunct && w != "'s" && w != "’s" || w == "that" || finiteAux.Has(w) {
			return false
		}
	}
	if h < 0 {
		return false
	}
	// after it nothing but phrases: no clause, no second predicate
	for j := h + 1; j < e; j++ {
		w := toks[j].lower
		if w == "that" || w == "which" || w == "who" || w == "and" || w == "but" || finiteAux.Has(w) || finiteDo.Has(w) {
			return false
		}
	}
	return true
}

// referralIn finds the predicate of the sentence part [s, e): the first verb of referralVerbs (or
// "made clear") after the subject and its auxiliaries, within eight words of s, and reports a
// referral there.
func referralIn(st *sent, s, e int) bool {
	for j := s; j < e && j <= s+10; j++ {
		w := st.toks[j].lower
		if referralVerbs[w] || (w == "made" || w == "make" || w == "makes") && j+1 < e && st.toks[j+1].lower == "clear" {
			if referralOnly(st, j, e) {
				return true
			}
			continue // "the announcement issued by the ministry incorporates …": the participle modifies the subject
		}
		if st.toks[j].text == "," {
			return false
		}
	}
	return false
}

// questionRemark reports a subject [s, …) headed by "question" or "remark" that the talk itself
// gave: followed by a participle of asking with an agent or "just now" ("The question raised by CNN
// just now was about …"), or by "you" and a verb of asking ("The question you raised is about …").
// Clayman & Heritage (2002, ch. 7): answers that characterise the question.
func questionRemark(st *sent, s, e int) bool {
	toks := st.toks
	j := s
	if j < e && (toks[j].lower == "the" || toks[j].lower == "this" || toks[j].lower == "that" || toks[j].lower == "your") {
		j++
	}
	if j+2 >= e {
		return false
	}
	switch toks[j].lower {
	case "question", "questions", "remark", "remarks", "comment", "comments":
	default:
		return false
	}
	if toks[j+1].lower == "you" && talkVerbs[toks[j+2].lower] {
		return true
	}
	if !talkVerbs[toks[j+1].lower] && toks[j+1].lower != "made" {
		return false
	}
	for q := j + 2; q < e && q <= j+6; q++ {
		if finiteAux.Has(toks[q].lower) {
			return false
		}
		if toks[q].lower == "just" && q+1 < e && toks[q+1].lower == "now" ||
			toks[q].lower == "by" && q+1 < e && (toks[q+1].cap || toks[q+1].lower == "the" || toks[q+1].lower == "your") {
			return true
		}
	}
	return false
}

// hostCourtesy reports thanks to the host of the talk as an evaluation: an adjective of kindness
// followed by "in" and a verb of hosting or providing, with a venue or hospitality noun after it
// ("The government has been very kind in providing us this wonderful venue"; Searle 1976's
// expressives, the class of "I bring greetings").
func hostCourtesy(st *sent, s, e int) bool {
	toks := st.toks
	for j := s; j+2 < e; j++ {
		switch toks[j].lower {
		case "kind", "gracious", "generous", "hospitable":
		default:
			continue
		}
		if toks[j+1].lower != "in" {
			continue
		}
		switch toks[j+2].lower {
		case "providing", "hosting", "offering", "arranging", "giving":
		default:
			continue
		}
		for q := j + 3; q < e && q <= j+8; q++ {
			switch toks[q].lower {
			case "venue", "hospitality", "facilities", "site", "premises", "host", "hosting":
				return true
			}
		}
	}
	return false
}

// announceIn tries announceOnly at s and after each comma of [s, e): a fronted adverbial clause
// ("Since you mentioned this incident, I want to talk about …") is no second predicate of the
// speaker's own. It also tries after a dash that interrupts a false start ("I just — I want to
// start off by talking about …"): in a self-repair the words after the interruption replace the
// reparandum before it (Levelt 1983, "Monitoring and self-repair in speech"), so the restarted
// clause is the sentence's.
func announceIn(st *sent, s, e int) bool {
	if announceOnly(st, s, e) {
		return true
	}
	for j := s; j+1 < e; j++ {
		if (st.toks[j].text == "," || falseStartBreak(st, s, j)) && announceOnly(st, j+1, e) {
			return true
		}
	}
	return false
}

// falseStartBreak reports a dash at j (—, –, --) after at most three words of [s, j) that hold no
// finite verb: the interruption point of an abandoned start ("I just —", "So we —"). A dash after
// a clause ("We met twice — once in May") is a parenthesis, not a repair.
func falseStartBreak(st *sent, s, j int) bool {
	switch st.toks[j].text {
	case "—", "–", "--":
	default:
		return false
	}
	if j-s > 3 {
		return false
	}
	for q := s; q < j; q++ {
		if w := st.toks[q].lower; finiteAux.Has(w) || finiteDo.Has(w) {
			return false
		}
	}
	return true
}

// announceOnly reports a first-person announcement of what the speaker will say, with no other
// predicate ("I want to talk about China's position on it", "let me make a couple of points", "I'd
// like to pick up with a comment"): Hyland's (2005) frame markers announcing discourse acts.
func announceOnly(st *sent, s, e int) bool {
	toks := st.toks
	j := s
	if j+1 < e && toks[j].lower == "let" && toks[j+1].lower == "me" {
		j += 2
	} else {
		if j >= e || toks[j].lower != "i" {
			return false
		}
		j++
		for j < e && j <= s+5 && toks[j].lower != "to" {
			switch toks[j].lower {
			case "want", "wanted", "'d", "would", "like", "just", "also", "only", "first", "'m", "am", "going", "will", "'ll":
				j++
			default:
				return false
			}
		}
		if j >= e || toks[j].lower != "to" {
			return false
		}
		j++
	}
	if j >= e {
		return false
	}
	switch toks[j].lower {
	case "talk", "speak", "say", "make", "start", "pick", "begin", "add", "touch", "comment", "mention":
	default:
		return false
	}
	for q := j + 1; q < e; q++ {
		if w := toks[q].lower; w == "that" || w == "which" || w == "who" || finiteAux.Has(w) || finiteDo.Has(w) || toks[q].kind == tkQuote {
			return false
		}
		if toks[q].text == "," || toks[q].text == ":" || toks[q].text == ";" {
			return false
		}
	}
	return true
}

// remarksOnQuestion reports a sentence of a speaking turn that characterises the question it answers
// (questionRemark): the speech it reports is the questioner's framing, not a claim the answerer
// attributes ("The question raised by CNN just now was about US officials claiming that …").
func (d *doc) remarksOnQuestion(st *sent) bool {
	if !speaking(st.unit) {
		return false
	}
	k := d.bodyStart(st)
	for k < len(st.toks) && (st.toks[k].kind != tkWord || discourseMarkers.Has(st.toks[k].lower)) {
		k++
	}
	return k < len(st.toks) && questionRemark(st, k, len(st.toks))
}

// positionClear reports a clause [s, e) that says only that a position is clear: a subject headed by
// "position" or "stance" (after a possessive or determiner and up to two adjectives), a form of
// "be" or "remain", perhaps degree adverbs, and "clear", "clear-cut" or "well known"; then nothing,
// or a coordinated clause of the audience's knowledge of it ("China's position is clear, and the US
// is well aware of it"). The position itself is stated elsewhere: an endophoric marker (Hyland 2005,
// ch. 3), the class of "we have made clear our position many times" (positionOnly). "Our position
// is that the quota is illegal" gives the position and stays a claim.
func positionClear(st *sent, s, e int) bool {
	toks := st.toks
	j := s
	for j < e && j <= s+4 && toks[j].lower != "position" && toks[j].lower != "stance" {
		if toks[j].kind != tkWord && toks[j].lower != "'s" && toks[j].lower != "’s" {
			return false
		}
		j++
	}
	if j >= e || j > s+4 || toks[j].lower != "position" && toks[j].lower != "stance" {
		return false
	}
	j++
	switch {
	case j < e && (toks[j].lower == "is" || toks[j].lower == "was" || toks[j].lower == "remains" || toks[j].lower == "'s" || toks[j].lower == "’s"):
		j++
	case j+1 < e && toks[j].lower == "has" && toks[j+1].lower == "been":
		j += 2
	default:
		return false
	}
	for j < e && (toks[j].lower == "very" || toks[j].lower == "quite" || toks[j].lower == "always" || toks[j].lower == "crystal" ||
		toks[j].lower == "consistently" || toks[j].lower == "perfectly" || toks[j].lower == "already") {
		j++
	}
	switch {
	case j < e && (toks[j].lower == "clear" || toks[j].lower == "clear-cut"):
		j++
	case j+1 < e && toks[j].lower == "well" && (toks[j+1].lower == "known" || toks[j+1].lower == "-known"):
		j += 2
	case j < e && toks[j].lower == "well-known":
		j++
	default:
		return false
	}
	for j < e && toks[j].kind == tkPunct && toks[j].text != "," {
		j++
	}
	if j >= e {
		return true
	}
	// ", and the US is well aware of it" / "and everyone knows it"
	if toks[j].text == "," {
		j++
	}
	if j >= e || toks[j].lower != "and" {
		return false
	}
	for q := j + 1; q < e; q++ {
		if w := toks[q].lower; w == "aware" || w == "knows" || w == "know" || w == "understands" || w == "understand" {
			return pointsIntoTalk(st, q+1, e) || q+2 < e && toks[q+1].lower == "of" && pointsIntoTalk(st, q+2, e)
		}
	}
	return false
}

// ownTextVerbs say what a text is about: the predicates of a sentence about the speaker's earlier
// text ("My testimony a year ago discussed …").
var ownTextVerbs = map[string]bool{"addressed": true, "discussed": true, "described": true, "covered": true,
	"outlined": true, "examined": true, "reviewed": true, "focused": true, "highlighted": true, "explained": true,
	"detailed": true, "addresses": true, "discusses": true, "describes": true, "covers": true, "outlines": true}

// ownTextNouns are the speaker's own texts.
var ownTextNouns = map[string]bool{"testimony": true, "remarks": true, "statement": true, "speech": true,
	"letter": true, "presentation": true, "report": true}

// ownTextTopic reports a clause [s, e) whose subject is the speaker's own earlier text ("my
// testimony", "our report", "this testimony"), with only time and place adverbials before its
// verb, and whose verb says what that text was about ("My testimony a year ago to Congress
// addressed the topic of …"): talk about the speaker's talk, giving a topic and no assertion about
// it — Hyland's (2005, ch. 3) endophoric markers, which point to other parts of the speaker's
// discourse. "My testimony showed that lending fell" asserts and stays a claim (showed is no
// topic verb).
func ownTextTopic(st *sent, s, e int) bool {
	toks := st.toks
	if s+2 >= e {
		return false
	}
	switch toks[s].lower {
	case "my", "our", "this":
	default:
		return false
	}
	if !ownTextNouns[toks[s+1].lower] {
		return false
	}
	for j := s + 2; j < e && j <= s+9; j++ {
		w := toks[j].lower
		if ownTextVerbs[w] {
			return true
		}
		if toks[j].kind == tkPunct || w == "that" || w == "which" || finiteAux.Has(w) || finiteDo.Has(w) {
			return false
		}
	}
	return false
}

// backReference reports a clause [s, e) whose subject is a demonstrative or "it" standing alone and
// whose predicate says that someone has already stated it ("This has been made very clear by Vice
// Premier Liu He in his interview with the media"; "That was explained by the minister
// yesterday"): a pointer to another speaker's text with no content of its own, Hyland's (2005,
// ch. 3) evidentials, of the referral class. "This has been made clear by the sanctions" names no
// speaker after "by" and is not read so: the agent must be a capitalized name or a title.
func backReference(st *sent, s, e int) bool {
	toks := st.toks
	if s+4 >= e {
		return false
	}
	switch toks[s].lower {
	case "this", "that", "it":
	default:
		return false
	}
	j := s + 1
	for j < e && j <= s+3 && (toks[j].lower == "has" || toks[j].lower == "have" || toks[j].lower == "had" || toks[j].lower == "was" ||
		toks[j].lower == "is" || toks[j].lower == "been" || toks[j].lower == "already" || toks[j].lower == "also") {
		j++
	}
	if j == s+1 {
		return false
	}
	switch {
	case j+1 < e && toks[j].lower == "made":
		k := j + 1
		for k < e && (toks[k].lower == "very" || toks[k].lower == "quite" || toks[k].lower == "abundantly" || toks[k].lower == "crystal") {
			k++
		}
		if k >= e || toks[k].lower != "clear" {
			return false
		}
		j = k + 1
	case toks[j].lower == "stated" || toks[j].lower == "explained" || toks[j].lower == "elaborated" || toks[j].lower == "expounded":
		j++
	default:
		return false
	}
	if j+1 >= e || toks[j].lower != "by" {
		return false
	}
	n := toks[j+1]
	return n.cap || n.lower == "the" && j+2 < e && toks[j+2].cap
}
