package tokenize

import (
	"flag"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/syntax/conllu"
)

// forms renders tokens as words separated by spaces, with "+" joining the parts of a fused
// (multiword) token: "do+n't".
func forms(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		b.WriteString(t.Form)
		if t.Fused {
			b.WriteString("+")
		} else if i < len(toks)-1 {
			b.WriteString(" ")
		}
	}
	return b.String()
}

func TestTokenize(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"I don't know.", "I do+n't know ."},
		{"We can't and won't.", "We ca+n't and wo+n't ."},
		{"China's economy grew.", "China+'s economy grew ."},
		{"China’s economy", "China+’s economy"},
		{"I'm sure they'll say it's fine; we've seen what you'd do.", "I+'m sure they+'ll say it+'s fine ; we+'ve seen what you+'d do ."},
		{"You cannot go, I'm gonna stay.", "You can+not go , I+'m gon+na stay ."},
		{"I dont care", "I do+nt care"},
		{"the players' union", "the players+' union"},
		{"The U.S. and the U.K. agreed.", "The U.S. and the U.K. agreed ."},
		{"Mr. Smith met Dr. Jones at 5 p.m. today.", "Mr. Smith met Dr. Jones at 5 p.m. today ."},
		{"John F. Kennedy", "John F. Kennedy"},
		{"So did I.", "So did I ."},
		{"apples, pears, etc.", "apples , pears , etc."},
		{"a fault-finding e-mail from a non-human co-worker", "a fault - finding e-mail from a non-human co-worker"},
		{"a well-known long-term plan", "a well - known long - term plan"},
		{"call 555-1234 in 2001-2002", "call 555-1234 in 2001-2002"},
		{`He said "no" (twice).`, `He said " no " ( twice ) .`},
		{"“Yes,” she said.", "“ Yes , ” she said ."},
		{"Really?! Wow!!! Hmm...", "Really ?! Wow !!! Hmm ..."},
		{"It costs $5, up 10%.", "It costs $ 5 , up 10 % ."},
		{"1,000.50 and 3.5 and 10:30", "1,000.50 and 3.5 and 10:30"},
		{"at 5pm and 11:30am", "at 5 pm and 11:30 am"},
		{"and/or w/o 1/2/2003", "and / or w/o 1/2/2003"},
		{"See http://example.com/a-b?c=d.", "See http://example.com/a-b?c=d ."},
		{"Mail me at jane.doe@example.org!", "Mail me at jane.doe@example.org !"},
		{"visit www.un.org, then un.org.", "visit www.un.org , then un.org ."},
		{"Great :) thanks :-(", "Great :) thanks :-("},
		{"wait...what", "wait ... what"},
		{"", ""},
		{"   \n\t ", ""},
		{"...", "..."},
		{"'90s music 'cause", "'90s music 'cause"},
	} {
		if got := forms(Tokenize(c.in)); got != c.want {
			t.Errorf("Tokenize(%q)\n got  %s\n want %s", c.in, got, c.want)
		}
	}
}

func TestOffsetsAndSpaceAfter(t *testing.T) {
	text := "Ünïcode “quotes” don't—break.\nNext"
	toks := Tokenize(text)
	rs := []rune(text)
	for i, tk := range toks {
		if got := string(rs[tk.Start:tk.End]); got != tk.Form {
			t.Errorf("token %d %q: text[%d:%d] = %q", i, tk.Form, tk.Start, tk.End, got)
		}
		wantSpace := tk.End < len(rs) && (rs[tk.End] == ' ' || rs[tk.End] == '\n')
		if tk.SpaceAfter != wantSpace && i < len(toks)-1 {
			t.Errorf("token %d %q: SpaceAfter %v, want %v", i, tk.Form, tk.SpaceAfter, wantSpace)
		}
	}
	if toks[0].Form != "Ünïcode" || toks[0].End != 7 {
		t.Errorf("first token %+v: offsets must count code points, not bytes", toks[0])
	}
}

func TestSentences(t *testing.T) {
	text := "He left. She stayed home."
	got := Sentences(text, [][2]int{{0, 8}, {9, 25}, {30, 40}, {5, 2}})
	if len(got) != 4 {
		t.Fatalf("%d sentences, want 4", len(got))
	}
	if forms(got[0]) != "He left ." || forms(got[1]) != "She stayed home ." || len(got[2]) != 0 || len(got[3]) != 0 {
		t.Errorf("got %q / %q / %d / %d", forms(got[0]), forms(got[1]), len(got[2]), len(got[3]))
	}
	if got[1][0].Start != 9 || got[1][3].End != 25 {
		t.Errorf("offsets not into the whole text: %+v", got[1])
	}
	if !got[0][2].SpaceAfter {
		t.Error("a sentence followed by a space should end with SpaceAfter")
	}
}

var ewtFile = flag.String("ewt", "../testdata/ewt-test-slice.conllu", "CoNLL-U file whose \"# text\" lines TestEWTAgreement tokenizes")

// TestEWTAgreement compares with the tokens of the committed EWT test slice (CC BY-SA 4.0, see
// ../testdata/README.md), or of the file given with -ewt. On the full dev set
//
//	go test ./syntax/tokenize -run EWTAgreement -v -args -ewt $PWD/../shared/treebanks/UD_English-EWT/en_ewt-ud-dev.conllu
//
// (from the repository root; the test runs in syntax/tokenize, so give an absolute path) gives
// surface-token F1 0.9940 and 98.94% of words in identically split tokens; the floors catch
// regressions.
func TestEWTAgreement(t *testing.T) {
	ss, err := conllu.ReadFile(*ewtFile)
	if err != nil {
		t.Fatal(err)
	}
	var tot Agreement
	for _, s := range ss {
		tot.Add(Compare(s.Text(), Reference(s)))
	}
	t.Logf("%s: surface tokens gold %d predicted %d matched %d, F1 %.4f; words in identically split tokens %d/%d = %.4f; unaligned sentences %d",
		*ewtFile, tot.Gold, tot.Predicted, tot.Matched, tot.F1(), tot.WordsMatched, tot.WordsGold,
		float64(tot.WordsMatched)/float64(tot.WordsGold), tot.Unaligned)
	if tot.F1() < 0.98 || float64(tot.WordsMatched) < 0.97*float64(tot.WordsGold) || tot.Unaligned > len(ss)/20 {
		t.Errorf("agreement with EWT below the floors (F1 0.98, words 0.97, unaligned ≤ 5%%)")
	}
}

func TestCompareUnaligned(t *testing.T) {
	if a := Compare("a b", []Surface{{Form: "x", Words: []string{"x"}}}); a.Unaligned != 1 || a.Gold != 0 {
		t.Errorf("got %+v", a)
	}
	a := Compare("I don't", []Surface{{"I", []string{"I"}}, {"don't", []string{"do", "n't"}}})
	if a.Matched != 2 || a.WordsMatched != 3 || a.F1() != 1 {
		t.Errorf("got %+v", a)
	}
}

// FuzzTokenize: never panics; tokens are in order, non-empty, without white space, and each
// one's Form is exactly the text between its offsets.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"I don't know.", "“Yes,” he said...", "a-b-c--d", "''''", "U.S.", "\xff\xfeé", ":-)", "x'", "'s", "http://a.b/(c)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		rs := []rune(text)
		prev := 0
		for i, tk := range Tokenize(text) {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(rs) {
				t.Fatalf("token %d %+v: bad offsets (previous end %d, text %d code points)", i, tk, prev, len(rs))
			}
			if string(rs[tk.Start:tk.End]) != tk.Form {
				t.Fatalf("token %d: Form %q but text has %q", i, tk.Form, string(rs[tk.Start:tk.End]))
			}
			if strings.ContainsFunc(tk.Form, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' }) {
				t.Fatalf("token %d %q contains white space", i, tk.Form)
			}
			prev = tk.End
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	ss, err := conllu.ReadFile("../testdata/ewt-test-slice.conllu")
	if err != nil {
		b.Fatal(err)
	}
	var texts []string
	words := 0
	for _, s := range ss {
		texts = append(texts, s.Text())
		words += len(s.Words)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, t := range texts {
			Tokenize(t)
		}
	}
	b.ReportMetric(float64(words)*float64(b.N)/b.Elapsed().Seconds(), "words/s")
}

func TestPunctuationRuns(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"--", "--"},
		{"(( yes ))", "(( yes ))"},
		{"''hi''", "'' hi ''"},
		{"x --", "x --"},
	} {
		if got := forms(Tokenize(c.in)); got != c.want {
			t.Errorf("Tokenize(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
