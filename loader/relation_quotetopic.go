package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// The party a quotation's attribution names as its topic (session 24, round 24 set U ARGS 2).
// A quotation often refers to its topic only by a demonstrative or a pronoun ("This step is a
// grave error", "If they cross the line, we will hit back"), and the reporting clause names it:
//
//   - '"…," A said of X's NP' / 'A spoke of X': the of-phrase of a verb of speaking names what
//     is spoken of (Quirk et al. 1985, 16.5–16.6: prepositional verbs, "speak of", "say of"; OED
//     "say", sense "to say of: to speak about"); a demonstrative subject of the quote ("this
//     decision") refers back to it, and its possessor or the phrase itself, an actor, is the
//     party the quote's stance is on;
//   - '"…," A said, referring to X' / 'speaking about X': the participle clause of the
//     attribution names the referent outright (Quirk et al. 1985, 15.59, the supplementive
//     participle clause), for the demonstrative or pronoun subject of the quote's stance and for
//     the pronoun subject of a conditional clause ("if they …") on the quote's threat.
//
// The party is a target of its own beside the phrase the frame took (as relation_innerparty.go
// adds the party inside an object), never instead of it.

// quoteDemonstratives are the determiners and pronouns that point back to a topic named
// elsewhere (data/wordclasses/pointingwords.txt: Quirk et al. 1985, 6.40–6.44 demonstratives;
// 6.15 personal pronouns).
var quoteDemonstratives = lexicon.WordClass("pointingwords")

// quoteTopicParty returns the actor the attribution of match m's quotation names as its topic
// (see above) and the shape that named it ("said-of", "referring-to"), when m's target, or the
// subject of a conditional clause on m's cue, is a demonstrative or pronoun; nil otherwise, and
// nil when that actor is src.
func (d *doc) quoteTopicParty(st *sent, fs *frameSentence, m frames.Match, src *entity) (*entity, string) {
	if fs.fr == nil || m.Cue < 0 {
		return nil, ""
	}
	pointing := m.Target >= 0 && m.Target != m.Content && fs.pointsBack(m.Target)
	if !pointing && m.Type == graph.Threatens {
		for _, k := range fs.kids[m.Cue] {
			if fs.toks[k].DepRel == "advcl" && fs.conditional(k) {
				for _, s := range fs.kids[k] {
					if strings.HasPrefix(fs.toks[s].DepRel, "nsubj") && fs.pointsBack(s) {
						pointing = true
					}
				}
			}
		}
	}
	if !pointing {
		return nil, ""
	}
	r := fs.quoteReporter(m.Cue)
	if r < 0 {
		return nil, ""
	}
	for _, k := range fs.kids[r] {
		var e *entity
		shape := ""
		switch rel := fs.toks[k].DepRel; {
		case (rel == "obl" || rel == "nmod") && k > r && strings.EqualFold(fs.caseWord(k), "of"): // the parser hangs it either way
			e, shape = d.topicActor(st, fs, k), "said-of"
		case (rel == "advcl" || rel == "ccomp" || rel == "xcomp") && k > r && fs.toks[k].XPOS == "VBG" && fs.fr.InClass("report", strings.ToLower(lemmaOf(fs.toks[k]))) || (rel == "advcl" || rel == "ccomp" || rel == "xcomp") && k > r && strings.EqualFold(lemmaOf(fs.toks[k]), "refer"):
			for _, o := range fs.kids[k] {
				if w := strings.ToLower(fs.caseWord(o)); fs.toks[o].DepRel == "obl" && (w == "to" || w == "about" || w == "of") {
					e, shape = d.topicActor(st, fs, o), "referring-to"
				}
			}
		}
		if e != nil && (src == nil || e != src.Final()) {
			return e, shape
		}
	}
	return nil, ""
}

// pointsBack reports a demonstrative or personal pronoun at syntax token k, or a noun it
// determines ("this step", "these measures").
func (fs *frameSentence) pointsBack(k int) bool {
	t := fs.toks[k]
	if t.UPOS == "PRON" || t.UPOS == "DET" {
		return quoteDemonstratives.Has(strings.ToLower(t.Form))
	}
	if t.UPOS != "NOUN" {
		return false
	}
	for _, c := range fs.kids[k] {
		if fs.toks[c].DepRel == "det" && quoteDemonstratives.Has(strings.ToLower(fs.toks[c].Form)) {
			return true
		}
	}
	return false
}

// conditional reports a clause at k opened by a conditional subordinator or by inverted "should"
// (Quirk et al. 1985, 15.33–15.36: if, unless; "should they cross …", 15.36 subject–operator
// inversion).
func (fs *frameSentence) conditional(k int) bool {
	for _, c := range fs.kids[k] {
		w := strings.ToLower(fs.toks[c].Form)
		if fs.toks[c].DepRel == "mark" && (w == "if" || w == "unless") || fs.toks[c].DepRel == "aux" && w == "should" && c < k && c == firstOfClause(fs, k) {
			return true
		}
	}
	return false
}

// firstOfClause is the first syntax token of the phrase headed by k.
func firstOfClause(fs *frameSentence, k int) int {
	lo, _ := fs.span(k)
	return lo
}

// quoteReporter returns the verb of saying of the reporting clause that follows the quotation
// holding syntax token c — a report-class verb after a closing quotation mark that governs c's
// clause or hangs on it (the parser does either) — or -1.
func (fs *frameSentence) quoteReporter(c int) int {
	anc := map[int]bool{}
	for n, i := c, 0; n >= 0 && i < 12; n, i = fs.toks[n].Head, i+1 {
		anc[n] = true
	}
	for r := c + 1; r < len(fs.toks); r++ {
		t := fs.toks[r]
		if t.UPOS != "VERB" || !fs.fr.InClass("report", strings.ToLower(lemmaOf(t))) {
			continue
		}
		quoted := false
		for q := c + 1; q < r; q++ {
			if fs.toks[q].UPOS == "PUNCT" && strings.ContainsAny(fs.toks[q].Form, "\"”'’") {
				quoted = true
			}
		}
		if quoted && (anc[r] || anc[t.Head]) {
			return r
		}
		return -1
	}
	return -1
}

// topicActor is the actor a topic phrase at syntax token k names: its possessor ("Morocco's
// closure"), a demonym or name inside it ("Azerbaijani troops"), or the phrase itself.
func (d *doc) topicActor(st *sent, fs *frameSentence, k int) *entity {
	if e := d.partyAt(st, fs, k); e != nil {
		return e
	}
	for _, c := range fs.kids[k] {
		if rel := fs.toks[c].DepRel; rel == "nmod:poss" || rel == "compound" || rel == "amod" {
			if e := d.partyAt(st, fs, c); e != nil {
				return e
			}
		}
	}
	return nil
}
