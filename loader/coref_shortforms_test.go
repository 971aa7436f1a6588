package loader

import "testing"

// Coreference of multi-word names (coref_shortforms.go), on invented sentences.
func TestMultiWordCorefRules(t *testing.T) {
	runCases(t, []exCase{
		// coref:org-short-form
		{"short form of a company with a place word", "Workers at Kestrel Valley Mining, a copper producer, walked out. Kestrel Valley, which employs 900 people, said the mine would stay open.",
			[]string{"ORGANIZATION Kestrel Valley Mining", "alias Kestrel Valley Mining = Kestrel Valley", "CLAIMS Kestrel Valley Mining -> mine would stay open"}},
		{"short form of a company taken for a person", "Harlan Boyd Shipping lost a port contract on Monday. Harlan Boyd said it would appeal the ruling.",
			[]string{"ORGANIZATION Harlan Boyd Shipping", "!PERSON Harlan Boyd", "CLAIMS Harlan Boyd Shipping -> appeal the ruling"}},
		{"a place run that opens no organization is no actor", "Farmers in Eastern Highlands lost their crops. Eastern Highlands officials asked for aid.",
			[]string{"!actor Eastern Highlands"}},
		{"a foundation named after a person keeps the person", "Mara Quist criticized the budget. The Mara Quist Foundation gave 2 million dollars.",
			[]string{"PERSON Mara Quist", "ORGANIZATION Mara Quist Foundation"}},
		// coref:surname with several words
		{"surname of several words", "Ahmed Salem Ould Baba met the envoy on Friday. Ould Baba said the talks were useful.",
			[]string{"PERSON Ahmed Salem Ould Baba", "alias Ahmed Salem Ould Baba = Ould Baba", "CLAIMS Ahmed Salem Ould Baba -> talks were useful"}},
		{"two-word surname after a three-word name", "Carmen Lucia Ruiz Tagle chaired the panel. Ruiz Tagle said the report was final.",
			[]string{"PERSON Carmen Lucia Ruiz Tagle", "!PERSON Ruiz Tagle"}},
		// hyphenated places
		{"hyphenated place names are no persons", "In Port-Gentil, dockers welcomed the minister's decision. Traders in Saint-Denis, the island's capital, agreed.",
			[]string{"!actor Port-Gentil", "!actor Saint-Denis"}},
	})
}
