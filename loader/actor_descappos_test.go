package loader

import "testing"

// TestCompanyNotPerson (hints14 B junk: a company name typed PERSON): a two-word name set as
// the appositive of a company description ("the country's largest carmaker, Hanwha Ocean,") or
// owning a company officer's title ("Mirela Daskal's chief executive Tom Reed") is an
// ORGANIZATION. Near misses: a name after a comma that a verb follows is an attribution's
// subject ("the company, Mark Lee said"); a description headed by a person's title ("the
// company's founder, Ana Ruiz,") gives a person; a founder's possessor stays a person.
func TestCompanyNotPerson(t *testing.T) {
	runCases(t, []exCase{
		{"appositive after a description", "The country's largest carmaker, Hanwha Ocean, said on Monday it opposed the new port fees.",
			[]string{"ORGANIZATION Hanwha Ocean", "OPPOSES Hanwha Ocean -> port fees"}},
		{"indefinite description", "A Kenyan tea exporter, Kericho Gold, criticised the new export levy imposed by Tanzania.",
			[]string{"ORGANIZATION Kericho Gold"}},
		{"possessive description", "Nigeria's biggest fuel trader, Sahel Okafor, rejected the government's import ban.",
			[]string{"ORGANIZATION Sahel Okafor"}},
		{"possessor of an officer's title", "Mirela Daskal's chief executive Tom Reed said the company would appeal the ruling.",
			[]string{"ORGANIZATION Mirela Daskal", "PERSON Tom Reed"}},
		{"description inside an of-phrase", "The head of the dockworkers' union, Ingrid Solberg, said the port would close.",
			[]string{"PERSON Ingrid Solberg"}},
		{"attribution after the comma", "The new levy will hurt the company, Mark Lee said on Tuesday.",
			[]string{"PERSON Mark Lee"}},
		{"a person's title heads the description", "The company's founder, Ana Ruiz, said the levy was unfair.",
			[]string{"PERSON Ana Ruiz"}},
		{"a founder's possessor", "Rupert Calloway's co-founder Jane Roe said the deal was fair.",
			[]string{"PERSON Rupert Calloway", "PERSON Jane Roe"}},
	})
}
