package claims

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/surface"
)

// supplementiveSubject returns the implied subject of the -ing form of a verb of saying at token k
// of st, or nil: k follows a comma or a dash, the parse
// makes it an adverbial clause (advcl) of a verb or predicative adjective before it, and that
// head has a subject surface.SubjectOf finds. The sentence is parsed if it was not (the memo
// keeps the parse for the frames stage).
func supplementiveSubject(d *doc.Doc, st *doc.Sent, k int) *doc.Entity {
	toks := st.Toks
	if k < 2 || !(toks[k-1].Text == "," || toks[k-1].Text == "\u2013" || toks[k-1].Text == "\u2014") {
		return nil
	}
	fs := claimParse(d, st)
	if fs == nil {
		return nil
	}
	p := tokenAt(fs, k)
	if p < 0 || fs.Toks[p].DepRel != "advcl" {
		return nil
	}
	h := fs.Toks[p].Head
	if h < 0 || h >= p || fs.Toks[h].UPOS != "VERB" && fs.Toks[h].UPOS != "ADJ" {
		return nil
	}
	if r := fs.Toks[h].DepRel; r != "root" && r != "conj" && r != "parataxis" {
		// a head inside a complement or relative clause ("veered close to an admission that
		// soldiers had fought …, saying"): the parse hung the participle on the wrong verb, and
		// the subject it leads to is no superordinate clause's
		return nil
	}
	v := fs.At[h]
	if v < 0 || v >= k-1 || st.InQuote[v] {
		return nil
	}
	if e, s, _ := surface.SubjectOf(d, st, v); e != nil && s < v {
		return e
	}
	// a subject the token-order reading cannot step over ("Sen. Ann Roe, R-Ohio, who faces …,
	// rescinded …"): the parse's nominal subject of the matrix verb, when it is an actor's name
	for _, c := range fs.Kids[h] {
		if fs.Toks[c].DepRel != "nsubj" || fs.At[c] < 0 {
			continue
		}
		if m := actors.MentionAt(d, st, fs.At[c]); m != nil && doc.ActorKind(m.Ent) && !st.InQuote[fs.At[c]] {
			return m.Ent.Final()
		}
	}
	return nil
}

// tellMessage returns where the message of "tell" at token k of st starts, and false when the
// verb reports no message: the start of the parse's clausal complement (ccomp) of k, after its
// "that"; -1 with true when the parse has none (a quotation, an unparsed sentence: the caller's
// own reading stands); -1 with false when k has a to-infinitive and no clausal complement ("told
// the council to vote": a directive), the infinitive an xcomp of k or, as the parser often
// attaches it, a dependent of k's object.
func tellMessage(d *doc.Doc, st *doc.Sent, k int) (int, bool) {
	fs := claimParse(d, st)
	if fs == nil {
		return -1, true
	}
	p := tokenAt(fs, k)
	if p < 0 {
		return -1, true
	}
	xcomp := false
	for _, c := range fs.Kids[p] {
		switch fs.Toks[c].DepRel {
		case "ccomp":
			lo := leftmost(fs, c)
			for lo < c && (fs.Toks[lo].DepRel == "mark" || fs.Toks[lo].UPOS == "PUNCT") {
				lo++ // "that", a comma: no part of the message
			}
			if lo <= p {
				return -1, true // a complement before the verb ("…, she told reporters"): not this reading
			}
			return fs.At[lo], true
		case "xcomp":
			xcomp = xcomp || fs.Toks[c].UPOS == "VERB"
		case "obj", "iobj":
			// the parser may hang the to-infinitive on the object ("the council to vote": acl)
			for _, a := range fs.Kids[c] {
				xcomp = xcomp || fs.Toks[a].UPOS == "VERB" && a > c && toInfinitive(fs, a)
				if fs.Toks[a].DepRel == "acl:relcl" && a > c && gaplessClause(fs, a) {
					// "telling a local newspaper she would not back the plan": a clause with its
					// own subject and object has no gap, so it is no relative clause (a zero
					// relative leaves one, Quirk et al. 1985, 17.15): the message, mis-attached
					return fs.At[leftmost(fs, a)], true
				}
			}
		}
	}
	return -1, !xcomp
}

// gaplessClause reports a clause headed by v with a nominal subject and a direct object of its own
// and no relative word (data/wordclasses/relatives.txt, Quirk et al. 1985, 17.9): nothing is left
// for a relative pronoun.
func gaplessClause(fs *doc.Tree, v int) bool {
	subj, obj := false, false
	for _, k := range fs.Kids[v] {
		switch fs.Toks[k].DepRel {
		case "nsubj":
			subj = true
		case "obj", "ccomp", "xcomp":
			obj = true
		}
	}
	for i := leftmost(fs, v); i <= v; i++ {
		if actors.RelativeWords.Has(strings.ToLower(fs.Toks[i].Form)) { // data/wordclasses/relatives.txt
			return false
		}
	}
	return subj && obj
}

// toInfinitive reports a verb marked by "to" (UD mark), the to-infinitive.
func toInfinitive(fs *doc.Tree, v int) bool {
	for _, m := range fs.Kids[v] {
		if fs.Toks[m].DepRel == "mark" && fs.Toks[m].Form == "to" {
			return true
		}
	}
	return false
}

// toldRecipientQuote reads "tell" with its recipient before a quotation that opens at token t0 of
// st: "Clinton told the crowd: “…”", "…, telling Reuters, “…”" (VerbNet tell-37.2, NP V NP S: the
// recipient between the verb and the message). The quotation must follow the recipient and a
// comma or colon; the recipient is the parse's object (obj or iobj) of the verb, covering every
// word between them. It returns the teller (the subject, or a participle's matrix subject:
// supplementiveSubject) and the verb's index, or nil.
func toldRecipientQuote(d *doc.Doc, st *doc.Sent, t0 int) (*doc.Entity, int) {
	toks := st.Toks
	if t0 < 3 || toks[t0-1].Text != "," && toks[t0-1].Text != ":" {
		return nil, 0
	}
	r := t0 - 2 // the recipient's last token
	for v := r - 1; v >= 0 && v >= r-6; v-- {
		le, ok := doc.SpeechAt(d.Lx, st, v)
		if !ok || le.Lemma != "tell" || st.InQuote[v] {
			continue
		}
		fs := claimParse(d, st)
		if fs == nil {
			return nil, 0
		}
		p := tokenAt(fs, v)
		if p < 0 {
			return nil, 0
		}
		covered := false
		for _, c := range fs.Kids[p] {
			if rel := fs.Toks[c].DepRel; rel != "obj" && rel != "iobj" {
				continue
			}
			lo, hi := leftmost(fs, c), rightmost(fs, c)
			covered = covered || fs.At[lo] == v+1 && hi+1 < len(fs.Toks) && fs.At[hi+1] == t0-1
		}
		if !covered {
			return nil, 0
		}
		if le.Form == "ing" {
			if e := supplementiveSubject(d, st, v); e != nil {
				return e, v
			}
			return nil, 0
		}
		if e, s, _ := surface.SubjectOf(d, st, v); e != nil && s < v {
			return e, v
		}
		return nil, 0
	}
	return nil, 0
}

// claimParse is the parse of st for the claims stage's readings (parsed if the frames stage had
// not, and kept in the memo: read-only), nil when the sentence cannot be parsed. It is the one
// place the claims stage asks the relations stage's parse memo (relation_parsecache.go).
func claimParse(d *doc.Doc, st *doc.Sent) *doc.Tree {
	return d.Parse.Of(st) // the relations stage's parse (doc.Parses; relation_parsecache.go)
}

// tokenAt returns the parse token that starts at loader token k (fs.At), or -1.
func tokenAt(fs *doc.Tree, k int) int {
	for i := range fs.Toks {
		if fs.At[i] == k && (i == 0 || fs.At[i-1] != k) {
			return i
		}
	}
	return -1
}

// rightmost returns the last parse token of the subtree of h.
func rightmost(fs *doc.Tree, h int) int {
	hi := h
	stack := []int{h}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range fs.Kids[n] {
			hi = max(hi, c)
			stack = append(stack, c)
		}
	}
	return hi
}

// leftmost returns the first parse token of the subtree of h (every dependent, transitively).
func leftmost(fs *doc.Tree, h int) int {
	lo := h
	stack := []int{h}
	for len(stack) > 0 {
		n := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		for _, c := range fs.Kids[n] {
			lo = min(lo, c)
			stack = append(stack, c)
		}
	}
	return lo
}

// participleQuoteSpeaker reads a verb of saying in its -ing form that introduces a quotation
// opening at token t0 of st after a comma or colon and nothing else ("Baxter went on the
// attack, saying, “…”", "…, adding: “…”"): a supplementive clause whose implied subject is the
// subject of the clause it is attached to (Quirk et al. 1985, 15.59–15.60 on supplementive
// clauses; supplementiveSubject reads it from the parse), who is then the quotation's speaker as
// the subject of "said" before a quotation is (quote:before). It returns that speaker, or nil.
func participleQuoteSpeaker(d *doc.Doc, st *doc.Sent, k, t0 int) *doc.Entity {
	le, ok := doc.SpeechAt(d.Lx, st, k)
	if !ok || le.Form != "ing" || st.InQuote[k] {
		return nil
	}
	for j := k + 1; j < t0; j++ {
		if t := st.Toks[j].Text; t != "," && t != ":" {
			return nil
		}
	}
	return supplementiveSubject(d, st, k)
}
