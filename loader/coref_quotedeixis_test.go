package loader

import "testing"

// Direct speech keeps its speaker's deixis (coref/quotedeixis.go; Quirk et al. 1985, 14.31–14.33):
// a he/she inside a quotation is not the quotation's speaker, and the subject pronoun of a
// quotation's attribution ("“…,” he said") is nobody the quotation names in the third person.
func TestQuoteDeixis(t *testing.T) {
	runCases(t, []exCase{
		{"he inside a quotation is not its speaker",
			"Farm groups met Trade Minister Paul Dane in Ottawa on Friday.\n\n\"Paul Dane has been a friend of farmers,\" said Mark Tillman, president of the growers' union. \"He opposed the new dairy quotas last year.\"",
			[]string{"OPPOSES Paul Dane -> dairy quotas", "!OPPOSES Mark Tillman -> dairy quotas"}},
		{"she inside a quotation of several sentences, speaker named first",
			"Union leader Omar Haddad spoke after the vote.\n\n\"Governor Ines Calder knows this region,\" Haddad said. \"She has always backed the rail link. She supports the new port too.\"",
			[]string{"SUPPORTS Ines Calder -> port", "!SUPPORTS Omar Haddad -> port"}},
		{"the attribution's he is not the person the quotation names",
			"Former Governor Paul Dane spoke on radio in Halifax on Tuesday.\n\nHe has backed candidates of both parties.\n\n\"Maria Lund is my choice. Maria Lund understands the fishing towns. I will vote for her,\" he said.",
			[]string{"CLAIMS Paul Dane -> Maria Lund is my choice", "!CLAIMS Maria Lund -> Maria Lund is my choice"}},
		{"must not: the sentence after the quotation may take a person it named",
			"\"Ms. Lund is my choice,\" Paul Dane said on Tuesday. She opposed the toll road in the legislature.",
			[]string{"OPPOSES Lund -> toll road"}},
		{"must not: a he inside a quotation with nobody but its speaker stays unresolved",
			"\"He opposed the dairy quotas from the start,\" said Mark Tillman on Friday.",
			[]string{"!OPPOSES Mark Tillman -> dairy quotas"}},
	})
}
