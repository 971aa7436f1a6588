package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"

	wordclassdata "github.com/claimgraph/claimgraph/data/wordclasses"
)

// TestWordClassesEmbedded: every embedded class parses (each word with a defined source), and the
// classes the loader declares hold the words it had in Go (spot checks of each).
func TestWordClassesEmbedded(t *testing.T) {
	sets, err := parseWordClasses(wordclassdata.FS)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]struct {
		n       int
		in, out []string
	}{
		"auxwords":         {60, []string{"will", "n't", "'s", "reportedly", "longer"}, []string{"said", "Will"}},
		"determiners":      {20, []string{"the", "its", "'s", "such"}, []string{"all", "or"}},
		"subordinators":    {13, []string{"when", "unless", "once"}, []string{"that"}},
		"targetstop":       {27, []string{"that", "saying", "amid", "whether"}, []string{"or", "and"}},
		"finiteaux":        {15, []string{"is", "must"}, []string{"do", "shall", "be"}},
		"finitedo":         {9, []string{"did", "shall", "'ll"}, []string{"'s", "is"}},
		"leadingdrop":      {6, []string{"the", "all"}, []string{"this"}},
		"relatives":        {5, []string{"that", "whom", "whose"}, []string{"what"}},
		"indefinites":      {4, []string{"nothing", "everything"}, []string{"someone"}},
		"quantitynouns":    {6, []string{"couple", "lot", "little"}, []string{"several", "a few"}},
		"attributiontail":  {14, []string{"last", "afterwards", "ago", "via", "while"}, []string{"that", "and"}},
		"shepronouns":      {4, []string{"she", "herself"}, []string{"he", "it"}},
		"hepronouns":       {4, []string{"he", "his"}, []string{"she", "they"}},
		"personplurals":    {10, []string{"ers", "ies", "ics", "ees"}, []string{"s", "ers "}},
		"firstperson":      {10, []string{"i", "us", "ourselves"}, []string{"you", "they"}},
		"subjectpronouns":  {6, []string{"i", "they", "it"}, []string{"you", "them", "us"}},
		"discoursemarkers": {17, []string{"and", "well", "second", "however", "look"}, []string{"or", "then", "because"}},
		"evidenceverbs":    {16, []string{"show", "shown", "reflected"}, []string{"showing", "said"}},
		"monthabbrev":      {7, []string{"jan.", "sept.", "dec."}, []string{"may", "march.", "sep."}},
		// restruct8: the surface, segment and wire lists with a published source
		"rivalnouns":           {18, []string{"critic", "challenger", "foe"}, []string{"critics", "ally", "partner"}},
		"anaphoricdeterminers": {3, []string{"the", "this", "that"}, []string{"these", "a", "its"}},
		"modaloperators":       {15, []string{"did", "must", "wo", "ca", "'ll"}, []string{"'d", "is", "has", "ought"}},
		"datelinemonths":       {12, []string{"sept", "sep", "jan", "dec"}, []string{"may", "june", "sept.", "march"}},
		// restruct9: lists of the actor files with a published source
		"locatives":        {26, []string{"in", "via", "visited", "northern", "of", "central"}, []string{"on", "for", "visitor", "north"}},
		"chunkbreak":       {22, []string{"i", "it", "the", "so", "says", "no.", "'m"}, []string{"you", "this", "nor", "told", "'s"}},
		"durationnouns":    {12, []string{"minute", "hours", "week", "years"}, []string{"second", "seconds", "decade", "moment"}},
		"governmentnouns":  {7, []string{"government", "authorities", "junta", "leadership"}, []string{"authority", "governments", "ministry"}},
		"cueskip":          {11, []string{"also", "further", "hard", "yesterday", "repeatedly"}, []string{"not", "never", "tomorrow", "strongly"}},
		"govsecondlevel":   {6, []string{"gov", "gouv", "go", "gv"}, []string{"mil", "com", "gc"}},
		"nameparticles":    {23, []string{"van", "al", "della", "ben", "las"}, []string{"ter", "abu", "y", "of"}},
		"deictictimenouns": {11, []string{"week", "weekend", "morning", "fall", "autumn"}, []string{"day", "weeks", "evening", "monday"}},
		"nounopeners":      {15, []string{"a", "that", "our", "'s", "no", "further", "new"}, []string{"these", "my", "your", "every"}},
		// restruct11: the speakers', actors' and claims' lists of classes (the largest first)
		"settlementnouns":      {32, []string{"village", "governorate", "residents", "outskirts"}, []string{"country", "nation", "people"}},
		"discourseactverbs":    {31, []string{"turn", "add", "flag", "make", "point"}, []string{"want", "said", "points"}},
		"talkmodifiers":        {31, []string{"your", "first", "follow-up", "’s", "reporter's"}, []string{"taiwan", "my", "fifth"}},
		"directiveverbs":       {27, []string{"urged", "calls", "persuading", "told"}, []string{"demanded", "persuades", "tells"}},
		"stancenouns":          {24, []string{"position", "view", "priorities", "aim"}, []string{"aims", "idea", "statement"}},
		"legislativetitles":    {22, []string{"senator", "rep", "ranking", "hon", "vice-chair"}, []string{"minister", "president", "member"}},
		"orgparticles":         {19, []string{"de", "dos", "für", "y"}, []string{"of", "van", "al", "und"}},
		"talkverbs":            {18, []string{"asked", "respond", "taken"}, []string{"responding", "said", "told"}},
		"talkquestionheads":    {6, []string{"question", "point", "queries"}, []string{"issue", "matter", "pointed"}},
		"talknouns":            {8, []string{"question", "journalists"}, []string{"issue", "matter", "reporting"}},
		"topicmarkers":         {8, []string{"as", "regarding", "to"}, []string{"for", "about-face", "concerning."}},
		"volitionverbs":        {9, []string{"want", "going", "hope"}, []string{"hoped", "plans", "wanting"}},
		"talkobjectheads":      {9, []string{"points", "remark", "announcement"}, []string{"statement", "announcements"}},
		"referralverbs":        {17, []string{"issued", "brief", "contains"}, []string{"said", "made", "briefs"}},
		"repetitionadverbials": {17, []string{"times", "occasions", "again", "once", "clearly"}, []string{"twice", "never", "rarely"}},
		"conveyverbs":          {17, []string{"convey", "extends", "delivering"}, []string{"conveyed", "passes", "delivered"}},
		"housechambers":        {16, []string{"commons", "lords", "councilors", "keys"}, []string{"parliament", "senate", "cards"}},
		"owntextverbs":         {16, []string{"discussed", "covers", "detailed"}, []string{"discuss", "details", "said"}},
		"copulalike":           {15, []string{"remain", "became", "grew"}, []string{"is", "looks", "grown", "turned"}},
		"stateheads":           {14, []string{"ministry", "court", "treasury", "navy"}, []string{"ministries", "committee", "party"}},
		"fragmentstops":        {14, []string{"before", "till", "although"}, []string{"that", "whether", "and"}},
		"subjectfunctionwords": {14, []string{"the", "’s", "also", "who"}, []string{"which", "said", "this"}},
		"informationnouns":     {14, []string{"report", "allegations", "rumours", "rumors"}, []string{"statement", "action", "fact"}},
		"textmodifiers":        {13, []string{"the", "following", "joint", "full"}, []string{"an", "our", "oral"}},
		"legbodyheads":         {13, []string{"assembly", "duma", "councillors", "lords"}, []string{"lawmaker", "mp", "committee"}},
		"talkobjectnouns":      {11, []string{"speculation", "hypotheticals", "rumours"}, []string{"provocations", "force", "comments"}},
		"meetingheads":         {10, []string{"forum", "summit", "expo", "round"}, []string{"assembly", "council", "summits"}},
		"subnationalunits":     {10, []string{"state", "oblast", "canton", "governorate"}, []string{"city", "country", "states"}},
		"fragmentopeners":      {10, []string{"a", "another", "couple", "five"}, []string{"the", "six", "several"}},
		"documentnouns":        {10, []string{"statement", "communiqué", "communique", "readout"}, []string{"statements", "speech", "report"}},
		"eventdeictics":        {10, []string{"this", "today's", "weekly", "our"}, []string{"that", "yesterday", "last"}},
		"waterparts":           {9, []string{"mouth", "banks", "headwaters"}, []string{"bank", "river", "coast"}},
		"infonouns":            {9, []string{"information", "positions", "readout"}, []string{"readouts", "report", "facts"}},
		"turnnouns":            {9, []string{"briefing", "intervention", "testimony"}, []string{"question", "remark", "speech"}},
		"ritualnouns":          {9, []string{"greetings", "regards", "congratulations"}, []string{"condolences", "apology", "thank"}},
		"arabicarticle":        {11, []string{"al", "el", "ash", "az"}, []string{"abu", "bin", "ibn", "ul"}},
		"massnouns":            {8, []string{"media", "police", "clergy"}, []string{"government", "people", "army"}},
		"byquantifiers":        {8, []string{"several", "various", "other"}, []string{"the", "all", "both"}},
		"compasspoints":        {8, []string{"north", "southwest"}, []string{"northern", "central", "north-east"}},
		"compassadjectives":    {8, []string{"eastern", "southwestern"}, []string{"east", "central", "north-eastern"}},
		"partyfamilies":        {8, []string{"liberal", "labour", "socialist"}, []string{"trump", "democratic", "ruling"}},
		"adminheads":           {8, []string{"commission", "bureau", "administration"}, []string{"ministry", "court", "commissions"}},
		"courtesynouns":        {8, []string{"hospitality", "patience", "time"}, []string{"support", "questions.", "help"}},
		"dictconnectors":       {7, []string{"for", "the", "&"}, []string{"to", "a", "with"}},
		"postnominals":         {7, []string{"mp", "mhk", "qc"}, []string{"mep", "phd", "obe"}},
		"owntextnouns":         {7, []string{"testimony", "remarks", "report"}, []string{"remark", "readout", "briefing"}},
		"courtesyverbs":        {7, []string{"appreciate", "forward", "enjoyed"}, []string{"thank", "appreciates", "welcomed"}},
		"exchangenouns":        {6, []string{"dialogue", "conversations", "hearing"}, []string{"dialogues", "talks", "meeting"}},
		"envoynouns":           {8, []string{"ambassador", "consul", "attaché", "attache", "embassy", "consulate"}, []string{"minister", "ambassadors", "embassies"}},
		"officeheads":          {7, []string{"officials", "spokesmen", "negotiators", "delegation"}, []string{"official", "leaders", "analysts"}},
		"metonymheads":         {5, []string{"government", "regime", "junta"}, []string{"governments", "state", "army"}},
		"partyheads":           {2, []string{"side", "leadership"}, []string{"sides", "government", "party"}},
		"representativeheads":  {6, []string{"delegation", "unions", "team"}, []string{"side", "camp", "delegate"}},
		"cardinalwords":        {5, []string{"one", "five"}, []string{"six", "1", "first"}},
		"headlinepreps":        {4, []string{"before", "following"}, []string{"without", "against", "aboard"}},
		"topicpreps":           {5, []string{"on", "regarding"}, []string{"in", "by", "with"}},
		"speechnouns":          {3, []string{"remarks", "readout"}, []string{"remark", "statement"}},
		"headlineverbs":        {5, []string{"holds", "delivers"}, []string{"hold", "says"}},
		"venuenouns":           {7, []string{"house", "hall"}, []string{"office", "houses"}},
		"bodyheads":            {2, []string{"ministry", "department"}, []string{"office", "ministries"}},
		"spokesnouns":          {3, []string{"spokesperson", "spokeswoman"}, []string{"spokespeople", "spokesmen"}},
		// restruct13: lists and switches of the speaker, actor and relation files
		"introwords":         {20, []string{"from", "van", "'m", "name"}, []string{"to", "bin", "names"}},
		"floorwords":         {10, []string{"next", "please", "ahead"}, []string{"then", "thanks", "second"}},
		"floorverbs":         {14, []string{"let's", "'ll", "turn"}, []string{"give", "shall", "them"}},
		"floorgive":          {10, []string{"over", "move", "final"}, []string{"to", "please", "we"}},
		"journalistnouns":    {6, []string{"reporter", "correspondents"}, []string{"editor", "press", "anchor"}},
		"ontopicverbs":       {9, []string{"comment", "call", "remind"}, []string{"say", "comments", "speak"}},
		"joinverbs":          {7, []string{"joined", "rejoining"}, []string{"joint", "join-up", "enter"}},
		"genericbodies":      {6, []string{"body", "organisation", "bloc"}, []string{"fund", "union", "bodies"}},
		"kindbodies":         {1, []string{"fund"}, []string{"funds", "body"}},
		"kindnessadjectives": {4, []string{"kind", "hospitable"}, []string{"kindly", "nice", "grateful"}},
		"hostingverbs":       {5, []string{"providing", "giving"}, []string{"provide", "hosted", "holding"}},
		"hospitalitynouns":   {7, []string{"venue", "premises", "hosting"}, []string{"venues", "hotel", "room"}},
		"addresseewords":     {6, []string{"you", "yourselves", "please"}, []string{"we", "thou", "kindly"}},
		"contributionwords":  {15, []string{"question", "third", "one", "follow-up"}, []string{"fourth", "country", "ones"}},
		"clockmarkers":       {6, []string{"p.m.", "am", "a.m"}, []string{"a", "noon", "hrs"}},
		// restruct11: switch statements of word classes
		"ordinalwords":      {20, []string{"first", "twelfth", "twentieth"}, []string{"twenty-first", "22nd", "last"}},
		"saidtimewords":     {14, []string{"today", "tuesday", "later", "also"}, []string{"tomorrow", "that", "tues."}},
		"regionadjectives":  {9, []string{"asian", "latin", "pacific"}, []string{"american", "indian", "arabic"}},
		"contactlabelwords": {9, []string{"information", "enquiries", "please"}, []string{"contact", "for", "email"}},
		"announceverbs":     {11, []string{"talk", "pick", "mention"}, []string{"stress", "turn", "talked"}},
		"titlelowercase":    {11, []string{"on", "of", "an", "by"}, []string{"with", "from", "or", "but"}},
		"issuedtextheads":   {7, []string{"statement", "remarks", "communiqué"}, []string{"notice", "letter", "remark"}},
		"textnouns":         {5, []string{"declaration", "letter", "communique"}, []string{"statements", "readout", "notice"}},
		"newsagencywords":   {5, []string{"news", "press", "wire"}, []string{"agency", "service", "television"}},
		"legalforms":        {13, []string{"corp", "inc.", "plc", "limited"}, []string{"group", "holdings", "ag"}},
		"partyinitials":     {3, []string{"r", "d", "i"}, []string{"rep", "dem", "ind"}},
		"mediumnouns":       {18, []string{"post", "tweet", "report", "transcript"}, []string{"statement", "platform", "account", "fund"}},
	} {
		s, ok := sets[name]
		if !ok {
			t.Errorf("no class %s", name)
			continue
		}
		checkClass(t, name, "words", s, want.n, want.in, want.out)
	}
	if got := WordClass("finitedo").Words(); strings.Join(got, " ") != "'d 'll 'm 're 've did do does shall" {
		t.Errorf("finitedo words = %v", got)
	}
}

// TestWordClassErrors: a line without a defined source, a word not in lower case, a repeated word
// and a line without the separator are errors naming the file and line.
func TestWordClassErrors(t *testing.T) {
	head := "# Sources:\n#   g = A Grammar, ch. 1\n"
	for body, want := range map[string]string{
		"the | g\na | h\n": "x.txt:4: source \"h\" is not defined",
		"The | g\n":        "x.txt:3: word \"The\" is not one lower-case word",
		"no longer | g\n":  "x.txt:3: word \"no longer\" is not one lower-case word",
		"the | g\nthe | g": "x.txt:4: word \"the\" listed twice",
		"the\n":            "x.txt:3: want \"word | source\"",
	} {
		_, err := parseWordClasses(fstest.MapFS{"x.txt": {Data: []byte(head + body)}})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: err = %v, want %q", body, err, want)
		}
	}
	sets, err := parseWordClasses(fstest.MapFS{"x.txt": {Data: []byte(head + "the | g\n\n# a comment\nan | g\n")}})
	if err != nil || sets["x"].Len() != 2 || !sets["x"].Has("an") || (WordSet{}).Has("the") {
		t.Errorf("valid file: %v, %v", sets, err)
	}
}

// TestWordClassUnknown: asking for a class no file defines is a build defect and panics.
func TestWordClassUnknown(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("WordClass of an unknown name did not panic")
		}
	}()
	WordClass("no-such-class")
}

// TestPhraseClassesEmbedded: restruct13's phrase classes (data/wordclasses/phrases), whole
// phrases of lower-case words joined by one space, and near misses that are no entry.
func TestPhraseClassesEmbedded(t *testing.T) {
	for name, want := range map[string]struct {
		n       int
		in, out []string
	}{
		"formalstates":  {8, []string{"republic of", "grand duchy of", "union of"}, []string{"republic", "people's republic of", "republic  of"}},
		"audiencenames": {10, []string{"you", "all of you", "ladies and gentlemen"}, []string{"all", "you guys", "ladies", "your"}},
		"pressnames":    {5, []string{"press corps", "reporters"}, []string{"state media", "press freedom law", "news media"}},
		"pressbodies":   {4, []string{"news media", "press"}, []string{"state media", "journalists", "the press"}},
	} {
		s := PhraseClass(name)
		checkClass(t, name, "phrases", s, want.n, want.in, want.out)
	}
}

// checkClass fails t unless the class called name holds n entries (unit names them in the
// message: "words" or "phrases"), every string of in and none of out.
func checkClass(t *testing.T, name, unit string, s interface {
	Len() int
	Has(string) bool
}, n int, in, out []string) {
	t.Helper()
	if s.Len() != n {
		t.Errorf("%s has %d %s, want %d", name, s.Len(), unit, n)
	}
	for _, w := range in {
		if !s.Has(w) {
			t.Errorf("%s lacks %q", name, w)
		}
	}
	for _, w := range out {
		if s.Has(w) {
			t.Errorf("%s holds %q", name, w)
		}
	}
}
