// Package stance is the learned stance layer (session 33): over one parsed sentence and the
// actor holders earlier stages found in it, it lists (holder, predicate) candidate pairs, turns
// each into hashed string features, and scores them with a learn.Model trained on gold stance
// events (tools/trainstance). It knows nothing of the loader: the caller gives the parse, the
// holders and the dictionaries' verdicts, and maps a chosen candidate back to its actors.
//
// Shapes: token indices are into Sentence.Toks (the syntax layer's parse of one sentence);
// a Holder's Tok is the head token of its phrase, or -1 for a quotation's speaker, who holds the
// predicates of the quoted clauses (Holder.Lo..Hi, the quote's tokens).
package stance

import (
	"fmt"
	"strings"

	"github.com/claimgraph/claimgraph/syntax"
)

// Holder forms, as gold33.md names them (source_form), plus the speaker of a quotation.
const (
	FormName        = "name"
	FormPronoun     = "pronoun"
	FormDescription = "description"
	FormQuote       = "quote" // the resolved speaker of a quotation holding the predicate
)

// Holder is an actor the sentence names or speaks for.
type Holder struct {
	Tok    int    // head token of the holder's phrase; -1 for a quotation's speaker
	Lo, Hi int    // for a quotation's speaker: the quoted tokens [Lo, Hi)
	Form   string // FormName, FormPronoun, FormDescription or FormQuote
	Kind   string // the actor's kind (PERSON, ORGANIZATION, …)
	// InQuote: the holder's words stand inside a quotation someone else speaks ("'X has betrayed
	// us,' Y said": Y's stance, not X's act)
	InQuote bool
}

// Lexicon is what the features ask of the dictionaries; every function may be nil.
type Lexicon struct {
	Speech   func(lemma string) bool         // a verb of saying or belief (data/lexicons/speech.txt)
	Negation func(lower string) bool         // data/lexicons/negations.txt
	Hedge    func(lower string) bool         // one-word entries of data/lexicons/hedges.txt
	Polarity func(lower string) int          // +1, -1 or 0 (data/lexicons/evaluations.txt, from AFINN-165)
	WordNet  func(lemma, upos string) string // lexicographer file of the first sense, "" if none
}

// Sentence is one sentence as the stage reads it.
type Sentence struct {
	Toks     []syntax.Token
	Kids     [][]int // dependents of each token, ascending
	Holders  []Holder
	Cues     map[int]string    // token → "<type>:<frame>" of a frames match whose cue it is
	Rules    map[[2]int]string // (holder index, predicate token) → type of the rule layer's relation
	Question bool              // the sentence is a question
}

// Candidate is one (holder, predicate) pair and its features.
type Candidate struct {
	Holder int // index into Sentence.Holders
	Pred   int // the predicate token
	Path   string
	Feats  []string
}

// maxDown and maxUp bound the dependency path from a holder to a predicate: up to two steps to
// the holder's governors, then down at most three steps, four in all.
const (
	maxUp   = 2
	maxDown = 3
	maxPath = 4
)

// down are the relations a path may descend through: clausal complements and adjuncts,
// conjuncts, objects and nominal modifiers (UD v2), which carry a holder's stance into its
// reported clause, infinitive or object noun ("said the plan is a disaster", "refused to back",
// "issued a warning").
var down = map[string]bool{"ccomp": true, "xcomp": true, "parataxis": true, "conj": true, "obj": true,
	"advcl": true, "acl": true, "acl:relcl": true, "obl": true, "nmod": true, "csubj": true, "appos": true, "iobj": true}

// holderRel are the relations of a holder's head over which its predicate is its governor.
var holderRel = map[string]bool{"nsubj": true, "obl:agent": true, "nmod:poss": true, "obl": true}

func predicatePOS(u string) bool { return u == "VERB" || u == "NOUN" || u == "ADJ" }

// Candidates lists every (holder, predicate) pair within the path bounds, each once, holders in
// order then predicates by path length and position. A holder's own phrase tokens are never its
// predicate. A quotation's speaker pairs with each clause head of the quote (a token of the
// quote whose governor is outside it, or a conjunct or complement of one).
func Candidates(s *Sentence, lx *Lexicon) []Candidate {
	var out []Candidate
	for hi, h := range s.Holders {
		seen := map[int]bool{}
		add := func(p int, path string) {
			if seen[p] || !predicatePOS(s.Toks[p].UPOS) {
				return
			}
			seen[p] = true
			c := Candidate{Holder: hi, Pred: p, Path: path}
			c.Feats = features(s, lx, h, hi, p, path)
			out = append(out, c)
		}
		if h.Tok < 0 {
			for k := h.Lo; k < h.Hi && k < len(s.Toks); k++ {
				g := s.Toks[k].Head
				if g < h.Lo || g >= h.Hi {
					add(k, "quote")
					for _, c := range s.Kids[k] {
						if r := s.Toks[c].DepRel; c >= h.Lo && c < h.Hi && (r == "conj" || r == "ccomp" || r == "xcomp" || r == "parataxis") {
							add(c, "quote "+r+"v")
						}
					}
				}
			}
			continue
		}
		// breadth-first: up through the holder's relation, then down
		type node struct {
			k, up, down int
			path        string
		}
		q := []node{{k: h.Tok}}
		visited := map[int]bool{h.Tok: true}
		for len(q) > 0 {
			n := q[0]
			q = q[1:]
			if n.k != h.Tok {
				add(n.k, n.path)
			}
			if n.up+n.down >= maxPath {
				continue
			}
			if n.down == 0 && n.up < maxUp {
				t := s.Toks[n.k]
				if g := t.Head; g >= 0 && !visited[g] && (n.up > 0 || holderRel[t.DepRel]) && (n.up == 0 || t.DepRel == "conj" || t.DepRel == "xcomp" || t.DepRel == "ccomp" || t.DepRel == "acl:relcl" || t.DepRel == "advcl") {
					visited[g] = true
					q = append(q, node{g, n.up + 1, 0, join(n.path, t.DepRel+"^")})
				}
			}
			if n.down < maxDown {
				for _, c := range s.Kids[n.k] {
					r := s.Toks[c].DepRel
					if visited[c] || !down[r] {
						continue
					}
					if n.k == h.Tok && r != "acl:relcl" && r != "appos" && r != "acl" {
						continue // the holder's own phrase: only its clauses and appositions
					}
					visited[c] = true
					q = append(q, node{c, n.up, n.down + 1, join(n.path, r+"v")})
				}
			}
		}
	}
	return out
}

func join(a, b string) string {
	if a == "" {
		return b
	}
	return a + " " + b
}

// features are the candidate's hashed strings (see the package comment of learn): the
// predicate's lemma, part of speech, WordNet class and polarity; its object or judged phrase;
// the path and its length; the verb of saying above it; negation, modals, hedges, questions and
// conditions; the holder's form and kind; the frames cue and the rule layer's relation.
func features(s *Sentence, lx *Lexicon, h Holder, hi, p int, path string) []string {
	t := s.Toks[p]
	lem := strings.ToLower(t.Lemma)
	if lem == "" {
		lem = strings.ToLower(t.Form)
	}
	f := []string{"lem=" + lem, "pos=" + t.UPOS, "lem|pos=" + lem + "|" + t.UPOS, "path=" + path,
		fmt.Sprintf("plen=%d", strings.Count(path, " ")+1), "hform=" + h.Form, "hkind=" + h.Kind,
		"hform|path=" + h.Form + "|" + path, "lem|hform=" + lem + "|" + h.Form}
	if h.InQuote {
		f = append(f, "hinquote", "hinquote|lem="+lem)
	}
	edges := strings.Fields(path)
	if len(edges) > 0 {
		f = append(f, "first="+edges[0], "last="+edges[len(edges)-1], "lem|last="+lem+"|"+edges[len(edges)-1])
	}
	if lx.WordNet != nil {
		if wn := lx.WordNet(lem, t.UPOS); wn != "" {
			f = append(f, "wn="+wn, "wn|path="+wn+"|"+path)
		}
	}
	pol := polarity(lx, t.Form, lem)
	if pol != 0 {
		f = append(f, fmt.Sprintf("pol=%d", pol))
	}
	// the predicate's dependents: negation, modals, copula, prepositions, object
	var obj = -1
	for _, c := range s.Kids[p] {
		ct := s.Toks[c]
		cl := strings.ToLower(ct.Form)
		switch ct.DepRel {
		case "advmod", "det":
			if lx.Negation != nil && lx.Negation(cl) {
				f = append(f, "neg")
			} else if lx.Hedge != nil && lx.Hedge(cl) {
				f = append(f, "hedge")
			}
		case "aux", "aux:pass":
			if ct.XPOS == "MD" || cl == "to" {
				f = append(f, "aux="+cl, "aux|lem="+cl+"|"+lem)
			}
		case "cop":
			f = append(f, "cop", "cop|pol="+fmt.Sprint(pol))
		case "mark":
			if cl == "if" || cl == "unless" || cl == "whether" {
				f = append(f, "cond="+cl)
			}
		case "obj", "iobj":
			if obj < 0 {
				obj = c
			}
		case "obl", "nmod":
			for _, g := range s.Kids[c] {
				if s.Toks[g].DepRel == "case" {
					f = append(f, "prep="+strings.ToLower(s.Toks[g].Form), "lem|prep="+lem+"|"+strings.ToLower(s.Toks[g].Form))
				}
			}
		case "nsubj", "nsubj:pass":
			if c != h.Tok && obj < 0 {
				obj = c // the judged: "the plan is a disaster"
				f = append(f, "judged")
			}
		case "xcomp", "ccomp":
			f = append(f, "comp="+ct.DepRel)
		}
	}
	if obj >= 0 {
		ol := strings.ToLower(s.Toks[obj].Lemma)
		f = append(f, "obj="+ol, "objpos="+s.Toks[obj].UPOS, "lem|objpos="+lem+"|"+s.Toks[obj].UPOS)
		if lx.WordNet != nil {
			if wn := lx.WordNet(ol, s.Toks[obj].UPOS); wn != "" {
				f = append(f, "objwn="+wn)
			}
		}
		for oh, o := range s.Holders {
			if o.Tok == obj && oh != hi {
				f = append(f, "objactor", "lem|objactor="+lem)
			}
		}
	}
	// words of the predicate's own phrase: polarity counts (capped) and negation
	neg, pos := 0, 0
	for _, k := range subtree(s, p) {
		if k == p {
			continue
		}
		switch polarity(lx, s.Toks[k].Form, strings.ToLower(s.Toks[k].Lemma)) {
		case 1:
			pos++
		case -1:
			neg++
		}
	}
	if neg > 0 {
		f = append(f, "subneg", fmt.Sprintf("subneg=%d", min(neg, 3)))
	}
	if pos > 0 {
		f = append(f, "subpos", fmt.Sprintf("subpos=%d", min(pos, 3)))
	}
	// the verb of saying above the predicate on its path, and negation or conditions above it
	for g, n := s.Toks[p].Head, 0; g >= 0 && n < 4; g, n = s.Toks[g].Head, n+1 {
		gl := strings.ToLower(s.Toks[g].Lemma)
		if s.Toks[g].UPOS == "VERB" && lx.Speech != nil && lx.Speech(gl) {
			f = append(f, "say="+gl, "insay", "insay|lem="+lem, fmt.Sprintf("insay|pol=%d", pol))
			break
		}
		for _, c := range s.Kids[g] {
			cl := strings.ToLower(s.Toks[c].Form)
			if s.Toks[c].DepRel == "mark" && (cl == "if" || cl == "unless") {
				f = append(f, "upcond="+cl)
			}
		}
		if s.Toks[g].UPOS == "VERB" {
			f = append(f, "upverb="+gl)
		}
	}
	if s.Question {
		f = append(f, "question")
	}
	if c, ok := s.Cues[p]; ok {
		typ, frame, _ := strings.Cut(c, ":")
		f = append(f, "cue="+typ, "cueframe="+frame, "cue|path="+typ+"|"+path)
	}
	if r, ok := s.Rules[[2]int{hi, p}]; ok {
		f = append(f, "rule="+r)
	}
	return f
}

func polarity(lx *Lexicon, form, lem string) int {
	if lx.Polarity == nil {
		return 0
	}
	if v := lx.Polarity(strings.ToLower(form)); v != 0 {
		return v
	}
	return lx.Polarity(lem)
}

// subtree is p and every token under it, in no particular order.
func subtree(s *Sentence, p int) []int {
	out := []int{p}
	for i := 0; i < len(out) && len(out) < 60; i++ {
		out = append(out, s.Kids[out[i]]...)
	}
	return out
}
