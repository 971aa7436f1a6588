package loader

import "testing"

// A document noun as subject ("The communiqué urged …") and a sentence-initial "it" that
// continues it ("It called on …") act for the document's issuer named before
// (relation_docsource.go); "it" after a sentence about anything else keeps the ordinary
// pronoun reading.
func TestDocumentSubject(t *testing.T) {
	runCases(t, []exCase{
		{"the communiqué, spelled with its accent, urged",
			"MADRID, May 4, 2026 — Spain's government issued a communiqué on Monday after the cabinet met.\n\nThe communiqué urged Morocco to reopen the customs post at Ceuta.",
			[]string{"DEMANDS Spain -> customs post"}},
		{"it continues the statement's subject",
			"ANKARA, April 3, 2026 — Turkey's foreign ministry issued a statement on Tuesday about the clashes in northern Syria.\n\nThe statement urged Syria to halt its offensive around Idlib.\n\nIt called on Russia to use its influence on Damascus.",
			[]string{"DEMANDS Foreign Ministry (Turkey) -> influence on Damascus", "!DEMANDS Syria -> influence"}},
		{"it after a sentence about a country is the country",
			"ANKARA, April 3, 2026 — Turkey's foreign ministry issued a statement on Tuesday about the clashes in northern Syria.\n\nSyria has massed troops near Idlib.\n\nIt called on Russia to send more air defence systems.",
			[]string{"DEMANDS Syria -> air defence", "!DEMANDS Foreign Ministry (Turkey) -> air defence"}},
		{"it after the spokesman is no document",
			"ANKARA, April 3, 2026 — Turkey's foreign ministry issued a statement on Tuesday about the clashes in northern Syria.\n\nThe spokesman urged Syria to halt its offensive around Idlib.\n\nIt called on Russia to use its influence on Damascus.",
			[]string{"!DEMANDS Foreign Ministry (Turkey) -> influence on Damascus"}},
	})
}
