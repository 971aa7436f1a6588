package loader

import "testing"

func TestLex(t *testing.T) {
	lx, err := loadLexicons(nil)
	var le *LexiconError
	if err != nil && lx == nil && le == nil {
		t.Fatal(lexCues, lexTokens("U.S."))
	}
}
