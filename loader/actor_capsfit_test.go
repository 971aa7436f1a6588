package loader

import "testing"

// TestSentenceInitialCountryCaps checks that a country name written in capitals after a
// sentence-initial "The" ("The U.S. imposed …") counts as the article naming that country
// (capsFit, doc_words.go): a title's implied body takes the article's one named country, and a
// second country in the article no longer passes for the only one. Sentences written for the
// test; near misses: no country named, and a capitalized "Us" that is no US.
func TestSentenceInitialCountryCaps(t *testing.T) {
	runCases(t, []exCase{
		{"the article's one named country after a sentence-initial The",
			"The U.S. imposed sanctions on Monday. Commerce Secretary Lena Hardcastle said the firms must stop.",
			[]string{"PERSON Lena Hardcastle", "country Lena Hardcastle = USA"}},
		{"with a second country named, it is no longer the one named country",
			"The U.S. Treasury Department fined the firms. Treasury Secretary Dana Whitlow said Mexico must act.",
			[]string{"PERSON Dana Whitlow", "!country Dana Whitlow = MEX"}},
		{"no country named: no country",
			"The sanctions began on Monday. Commerce Secretary Lena Hardcastle said the firms must stop.",
			[]string{"PERSON Lena Hardcastle", "!country Lena Hardcastle = USA"}},
		{"a capitalized Us in a title is no US",
			"\"The Us and Them Tour\" opened on Monday. Commerce Secretary Lena Hardcastle said the firms must stop.",
			[]string{"PERSON Lena Hardcastle", "!country Lena Hardcastle = USA"}},
	})
}
