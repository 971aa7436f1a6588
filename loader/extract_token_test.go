package loader

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
		for _, tk := range tokenize([]rune(c.in), 0) {
			got = append(got, tk.text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("tokenize(%q)\n got %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestTokenizeOffsetsAndFlags(t *testing.T) {
	in := []rune("Él dijo: «Beijing’s ZTE» al-Bashir")
	toks := tokenize(in, 100)
	for _, tk := range toks {
		if got := string(in[tk.start-100 : tk.end-100]); got != tk.text {
			t.Errorf("token %q at %d..%d reads %q", tk.text, tk.start, tk.end, got)
		}
	}
	byText := map[string]token{}
	for _, tk := range toks {
		byText[tk.text] = tk
	}
	if !byText["ZTE"].allCaps || !byText["ZTE"].cap || !byText["al-Bashir"].cap || byText["dijo"].cap {
		t.Errorf("flags wrong: %+v", byText)
	}
	if byText["’s"].lower != "'s" {
		t.Errorf("possessive not folded: %q", byText["’s"].lower)
	}
}
