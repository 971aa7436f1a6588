package frames

import (
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// moneyRecipientTrees: a gift of money with a to-phrase recipient and a for-phrase of purpose,
// the two phrases on the measured noun "aid" (UD nmod: the parse26b pair) or on the verb (obl:
// the EWT-only pair); an ISO 4217 code heading the amount (UD: "NOK" with the nummod "200
// million", the parse26b pair) read as a currency sign is; and a for-phrase beneficiary with no
// recipient.
const moneyRecipientTrees = `# id = recipient-on-noun
# text = Qatar pledged $20 million in aid to Lebanon for its army.
1	Qatar	Qatar	PROPN	NNP	_	2	nsubj	_	_
2	pledged	pledge	VERB	VBD	_	0	root	_	_
3	$	$	SYM	$	_	2	obj	_	_
4	20	20	NUM	CD	_	5	compound	_	_
5	million	million	NUM	CD	_	3	nummod	_	_
6	in	in	ADP	IN	_	7	case	_	_
7	aid	aid	NOUN	NN	_	2	obl	_	_
8	to	to	ADP	IN	_	9	case	_	_
9	Lebanon	Lebanon	PROPN	NNP	_	7	nmod	_	_
10	for	for	ADP	IN	_	12	case	_	_
11	its	its	PRON	PRP$	_	12	nmod:poss	_	_
12	army	army	NOUN	NN	_	7	nmod	_	_
13	.	.	PUNCT	.	_	2	punct	_	_

# id = recipient-on-verb
# text = Qatar pledged $20 million in aid to Lebanon for its army.
1	Qatar	Qatar	PROPN	NNP	_	2	nsubj	_	_
2	pledged	pledge	VERB	VBD	_	0	root	_	_
3	$	$	SYM	$	_	2	obj	_	_
4	20	20	NUM	CD	_	5	compound	_	_
5	million	million	NUM	CD	_	3	nummod	_	_
6	in	in	ADP	IN	_	7	case	_	_
7	aid	aid	NOUN	NN	_	2	obl	_	_
8	to	to	ADP	IN	_	9	case	_	_
9	Lebanon	Lebanon	PROPN	NNP	_	2	obl	_	_
10	for	for	ADP	IN	_	12	case	_	_
11	its	its	PRON	PRP$	_	12	nmod:poss	_	_
12	army	army	NOUN	NN	_	2	obl	_	_
13	.	.	PUNCT	.	_	2	punct	_	_

# id = currency-code-head
# text = Norway pledged NOK 200 million in aid to Ghana.
1	Norway	Norway	PROPN	NNP	_	2	nsubj	_	_
2	pledged	pledge	VERB	VBD	_	0	root	_	_
3	NOK	NOK	PROPN	NNP	_	2	obj	_	_
4	200	200	NUM	CD	_	5	compound	_	_
5	million	million	NUM	CD	_	3	nummod	_	_
6	in	in	ADP	IN	_	7	case	_	_
7	aid	aid	NOUN	NN	_	2	obl	_	_
8	to	to	ADP	IN	_	9	case	_	_
9	Ghana	Ghana	PROPN	NNP	_	7	nmod	_	SpaceAfter=No
10	.	.	PUNCT	.	_	2	punct	_	_

# id = beneficiary-no-recipient
# text = Japan announced $40 million in aid for flood victims.
1	Japan	Japan	PROPN	NNP	_	2	nsubj	_	_
2	announced	announce	VERB	VBD	_	0	root	_	_
3	$	$	SYM	$	_	2	obj	_	_
4	40	40	NUM	CD	_	5	compound	_	_
5	million	million	NUM	CD	_	3	nummod	_	_
6	in	in	ADP	IN	_	7	case	_	_
7	aid	aid	NOUN	NN	_	2	obl	_	_
8	for	for	ADP	IN	_	10	case	_	_
9	flood	flood	NOUN	NN	_	10	compound	_	_
10	victims	victim	NOUN	NNS	_	7	nmod	_	_
11	.	.	PUNCT	.	_	2	punct	_	_

`

// TestMoneyRecipientBeforePurpose: the to-phrase recipient of a gift of money is the offer's
// target before a for-phrase, on the verb or on the measured noun alike (moneyPurpose; Quirk et
// al. 1985, 10.6, 9.49); with no recipient the for-phrase beneficiary is (9.58).
func TestMoneyRecipientBeforePurpose(t *testing.T) {
	lx, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents, err := conllu.ReadAll(strings.NewReader(moneyRecipientTrees), "moneyRecipientTrees")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"recipient-on-noun": "Qatar→Lebanon", "recipient-on-verb": "Qatar→Lebanon", "currency-code-head": "Norway→Ghana", "beneficiary-no-recipient": "Japan→victims"}
	if len(sents) != len(want) {
		t.Fatalf("%d trees, want %d", len(sents), len(want))
	}
	for _, s := range sents {
		id := strings.TrimPrefix(s.Comments[0], "# id = ")
		toks := FromCoNLLU(s)
		var got []string
		for _, m := range lx.Match(toks) {
			if m.Type == graph.Offers {
				got = append(got, form(toks, m.Source)+"→"+form(toks, m.Target))
			}
		}
		if len(got) != 1 || got[0] != want[id] {
			t.Errorf("%s: OFFERS %q, want %q;%s", id, got, want[id], describe(toks, lx.Match(toks)))
		}
	}
}

// TestCurrencyCode: an ISO 4217 alphabetic code in capitals is a currency code (currencyCode);
// an acronym that is none, a lower-case word and a longer word are not.
func TestCurrencyCode(t *testing.T) {
	for form, want := range map[string]bool{"NOK": true, "USD": true, "EUR": true, "CHF": true, "GDP": false, "NATO": false, "nok": false, "UN": false} {
		if got := currencyCode(form); got != want {
			t.Errorf("currencyCode(%q) = %v, want %v", form, got, want)
		}
	}
}
