package conllu

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// Sentences of our own, in EWT's conventions.
const sample = `# sent_id = own-1
# text = They don't agree.
1	They	they	PRON	PRP	Case=Nom|Number=Plur	3	nsubj	3:nsubj	_
2-3	don't	_	_	_	_	_	_	_	_
2	do	do	AUX	VBP	Mood=Ind	4	aux	4:aux	_
3	n't	not	PART	RB	Polarity=Neg	4	advmod	4:advmod	_
4	agree	agree	VERB	VB	VerbForm=Inf	0	root	0:root	SpaceAfter=No
5	.	.	PUNCT	.	_	4	punct	4:punct	_

# sent_id = own-2
# text = Minister quit.
1	Minister	minister	NOUN	NN	Number=Sing	2	nsubj	2:nsubj	_
2	quit	quit	VERB	VBD	Tense=Past	0	root	0:root	SpaceAfter=No
3	.	.	PUNCT	.	_	2	punct	2:punct	_

`

func TestRoundTrip(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 2 {
		t.Fatalf("got %d sentences, want 2", len(ss))
	}
	var buf bytes.Buffer
	if err := WriteAll(&buf, ss); err != nil {
		t.Fatal(err)
	}
	if buf.String() != sample {
		t.Errorf("round trip differs:\n%s\nwant:\n%s", buf.String(), sample)
	}
}

func TestFields(t *testing.T) {
	ss, err := ReadAll(strings.NewReader(sample), "sample")
	if err != nil {
		t.Fatal(err)
	}
	s := ss[0]
	if s.Text() != "They don't agree." || s.SentID() != "own-1" {
		t.Errorf("comments: text %q id %q", s.Text(), s.SentID())
	}
	if len(s.Words) != 5 {
		t.Fatalf("got %d words, want 5 (the multiword line is not a word)", len(s.Words))
	}
	if len(s.MultiWords) != 1 || s.MultiWords[0].First != 2 || s.MultiWords[0].Last != 3 || s.MultiWords[0].Form != "don't" {
		t.Errorf("multiword: %+v", s.MultiWords)
	}
	w := s.Words[2]
	if w.Form != "n't" || w.Lemma != "not" || w.UPOS != "PART" || w.Head != 4 || w.DepRel != "advmod" {
		t.Errorf("word 3: %+v", w)
	}
}

func TestEmptyNodesSkipped(t *testing.T) {
	in := "1\tI\tI\tPRON\tPRP\t_\t2\tnsubj\t2:nsubj\t_\n" +
		"2\tsaw\tsee\tVERB\tVBD\t_\t0\troot\t0:root\t_\n" +
		"2.1\tsaw\tsee\tVERB\tVBD\t_\t_\t_\t0:root\tCopyOf=2\n" +
		"3\tit\tit\tPRON\tPRP\t_\t2\tobj\t2:obj\t_\n"
	ss, err := ReadAll(strings.NewReader(in), "t")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) != 1 || len(ss[0].Words) != 3 || ss[0].Words[2].Form != "it" {
		t.Fatalf("empty node not skipped: %+v", ss)
	}
}

func TestErrors(t *testing.T) {
	for name, in := range map[string]string{
		"columns":  "1\tI\tI\n",
		"id":       "x\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n",
		"sequence": "2\tI\tI\tPRON\tPRP\t_\t0\troot\t_\t_\n",
		"head":     "1\tI\tI\tPRON\tPRP\t_\tz\troot\t_\t_\n",
		"beyond":   "1\tI\tI\tPRON\tPRP\t_\t5\troot\t_\t_\n",
		"range":    "3-1\tx\t_\t_\t_\t_\t_\t_\t_\t_\n",
	} {
		_, err := ReadAll(strings.NewReader(in), "bad.conllu")
		if err == nil || !strings.Contains(err.Error(), "bad.conllu") {
			t.Errorf("%s: want an error naming the file, got %v", name, err)
		}
	}
}

func TestNextEOF(t *testing.T) {
	r := NewReader(strings.NewReader("\n\n"), "")
	if _, err := r.Next(); err != io.EOF {
		t.Errorf("want io.EOF, got %v", err)
	}
}

func TestUnannotatedHead(t *testing.T) {
	in := "1\tHi\t_\t_\t_\t_\t_\t_\t_\t_\n"
	ss, err := ReadAll(strings.NewReader(in), "t")
	if err != nil {
		t.Fatal(err)
	}
	if ss[0].Words[0].Head != -1 {
		t.Errorf("head %d, want -1", ss[0].Words[0].Head)
	}
	var buf bytes.Buffer
	WriteAll(&buf, ss)
	if buf.String() != in+"\n" {
		t.Errorf("got %q", buf.String())
	}
}
