package loader

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/syntax/retag"
	"github.com/claimgraph/claimgraph/text"
)

// Wire prose before the parser. The syntax layer is trained on UD English EWT (web text), which
// has few of the constructions news wire opens and closes its sentences with; the parser then
// loses the subject or the reporting clause. The rules here work on the tagged words of one
// sentence (before parsing): they leave words out of the parse, join the parts of one name into
// one token, correct a tag, or have parts parsed apart (wire_split.go); every token keeps its own
// Start/End (code points into the cleaned text; a joined token spans its parts), so evidence spans
// are unchanged. The dateline itself ("BEIJING, May 14 (Xinhua) --", "KYIV, Ukraine —", "Seoul
// (Yonhap) --") is cut off earlier by datelineEnd (wire_dateline.go), the one definition the
// actor and claims stages use too.
// Rules: wireLeaveOut (medial time adjunct, descriptive head before a name, comma supplement
// between subject and verb, object predicative before a postponed object, a transcript's turn
// label, the marks of a quoted predicate), finitelessVerb and pastForParticiple (the finite verb
// an independent clause needs), joinNameHyphens (hyphenated and particle names as one token),
// invertedReport/joinReport (a closing reporting clause parsed apart). The claims stage's side of
// inverted reporting clauses is claims/inverted.go.

// wireLeaveOut marks the words of a tagged sentence that the parser is not given:
//
//   - a time adjunct between the subject and the finite verb ("Albania on Friday denounced …",
//     "The ministry late Tuesday said …", "late on Friday"): a preposition "on"/"late"/"early"
//     (or "late on", "early on") or none, then day,
//     month or date words only, after a noun and before a finite verb. Quirk et al. 1985, 8.15
//     and 8.55: adjuncts of time in medial position (AP Stylebook: wire copy puts the day
//     right after the verb or between subject and verb); the clause is complete without them,
//     and EWT has too few of them for the parser to keep the subject.
//   - a descriptive common-noun phrase before a proper name that opens the sentence ("Human
//     rights organization Amnesty International demanded …", "Opposition leader Ana Ruiz
//     rejected …"): close (integrated) apposition, the description modifying the name that heads
//     the phrase (Quirk et al. 1985, 17.91 "the poet Burns"; Huddleston & Pullum 2002, 5.14.2;
//     UD English gives the name as head). Left out only when a finite verb follows the name;
//     the name stays the subject the actor stage knows.
func wireLeaveOut(forms, upos, xpos []string) []bool {
	out := make([]bool, len(forms))
	any := false
	// descriptive head before a sentence-initial name
	k := 0
	for k < len(forms) && (upos[k] == "ADJ" || upos[k] == "NOUN") && forms[k] != "" && !strings.HasSuffix(forms[k], "'s") {
		k++
	}
	if k >= 1 && upos[k-1] == "NOUN" && k < len(forms) && upos[k] == "PROPN" && !docpkg.WireDays.Has(strings.ToLower(forms[k])) {
		n := k
		for n < len(forms) && upos[n] == "PROPN" && !docpkg.WireDays.Has(strings.ToLower(forms[n])) {
			n++ // a day is no name ("Government troops Sunday attacked …": a time adjunct)
		}
		if n < len(forms) && retag.FiniteVerb(upos[n], xpos[n]) {
			for i := 0; i < k; i++ {
				out[i] = true
			}
			any = true
		}
	}
	// a supplement set off by commas between a sentence-initial subject and its finite verb
	// ("Greece, like most other members, plans …", "The union, in a statement, said …"): a
	// prepositional or adverbial interpolation (Huddleston & Pullum 2002, 15.5 supplements; Quirk
	// et al. 1985, 8.88, 15.53); the parser takes the subject before the comma for a vocative
	s0 := 0
	for s0 < len(forms) && (upos[s0] == "DET" || upos[s0] == "ADJ" || upos[s0] == "NOUN" || upos[s0] == "PROPN" || upos[s0] == "PART" || upos[s0] == "NUM") {
		s0++
	}
	if s0 >= 1 && s0+3 < len(forms) && forms[s0] == "," && (upos[s0-1] == "NOUN" || upos[s0-1] == "PROPN") && (upos[s0+1] == "ADP" || upos[s0+1] == "ADV") && !actors.QuasiCoordinators.Has(strings.ToLower(forms[s0+1])) {
		for c2 := s0 + 2; c2+1 < len(forms); c2++ {
			if retag.FiniteVerb(upos[c2], xpos[c2]) || upos[c2] == "PUNCT" && forms[c2] != "," {
				break
			}
			if forms[c2] == "," {
				v := c2 + 1
				if upos[v] == "ADV" && v+1 < len(forms) {
					v++
				}
				if retag.FiniteVerb(upos[v], xpos[v]) {
					for x := s0; x <= c2; x++ {
						out[x] = true
					}
					any = true
				}
				break
			}
		}
	}
	if c1, c2 := absoluteSupplement(forms, upos, xpos, s0); c1 > 0 {
		for x := c1; x <= c2; x++ {
			out[x] = true
		}
		any = true
	}
	// medial time adjunct
	for i := 1; i+1 < len(forms); i++ {
		if upos[i-1] != "PROPN" && upos[i-1] != "NOUN" {
			continue
		}
		j := i
		if l := strings.ToLower(forms[j]); l == "on" || l == "late" || l == "early" {
			j++
			if (l == "late" || l == "early") && j < len(forms) && strings.ToLower(forms[j]) == "on" {
				j++ // "late on Friday": the degree adverb before the day's preposition
			}
		}
		e := j
		for e < len(forms) && (docpkg.WireDays.Has(strings.ToLower(forms[e])) && upos[e] != "AUX" || upos[e] == "NUM" && e > j) {
			e++
		}
		if e == j || e >= len(forms) || !retag.FiniteVerb(upos[e], xpos[e]) {
			continue
		}
		for x := i; x < e; x++ {
			out[x] = true
		}
		any = true
		i = e
	}
	// an object predicative "as X" before a postponed object ("denounced as an ugly crime
	// Serbia's suppression of …"): Quirk et al. 1985, 18.39 (end weight: a long object moves
	// after the short object predicative of a complex-transitive verb, 16.45). The parser reads
	// the postponed object as an oblique; without the predicative the object follows the verb.
	for i := 1; i+2 < len(forms); i++ {
		if upos[i-1] != "VERB" || strings.ToLower(forms[i]) != "as" {
			continue
		}
		e := i + 1
		for e < len(forms) && (upos[e] == "DET" || upos[e] == "ADJ" || upos[e] == "NOUN") {
			e++
		}
		if e >= len(forms) || e < i+2 || upos[e-1] != "NOUN" || !(upos[e] == "DET" || upos[e] == "PROPN" || xpos[e] == "PRP$") {
			continue
		}
		for x := i; x < e; x++ {
			out[x] = true
		}
		any = true
		i = e
	}
	// a turn label before a colon ("A: This year's WHA refused …", "MS RUIZ: We condemn …",
	// "Q: …"): the speaker of a transcript's turn (the discourse stage reads it), no part of
	// the sentence's syntax; the parser hangs the clause on it as a conjunct or parataxis
	for k := 1; k < len(forms)-1 && k <= 3; k++ {
		if forms[k] != ":" {
			continue
		}
		label := true
		for i := 0; i < k; i++ {
			if r := []rune(forms[i]); len(r) == 0 || !unicode.IsUpper(r[0]) {
				label = false
			}
		}
		if n := []rune(forms[k+1]); label && len(n) > 0 && (unicode.IsUpper(n[0]) || docpkg.QuoteMark(forms[k+1], xpos[k+1])) {
			for i := 0; i <= k; i++ {
				out[i] = true
			}
			any = true
		}
		break
	}
	// a partial quotation inside the clause (Egypt "strongly condemned" the attack; said it
	// "categorically rejects" the plan): the marks are no part of the clause's syntax (Chicago
	// Manual of Style, 13.13, quotations run into the text; Quirk et al. 1985, 14.29, the
	// quoted words keep their function in the sentence), but the EWT tagger reads the opening
	// mark after a subject as a closing one and loses the verb. A quoted predicate — opened
	// after a word (not at the start, nor after a comma or colon) by a verb, or an adverb and a
	// verb, of at most ten words with no punctuation inside — has its two marks left out; a
	// quoted noun phrase (an object predicative, 'called the decision "a win"') keeps them.
	for i := 1; i+2 < len(forms); i++ {
		if !docpkg.QuoteMark(forms[i], xpos[i]) || upos[i-1] == "PUNCT" || upos[i-1] == "SYM" {
			continue
		}
		if v := i + 1; !(upos[v] == "VERB" || upos[v] == "AUX" || upos[v] == "ADV" && v+1 < len(forms) && (upos[v+1] == "VERB" || upos[v+1] == "AUX")) {
			continue // a quoted noun phrase ("called the decision "a win"") the parser reads
		}
		j := i + 1
		for j < len(forms) && j <= i+11 && !docpkg.QuoteMark(forms[j], xpos[j]) && (upos[j] != "PUNCT" || forms[j] == "-") {
			j++
		}
		if j >= len(forms) || j > i+11 || j == i+1 || !docpkg.QuoteMark(forms[j], xpos[j]) {
			continue
		}
		out[i], out[j] = true, true
		any = true
		i = j
	}
	if !any {
		return nil
	}
	return out
}

// absoluteSupplement returns the commas around an absolute clause between a sentence-initial
// subject (its words end before s0) and the finite verb ("Japan, its economy weakened by a
// falling yen, welcomed …", "Ukraine, its forces stretched along the front, offered …"), or
// -1, -1. An absolute clause is a non-finite clause with a subject of its own, set off by
// commas, an adjunct of the clause it interrupts (Quirk et al. 1985, 15.58; Huddleston & Pullum
// 2002, 14.9.1, "absolute" supplements): its subject here is a noun phrase opened by a possessive
// determiner (its, their, his, her: the determiner binds it to the main subject) and its predicate
// a participle; the EWT parser takes the participle for the main verb and the sentence's subject
// for a vocative. Left out like the comma supplements above, the clause leaves subject and verb
// together; the participle may be tagged VBD (the -ed form is the same), and so may the verb after
// the closing comma VBN, since the sentence has no other predicate for the subject before it.
func absoluteSupplement(forms, upos, xpos []string, s0 int) (int, int) {
	if s0 < 1 || s0+4 >= len(forms) || forms[s0] != "," || (upos[s0-1] != "NOUN" && upos[s0-1] != "PROPN") || xpos[s0+1] != "PRP$" {
		return -1, -1
	}
	k := s0 + 2
	for k < len(forms) && (upos[k] == "ADJ" || upos[k] == "NOUN" || upos[k] == "PROPN") {
		k++
	}
	if k == s0+2 || upos[k-1] != "NOUN" || k >= len(forms) || upos[k] != "VERB" || (xpos[k] != "VBN" && xpos[k] != "VBD" && xpos[k] != "VBG") {
		return -1, -1
	}
	for c2 := k + 1; c2+1 < len(forms); c2++ {
		if upos[c2] == "VERB" || upos[c2] == "AUX" || upos[c2] == "PUNCT" && forms[c2] != "," {
			return -1, -1 // a second predicate inside, or the sentence ends: no supplement
		}
		if forms[c2] == "," {
			if v := c2 + 1; retag.FiniteVerb(upos[v], xpos[v]) || upos[v] == "VERB" && xpos[v] == "VBN" {
				return s0, c2
			}
			return -1, -1
		}
	}
	return -1, -1
}

// invertedReport returns the index of the comma that opens a closing reporting clause ("…, a
// human rights group protested here Wednesday.", "…, said the ministry's spokesman."), or -1:
// after the last comma, a noun phrase and a finite verb of saying or a stance verb (either
// order), then only adverbs, time words and final punctuation. Quirk et al. 1985, 14.28–14.31
// (the reporting clause after the reported clause, with optional subject–verb inversion); the
// EWT-trained parser reads the noun phrase as an apposition of the last noun of the content, so
// the two clauses are parsed apart and joined (joinReport).
func invertedReport(ex *Extractor, fs *frameSentence) int {
	c := reportClauseComma(ex, fs)
	if c < 0 {
		return -1
	}
	// the content before the comma must be a clause: a finite verb of its own
	for i := 0; i < c; i++ {
		if retag.FiniteVerb(fs.toks[i].UPOS, fs.toks[i].XPOS) {
			return c
		}
	}
	return -1
}

// reportClauseComma is invertedReport without its test of the content: the comma that opens a
// closing reporting clause of the sentence's shape, or -1 (the tagging stage asks it before the
// content's own tags are settled: wire_parenthetic.go).
func reportClauseComma(ex *Extractor, fs *frameSentence) int {
	n := len(fs.toks)
	for n > 0 && fs.toks[n-1].UPOS == "PUNCT" && fs.toks[n-1].Form != "," {
		n--
	}
	c := -1
	for i := n - 1; i > 2; i-- {
		if fs.toks[i].Form == "," {
			c = i
			break
		}
		if t := fs.toks[i]; t.UPOS == "PUNCT" || t.UPOS == "SCONJ" || t.UPOS == "CCONJ" {
			return -1
		}
	}
	if c < 3 || c+2 >= n {
		return -1
	}
	verb, np := -1, 0
	// after a verb of saying (modality class report) in subject–verb order, a noun may stand
	// inside a prepositional phrase ("said in a statement", "said on its website": adjuncts of
	// the reporting verb, Quirk et al. 1985, 16.33 on the comment clause's own adverbials;
	// branch cons28); after any other verb only adverbs and time words follow it
	pp, report := false, false
	for i := c + 1; i < n; i++ {
		t := fs.toks[i]
		if strings.HasPrefix(t.XPOS, "W") {
			return -1 // "…, when Spain backed …": a wh-clause, not a reporting clause
		}
		if verb >= 0 && verb > c+1 && (t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "PRON") && !docpkg.WireDays.Has(strings.ToLower(t.Form)) && !(pp && report) {
			return -1 // subject–verb order: only adverbs and time words follow the verb
		}
		if verb >= 0 && t.UPOS == "ADP" {
			pp = true
		}
		switch {
		case t.UPOS == "VERB" && (t.XPOS == "VBD" || t.XPOS == "VBZ" || t.XPOS == "VBP"):
			if verb >= 0 {
				return -1
			}
			verb = i
			report = ex.frames.InClass("report", wireLemma(ex, t))
		case t.UPOS == "NOUN" || t.UPOS == "PROPN" || t.UPOS == "PRON":
			if verb < 0 || i == verb+1 || np > 0 && fs.toks[i-1].UPOS != "ADV" {
				np++
			}
		case t.UPOS == "DET" || t.UPOS == "ADJ" || t.UPOS == "PART" || t.UPOS == "ADV" || t.UPOS == "NUM" || t.UPOS == "ADP" && verb >= 0:
		default:
			return -1
		}
	}
	if verb < 0 || np == 0 {
		return -1
	}
	if l := wireLemma(ex, fs.toks[verb]); !report && !ex.frames.CueCandidate(l, nil) {
		return -1
	}
	if !report && fs.toks[c+1].UPOS != "NOUN" && fs.toks[c+1].UPOS != "PROPN" && fs.toks[c+1].UPOS != "PRON" && fs.toks[c+1].UPOS != "DET" && fs.toks[c+1].UPOS != "ADJ" {
		// the verb before its subject ("…, said the spokesman") is the inversion of verbs of
		// saying only (Quirk et al. 1985, 14.30); "The government, which faces …, imposed price
		// controls" is a verb after an inserted clause, its noun phrase the object
		return -1
	}
	return c
}

// joinReport parses the content [0,c) and the reporting clause (c,len) apart and joins them as
// one tree. A verb of saying (report) hangs on the reported clause as parataxis, UD's analysis;
// any other verb (a stance verb used to report: "…, the group protested") takes the reported
// clause as its complement (ccomp) and heads the sentence (Quirk et al. 1985, 14.28: the reported
// clause is the reporting verb's object), so its frame finds its content. With
// subject–verb inversion ("said the spokesman") the noun phrase after the verb is its subject,
// not its object (Quirk et al. 1985, 14.30; UD gives it nsubj).
func joinReport(ex *Extractor, fs *frameSentence, c int, report bool) {
	// the reported clause is parsed as the sentence it is, closed by a full stop in place of
	// the comma (EWT's sentences end in punctuation, and the parser attaches differently
	// without it); the comma's own form and tag are put back
	head, tail := fs.toks[:c+1], fs.toks[c+1:]
	comma := fs.toks[c]
	fs.toks[c].Form, fs.toks[c].XPOS = ".", "."
	ex.syn.AnnotateTagged(head)
	fs.toks[c].Form, fs.toks[c].XPOS, fs.toks[c].Lemma = comma.Form, comma.XPOS, comma.Form
	head = head[:c]
	ex.syn.AnnotateTagged(tail)
	hr, tr := -1, -1
	for i := range head {
		if head[i].Head < 0 {
			hr = i
		}
	}
	for i := range tail {
		if tail[i].Head < 0 {
			tr = i
		}
	}
	if hr < 0 || tr < 0 || tail[tr].UPOS != "VERB" {
		// the reporting clause did not parse as a clause: parse the sentence whole
		ex.syn.AnnotateTagged(fs.toks)
		return
	}
	subj := false
	for i := range tail {
		if tail[i].Head == tr && strings.HasPrefix(tail[i].DepRel, "nsubj") {
			subj = true
		}
	}
	for i := range tail {
		if tail[i].Head >= 0 {
			tail[i].Head += c + 1
		}
		if !subj && tail[i].Head == tr+c+1 && tail[i].DepRel == "obj" && i > tr {
			tail[i].DepRel = "nsubj"
		}
	}
	root := tr + c + 1
	if report {
		// UD's own analysis of a closing reporting clause: parataxis of the reported clause,
		// which stays the root (UD v2 "parataxis": reported speech), as frames.Attributions reads it
		fs.toks[root].Head, fs.toks[root].DepRel = hr, "parataxis"
		fs.toks[c].Head, fs.toks[c].DepRel = root, "punct"
		return
	}
	fs.toks[root].Head, fs.toks[root].DepRel = -1, "root"
	head[hr].Head, head[hr].DepRel = root, "ccomp"
	fs.toks[c].Head, fs.toks[c].DepRel = hr, "punct"
}

// wireLemma gives the lower-case lemma of a tagged token (the parser fills Lemma only when it
// parses).
func wireLemma(ex *Extractor, t frames.Token) string {
	return strings.ToLower(ex.syn.Lemmatizer().Lemma(t.Form, t.UPOS, t.XPOS))
}

// reportVerb returns the finite verb of the reporting clause after the comma c (invertedReport).
func reportVerb(fs *frameSentence, c int) int {
	for i := c + 1; i < len(fs.toks); i++ {
		if fs.toks[i].UPOS == "VERB" {
			return i
		}
	}
	return c
}

// joinNameHyphens makes one parser token of each hyphenated proper name the syntax tokenizer
// split ("Moon Jae - in", "Kim Jong - un", "Jean - Noël Barrot", "al - Sisi"): UD English EWT
// splits hyphenated words, so the parser reads a name's lower-case second part as a word of its
// own ("in" a preposition) and loses the subject. A hyphenated name is one word (Quirk et al.
// 1985, 17.111 and App. I.31: personal names and their particles; AP Stylebook, "Korean names":
// the given name hyphenated, its second part lower case); the loader's tokenizer keeps it whole
// (extract_token.go), and that word is joined when it is capitalized (or a particle before a
// capital, "al-Sisi") and stands in a person's mention, or in none but next to another
// capitalized word. A
// compound modifier ("Russia-backed", "Kremlin-led") is no name and stays split. The joined
// token keeps the first part's Start and the last part's End (code points into the text).
func (d *doc) joinNameHyphens(st *sent, fs *frameSentence) {
	joined := false
	for k, w := range st.Toks {
		if w.Kind != text.Word || !w.Cap || !strings.ContainsRune(w.Text, '-') || compoundModifier(w.Lower) {
			continue
		}
		capNext := k+1 < len(st.Toks) && st.Toks[k+1].Kind == text.Word && st.Toks[k+1].Cap
		capPrev := k > 0 && st.Toks[k-1].Kind == text.Word && st.Toks[k-1].Cap
		if m := st.Ment[k]; m >= 0 && d.Mentions[m].Ent.Final().Kind != graph.Person || m < 0 && !capNext && !capPrev {
			continue // a place or a body ("Bosnia-Herzegovina") is left as the parser learned it
		}
		a := -1
		for i, t := range fs.toks {
			if t.Start >= w.Start && t.End <= w.End {
				if a < 0 {
					a = i
				}
				if i > a {
					fs.toks[a].Form += t.Form
					fs.toks[a].End = t.End
					fs.toks[i].Form = "" // merged into a
					joined = true
				}
			}
		}
	}
	// a personal name with lower-case particles ("Ursula von der Leyen", "Mohammed bin
	// Salman"): one word for the parser too, which otherwise reads "von der" as nouns and the
	// name as two phrases (particles are part of the name: Quirk et al. 1985, 5.66; UD English
	// flat names); the actor stage found the name (a PERSON mention), and only its run of
	// capitalized words and particles is joined, not a title before it
	for _, mi := range d.BySent[st.Idx] {
		a, b := particleName(d.Lx, st, d.Mentions[mi])
		if a < 0 {
			continue
		}
		first := -1
		for i, t := range fs.toks {
			if t.Form == "" || t.Start < a || t.End > b {
				continue
			}
			if first < 0 {
				first = i
				continue
			}
			fs.toks[first].End = t.End
			fs.toks[first].Form = d.Text(fs.toks[first].Start, t.End)
			fs.toks[i].Form = ""
			joined = true
		}
	}
	if !joined {
		return
	}
	kept := fs.toks[:0]
	for _, t := range fs.toks {
		if t.Form != "" {
			kept = append(kept, t)
		}
	}
	fs.toks, fs.at, fs.kids = kept, fs.at[:len(kept)], fs.kids[:len(kept)]
}

// compoundModifier reports a hyphenated compound adjective whose last part is a participle or
// a -based/-style word ("Russia-backed", "Saudi-led", "U.S.-based"; Quirk et al. 1985, I.28:
// noun + participle compounds), which is no name.
func compoundModifier(lower string) bool {
	i := strings.LastIndexByte(lower, '-')
	last := lower[i+1:]
	return strings.HasSuffix(last, "ed") || strings.HasSuffix(last, "ing") || last == "led" || last == "style" || last == "born"
}
