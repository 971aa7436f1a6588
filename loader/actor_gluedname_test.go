package loader

import "testing"

// TestGluedNames: a body's name with its member's name glued on without a comma ("<Body>
// <Name>", "<Body> <Sub-body> <Name>") is split where the personal name's shape begins: the body
// and the person are two nodes (actor_gluedname.go). Near misses: a body whose name ends in a
// place's name ("Bank Negara Malaysia"), a head-first name ("Bank Rakyat Sentosa") and a title
// between body and name stay as they were.
func TestGluedNames(t *testing.T) {
	runCases(t, []exCase{
		{"a ministry and its spokesman", "Ministry of Foreign Affairs Kim Min-jun said the talks would resume next month.",
			[]string{"PERSON Kim Min-jun", "GOVERNMENT Ministry of Foreign Affairs", "!actor Ministry of Foreign Affairs Kim Min-jun"}},
		{"a council and its secretary", "The statement was read by Supreme Security Council Ahmed Karimi on Tuesday.",
			[]string{"PERSON Ahmed Karimi", "!actor Supreme Security Council Ahmed Karimi"}},
		{"a bureau of a ministry and its director", "Questions were answered by the Trade Ministry Export Control Bureau Sato Hiroshi, who said the rules would take effect in April.",
			[]string{"PERSON Sato Hiroshi", "!actor Trade Ministry Export Control Bureau Sato Hiroshi"}},
		{"near misses: a place ending a bank's name, a head-first name, a title", "Bank Negara Malaysia raised its policy rate. Bank Rakyat Sentosa cut its fees. Central Bank Governor Maria Lopez said rates would stay unchanged.",
			[]string{"!actor Negara Malaysia", "!actor Rakyat Sentosa", "PERSON Maria Lopez", "role Maria Lopez = Governor"}},
	})
}

// TestSlashPortfolio: a portfolio set after a title by a slash ("Secretary / Foreign Affairs
// Maria Santos") is the role's tail, no part of the person's name (actor_gluedname.go,
// slashPortfolioEnd). Near misses: a slash between two names, a portfolio before a title.
func TestSlashPortfolio(t *testing.T) {
	runCases(t, []exCase{
		{"a portfolio after a slash", "Secretary / Foreign Affairs Maria Santos will attend the talks. Director/Energy Ravi Menon opened the fair.",
			[]string{"PERSON Maria Santos", "!actor Foreign Affairs Maria Santos", "PERSON Ravi Menon", "!actor Energy Ravi Menon"}},
		{"near misses", "The report was written by Karen Holt / Peter Vance for the institute. Foreign Affairs Minister Ana Costa spoke.",
			[]string{"PERSON Peter Vance", "PERSON Ana Costa"}},
	})
}
