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

// "the group" takes an organization Phoenix codes as rebels whatever its name's head
// (rebelCoded), never another party; on invented sentences.
func TestRebelGroupDescription(t *testing.T) {
	runCases(t, []exCase{
		{"the group: a rebel party", "The Kurdistan Workers' Party freed two Turkish soldiers on Friday. The group urged Ankara to open peace talks.",
			[]string{"DEMANDS Kurdistan Workers' Party -> Turkey"}},
		{"near miss: a party no dictionary codes as rebels is no group", "Turkey's Republican People's Party won the Istanbul vote. The group urged Ankara to hold early elections.",
			[]string{"!DEMANDS Republican People's Party"}},
	})
}
