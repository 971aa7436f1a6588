package text

import (
	"reflect"
	"testing"
)

func TestTokenize(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"China\u2019s Ministry of Commerce", []string{"China", "\u2019s", "Ministry", "of", "Commerce"}},
		{"Officials don't expect it.", []string{"Officials", "do", "n't", "expect", "it", "."}},
		{"the U.S.'s demand and U.S.-China talks", []string{"the", "U.S.", "'s", "demand", "and", "U.S.", "-", "China", "talks"}},
		{"Mr. Ruan met Dr. Okafor in Washington, D.C. today.", []string{"Mr.", "Ruan", "met", "Dr.", "Okafor", "in", "Washington", ",", "D.C.", "today", "."}},
		{"tariffs on $150 billion, or 2,000.5 tons (16%)", []string{"tariffs", "on", "$", "150", "billion", ",", "or", "2,000.5", "tons", "(", "16", "%", ")"}},
		{"\u201cWe will not sign,\u201d she said.", []string{"\u201c", "We", "will", "not", "sign", ",", "\u201d", "she", "said", "."}},
		{"``Enough'' group, SPLM/A and al-Bashir", []string{"``", "Enough", "''", "group", ",", "SPLM/A", "and", "al-Bashir"}},
		{"North Brabant-based ASML", []string{"North", "Brabant-based", "ASML"}},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range Tokenize([]rune(c.in), 0) {
			got = append(got, tk.Text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokenize(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestTokenizeOffsetsAndFlags(t *testing.T) {
	in := []rune("Él dijo: «Beijing’s ZTE» al-Bashir")
	toks := Tokenize(in, 100)
	for _, tk := range toks {
		if got := string(in[tk.Start-100 : tk.End-100]); got != tk.Text {
			t.Errorf("token %q at %d..%d reads %q", tk.Text, tk.Start, tk.End, got)
		}
	}
	byText := map[string]Token{}
	for _, tk := range toks {
		byText[tk.Text] = tk
	}
	if !byText["ZTE"].AllCaps || !byText["ZTE"].Cap || !byText["al-Bashir"].Cap || byText["dijo"].Cap {
		t.Errorf("flags wrong: %+v", byText)
	}
	if byText["’s"].Lower != "'s" {
		t.Errorf("possessive not folded: %q", byText["’s"].Lower)
	}
}
