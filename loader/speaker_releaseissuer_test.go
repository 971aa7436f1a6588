package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestReleaseIssuer: a release whose heading names no speaker (discourse title:release) speaks
// in its issuer's voice: "we" and its unattributed directives are the issuer's, the state of the
// page's publisher, of a "Source:" credit line naming one body, or of the state the release names
// as itself ("Japan firmly supports …": selfReference, a stance verb in the present). Near misses: the same release with no
// evidence of its issuer makes no stance of anyone, and a news story's quoted "we" stays the
// quoted speaker's.
func TestReleaseIssuer(t *testing.T) {
	body := "Statement on the Detention of Lawyers in Veldland\n\n4 June 2031\n\n" +
		"We condemn the detention of twelve lawyers in the capital of Veldland.\n\n" +
		"The detained lawyers must be released without delay.\n"
	cases := []struct {
		name string
		doc  input.Document
		want []string
	}{
		{"the publisher's state", input.Document{Source: "a.txt", Outlet: "Ministry of Foreign Affairs of Norway", Text: body},
			[]string{"OPPOSES Norway -> detention", "DEMANDS Norway -> lawyers", "CLAIMS Norway -> condemn"}},
		{"a Source line", input.Document{Source: "b.txt", Text: body + "\nSource: Ministry for Foreign Affairs of Finland\n"},
			[]string{"OPPOSES Finland -> detention", "DEMANDS Finland -> lawyers"}},
		{"the state the release names as itself", input.Document{Source: "c.txt", Text: body + "\nJapan firmly supports the independence of the legal profession.\n"},
			[]string{"OPPOSES Japan -> detention", "DEMANDS Japan -> lawyers"}},
		{"near miss: no evidence of the issuer", input.Document{Source: "d.txt", Text: body},
			[]string{"!OPPOSES Veldland -> detention", "!DEMANDS Veldland -> lawyers"}},
		{"near miss: a news story's quotation", input.Document{Source: "e.txt", Text: "Lawyers detained in Veldland\n\n" +
			"OSLO, June 4 (Nordwire) - Twelve lawyers were detained in Veldland, their families said.\n\n" +
			"\"We condemn the detention of our colleagues,\" said Ole Brun, head of the Oslo bar association.\n"},
			[]string{"OPPOSES Ole Brun -> detention", "!OPPOSES Norway -> detention"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { checkExpect(t, extractDoc(t, c.doc), c.want) })
	}
}
