package loader

import "testing"

// Session 19 (branch names19, issue 14): persons and names the reviewer's check left. Every
// sentence was written for these tests; none comes from the corpus, the dev or the held-out sets.

// TestTitleWordSurname: a title word that closes a name run after a given name is the surname
// (titleWordSurname, actor_names.go); a title before a name or after a common word stays a title.
func TestTitleWordSurname(t *testing.T) {
	runCases(t, []exCase{
		{"a dictionary person whose surname is a title", "Julie Bishop said on Friday that Australia opposes the new tariffs.",
			[]string{"PERSON Julie Bishop", "CLAIMS Julie Bishop -> Australia opposes the new tariffs"}},
		{"a given name of the dictionary before Judge", "Thomas Judge said the Irish government rejects the levy.",
			[]string{"PERSON Thomas Judge"}},
		{"a given name of the dictionary before General", "Lucas General told the court that the contract was void.",
			[]string{"PERSON Lucas General"}},
		{"near miss: a common adjective before the title", "The Catholic Bishop said the diocese supports the plan.",
			[]string{"!actor Catholic Bishop"}},
		{"near miss: a two-word title before a name", "Attorney General Maria Lopez rejected the claim.",
			[]string{"PERSON Maria Lopez", "!actor Attorney General"}},
		{"near miss: the name goes on after the title word", "The Julie Bishop Foundation welcomed the plan.",
			[]string{"!PERSON Julie Bishop"}},
	})
}

// TestAmbiguousSurname: a bare surname that two persons of the article, both introduced before
// it, fit equally names neither (namesakesFit, actor_shortnames.go).
func TestAmbiguousSurname(t *testing.T) {
	runCases(t, []exCase{
		{"two Chinese namesakes before the surname", "Foreign Minister Wang Yi received Commerce Vice Minister Wang Shouwen on Monday. Wang said China rejects the tariffs.",
			[]string{"PERSON Wang Yi", "PERSON Wang Shouwen", "!CLAIMS Wang Shouwen -> China rejects the tariffs", "!CLAIMS Wang Yi -> China rejects the tariffs", "!actor Wang"}},
		{"two western namesakes before the surname", "Senator Grace Mwangi met Governor Peter Mwangi in Nyeri. Mwangi said the county needs the road.",
			[]string{"!CLAIMS Peter Mwangi -> the county needs the road", "!CLAIMS Grace Mwangi -> the county needs the road", "!actor Mwangi"}},
		{"near miss: the namesake comes only after the surname", "Foreign Minister Wang Yi met the envoys on Monday. Wang said China rejects the tariffs. Vice President Wang Qishan arrives next week.",
			[]string{"CLAIMS Wang Yi -> China rejects the tariffs"}},
		{"near miss: the title written with the surname picks the namesake", "Senator Grace Mwangi met Governor Peter Mwangi in Nyeri. Governor Mwangi said the county needs the road.",
			[]string{"CLAIMS Peter Mwangi -> the county needs the road"}},
		{"near miss: one person of the surname", "Trade Minister Hana Mwangi met the delegation. Mwangi said Kenya rejects the tariffs.",
			[]string{"CLAIMS Hana Mwangi -> Kenya rejects the tariffs"}},
	})
}

// TestKoreanGivenNameAndSharedCountryWord: a hyphenated Korean given name whose second syllable
// is spelled like a function word is a name word (hyphenatedGivenName), and the last word that
// several states' names share ("Korea") is no organization (countryNameTail).
func TestKoreanGivenNameAndSharedCountryWord(t *testing.T) {
	runCases(t, []exCase{
		{"a given name ending in -in opens the sentence", "Moon Jae-in criticized the export curbs on Tuesday. Moon said the talks would continue.",
			[]string{"PERSON Moon Jae-in", "CLAIMS Moon Jae-in -> the talks would continue"}},
		{"another surname with such a given name", "Lee Sang-in rejected the plan.",
			[]string{"PERSON Lee Sang-in"}},
		{"the shared word of two states' names is no organization", "Kang Hye-won said Korea would respond to the measures.",
			[]string{"PERSON Kang Hye-won", "!actor Korea"}},
		{"near miss: a compound with a function word inside", "The Made-in-Italy campaign rejected the tariffs.",
			[]string{"!PERSON Made-in-Italy"}},
		{"near miss: a state's own one-word name", "Guinea rejected the tariffs.",
			[]string{"COUNTRY Guinea"}},
		{"near miss: the qualified name", "South Korea rejected the tariffs.",
			[]string{"COUNTRY South Korea"}},
	})
}

// TestHeadlineSayingVerb: in a headline the present -s form of a verb of saying ends the name
// before it and opens none (headlineSaying, actor_names.go).
func TestHeadlineSayingVerb(t *testing.T) {
	runCases(t, []exCase{
		{"a title, then the verb", "Trade Envoy Says Accord Near\n\nThe European Union rejected the proposal on Monday.",
			[]string{"!actor Says Accord Near", "!PERSON Says Accord Near"}},
		{"another verb of saying", "Minister Insists Talks Will Continue\n\nThe European Union rejected the proposal on Monday.",
			[]string{"!actor Insists Talks Will Continue"}},
		{"a name before the verb keeps its words", "Finance Minister Ana Ruiz Says Budget Will Pass\n\nThe European Union rejected the proposal on Monday.",
			[]string{"!actor Ana Ruiz Says Budget Will Pass", "!actor Says Budget Will Pass"}},
		{"near miss: the same words in running text are no headline", "Nobody doubted that Minister Ana Ruiz insists on talks.",
			[]string{"PERSON Ana Ruiz"}},
	})
}

// TestPlaceDateLineColon: a place-and-date line closed by a colon or a dash gives the article its
// country, and a bare national body takes it (placeDateLine, actor_codes.go).
func TestPlaceDateLineColon(t *testing.T) {
	runCases(t, []exCase{
		{"a colon after the date", "Nairobi, 4 May 2019:\n\nThe Ministry of Defence said on Thursday that it opposes the deployment.",
			[]string{"GOVERNMENT Ministry of Defence (Kenya)"}},
		{"a dash after the date", "Quito, 9 June 2019 —\n\nThe Ministry of Labour rejected the strike on Monday.",
			[]string{"GOVERNMENT Ministry of Labour (Ecuador)"}},
		{"near miss: a colon line that names no place", "Minutes, 4 May 2019:\n\nThe Ministry of Defence said on Thursday that it opposes the deployment.",
			[]string{"!GOVERNMENT Ministry of Defence (Kenya)", "GOVERNMENT Ministry of Defence"}},
		{"near miss: text after the colon makes it no date line", "Nairobi, 4 May 2019: officials met.\n\nThe Ministry of Defence said on Thursday that it opposes the deployment.",
			[]string{"!GOVERNMENT Ministry of Defence (Kenya)"}},
	})
}

// TestInitialAdverbClassCompleted: the time-position adjuncts and linking adverbials added to
// initialadverbs.txt (Quirk et al. 1985, §8.53-8.57; Biber et al. 1999, §10.2.8) open a sentence
// before a name and are no part of it.
func TestInitialAdverbClassCompleted(t *testing.T) {
	runCases(t, []exCase{
		{"lately", "Lately Narendra Modi criticized the ban.", []string{"PERSON Narendra Modi", "!actor Lately Narendra Modi"}},
		{"formerly", "Formerly Theresa May opposed the deal.", []string{"PERSON Theresa May", "!actor Formerly Theresa May"}},
		{"eventually", "Eventually Ashraf Ghani rejected the talks.", []string{"PERSON Ashraf Ghani", "!actor Eventually Ashraf Ghani"}},
		{"now", "Now Vladimir Putin says Russia rejects the offer.", []string{"!actor Now Vladimir Putin", "CLAIMS Vladimir Putin -> Russia rejects the offer"}},
		{"thus", "Thus Angela Merkel said Germany would wait.", []string{"!actor Thus Angela Merkel", "CLAIMS Angela Merkel -> Germany would wait"}},
		{"near miss: a name that begins with the letters of an adverb", "Thusitha Perera said Sri Lanka would wait.", []string{"PERSON Thusitha Perera"}},
		{"near miss: the adverb inside the sentence is no name either", "The minister said Narendra Modi now opposes the ban.", []string{"PERSON Narendra Modi"}},
	})
}
