package doc

// Parses is what the claims stage asks of the relations stage's dependency parse (issue 13;
// docs/layout/plan.md step 8): the claims and relations stages are peers on floor 9, the parse
// and its per-sentence memo are the relations stage's (loader/relation_frames.go,
// relation_parsecache.go), and the claims stage reads a sentence's tags and tree from it (a
// finite verb in a conjunct, claims' finiteVerbIn). The loader passes the reader in (newDoc
// sets Doc.Parse) instead of the claims stage calling across; the call and its moment are those
// of the code before the cut (the memo is filled at the same call), so the extraction is
// unchanged.
type Parses interface {
	// Of is the parse of st, parsed even without a cue candidate (the relations stage's
	// parseSentenceFor(st, true), memoized); nil when st has no parse. The Tree is a copy: a
	// caller may keep it, and what it writes reaches no other reader.
	Of(st *Sent) *Tree
}

// Tree is one sentence's dependency parse (syntax/depparse, UD relations) over the parser's own
// tokens, which need not be the loader's (st.Toks): a hyphenated name is one parse token, a
// dateline is left out.
type Tree struct {
	Toks []ParseToken
	At   []int   // per parse token, the index in st.Toks of the token it lies in; -1 for none
	Kids [][]int // per parse token, its dependents' indices in Toks, in order
}

// ParseToken is a parse token as the syntax package gives it (syntax.Token without its offsets
// and lemma, which doc does not import: syntax stands above the document).
type ParseToken struct {
	Form   string
	UPOS   string // universal part of speech (NOUN, VERB, …)
	XPOS   string // Penn Treebank tag (NN, VBD, …)
	Head   int    // index in Toks of the head; -1 for the root
	DepRel string // UD relation to the head ("nsubj", "ccomp", …; "root")
}
