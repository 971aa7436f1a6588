package loader

import "testing"

// Agreement in kind by the dictionary (coref_dictkind.go): a name found by word shape alone that
// Phoenix lists only as an organization takes "it", though coreference runs before the kind is
// corrected; on invented sentences.
func TestDictionaryKindAgreement(t *testing.T) {
	runCases(t, []exCase{
		{"it: a name the dictionary knows as an organization, though a speaker", "Nigeria's army freed 30 villagers in Borno state on Sunday. \u201cWe will strike again,\u201d Boko Haram said. It vowed revenge.",
			[]string{"THREATENS Boko Haram -> revenge", "!THREATENS Army"}},
		{"near miss: a person named by a title keeps he, not it", "Nigeria's army freed 30 villagers in Borno state on Sunday. \u201cWe will strike again,\u201d rebel commander Musa Bello said. It vowed revenge.",
			[]string{"!THREATENS Musa Bello -> revenge"}},
	})
}
