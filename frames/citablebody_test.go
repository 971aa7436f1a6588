package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// citableBodyTrees: a supplementive participle of citing after the subject (UD advcl of the main
// verb, the loader's parse of "The agency, quoting the health ministry, said …" under the
// parse26b pair), its object a state body's common-noun head tagged NN as EWT tags it, or NNP as
// the EWT-only tagger read it, and a reason that is no source.
const citableBodyTrees = `# id = ministry-nn
# text = The agency, quoting the health ministry, said the outbreak had ended.
1	The	the	DET	DT	_	2	det	_	_
2	agency	agency	NOUN	NN	_	9	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	quoting	quote	VERB	VBG	_	9	advcl	_	_
5	the	the	DET	DT	_	7	det	_	_
6	health	health	NOUN	NN	_	7	compound	_	_
7	ministry	ministry	NOUN	NN	_	4	obj	_	SpaceAfter=No
8	,	,	PUNCT	,	_	2	punct	_	_
9	said	say	VERB	VBD	_	0	root	_	_
10	the	the	DET	DT	_	11	det	_	_
11	outbreak	outbreak	NOUN	NN	_	13	nsubj	_	_
12	had	have	AUX	VBD	_	13	aux	_	_
13	ended	end	VERB	VBN	_	9	ccomp	_	SpaceAfter=No
14	.	.	PUNCT	.	_	9	punct	_	_

# id = ministry-nnp
# text = The agency, quoting the health ministry, said the outbreak had ended.
1	The	the	DET	DT	_	2	det	_	_
2	agency	agency	NOUN	NN	_	9	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	quoting	quote	VERB	VBG	_	9	advcl	_	_
5	the	the	DET	DT	_	7	det	_	_
6	health	health	NOUN	NN	_	7	compound	_	_
7	ministry	ministry	PROPN	NNP	_	4	obj	_	SpaceAfter=No
8	,	,	PUNCT	,	_	2	punct	_	_
9	said	say	VERB	VBD	_	0	root	_	_
10	the	the	DET	DT	_	11	det	_	_
11	outbreak	outbreak	NOUN	NN	_	13	nsubj	_	_
12	had	have	AUX	VBD	_	13	aux	_	_
13	ended	end	VERB	VBN	_	9	ccomp	_	SpaceAfter=No
14	.	.	PUNCT	.	_	9	punct	_	_

# id = police-nn
# text = The broadcaster, citing the police, said two people had died.
1	The	the	DET	DT	_	2	det	_	_
2	broadcaster	broadcaster	NOUN	NN	_	7	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	citing	cite	VERB	VBG	_	7	advcl	_	_
5	the	the	DET	DT	_	6	det	_	_
6	police	police	NOUN	NN	_	4	obj	_	SpaceAfter=No
7	said	say	VERB	VBD	_	0	root	_	_
8	two	two	NUM	CD	_	9	nummod	_	_
9	people	people	NOUN	NNS	_	11	nsubj	_	_
10	had	have	AUX	VBD	_	11	aux	_	_
11	died	die	VERB	VBN	_	7	ccomp	_	SpaceAfter=No
12	.	.	PUNCT	.	_	7	punct	_	_

# id = weather-nn
# text = The airline, citing the weather, said the flights were cancelled.
1	The	the	DET	DT	_	2	det	_	_
2	airline	airline	NOUN	NN	_	7	nsubj	_	SpaceAfter=No
3	,	,	PUNCT	,	_	4	punct	_	_
4	citing	cite	VERB	VBG	_	7	advcl	_	_
5	the	the	DET	DT	_	6	det	_	_
6	weather	weather	NOUN	NN	_	4	obj	_	SpaceAfter=No
7	said	say	VERB	VBD	_	0	root	_	_
8	the	the	DET	DT	_	9	det	_	_
9	flights	flight	NOUN	NNS	_	11	nsubj:pass	_	_
10	were	be	AUX	VBD	_	11	aux:pass	_	_
11	cancelled	cancel	VERB	VBN	_	7	ccomp	_	SpaceAfter=No
12	.	.	PUNCT	.	_	7	punct	_	_

`

// TestCitableStateBody: a state body described by a common noun ("quoting the health ministry",
// "citing the police") is a source the participial adjunct cites, tagged NN (EWT, the parse26b
// pair) or NNP (the EWT-only pair's reading); a reason ("citing the weather") is none (citable).
func TestCitableStateBody(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents, err := conllu.ReadAll(strings.NewReader(citableBodyTrees), "citableBodyTrees")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"ministry-nn": "agency→ministry", "ministry-nnp": "agency→ministry", "police-nn": "broadcaster→police", "weather-nn": ""}
	if len(sents) != len(want) {
		t.Fatalf("%d trees, want %d", len(sents), len(want))
	}
	for _, s := range sents {
		id := strings.TrimPrefix(s.Comments[0], "# id = ")
		toks := FromCoNLLU(s)
		got := ""
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Cites {
				got = form(toks, m.Source) + "→" + form(toks, m.Target)
			}
		}
		if got != want[id] {
			t.Errorf("%s: CITES %q, want %q;%s", id, got, want[id], describe(toks, lx.Match(toks)))
		}
	}
}
