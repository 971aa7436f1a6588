package loader

import "testing"

// Holders of stances (holders31), each on invented sentences with a must-not:
//   - a third-person pronoun inside a direct quotation is not the quotation's speaker, who says
//     "I" of himself (coref/quoteself.go); a short quotation inside indirect speech is left alone;
//   - a gendered pronoun is not resolved to a person whose given name names the other gender
//     (coref/givenname.go, lexicons/givennames.txt) when the article tells nothing of that
//     person's gender; an honorific still decides;
//   - a verb conjoined inside a reported clause whose subject can act ("most", "they", a plural
//     person noun) is that subject's, not the reporter's (relation_lowersubject.go).
func TestHolders31(t *testing.T) {
	runCases(t, []exCase{
		{"he in a direct quotation is not its speaker", "Senator Paul Okafor toured the port with Governor Tom Reyes on Monday.\n\n\u201cHe is against the new levy, and I am not,\u201d Okafor said.",
			[]string{"!OPPOSES Paul Okafor -> levy"}},
		{"must-not: I in the quotation is the speaker", "Senator Paul Okafor toured the port on Monday.\n\n\u201cI am against the new levy,\u201d Okafor said.",
			[]string{"OPPOSES Paul Okafor -> levy"}},
		{"she is not a man named by his given name", "Governor Terrence Walsh spoke after the vote.\n\nSenator Linda Marsh arrived later. She said she opposed the pipeline.",
			[]string{"OPPOSES Linda Marsh -> pipeline", "!OPPOSES Terrence Walsh -> pipeline"}},
		{"he is not a woman named by her given name", "Mayor Susan Holt met Kwame Osei, the chief engineer, on Friday. He said he opposed the pipeline.",
			[]string{"OPPOSES Kwame Osei -> pipeline", "!OPPOSES Susan Holt -> pipeline"}},
		{"must-not: an honorific outweighs the given name", "Ms. Casey Morgan chaired the hearing on Tuesday. She said she opposed the pipeline.",
			[]string{"OPPOSES Casey Morgan -> pipeline"}},
		{"a conjunct of a reported clause with a quantifier subject", "Union leader Mark Dunne spoke on Monday. He estimated that most trusted the national leadership and backed Senator Ellen Price in the primary.",
			[]string{"!SUPPORTS Mark Dunne -> Ellen Price"}},
		{"must-not: a conjunct of the verb of saying is the speaker's", "Union leader Mark Dunne said the plan was costly and criticized Senator Ellen Price.",
			[]string{"OPPOSES Mark Dunne -> Ellen Price"}},
	})
}
