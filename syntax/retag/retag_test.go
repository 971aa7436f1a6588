package retag

import "testing"

// TestRepairs runs each repair on tag sequences of sentences written for this test, one that is
// re-tagged and one control that is not.
func TestRepairs(t *testing.T) {
	type tagged struct{ forms, upos, xpos []string }
	split := func(forms, upos, xpos string) tagged {
		return tagged{fields(forms), fields(upos), fields(xpos)}
	}
	cases := []struct {
		name string
		in   tagged
		run  func(f, u, x []string)
		at   int
		want string
	}{
		{"ThatClauseVerb", split("Norway urges that Sweden act .", "PROPN NOUN PRON PROPN VERB PUNCT", "NNP NNS WDT NNP VBP ."),
			func(f, u, x []string) { ThatClauseVerb(f, u, x) }, 1, "VBZ"},
		{"ThatClauseVerb control", split("Norway plans that began in May failed .", "PROPN NOUN PRON VERB ADP PROPN VERB PUNCT", "NNP NNS WDT VBD IN NNP VBD ."),
			func(f, u, x []string) { ThatClauseVerb(f, u, x) }, 1, "NNS"},
		{"MandativeClauseVerb", split("Chile urged that the African Union send monitors .", "PROPN VERB SCONJ DET PROPN PROPN NOUN NOUN PUNCT", "NNP VBD IN DT NNP NNP NN NNS ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 6, "VB"},
		{"MandativeClauseVerb particle", split("Chile demands that Peruvian police hand over the suspect .", "PROPN VERB SCONJ ADJ NOUN NOUN ADP DET NOUN PUNCT", "NNP VBZ IN JJ NN NN IN DT NN ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 5, "VB"},
		{"MandativeClauseVerb control clause verb", split("Chile asked that the dispute over the islands be settled .", "PROPN VERB SCONJ DET NOUN ADP DET NOUN AUX VERB PUNCT", "NNP VBD IN DT NN IN DT NNS VB VBN ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 4, "NN"},
		{"MandativeClauseVerb control no mandative verb", split("Chile said that the African Union send monitors .", "PROPN VERB SCONJ DET PROPN PROPN NOUN NOUN PUNCT", "NNP VBD IN DT NNP NNP NN NNS ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 6, "NN"},
		{"MandativeClauseVerb control compound", split("Chile requested that the trade review panel , not Peru , decide .", "PROPN VERB SCONJ DET NOUN NOUN NOUN PUNCT PART PROPN PUNCT VERB PUNCT", "NNP VBD IN DT NN NN NN , RB NNP , VB ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 5, "NN"},
		{"MandativeClauseVerb control compound head", split("Chile requested that the trade review panel , not Peru , decide .", "PROPN VERB SCONJ DET NOUN NOUN NOUN PUNCT PART PROPN PUNCT VERB PUNCT", "NNP VBD IN DT NN NN NN , RB NNP , VB ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 6, "NN"},
		{"MandativeClauseVerb intransitive", split("Kenya insisted that the electoral commission resign .", "PROPN VERB SCONJ DET ADJ NOUN NOUN PUNCT", "NNP VBD IN DT JJ NN NN ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 6, "VB"},
		{"MandativeClauseVerb noun", split("Ghana repeated its demand that the junta resign .", "PROPN VERB PRON NOUN PRON DET NOUN NOUN PUNCT", "NNP VBD PRP$ NN WDT DT NN NN ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 7, "VB"},
		{"MandativeClauseVerb noun object", split("Peru renewed its request that Chilean courts extradite the banker .", "PROPN VERB PRON NOUN PRON ADJ NOUN NOUN DET NOUN PUNCT", "NNP VBD PRP$ NN WDT JJ NNS NN DT NN ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 7, "VB"},
		{"MandativeClauseVerb final reporting clause", split("Ghana repeated its demand that the junta resign , the radio said .", "PROPN VERB PRON NOUN PRON DET NOUN NOUN PUNCT DET NOUN VERB PUNCT", "NNP VBD PRP$ NN WDT DT NN NN , DT NN VBD ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 7, "VB"},
		{"MandativeClauseVerb control noun relative", split("Ghana rejected the demand that the junta made .", "PROPN VERB DET NOUN PRON DET NOUN VERB PUNCT", "NNP VBD DT NN WDT DT NN VBD ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 7, "VBD"},
		{"MandativeClauseVerb control noun not mandative", split("Ghana repeated its claim that the junta resign .", "PROPN VERB PRON NOUN PRON DET NOUN NOUN PUNCT", "NNP VBD PRP$ NN WDT DT NN NN ."),
			func(f, u, x []string) { MandativeClauseVerb(f, u, x) }, 7, "NN"},
		{"InfinitiveVerb particle", split("Peru told Chile to hand over the suspects .", "PROPN VERB PROPN PART NOUN ADP DET NOUN PUNCT", "NNP VBD NNP TO NN IN DT NNS ."),
			func(f, u, x []string) { InfinitiveVerb(f, u, x) }, 4, "VB"},
		{"InfinitiveVerb object", split("Peru asked Chile to table a motion .", "PROPN VERB PROPN PART NOUN DET NOUN PUNCT", "NNP VBD NNP TO NN DT NN ."),
			func(f, u, x []string) { InfinitiveVerb(f, u, x) }, 4, "VB"},
		{"InfinitiveVerb control preposition", split("Peru sent aid to flood victims .", "PROPN VERB NOUN ADP NOUN NOUN PUNCT", "NNP VBD NN IN NN NNS ."),
			func(f, u, x []string) { InfinitiveVerb(f, u, x) }, 4, "NN"},
		{"InfinitiveVerb control no object", split("Peru agreed to talks on trade .", "PROPN VERB PART NOUN ADP NOUN PUNCT", "NNP VBD TO NN IN NN ."),
			func(f, u, x []string) { InfinitiveVerb(f, u, x) }, 3, "NN"},
		{"VerbAfterSubject", split("The council warns Iran .", "DET NOUN NOUN PROPN PUNCT", "DT NN NNS NNP ."),
			func(f, u, x []string) { VerbAfterSubject(f, u, x) }, 2, "VBZ"},
		{"PronounVerbs", split("It insists on talks .", "PRON NOUN ADP NOUN PUNCT", "PRP NNS IN NNS ."),
			PronounVerbs, 1, "VBZ"},
		{"PronounVerbs object it", split("made it policy .", "VERB PRON NOUN PUNCT", "VBD PRP NN ."),
			PronounVerbs, 2, "NN"},
		{"RestrictedPronounVerb", split("We in this chamber demand that Peru act .", "PRON ADP DET NOUN NOUN SCONJ PROPN VERB PUNCT", "PRP IN DT NN NN IN NNP VBP ."),
			RestrictedPronounVerb, 4, "VBP"},
		{"ParticipleAfterInfinitive", split("to expel convicted spies", "PART VERB VERB NOUN", "TO VB VBD NNS"),
			func(f, u, x []string) { ParticipleAfterInfinitive(f, u, x) }, 2, "VBN"},
		{"PastForParticiple", split("Chile , citing costs , delayed the vote .", "PROPN PUNCT VERB NOUN PUNCT VERB DET NOUN PUNCT", "NNP , VBG NNS , VBN DT NN ."),
			PastForParticiple, 5, "VBD"},
		{"PastForParticiple by-gerund", split("Peru retaliated by suspending imports .", "PROPN VERB ADP VERB NOUN PUNCT", "NNP VBN IN VBG NNS ."),
			PastForParticiple, 1, "VBD"},
		{"PastForParticiple control agent", split("Talks backed by Peru .", "NOUN VERB ADP PROPN PUNCT", "NNS VBN IN NNP ."),
			PastForParticiple, 1, "VBN"},
		{"PastForParticiple control gerund agent", split("Peru responded by suspending .", "PROPN VERB ADP VERB PUNCT", "NNP VBN IN VBG ."),
			PastForParticiple, 1, "VBN"},
		{"PhrasalAfterOperator", split("Iran will not back down .", "PROPN AUX PART ADV ADV PUNCT", "NNP MD RB RB RB ."),
			func(f, u, x []string) { PhrasalAfterOperator(f, u, x) }, 3, "VB"},
		{"PhrasalAfterOperator do", split("Chile did not back away from it", "PROPN AUX PART ADV ADV ADP PRON", "NNP VBD RB RB RB IN PRP"),
			func(f, u, x []string) { PhrasalAfterOperator(f, u, x) }, 3, "VB"},
		{"PhrasalAfterOperator control transitive", split("Peru will also up the ante", "PROPN AUX ADV ADV DET NOUN", "NNP MD RB RB DT NN"),
			func(f, u, x []string) { PhrasalAfterOperator(f, u, x) }, 2, "RB"},
		{"PhrasalAfterOperator control be", split("They will be back soon", "PRON AUX AUX ADV ADV", "PRP MD VB RB RB"),
			func(f, u, x []string) { PhrasalAfterOperator(f, u, x) }, 3, "RB"},
		{"PhrasalAfterOperator control adverb", split("Talks will soon resume", "NOUN AUX ADV VERB", "NNS MD RB VB"),
			func(f, u, x []string) { PhrasalAfterOperator(f, u, x) }, 2, "RB"},
		{"PluralSubjectVerbBeforeThat", split("Officials in Lima fear that Chile will act .", "NOUN ADP PROPN NOUN PRON PROPN AUX VERB PUNCT", "NNS IN NNP NN WDT NNP MD VB ."),
			func(f, u, x []string) { PluralSubjectVerbBeforeThat(f, u, x) }, 3, "VBP"},
		{"PluralSubjectVerbBeforeThat control verb before", split("Officials said Lima fear that Chile will act .", "NOUN VERB PROPN NOUN PRON PROPN AUX VERB PUNCT", "NNS VBD NNP NN WDT NNP MD VB ."),
			func(f, u, x []string) { PluralSubjectVerbBeforeThat(f, u, x) }, 3, "NN"},
		{"PluralSubjectVerbBeforeThat control singular subject", split("The office in Lima report that Chile will act .", "DET NOUN ADP PROPN NOUN PRON PROPN AUX VERB PUNCT", "DT NN IN NNP NN WDT NNP MD VB ."),
			func(f, u, x []string) { PluralSubjectVerbBeforeThat(f, u, x) }, 4, "NN"},
		{"PrefixedAdjective", split("Peru imposed anti-dumping duties .", "PROPN VERB VERB NOUN PUNCT", "NNP VBD VBG NNS ."),
			func(f, u, x []string) { PrefixedAdjective(f, u, x) }, 2, "JJ"},
		{"PrefixedAdjective control", split("Peru imposed dumping duties .", "PROPN VERB VERB NOUN PUNCT", "NNP VBD VBG NNS ."),
			func(f, u, x []string) { PrefixedAdjective(f, u, x) }, 2, "VBG"},
		{"FinitelessVerb", split("Peru , like Chile , plans to sue .", "PROPN PUNCT ADP PROPN PUNCT NOUN PART VERB PUNCT", "NNP , IN NNP , NNS TO VB ."),
			FinitelessVerb, 5, "VBZ"},
	}
	for _, c := range cases {
		c.run(c.in.forms, c.in.upos, c.in.xpos)
		if got := c.in.xpos[c.at]; got != c.want {
			t.Errorf("%s: %q tagged %s, want %s", c.name, c.in.forms[c.at], got, c.want)
		}
	}
	// Names: only the words marked as inside a name
	forms, upos, xpos := fields("Amnesty Watch urged Peru"), fields("PROPN AUX VERB PROPN"), fields("NNP VBZ VBD NNP")
	Names(forms, upos, xpos, []bool{true, true, false, false})
	if xpos[1] != "NNP" || xpos[2] != "VBD" {
		t.Errorf("Names: %v", xpos)
	}
}

func fields(s string) []string {
	var out []string
	w := ""
	for _, r := range s + " " {
		if r == ' ' {
			if w != "" {
				out = append(out, w)
			}
			w = ""
			continue
		}
		w += string(r)
	}
	return out
}

// TestGenitiveHeadLowerProper (nouns19): a lower-case word the tagger read as a proper noun
// after a genitive is a common noun; a capitalized one (a name: "Chile's Congress") and an
// all-capital acronym stay proper nouns.
func TestGenitiveHeadLowerProper(t *testing.T) {
	forms := []string{"Peru", "'s", "vow", "to", "repay", "its", "creditors"}
	upos := []string{"PROPN", "PART", "PROPN", "PART", "VERB", "PRON", "NOUN"}
	xpos := []string{"NNP", "POS", "NNP", "TO", "VB", "PRP$", "NNS"}
	if GenitiveHead(forms, upos, xpos) != 1 || xpos[2] != "NN" || upos[2] != "NOUN" {
		t.Errorf("Peru's vow: not re-tagged (%q %q)", upos[2], xpos[2])
	}
	forms = []string{"Peru", "'s", "Congress", "voted"}
	upos = []string{"PROPN", "PART", "PROPN", "VERB"}
	xpos = []string{"NNP", "POS", "NNP", "VBD"}
	if GenitiveHead(forms, upos, xpos) != 0 || xpos[2] != "NNP" {
		t.Errorf("Peru's Congress: re-tagged %q", xpos[2])
	}
	forms = []string{"its", "NATO", "allies"}
	upos = []string{"PRON", "PROPN", "NOUN"}
	xpos = []string{"PRP$", "NNP", "NNS"}
	if GenitiveHead(forms, upos, xpos) != 0 || xpos[1] != "NNP" {
		t.Errorf("its NATO allies: re-tagged %q", xpos[1])
	}
}

func TestGenitiveHead(t *testing.T) {
	forms := []string{"Chile", "'s", "refusal", "to", "sign", "the", "treaty"}
	upos := []string{"PROPN", "PART", "ADJ", "PART", "VERB", "DET", "NOUN"}
	xpos := []string{"NNP", "POS", "JJ", "TO", "VB", "DT", "NN"}
	if GenitiveHead(forms, upos, xpos) != 1 || xpos[2] != "NN" || upos[2] != "NOUN" {
		t.Errorf("Chile's refusal to sign: not re-tagged (%q %q)", upos[2], xpos[2])
	}
	forms = []string{"Chile", "deplored", "its", "refusal", "to", "sign"}
	upos = []string{"PROPN", "VERB", "PRON", "ADJ", "PART", "VERB"}
	xpos = []string{"NNP", "VBD", "PRP$", "JJ", "TO", "VB"}
	if GenitiveHead(forms, upos, xpos) != 1 || xpos[3] != "NN" {
		t.Errorf("its refusal to sign: not re-tagged (%q)", xpos[3])
	}
	forms = []string{"Chile", "acted", "on", "its", "own", "."}
	upos = []string{"PROPN", "VERB", "ADP", "PRON", "ADJ", "PUNCT"}
	xpos = []string{"NNP", "VBD", "IN", "PRP$", "JJ", "."}
	if GenitiveHead(forms, upos, xpos) != 0 || xpos[4] != "JJ" {
		t.Errorf("on its own: re-tagged %q", xpos[4])
	}
	forms = []string{"Chile", "'s", "new", "treaty"}
	upos = []string{"PROPN", "PART", "ADJ", "NOUN"}
	xpos = []string{"NNP", "POS", "JJ", "NN"}
	if GenitiveHead(forms, upos, xpos) != 0 || xpos[2] != "JJ" {
		t.Errorf("Chile's new treaty: re-tagged %q", xpos[2])
	}
	forms = []string{"Chile", "'s", "ready", "to", "sign"}
	upos = []string{"PROPN", "AUX", "ADJ", "PART", "VERB"}
	xpos = []string{"NNP", "VBZ", "JJ", "TO", "VB"}
	if GenitiveHead(forms, upos, xpos) != 0 || xpos[2] != "JJ" {
		t.Errorf("Chile's ready to sign (is): re-tagged %q", xpos[2])
	}
}

// TestModalBeforeTo: a modal form before a to-infinitive is the noun (Quirk et al. 1985,
// 3.40-3.42: central modals take the bare infinitive); a modal before a bare verb, "ought to",
// and "will" before the preposition "to" stay as tagged.
func TestModalBeforeTo(t *testing.T) {
	cases := []struct {
		forms, upos, xpos []string
		at                int
		want              string
	}{
		{[]string{"its", "resolve", "and", "will", "to", "defend", "its", "rights"},
			[]string{"PRON", "NOUN", "CCONJ", "AUX", "PART", "VERB", "PRON", "NOUN"},
			[]string{"PRP$", "NN", "CC", "MD", "TO", "VB", "PRP$", "NNS"}, 3, "NN"},
		{[]string{"the", "political", "will", "to", "reform"},
			[]string{"DET", "ADJ", "AUX", "PART", "VERB"},
			[]string{"DT", "JJ", "MD", "TO", "VB"}, 2, "NN"},
		{[]string{"Peru", "will", "defend", "its", "rights"},
			[]string{"PROPN", "AUX", "VERB", "PRON", "NOUN"},
			[]string{"NNP", "MD", "VB", "PRP$", "NNS"}, 1, "MD"},
		{[]string{"Peru", "ought", "to", "defend", "them"},
			[]string{"PROPN", "AUX", "PART", "VERB", "PRON"},
			[]string{"NNP", "MD", "TO", "VB", "PRP"}, 1, "MD"},
		{[]string{"we", "will", "to", "some", "extent", "agree"},
			[]string{"PRON", "AUX", "ADP", "DET", "NOUN", "VERB"},
			[]string{"PRP", "MD", "IN", "DT", "NN", "VB"}, 1, "MD"},
	}
	for _, c := range cases {
		ModalBeforeTo(c.forms, c.upos, c.xpos)
		if c.xpos[c.at] != c.want {
			t.Errorf("%v: %s tagged %s, want %s", c.forms, c.forms[c.at], c.xpos[c.at], c.want)
		}
	}
}

// TestParticipleBeforeDeterminer: a clause-initial -ing word before a determiner is the
// participle (Quirk et al. 1985, 5.13-5.14, 15.56); mid-clause or before a noun it stays.
func TestParticipleBeforeDeterminer(t *testing.T) {
	forms := []string{"Welcoming", "the", "agreement", ",", "Chile", "said"}
	upos := []string{"ADJ", "DET", "NOUN", "PUNCT", "PROPN", "VERB"}
	xpos := []string{"JJ", "DT", "NN", ",", "NNP", "VBD"}
	if ParticipleBeforeDeterminer(forms, upos, xpos) != 1 || xpos[0] != "VBG" || upos[0] != "VERB" {
		t.Errorf("Welcoming the agreement: %s %s", upos[0], xpos[0])
	}
	forms = []string{"Growing", "tensions", "worried", "Chile"}
	upos = []string{"ADJ", "NOUN", "VERB", "PROPN"}
	xpos = []string{"JJ", "NNS", "VBD", "NNP"}
	if ParticipleBeforeDeterminer(forms, upos, xpos) != 0 || xpos[0] != "JJ" {
		t.Errorf("Growing tensions: re-tagged %s", xpos[0])
	}
	forms = []string{"Chile", "saw", "a", "rising", "the", "tide"}
	upos = []string{"PROPN", "VERB", "DET", "ADJ", "DET", "NOUN"}
	xpos = []string{"NNP", "VBD", "DT", "JJ", "DT", "NN"}
	if ParticipleBeforeDeterminer(forms, upos, xpos) != 0 || xpos[3] != "JJ" {
		t.Errorf("mid-clause -ing: re-tagged %s", xpos[3])
	}
}

// TestZeroThatClauseVerb: an opening subject's -s word before a name or pronoun and a finite verb
// is the verb of a zero-that report (Quirk et al. 1985, 16.31); with no finite verb after the
// next noun phrase, or a finite verb before the -s word, it stays.
func TestZeroThatClauseVerb(t *testing.T) {
	forms := []string{"Jordan", "worries", "Israel", "could", "expel", "workers"}
	upos := []string{"PROPN", "NOUN", "PROPN", "AUX", "VERB", "NOUN"}
	xpos := []string{"NNP", "NNS", "NNP", "MD", "VB", "NNS"}
	if !ZeroThatClauseVerb(forms, upos, xpos) || xpos[1] != "VBZ" {
		t.Errorf("Jordan worries Israel could: %s", xpos[1])
	}
	forms = []string{"Kenya", "says", "it", "will", "help"}
	upos = []string{"PROPN", "NOUN", "PRON", "AUX", "VERB"}
	xpos = []string{"NNP", "NNS", "PRP", "MD", "VB"}
	if !ZeroThatClauseVerb(forms, upos, xpos) || xpos[1] != "VBZ" {
		t.Errorf("Kenya says it will: %s", xpos[1])
	}
	forms = []string{"Kenya", "exports", "rose", "sharply"}
	upos = []string{"PROPN", "NOUN", "VERB", "ADV"}
	xpos = []string{"NNP", "NNS", "VBD", "RB"}
	if ZeroThatClauseVerb(forms, upos, xpos) || xpos[1] != "NNS" {
		t.Errorf("Kenya exports rose: re-tagged %s", xpos[1])
	}
	forms = []string{"Kenya", "Airways", "flights", "Nairobi", "Mombasa"}
	upos = []string{"PROPN", "PROPN", "NOUN", "PROPN", "PROPN"}
	xpos = []string{"NNP", "NNP", "NNS", "NNP", "NNP"}
	if ZeroThatClauseVerb(forms, upos, xpos) || xpos[2] != "NNS" {
		t.Errorf("no finite verb after the name: re-tagged %s", xpos[2])
	}
}

// TestVerbalNoun: an -ing form between a genitive, possessive or "the" and "of" is a verbal noun
// (Quirk et al. 1985, 17.54); a gerund with its object after it, or with no determiner, stays.
func TestVerbalNoun(t *testing.T) {
	for _, c := range []struct {
		forms, upos, xpos []string
		want              int
	}{
		{[]string{"Oslo", "'s", "backing", "of", "the", "bid"}, []string{"PROPN", "PART", "VERB", "ADP", "DET", "NOUN"}, []string{"NNP", "POS", "VBG", "IN", "DT", "NN"}, 1},
		{[]string{"its", "funding", "of", "the", "rebels"}, []string{"PRON", "VERB", "ADP", "DET", "NOUN"}, []string{"PRP$", "VBG", "IN", "DT", "NNS"}, 1},
		{[]string{"Oslo", "'s", "backing", "the", "bid"}, []string{"PROPN", "PART", "VERB", "DET", "NOUN"}, []string{"NNP", "POS", "VBG", "DT", "NN"}, 0},
		{[]string{"after", "hearing", "of", "the", "bid"}, []string{"ADP", "VERB", "ADP", "DET", "NOUN"}, []string{"IN", "VBG", "IN", "DT", "NN"}, 0},
	} {
		if got := VerbalNoun(c.forms, c.upos, c.xpos); got != c.want {
			t.Errorf("%v: re-tagged %d, want %d", c.forms, got, c.want)
		}
	}
}

// TestOpeningNounBeforePast: an opening base-form "verb" before a preposition of noun
// complementation and a later past tense in the same clause is a noun (Quirk et al. 1985,
// 11.24-11.25, 2.3); an imperative with its own object, a second clause after a comma, or a
// modal leave the tagger's reading.
func TestOpeningNounBeforePast(t *testing.T) {
	cases := []struct {
		forms, upos, xpos []string
		want              string
	}{
		{[]string{"Support", "for", "the", "rebels", "came", "from", "Iran"},
			[]string{"VERB", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN"}, []string{"VB", "IN", "DT", "NNS", "VBD", "IN", "NNP"}, "NN"},
		{[]string{"Support", "the", "rebels", "who", "came", "from", "Iran"},
			[]string{"VERB", "DET", "NOUN", "PRON", "VERB", "ADP", "PROPN"}, []string{"VB", "DT", "NNS", "WP", "VBD", "IN", "NNP"}, "VB"},
		{[]string{"Vote", "for", "peace", ",", "Chile", "urged", "voters"},
			[]string{"VERB", "ADP", "NOUN", "PUNCT", "PROPN", "VERB", "NOUN"}, []string{"VB", "IN", "NN", ",", "NNP", "VBD", "NNS"}, "VB"},
		{[]string{"Wait", "for", "the", "vote", "and", "Chile", "agreed"},
			[]string{"VERB", "ADP", "DET", "NOUN", "CCONJ", "PROPN", "VERB"}, []string{"VB", "IN", "DT", "NN", "CC", "NNP", "VBD"}, "VB"},
	}
	for _, c := range cases {
		OpeningNounBeforePast(c.forms, c.upos, c.xpos)
		if c.xpos[0] != c.want {
			t.Errorf("%v: %s tagged %s, want %s", c.forms, c.forms[0], c.xpos[0], c.want)
		}
	}
}

// TestLowerProper (concede20): a lower-case word after an article that the tagger read as a
// proper noun is a common noun ("an amnesty"); a capitalized one ("the Kremlin"), a word after
// no article ("to scrap it") and a word with a capital inside ("an iPhone") stay as tagged.
func TestLowerProper(t *testing.T) {
	forms := []string{"announced", "an", "amnesty", "for", "prisoners"}
	upos := []string{"VERB", "DET", "PROPN", "ADP", "NOUN"}
	xpos := []string{"VBD", "DT", "NNP", "IN", "NNS"}
	if LowerProper(forms, upos, xpos) != 1 || upos[2] != "NOUN" || xpos[2] != "NN" {
		t.Errorf("an amnesty: %q %q", upos[2], xpos[2])
	}
	forms = []string{"the", "Kremlin", "urged", "the", "ministry", "to", "scrap", "an", "iPhone"}
	upos = []string{"DET", "PROPN", "VERB", "DET", "NOUN", "PART", "PROPN", "DET", "PROPN"}
	xpos = []string{"DT", "NNP", "VBD", "DT", "NN", "TO", "NNP", "DT", "NNP"}
	if n := LowerProper(forms, upos, xpos); n != 0 {
		t.Errorf("re-tagged %d: %q", n, upos)
	}
}

// TestAdverbBeforeObject (trailing20 T3): a word outside the closed class of prepositions that
// the tagger read as IN between a verb and a noun phrase is an adverb; a preposition there
// ("called off the strike", "voted against the plan") is left.
func TestAdverbBeforeObject(t *testing.T) {
	for _, c := range []struct {
		forms, upos, xpos string
		at                int
		want              string
	}{
		{"Lima refused outright the offer .", "PROPN VERB ADP DET NOUN PUNCT", "NNP VBD IN DT NN .", 2, "RB"},
		{"Kenya rejected outright Uganda 's plan .", "PROPN VERB ADP PROPN PART NOUN PUNCT", "NNP VBD IN NNP POS NN .", 2, "RB"},
		{"Unions called off the strike .", "NOUN VERB ADP DET NOUN PUNCT", "NNS VBD IN DT NN .", 2, "IN"},
		{"Peru voted against the plan .", "PROPN VERB ADP DET NOUN PUNCT", "NNP VBD IN DT NN .", 2, "IN"},
		{"Outright the plan failed .", "ADP DET NOUN VERB PUNCT", "IN DT NN VBD .", 0, "IN"},
	} {
		f, u, x := fields(c.forms), fields(c.upos), fields(c.xpos)
		AdverbBeforeObject(f, u, x)
		if x[c.at] != c.want {
			t.Errorf("%s: %s tagged %s, want %s", c.forms, f[c.at], x[c.at], c.want)
		}
	}
}
