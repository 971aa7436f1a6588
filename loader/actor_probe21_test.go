package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// Probe 21 of issue 14 (actors written as names and descriptions): sentences written for these
// rules.

// TestProbe21DatelineLead: a sentence that opens with a wire dateline is a story's lead, not a
// title-case headline, however many names it holds (segment_stage.go datelineLead).
func TestProbe21DatelineLead(t *testing.T) {
	runCases(t, []exCase{
		{"an Iberian name with particles after a Reuters dateline", "MADRID (Reuters) - Spanish Foreign Minister José Manuel de la Rosa criticized the European Commission.",
			[]string{"PERSON José Manuel de la Rosa", "OPPOSES José Manuel de la Rosa -> European Commission"}},
		{"a titled full name after an AP dateline", "ROME (AP) — Italian Prime Minister Giulia Moretti praised the World Bank.",
			[]string{"SUPPORTS Giulia Moretti -> World Bank"}},
		{"an Arabic name with its particle after a dateline", "RIYADH (Reuters) - Saudi Foreign Minister Faisal bin Khalid criticized the International Atomic Energy Agency.",
			[]string{"PERSON Faisal bin Khalid", "OPPOSES Faisal bin Khalid -> International Atomic Energy Agency"}},
		{"a German name after a dateline", "BERLIN (Reuters) - German Chancellor Friedrich Weber criticized the European Central Bank.",
			[]string{"OPPOSES Friedrich Weber -> European Central Bank"}},
		{"near miss: a title-case headline without a dateline asserts no stance", "Italian Prime Minister Condemns World Bank Report\n\nThe weather in Rome was mild on Monday.",
			[]string{"!OPPOSES Italian Prime Minister", "!OPPOSES Italy"}},
	})
}

// TestProbe21DatelineOpensSentence: the lead's first word after a wire dateline opens the
// sentence, as if nothing stood before it (actor.go sentInitial): a common noun capitalized there
// is no name ("Opposition groups in Uganda …" is a description with its place, actor_agents.go).
func TestProbe21DatelineOpensSentence(t *testing.T) {
	runCases(t, []exCase{
		{"an agent noun with its collective head and an in-country after the dateline", "KAMPALA (Reuters) - Opposition groups in Uganda rejected the results announced by the electoral commission on Sunday.",
			[]string{"GROUP Opposition groups in Uganda", "country Opposition groups in Uganda = UGA", "OPPOSES Opposition groups in Uganda -> results"}},
		{"a plural agent noun after a dateline with its date", "LAGOS, May 3 (Reuters) - Farmers in Nigeria condemned the import ban imposed by the trade ministry.",
			[]string{"GROUP Farmers in Nigeria", "country Farmers in Nigeria = NGA", "OPPOSES Farmers in Nigeria -> import ban"}},
		{"near miss: a name of several words after the dateline stays a name", "HARARE (Reuters) - Citizens Coalition for Change rejected the election result announced on Saturday.",
			[]string{"ORGANIZATION Citizens Coalition for Change", "KNOWN parser: announced VBD ccomp with result its nsubj (UD: VBN acl of result) | OPPOSES Citizens Coalition for Change -> election result"}},
		{"near miss: the capital after the dateline is no name; \"in the north\" places the farmers in the story's country (groups20)", "LAGOS, May 3 (Reuters) - Farmers in the north condemned the import ban imposed on Monday.",
			[]string{"!actor Farmers", "GROUP farmers in the north", "country farmers in the north = NGA"}},
	})
}

// TestProbe21PlaceOfDescription: "in X" after an agent noun, X a city the countries lexicon or the
// Phoenix country records place in one country, or a country after a compass adjective, ties the
// description to that country (actor_agents.go cityPlace, compassAdjectives).
func TestProbe21PlaceOfDescription(t *testing.T) {
	runCases(t, []exCase{
		{"a capital after a plural agent noun", "Teachers in Nairobi denounced the pay offer made by the education ministry last week.",
			[]string{"GROUP Teachers in Nairobi", "country Teachers in Nairobi = KEN", "code Teachers in Nairobi = KENEDU", "OPPOSES Teachers in Nairobi -> pay offer"}},
		{"a Phoenix place, mid-sentence", "On Sunday, protesters in Aleppo condemned the airstrikes carried out overnight.",
			[]string{"GROUP protesters in Aleppo", "country protesters in Aleppo = SYR"}},
		{"a compass adjective before the country", "Militants in northern Mali rejected the truce offered by the army on Friday.",
			[]string{"GROUP Militants in northern Mali", "country Militants in northern Mali = MLI", "OPPOSES Militants in northern Mali -> truce", "!OPPOSES Mali -> truce"}},
		{"near miss: envoys posted in a capital are not its nationals", "Diplomats in Nairobi criticized the new visa rules announced on Monday.",
			[]string{"!country diplomats in Nairobi = KEN", "!country Diplomats in Nairobi = KEN"}},
		{"near miss: an embassy in a capital is the sending state's, not the host's", "Portugal welcomed the talks and opened an embassy in Nairobi, the foreign ministry said.",
			[]string{"!actor Embassy (Kenya)", "SUPPORTS Portugal -> embassy"}},
		{"near miss: the capital opens a longer name", "Students at the rally in Seoul National University criticized the tuition rise.",
			[]string{"ORGANIZATION Seoul National University", "!actor Students at the rally in Seoul"}},
		{"near miss: a region no dictionary places in one country gives none", "On Monday, farmers in Punjab rejected the new farm laws passed by parliament.",
			[]string{"GROUP farmers in Punjab", "country farmers in Punjab = ", "OPPOSES farmers in Punjab -> farm laws"}},
	})
}

// TestProbe21MedialTimeAdjunct: a day or date between an unnamed agent noun and its verb is a
// medial time adjunct, skipped as adverbs are (doc_words.go medialTimeEnd, verbAfter).
func TestProbe21MedialTimeAdjunct(t *testing.T) {
	runCases(t, []exCase{
		{"a weekday after the preposition", "Protesters on Sunday demanded the release of the detained students.",
			[]string{"GROUP protesters", "DEMANDS protesters -> release"}},
		{"a date, with the place of the description", "Teachers in Accra on March 3 rejected the pay offer made by the ministry.",
			[]string{"country teachers in Accra = GHA", "OPPOSES teachers in Accra -> pay offer"}},
		{"early on a weekday", "Fishermen early on Tuesday denounced the new tax on fuel.",
			[]string{"GROUP fishermen", "OPPOSES fishermen -> new tax"}},
		{"near miss: the agent noun is an object, the day ends the clause", "Police detained protesters on Monday, the ministry said.",
			[]string{"!actor protesters", "!CLAIMS protesters"}},
		{"near miss: a lower-case month word is a verb", "Students march on Parliament every spring.",
			[]string{"!actor students"}},
	})
}

// TestProbe21ListedTitledForm: a titled one-word name that the Phoenix dictionary lists as another
// name of one person is that person when the title agrees with the person's dated office, though
// the article names no country (actor_codes.go listedTitledForm).
func TestProbe21ListedTitledForm(t *testing.T) {
	cases := []struct {
		name, date, text string
		want             []string
	}{
		{"a listed surname after a head-of-state title, story filed elsewhere", "2016-05-10",
			"NAIROBI, Kenya (AP) — President Putin on Tuesday criticized the new tariffs announced by the trade bloc.",
			[]string{"PERSON Vladimir Putin", "country Vladimir Putin = RUS", "OPPOSES Vladimir Putin -> new tariffs"}},
		{"a chancellor", "2012-02-01",
			"Chancellor Merkel said on Wednesday that the bailout terms could not be reopened.",
			[]string{"PERSON Angela Merkel", "country Angela Merkel = DEU"}},
		{"a listed short form of an Arabic name", "2016-05-10",
			"President Sisi rejected the new loan conditions set by the lenders, his office said.",
			[]string{"PERSON Abdel Fattah el Sisi", "country Abdel Fattah el Sisi = EGY"}},
		{"near miss: a title of another sector names a namesake", "2016-05-10",
			"Senator Merkel criticized the new tariffs announced by the trade bloc on Tuesday.",
			[]string{"!actor Angela Merkel", "!country Merkel = DEU"}},
		{"near miss: a record whose whole name is the one word", "2016-05-10",
			"King Abdullah criticized the new tariffs announced by the trade bloc on Tuesday.",
			[]string{"PERSON Abdullah"}},
		{"near miss: out of office on the article's date", "1985-05-10",
			"Chancellor Merkel said on Wednesday that the bailout terms could not be reopened.",
			[]string{"!actor Angela Merkel"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, input.Document{Source: "t", Published: c.date, Text: c.text}), c.want)
		})
	}
}

// TestProbe21NationalityAcrossGenitive: a nationality before a title phrase whose premodifier is a
// classifying genitive ("miners' union leader") gives the titled person that country
// (actor_boundaries.go adjectiveCountry, actor_interpret.go).
func TestProbe21NationalityAcrossGenitive(t *testing.T) {
	runCases(t, []exCase{
		{"a plural genitive in -s'", "Peruvian miners' union leader Jorge Quispe rejected the new mining royalty on Monday.",
			[]string{"country Jorge Quispe = PER", "OPPOSES Jorge Quispe -> mining royalty"}},
		{"an irregular plural genitive in -'s", "Ghanaian women's rights activist Ama Mensah criticized the new land law.",
			[]string{"country Ama Mensah = GHA"}},
		{"near miss: no nationality before the genitive", "The miners' union leader Jorge Quispe rejected the new mining royalty on Monday.",
			[]string{"country Jorge Quispe = "}},
		{"near miss: a nationality of another phrase before a coordinator", "The minister met Peruvian officials and miners' union leader Jorge Quispe on Monday.",
			[]string{"!country Jorge Quispe = PER"}},
	})
}

// TestProbe21GenitiveClassifiedBody: a nationality or possessor before an agent noun in a
// classifying genitive and the institution or collective noun it classifies names that body, not
// the people of the genitive (actor_agents.go classifiedHead).
func TestProbe21GenitiveClassifiedBody(t *testing.T) {
	runCases(t, []exCase{
		{"a union of teachers", "The Peruvian teachers' union rejected the new pay scale on Tuesday.",
			[]string{"ORGANIZATION Peruvian teachers' union", "country Peruvian teachers' union = PER", "code Peruvian teachers' union = PEREDU",
				"OPPOSES Peruvian teachers' union -> new pay scale", "!actor Peruvian teachers"}},
		{"a council of farmers after an indefinite article", "A Ugandan farmers' council condemned the new coffee levy.",
			[]string{"ORGANIZATION Ugandan farmers' council", "country Ugandan farmers' council = UGA"}},
		{"plural institutions", "Ghanaian workers' unions rejected the new pension rules on Friday.",
			[]string{"GROUP Ghanaian workers' unions", "country Ghanaian workers' unions = GHA"}},
		{"near miss: a title after the genitive keeps the people's group", "Ugandan farmers' leaders rejected the new coffee levy on Friday.",
			[]string{"GROUP Ugandan farmers", "!actor Ugandan farmers' leaders"}},
		{"near miss: the people's genitive of a thing is no actor", "The minister raised Peruvian teachers' pay on Tuesday.",
			[]string{"!actor Peruvian teachers", "!actor Peruvian teachers' pay"}},
	})
}

// TestProbe21OpeningAdjective: a common adjective that opens the sentence before an unnamed agent
// noun is the description's, capitalized only by its position (actor_unnamed.go, commonwords.txt).
func TestProbe21OpeningAdjective(t *testing.T) {
	runCases(t, []exCase{
		{"an adjective before a plural agent noun", "Angry shopkeepers denounced the new market levy on Tuesday.",
			[]string{"GROUP angry shopkeepers", "OPPOSES angry shopkeepers -> new market levy", "!actor Angry"}},
		{"after a wire dateline and with a medial date", "ACCRA (Reuters) - Frustrated fishermen on Friday rejected the new fuel taxes.",
			[]string{"OPPOSES frustrated fishermen -> new fuel taxes", "!actor Frustrated"}},
		{"near miss: a known actor before the noun stays its owner", "Hamas fighters rejected the new truce terms on Tuesday.",
			[]string{"GROUP Hamas fighters", "!actor fighters"}},
		{"near miss: the adjective mid-sentence is unchanged", "On Tuesday, angry shopkeepers denounced the new market levy.",
			[]string{"GROUP angry shopkeepers"}},
	})
}

// TestProbe21VerbBeforeGroupHead: a past form after the subject is the clause's verb, not a
// premodifier of the group noun after it (actor_structure.go verbBeforeObject).
func TestProbe21VerbBeforeGroupHead(t *testing.T) {
	runCases(t, []exCase{
		{"a body's verb before its object's group noun", "Police arrested protesters near the court on Saturday.",
			[]string{"!actor Police arrested protesters", "SANCTIONS Police -> protesters"}},
		{"the same after a nationality", "Ugandan police arrested protesters near the court on Saturday.",
			[]string{"!actor Ugandan police arrested protesters", "SANCTIONS Police (Uganda) -> protesters"}},
		{"near miss: a participle after the determiner premodifies", "The detained activists demanded access to a lawyer.",
			[]string{"GROUP detained activists"}},
		{"near miss: a participle after a number premodifies", "Three jailed activists demanded access to a lawyer.",
			[]string{"GROUP jailed activists"}},
	})
}

// TestProbe21PostedEnvoys: envoys or a mission "in" a country are the sending state's, posted
// there: the description keeps the place as written and takes no country from it
// (actor_agents.go postedEnvoys, envoynouns.txt).
func TestProbe21PostedEnvoys(t *testing.T) {
	runCases(t, []exCase{
		{"a mission in a country", "The embassy in Ghana condemned the attack on its staff on Sunday.",
			[]string{"!actor Embassy (Ghana)", "!country embassy in Ghana = GHA", "OPPOSES embassy in Ghana -> attack"}},
		{"an embassy opened in a country", "Chile opened an embassy in Ghana, the foreign ministry said on Monday.",
			[]string{"!actor Embassy (Ghana)", "!PART_OF embassy in Ghana -> Ghana"}},
		{"envoys in a country", "Diplomats in Ghana criticized the new visa fees on Monday.",
			[]string{"!country diplomats in Ghana = GHA", "!MEMBER_OF diplomats in Ghana -> Ghana", "OPPOSES diplomats in Ghana -> new visa fees"}},
		{"near miss: a state's own body in a country is still that country's", "Farmers in Ghana rejected the new cocoa levy set by the board.",
			[]string{"country Farmers in Ghana = GHA"}},
	})
}
