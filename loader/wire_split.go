package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/syntax/retag"
	"github.com/claimgraph/claimgraph/text"
)

// Wire sentences parsed in parts. News wire opens a sentence with a participle clause ("Citing
// security concerns, …", "Speaking to reporters in Hanoi, …") and sets clauses off between the
// subject and its verb ("X, who took office in December, rejected …", "X, citing a WHO report,
// warned …") far more often than the web text of EWT the parser learned from; it then takes the
// name at the end of the opening clause for the head of the subject, or the verb after the
// inserted clause for a modifier. Each part is parsed as the clause or phrase it is and the parts
// are joined as UD joins them: an opening clause to the main verb (advcl, obl), a relative clause
// to the subject (acl:relcl), a participle clause to the main verb (advcl: a supplementive
// clause, Quirk et al. 1985, 15.58–15.60, whose implied subject is the main subject). Every token
// keeps its form, tags and offsets; only heads and relations come from the part it was parsed in.

// wireParse parses the tagged tokens of fs with the wire rules: a closing reporting clause
// (invertedReport), a sentence-initial adjunct (initialAdjunct) or phrases inserted between
// subject and verb (insertions) are parsed apart and joined; any other sentence is parsed
// whole. Before that, a personal name with particles that joinNameHyphens made one token is
// tagged a proper noun (tagNameParticles).
func (d *doc) wireParse(st *sent, fs *frameSentence) {
	tagNameParticles(st, fs)
	if c := invertedReport(d.x, fs); c >= 0 {
		joinReport(d.x, fs, c, d.x.frames.InClass("report", wireLemma(d.x, fs.toks[reportVerb(fs, c)])))
		return
	}
	if c := initialAdjunct(fs.toks); c > 0 && joinInitial(d.x, fs, c) {
		return
	}
	if parseItems(d.x, fs) {
		return // a list run into the sentence, item by item (wire_enumerators.go)
	}
	if parseGerundItems(d.x, fs) {
		return // "condemning …; welcoming …": -ing items run into one sentence (relation_gerunditem.go)
	}
	parseClause(d.x, fs, 0)
}

// parseClause parses the clause fs.toks[a:] (a main clause to the end of the sentence), with
// phrases inserted between its subject and verb parsed apart, and returns its root (an index
// into fs.toks; -1 for none) and whether that root is a predicate (a verb, or a word with a
// copula). When the clause without its inserted phrases does not parse with a verb at the root,
// the clause is parsed whole.
func parseClause(ex *Extractor, fs *frameSentence, a int) (int, bool) {
	n := len(fs.toks)
	if r := parseInserted(ex, fs, a); r >= 0 {
		return r, true
	}
	r := parsePart(ex, fs, span(a, n))
	return r, r >= 0 && (fs.toks[r].UPOS == "VERB" || fs.toks[r].UPOS == "AUX" || hasChild(fs.toks, r, "cop"))
}

// parseInserted is parseClause for a clause with phrases inserted between subject and verb
// (insertions); -1 when it has none or its main part's root is no verb.
func parseInserted(ex *Extractor, fs *frameSentence, a int) int {
	n := len(fs.toks)
	if s0, parts, v := insertions(fs.toks, a); parts != nil {
		main := make([]int, 0, n)
		for i := a; i < s0; i++ {
			main = append(main, i)
		}
		for i := v; i < n; i++ {
			main = append(main, i)
		}
		mr := parsePart(ex, fs, main)
		if mr < 0 || fs.toks[mr].UPOS != "VERB" {
			return -1
		}
		subj := -1 // the head of the subject: the word of [a, s0) whose head is outside it
		for i := a; i < s0; i++ {
			if h := fs.toks[i].Head; h < a || h >= s0 {
				subj = i
			}
		}
		if subj < 0 {
			return -1
		}
		for k, p := range parts {
			// a participle or prepositional phrase is parsed between a copy of the subject's
			// head and a stand-in verb ("ministry , citing a new report , did ."), so the parser
			// sees it where it stands in a sentence (alone, it takes its last noun for the
			// root); an arc to the copy goes to the subject, one to the stand-in to the main
			// verb. The phrase's own head is hung by its shape: a relative clause on the
			// subject, a participle clause (supplementive, Quirk et al. 1985, 15.58) as advcl, a
			// prepositional phrase as obl, an adverb as advmod, on the main verb
			var r int
			head, rel := mr, "advcl"
			switch t := fs.toks[p[0]]; {
			case strings.HasPrefix(t.XPOS, "W"):
				// a relative clause is a clause: parsed alone (Quirk et al. 1985, 17.22)
				r = parsePart(ex, fs, span(p[0], p[1]+1))
				head, rel = subj, "acl:relcl"
			default:
				pre := []frames.Token{fs.toks[subj], standIn(",", "PUNCT", ",")}
				post := []frames.Token{standIn("did", "AUX", "VBD"), standIn(".", "PUNCT", ".")}
				r = parseFramed(ex, fs, span(p[0], p[1]+1), pre, post, []int{subj, mr}, []int{mr, mr})
				if o, h := r, fs.toks[p[0]].Head; t.XPOS == "VBG" && t.UPOS == "VERB" && o > p[0] && h > p[0] && h <= o && (fs.toks[p[0]].DepRel == "amod" || fs.toks[p[0]].DepRel == "compound") {
					// ", citing testimony from survivors," parsed as a noun phrase with "citing"
					// its premodifier (amod or compound of a word of the phrase): an -ing verb opening a phrase set off by commas after the
					// subject is a supplementive participle clause (Quirk et al. 1985,
					// 15.58-15.60) and the noun after it its object, not a participial adjective
					r = p[0]
					fs.toks[r].Head, fs.toks[r].DepRel = -1, "advcl"
					fs.toks[o].Head, fs.toks[o].DepRel = r, "obj"
				}
				switch t.UPOS {
				case "ADP":
					rel = "obl"
				case "ADV":
					rel = "advmod"
				}
			}
			if r < 0 {
				return -1
			}
			fs.toks[r].Head, fs.toks[r].DepRel = head, rel
			if fs.toks[p[1]].Head < 0 || fs.toks[p[1]].Head == mr {
				fs.toks[p[1]].Head, fs.toks[p[1]].DepRel = r, "punct"
			}
			if k == 0 {
				fs.toks[s0].Head, fs.toks[s0].DepRel = r, "punct"
			}
		}
		return mr
	}
	return -1
}

// joinInitial parses the sentence-initial adjunct [0, c) (c its closing comma) and the main
// clause after c apart, and hangs the adjunct on the main verb: a clause (a participle or a
// subordinate clause) as advcl, a prepositional phrase as obl, an adverb as advmod (UD v2).
// It reports false when the main clause's parse has no verb at the root.
func joinInitial(ex *Extractor, fs *frameSentence, c int) bool {
	mr, ok := parseClause(ex, fs, c+1)
	if !ok {
		return false
	}
	if fs.toks[0].XPOS == "VBD" {
		// a sentence-initial -ed form with no subject before it is the participle of a
		// nonfinite clause ("Asked about the tariffs, …"; Quirk et al. 1985, 15.58), not a past
		// tense, which needs a subject in a declarative sentence
		fs.toks[0].XPOS = "VBN"
	}
	// the adjunct is parsed before a stand-in clause ("Citing a study by …, it did."): the
	// parser, given the phrase alone, takes its last noun for the root; its arcs to the stand-in
	// go to the main verb
	post := []frames.Token{standIn("it", "PRON", "PRP"), standIn("did", "AUX", "VBD"), standIn(".", "PUNCT", ".")}
	hr := parseFramed(ex, fs, span(0, c+1), nil, post, nil, []int{mr, mr, mr})
	if hr < 0 {
		return false
	}
	rel := "advcl" // a participle or a subordinate clause
	switch fs.toks[hr].UPOS {
	case "NOUN", "PROPN", "PRON", "NUM":
		rel = "obl"
	case "ADV":
		rel = "advmod"
	}
	fs.toks[hr].Head, fs.toks[hr].DepRel = mr, rel
	if fs.toks[c].Head < 0 || fs.toks[c].Head == mr {
		fs.toks[c].Head, fs.toks[c].DepRel = hr, "punct"
	}
	return true
}

// parsePart parses the tokens of fs at idx (in order) as one sentence and writes their heads
// (indices into fs.toks, -1 for the part's root), relations and lemmas back; it returns the
// root's index in fs.toks, or -1.
func parsePart(ex *Extractor, fs *frameSentence, idx []int) int {
	return parseFramed(ex, fs, idx, nil, nil, nil, nil)
}

// parseFramed parses the tokens of fs at idx between stand-in tokens pre and post (parsed with
// them, never written back) and writes the heads, relations and lemmas of the tokens at idx
// back: an arc to a word of idx as its index in fs.toks, an arc to a stand-in as preTo/postTo
// give (an index into fs.toks). It returns the index of the part's own head word (the word of
// idx whose head is no word of idx), or -1 when there is none; that word gets head -1 and the
// relation the parser gave it, for the caller to hang on the sentence. Any other word whose
// head is outside the part (the parser's fragment) hangs on it as parataxis, or punct.
func parseFramed(ex *Extractor, fs *frameSentence, idx []int, pre, post []frames.Token, preTo, postTo []int) int {
	if len(idx) == 0 {
		return -1
	}
	part := make([]frames.Token, 0, len(pre)+len(idx)+len(post))
	part = append(part, pre...)
	for _, i := range idx {
		part = append(part, fs.toks[i])
	}
	part = append(part, post...)
	ex.syn.AnnotateTagged(part)
	np, ni := len(pre), len(idx)
	where := func(h int) (int, bool) { // an arc's target in fs.toks; false for the root
		switch {
		case h < 0:
			return -1, false
		case h < np:
			return preTo[h], true
		case h < np+ni:
			return idx[h-np], true
		default:
			return postTo[h-np-ni], true
		}
	}
	root := -1
	for k := range idx {
		if h := part[np+k].Head; (h < np || h >= np+ni) && part[np+k].UPOS != "PUNCT" {
			root = idx[k]
			break
		}
	}
	if root < 0 {
		return -1
	}
	for k, i := range idx {
		src := part[np+k]
		t := &fs.toks[i]
		t.Lemma, t.DepRel = src.Lemma, src.DepRel
		g, ok := where(src.Head)
		switch {
		case i == root:
			t.Head = -1 // the caller hangs the part on the sentence
		case ok && g >= 0:
			t.Head = g
		default:
			// a second word hanging outside the part: the part's fragment, or an arc to an
			// unmapped stand-in
			t.Head = root
			if t.UPOS == "PUNCT" {
				t.DepRel = "punct"
			} else {
				t.DepRel = "parataxis"
			}
		}
	}
	return root
}

// standIn is a word parsed with a part of a sentence in place of the rest (parseFramed).
func standIn(form, upos, xpos string) frames.Token {
	return frames.Token{Form: form, UPOS: upos, XPOS: xpos, Head: -1}
}

// span returns the indices a, a+1, …, b-1.
func span(a, b int) []int {
	out := make([]int, 0, b-a)
	for i := a; i < b; i++ {
		out = append(out, i)
	}
	return out
}

// hasChild reports a dependent of h with relation rel.
func hasChild(toks []frames.Token, h int, rel string) bool {
	for _, t := range toks {
		if t.Head == h && t.DepRel == rel {
			return true
		}
	}
	return false
}

// clauseStart reports a word that can open a clause's subject: a determiner, a noun or name, an
// adjective, a number, or a personal or possessive pronoun (Quirk et al. 1985, 2.11 subjects).
func clauseStart(t frames.Token) bool {
	switch t.UPOS {
	case "DET", "PROPN", "NOUN", "ADJ", "NUM":
		return true
	case "PRON":
		return t.XPOS == "PRP" || t.XPOS == "PRP$"
	}
	return false
}

// finiteAt reports whether toks[i] opens a predicate: a finite verb or auxiliary, or an adverb
// before one ("…, however, firmly rejected …").
func finiteAt(toks []frames.Token, i int) bool {
	if i < len(toks) && toks[i].UPOS == "ADV" {
		i++
	}
	return i < len(toks) && retag.FiniteVerb(toks[i].UPOS, toks[i].XPOS)
}

// initialAdjunct returns the index of the comma that closes a sentence-initial adjunct, or 0:
// the sentence opens with a participle (VBG, VBN, or an -ed form tagged VBD: "Citing …",
// "Angered by …", "Asked about …"; not a marginal preposition, "Regarding …") or a noun phrase
// of time ("Days before the vote, …", timePhrase), and after the comma
// a clause begins — a subject's first word, then a finite verb later on. A comma inside a list
// ("Citing A, B and C, the ministry …": the part after it holds a conjunction before the next
// comma) is not the adjunct's end (Quirk et al. 1985, 8.6 and 15.20 on initial adjuncts;
// 13.64 on lists). A prepositional phrase or a subordinate clause in front ("Under pressure from
// farmers, …", "If a trade war is waged against us, …") the parser reads well enough whole, and
// is left to it.
func initialAdjunct(toks []frames.Token) int {
	if len(toks) < 5 {
		return 0
	}
	t0 := toks[0]
	participle := t0.UPOS == "VERB" && (t0.XPOS == "VBG" || t0.XPOS == "VBN" || t0.XPOS == "VBD") && !actors.MarginalPrepositions.Has(strings.ToLower(t0.Form))
	if !participle && !timePhrase(toks) {
		return 0
	}
	for c := 1; c+2 < len(toks) && c < 30; c++ {
		if toks[c].Form != "," {
			if toks[c].UPOS == "PUNCT" && toks[c].Form != "-" {
				return 0 // a quotation, a colon or a dash: no plain adjunct
			}
			continue
		}
		if !clauseStart(toks[c+1]) {
			continue
		}
		if t0.UPOS == "VERB" {
			for j := 1; j < c; j++ {
				if toks[j].UPOS == "VERB" {
					// a second verb in a participle clause ("Staking an assertive negotiating
					// stance", with the modifier tagged a verb): the phrase alone may parse
					// around the wrong one, so the sentence is parsed whole
					return 0
				}
			}
		}
		fin, list := -1, false
		for j := c + 1; j < len(toks); j++ {
			if retag.FiniteVerb(toks[j].UPOS, toks[j].XPOS) {
				fin = j
				break
			}
			if toks[j].UPOS == "CCONJ" {
				list = true
			}
			if toks[j].Form == "," {
				break
			}
		}
		if fin < 0 {
			// the subject runs on past a comma (an appositive) or the verb comes after one
			for j := c + 1; j < len(toks); j++ {
				if retag.FiniteVerb(toks[j].UPOS, toks[j].XPOS) {
					fin = j
					break
				}
			}
			if fin < 0 || list {
				continue
			}
		}
		return c
	}
	return 0
}

// quasiCoordinated reports a phrase opened by a quasi-coordinator ("as well as", "along with",
// "together with", "including", "plus"), which adds to the subject (Quirk et al. 1985,
// 13.102–13.106) and is left to the parser's coordination.
func quasiCoordinated(toks []frames.Token, i int) bool {
	return actors.QuasiCoordinators.Has(strings.ToLower(toks[i].Form))
}

// insertions finds phrases set off by commas between the subject that opens toks[a:] and its
// verb: a subject noun phrase [a, s0) (with at most one prepositional postmodifier after a common
// noun) closed by the comma s0, then one or more phrases each
// closed by a comma — a relative clause (who, which, whose), a participle clause, or a
// prepositional or adverbial phrase — and then a finite verb (v). It returns
// s0, the phrases as [first word, closing comma] pairs, and v; nil phrases when the sentence has
// no such shape. A phrase opened by a conjunction or a quasi-coordinator is a list or an
// addition to the subject, not an insertion (Quirk et al. 1985, 17.65 appositives, 17.22
// non-restrictive relative clauses, 15.58 supplementive clauses, 13.102 quasi-coordination).
func insertions(toks []frames.Token, a int) (int, [][2]int, int) {
	s0 := a
	for s0 < len(toks) && (clauseStart(toks[s0]) && toks[s0].XPOS != "PRP" || toks[s0].UPOS == "PART" && toks[s0].XPOS == "POS") {
		s0++
	}
	if p := s0; p > a && p+1 < len(toks) && toks[p].UPOS == "ADP" && toks[p-1].UPOS == "NOUN" && !quasiCoordinated(toks, p) {
		// one prepositional postmodifier of the subject's head ("Protesters in Tbilisi, waving
		// flags, denounced …", "Officials in Kyiv, speaking …,"): a prepositional phrase is the
		// commonest postmodifier of a noun phrase (Quirk et al. 1985, ch. 17 on prepositional postmodifiers), inside the subject
		for p++; p < len(toks) && clauseStart(toks[p]) && toks[p].XPOS != "PRP"; p++ {
		}
		if p > s0+1 && p < len(toks) && toks[p].Form == "," {
			s0 = p
		}
	}
	if s0 == a || s0 >= len(toks) || toks[s0].Form != "," || toks[s0-1].UPOS != "NOUN" && toks[s0-1].UPOS != "PROPN" {
		return 0, nil, 0
	}
	var parts [][2]int
	for p := s0 + 1; p < len(toks); {
		if finiteAt(toks, p) {
			if len(parts) == 0 {
				return 0, nil, 0
			}
			return s0, parts, p
		}
		t := toks[p]
		// an appositive noun phrase ("X, Saudi Arabia's crown prince, welcomed …") is left to the
		// whole parse, which the relations stage reads for its name and role (commaAppositive)
		ok := strings.HasPrefix(t.XPOS, "W") || t.UPOS == "VERB" && (t.XPOS == "VBG" || t.XPOS == "VBN") ||
			(t.UPOS == "ADP" || t.UPOS == "ADV") && !quasiCoordinated(toks, p)
		if !ok || quasiCoordinated(toks, p) {
			return 0, nil, 0
		}
		e := p + 1
		for e < len(toks) && toks[e].Form != "," {
			if toks[e].UPOS == "PUNCT" && toks[e].Form != "-" && toks[e].Form != "'" || toks[e].UPOS == "CCONJ" && e == p+1 {
				return 0, nil, 0
			}
			e++
		}
		if e >= len(toks) || e == p {
			return 0, nil, 0
		}
		parts = append(parts, [2]int{p, e})
		p = e + 1
	}
	return 0, nil, 0
}

// tagNameParticles (the method nameParticles until restruct13; actor.go's nameParticles is a
// word class) tags as a proper noun (PROPN, NNP) each personal name with lower-case particles
// that joinNameHyphens made one parser token ("Ursula von der Leyen"): a name is a proper noun
// whatever the tagger makes of a word it never saw.
func tagNameParticles(st *sent, fs *frameSentence) {
	for i := range fs.toks {
		if t := &fs.toks[i]; strings.ContainsRune(t.Form, ' ') {
			t.UPOS, t.XPOS = "PROPN", "NNP"
		}
	}
}

// particleName returns the span (code points) of the name inside a PERSON mention that holds a
// name particle (nameParticle) between two words ("Ursula von der Leyen", "Lula da Silva"; a
// title the mention includes stays out), or -1, -1.
func particleName(lx *lexicon.Lexicons, st *sent, m *mention) (int, int) {
	if m.Sent != st.Idx || m.Ent == nil || m.Ent.Final().Kind != graph.Person || m.Te-m.Ts < 3 {
		return -1, -1
	}
	particle := false
	for k := m.Ts + 1; k < m.Te-1; k++ {
		if w := st.Toks[k]; w.Kind == text.Word && actors.NameParticle.Has(w.Text) && st.Toks[k-1].Kind == text.Word && st.Toks[k+1].Kind == text.Word {
			particle = true
		}
	}
	if !particle {
		return -1, -1
	}
	for k := m.Ts; k < m.Te; k++ {
		if lx.Titles[st.Toks[k].Lower] == nil {
			return st.Toks[k].Start, st.Toks[m.Te-1].End
		}
	}
	return -1, -1
}

// timePhrase reports a sentence that opens with a noun phrase of time before a relating word:
// up to three determiners, numbers or adjectives, a time noun, then "before", "after", "ago",
// "later" or "earlier" ("Days before Sunday's vote, …", "Two weeks after the coup, …").
func timePhrase(toks []frames.Token) bool {
	for i := 0; i < len(toks)-1 && i < 4; i++ {
		switch t := toks[i]; {
		case docpkg.TimeNouns.Has(strings.ToLower(t.Form)):
			switch strings.ToLower(toks[i+1].Form) {
			case "before", "after", "ago", "later", "earlier":
				return true
			}
			return false
		case t.UPOS == "DET" || t.UPOS == "NUM" || t.UPOS == "ADJ":
		default:
			return false
		}
	}
	return false
}

// rivalNouns are relational nouns of opposition or adherence whose genitive, noun premodifier or
// of-phrase names the other party ("the president's challengers", "Beijing's critics", "Sanders
// supporters", "fans of Cooper's performance"): the dependent is the relatum, not the referent
// (Barker 1995, "Possessive Descriptions", ch. 3; Quirk et al. 1985, 5.115–5.116 on the
// relational genitive, App. I.57 on compounds whose premodifier is the object of the agentive
// head).
var rivalNouns = lexicon.WordClass("rivalnouns") // data/wordclasses/rivalnouns.txt

// rivalPossessor reports an actor mention inside a dependent of a noun of opposition or
// adherence in fs: its possessor ("six members of President X's 12 challengers called for a
// boycott": X's challengers are not X), its noun premodifier ("71 percent of Sanders supporters
// approved") or its of-phrase ("fans of Bradley Cooper's performance complained"), climbing
// through the nominal dependents that hold the mention. Such a mention is then no source of the
// phrase that holds it.
func (fs *frameSentence) rivalPossessor(st *sent, m *mention) bool {
	a, b := st.Toks[m.Ts].Start, st.Toks[m.Te-1].End
	for i, t := range fs.toks {
		if t.Start < a || t.End > b {
			continue
		}
		for k, steps := i, 0; k >= 0 && steps < 4; steps++ {
			r := fs.toks[k].DepRel
			if r != "nmod:poss" && r != "compound" && r != "nmod" && r != "flat" {
				break
			}
			h := fs.toks[k].Head
			if h < 0 {
				break
			}
			if fs.toks[h].Start >= a && fs.toks[h].End <= b {
				break // the noun is in the mention itself: a group named by it ("Ohio voters")
			}
			if r != "flat" && rivalNouns.Has(strings.ToLower(lemmaOf(fs.toks[h]))) && (r != "nmod" || fs.caseWord(k) == "of") {
				return true
			}
			k = h
		}
	}
	return false
}
