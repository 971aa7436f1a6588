package loader

import (
	"fmt"
	"reflect"

	docpkg "github.com/claimgraph/claimgraph/doc"
)

// The per-sentence parse memo (issue 13, speed). A sentence is asked for its parse by several
// rules: the frames stage, the claims stage's own-conjunct rule, and rules that read earlier
// sentences (turnPair asks meetingPairIn of every earlier sentence of a turn, mayHaveSource
// asks hasPair once per party noun, the list-item rules read their lead-in). Tokenizing,
// tagging and the beam parse are a function of the sentence and of what the stages before
// relations wrote (mentions, datelines, the lead-in of a list), none of which the claims or
// relations stage changes for a sentence already parsed; so the first parse of a sentence is
// kept and handed to every later caller.
//
// The kept tree is shared: a caller reads it and never writes it. TestParseMemoMatchesFreshParse
// (relation_parsecache_test.go) proves both halves on whole documents: with verifyParseMemo set,
// every memo hit parses the sentence afresh and panics when the fresh tree differs from the
// kept one — which it would if a caller had written into the kept tree or if an input of the
// parse had changed since it was made.

// parseMemo is one sentence's memo: done once parseSentenceNow has run for it; tagged its
// taggedCandidate verdict; fs the parse, nil when the first call was not forced and the verdict
// was false (then the sentence was tagged but not parsed, and a later forced call parses it).
type parseMemo struct {
	fs     *frameSentence
	tagged bool
	done   bool
}

// verifyParseMemo makes every memo hit compare the kept parse with a fresh one (tests only:
// it doubles the parsing cost).
var verifyParseMemo = false

// verifiedHits counts the memo hits verifyMemo compared (tests read it; not safe for concurrent
// extraction, which the tests that set verifyParseMemo do not run).
var verifiedHits int

// memoParse is parseSentenceFor through the memo of st (d.parses[st.Idx]); a sentence that is
// not the document's own (st not at d.Sents[st.Idx]) is parsed afresh each time.
func (d *doc) memoParse(st *sent, force bool) (*frameSentence, bool) {
	if st.Idx < 0 || st.Idx >= len(d.Sents) || d.Sents[st.Idx] != st {
		return d.parseSentenceNow(st, force)
	}
	if d.parses == nil {
		d.parses = make([]parseMemo, len(d.Sents))
	}
	m := &d.parses[st.Idx]
	if m.done && (m.fs != nil || !force) {
		if verifyParseMemo && m.fs != nil {
			d.verifyMemo(st, m)
		}
		if m.fs == nil || !force && !m.tagged {
			return nil, m.tagged
		}
		return m.fs, m.tagged
	}
	fs, tagged := d.parseSentenceNow(st, force)
	*m = parseMemo{fs: fs, tagged: tagged, done: true}
	if d.pstats != nil {
		d.pstats.noteRun(st.Idx, fs, tagged)
	}
	return fs, tagged
}

// verifyMemo panics when a fresh parse of st differs from the memo m (verifyParseMemo).
func (d *doc) verifyMemo(st *sent, m *parseMemo) {
	verifiedHits++
	fresh, tagged := d.parseSentenceNow(st, true)
	if tagged != m.tagged || !reflect.DeepEqual(fresh.toks, m.fs.toks) || !reflect.DeepEqual(fresh.at, m.fs.at) ||
		!reflect.DeepEqual(fresh.kids, m.fs.kids) || !reflect.DeepEqual(fresh.items, m.fs.items) {
		panic(fmt.Sprintf("parse memo: sentence %d (%q) parses differently from its kept parse", st.Idx, st.S.Text))
	}
}

// parseTags is docpkg.Parses (doc/parses.go) over the parse memo: the claims stage's reads of a
// sentence's parse, which newDoc sets as the document's Parse.
type parseTags struct{ d *doc }

// Of is st's parse (parseSentenceFor(st, true)) as a docpkg.Tree, a copy of the kept one; nil
// when st has no parse.
func (p parseTags) Of(st *sent) *docpkg.Tree {
	fs, _ := p.d.parseSentenceFor(st, true)
	if fs == nil {
		return nil
	}
	t := &docpkg.Tree{Toks: make([]docpkg.ParseToken, len(fs.toks)), At: append([]int(nil), fs.at...), Kids: make([][]int, len(fs.kids))}
	for i, k := range fs.toks {
		t.Toks[i] = docpkg.ParseToken{Form: k.Form, UPOS: k.UPOS, XPOS: k.XPOS, Head: k.Head, DepRel: k.DepRel}
	}
	for i, ks := range fs.kids {
		t.Kids[i] = append([]int(nil), ks...)
	}
	return t
}
