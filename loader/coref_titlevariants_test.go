package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/coref"
)

// TestTitleFormOf: the gendered and neutral forms of one role noun are one office ("the
// spokesperson" refers to Spokeswoman X, "the chair" to Chairman Y); other nouns sharing letters
// are not ("woman"/"man", "chairman"/"manager", "spokesperson"/"chairperson").
func TestTitleFormOf(t *testing.T) {
	for _, c := range []struct {
		title, w string
		want     bool
	}{
		{"Spokeswoman", "spokesperson", true},
		{"Foreign Ministry Spokesman", "spokeswoman", true},
		{"Chairwoman", "chair", true},
		{"Chairman of the Board", "chairperson", true},
		{"Congresswoman", "congressman", true},
		{"Spokeswoman", "spokeswoman", false}, // the same form: strings.Contains' case
		{"Chairman", "manager", false},
		{"Spokesperson", "chairperson", false},
		{"Woman", "man", false},
		{"Chairman", "person", false},
	} {
		if got := coref.TitleFormOf(c.title, c.w); got != c.want {
			t.Errorf("titleFormOf(%q, %q) = %v, want %v", c.title, c.w, got, c.want)
		}
	}
}

// TestRoleFormCoreference: "The spokesperson said …" after "Spokeswoman X …" is X's claim; with a
// chairman named after her, "the spokesperson" still takes her, not him. Invented documents.
func TestRoleFormCoreference(t *testing.T) {
	runCases(t, []exCase{
		{"neutral form after the feminine", "Spokeswoman Ada Morrow rejected the report on Monday.\n\n" +
			"The spokesperson said the navy had acted within the law.",
			[]string{"CLAIMS Ada Morrow -> the navy had acted within the law"}},
		{"near miss: another office named in between", "Spokeswoman Ada Morrow rejected the report on Monday. Chairman Piet Aalders declined to comment.\n\n" +
			"The spokesperson said the navy had acted within the law.",
			[]string{"CLAIMS Ada Morrow -> the navy had acted within the law", "!CLAIMS Piet Aalders -> the navy"}},
	})
}
