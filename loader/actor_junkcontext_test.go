package loader

import "testing"

// TestContextJunk checks the junk guards of actor_junkcontext.go and the technology-company
// descriptors of orgnouns.txt on sentences written for them (invented places, bodies and people
// of several countries; none from dev, dev14, testdata or corpus material), with cases where
// each rule must not fire.
func TestContextJunk(t *testing.T) {
	runCases(t, []exCase{
		// place classifiers (close apposition; Hearst patterns)
		{"a name in a 'rivers such as' pattern is a place", "Rivers such as the Okavo have turned brown from mining waste, the ministry said.",
			[]string{"!actor Okavo"}},
		{"a name before 'states' and a comma is a place", "Donors, including Gulf states, agreed to fund the shelter.",
			[]string{"!actor Gulf"}},
		// places by syntax anywhere in the article
		{"the object of 'in' before an adjunct's comma is no appositive person", "Speaking at a rally in Kasungu, the minister said the vote was fair.",
			[]string{"!actor Kasungu"}},
		{"the same in another country and wording", "Speaking to reporters in Tarija, the governor said the blockade would end.",
			[]string{"!actor Tarija"}},
		{"a headline name the body calls a town is no person", "Army rejects truce call as El Tamra siege tightens\n\nThe army said on Monday that it had encircled the town of El Tamra and rejected calls for a truce.",
			[]string{"!actor El Tamra", "OPPOSES army -> calls for a truce"}},
		{"a person's genitive after 'in' stays a person", "In Okafor's view, the ban is unlawful. Senator Chidi Okafor said the court should act.",
			[]string{"PERSON Chidi Okafor"}},
		{"a surname after 'into' stays a person", "Kariuki, a former minister, said the charges were false. Parliament opened an inquiry into Kariuki on Monday.",
			[]string{"PERSON Kariuki"}},
		{"a person named elsewhere stays a person after 'confidence in'", "Kariuki, a former minister, said the charges were false. Voters have lost confidence in Kariuki.",
			[]string{"PERSON Kariuki"}},
		// name fragments
		{"a word after a demonym is the tail of a party's name", "Critics say the Moldovan Solidarity government has jailed reporters. The Moldovan Solidarity party rejected the charge.",
			[]string{"!PERSON Solidarity"}},
		{"a head's surname after a demonym stays the person when used alone", "The Kenyan Ruto government raised taxes. Ruto said the levy would stay.",
			[]string{"PERSON William Samoei Ruto"}},
		{"a word conjoined with a place in a body's for-phrase is a place", "The Commission for Serbia and Vojvodina said the grants would end.",
			[]string{"!actor Vojvodina"}},
		{"a body conjoined with a portfolio is no place", "The Ministry of Energy and Kalvenor said the plant would open.",
			[]string{"GOVERNMENT Ministry of Energy and Kalvenor"}},
		// titles
		{"common words after a genitive are a title; the holder speaks", "Armenia's Human Rights Defender, Anahit Manasyan, said the police had beaten detainees.",
			[]string{"!PERSON Human Rights Defender", "PERSON Anahit Manasyan", "CLAIMS Anahit Manasyan -> police had beaten detainees"}},
		{"a personal name after a genitive stays a person", "Georgia's Levan Kobakhidze said the police had acted lawfully.",
			[]string{"PERSON Levan Kobakhidze"}},
		// an appositive description names no body of its own
		{"a descriptive body in apposition takes the name", "Ecoandes, Chile's main green group, called on the government to halt the mine.",
			[]string{"ORGANIZATION Ecoandes", "!ORGANIZATION main green group"}},
		{"a person before a description keeps the person", "Maria Lopez, Peru's largest landowner, said the reform would fail.",
			[]string{"PERSON Maria Lopez"}},
		// kinds of technology company (orgnouns.txt)
		{"a name after 'app' is a company", "Brazil blocked the video app Zintra after the company ignored court orders.",
			[]string{"ORGANIZATION Zintra", "!PERSON Zintra", "SANCTIONS Brazil -> Zintra"}},
		// navigation links
		{"a 'Back to' link is furniture", "The ministry rejected the tariff plan on Monday. Unofficial translation. Back to Council Meetings",
			[]string{"!actor Council Meetings", "OPPOSES ministry -> tariff plan"}},
		{"a 'Return to' link is furniture, whatever its head", "The council rejected the tariff plan on Monday.\n\nReturn to Ministry News",
			[]string{"!actor Ministry News"}},
		// plural common-noun heads
		{"a name ending in a plural -ing noun is a company", "Corvane Ratings said it did not expect the pension law to affect Chile's debt.",
			[]string{"ORGANIZATION Corvane Ratings", "!PERSON Corvane Ratings"}},
		{"a given name before a plural-looking surname keeps the person", "Carla Billings said the plan was reckless.",
			[]string{"PERSON Carla Billings"}},
		{"an -s surname stays a person", "Maxine Waters criticized the bank merger on Tuesday.",
			[]string{"PERSON Maxine Waters"}},
		{"a platform one posts on is no actor of the story", "Ambassador Lena Varga wrote on the social media platform Q that the blockade was dangerous.",
			[]string{"!actor Q"}},
	})
}
