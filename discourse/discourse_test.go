package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// paras splits an invented document into paragraphs at blank lines, with code-point offsets.
func paras(text string) []Para {
	var out []Para
	off := 0
	for _, p := range strings.Split(text, "\n\n") {
		n := len([]rune(p))
		out = append(out, Para{Start: off, End: off + n, Text: p})
		off += n + 2
	}
	return out
}

// describe renders the units as "role rule speaker" per paragraph, with * for furniture, so that
// a case reads as the transcript's structure.
func describe(text string) []string {
	ps := paras(text)
	r := []rune(text)
	var out []string
	for _, u := range Analyze(ps) {
		s := string(u.Role)
		if s == "" {
			s = "-"
		}
		if u.Rule != "" {
			s += " " + u.Rule
		}
		if !u.Speaker.Empty() {
			s += " [" + string(r[u.Speaker.Start:u.Speaker.End]) + "]"
		}
		if u.Furniture {
			s += " *"
		}
		out = append(out, s)
	}
	return out
}

func TestAnalyze(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"ministry press conference: title speaker, Q and A",
			"Foreign Ministry Spokesperson Mei Lan's Regular Press Conference on March 3, 2031\n\n" +
				"At the invitation of Chile, Premier Ho Tan will visit Santiago next week.\n\n" +
				"Q: Chile says the port deal is off. Do you have any comment?\n\n" +
				"A: We have noted the reports. Our position on the port is consistent.\n\n" +
				"We urge Chile to honour the agreement.\n\n" +
				"Q: Will the minister travel too?\n\n" +
				"A: I have nothing to release at the moment.",
			[]string{"- title:speaker [Foreign Ministry Spokesperson Mei Lan] *", "title title:speaker [Foreign Ministry Spokesperson Mei Lan]",
				"question turn:question [Q]", "answer turn:answer [Foreign Ministry Spokesperson Mei Lan]",
				"answer turn:answer [Foreign Ministry Spokesperson Mei Lan]", "question turn:question [Q]",
				"answer turn:answer [Foreign Ministry Spokesperson Mei Lan]"}},
		{"follow-up and numbered question labels open question turns",
			"Foreign Ministry Spokesperson Mei Lan's Regular Press Conference on March 3, 2031\n\n" +
				"Q: Chile has cut its copper quota. Do you have any comment?\n\n" +
				"A: We have noted the reports.\n\n" +
				"Follow-up: Some say Chile will raise its tariffs next. Will you respond?\n\n" +
				"A: I have nothing to add.\n\n" +
				"Follow-up question: Peru opposes the quota. Will you talk to Peru?\n\n" +
				"A: We keep in touch with Peru.\n\n" +
				"Q2: Will the premier visit Lima?\n\n" +
				"A: Please stay tuned.\n\n" +
				"Question 3: Is the visit off?\n\n" +
				"A: No.\n\n" +
				"Quarter 2: exports rose, as we said.",
			[]string{"- title:speaker [Foreign Ministry Spokesperson Mei Lan] *", "question turn:question [Q]", "answer turn:answer [Foreign Ministry Spokesperson Mei Lan]",
				"question turn:question [Follow-up]", "answer turn:answer [Foreign Ministry Spokesperson Mei Lan]",
				"question turn:question [Follow-up question]", "answer turn:answer [Foreign Ministry Spokesperson Mei Lan]",
				"question turn:question [Q2]", "answer turn:answer [Foreign Ministry Spokesperson Mei Lan]",
				"question turn:question [Question 3]", "answer turn:answer [Foreign Ministry Spokesperson Mei Lan]",
				"answer turn:answer [Foreign Ministry Spokesperson Mei Lan]"}},
		{"questioners named by their outlet, answers by the named spokesman",
			"Ren Tao: Friends from the press, good afternoon. I will take your questions.\n\n" +
				"Global Wire: Officials in Lima said talks will resume. What is the ministry's comment?\n\n" +
				"Ren Tao: We welcome the talks. Tariffs help nobody.\n\n" +
				"Daily Ledger: Will the ministry publish the list? When?\n\n" +
				"Ren Tao: The list will be published in due course.\n\n" +
				"We have no timetable yet.",
			[]string{"turn turn:label [Ren Tao]", "question turn:question [Global Wire]", "turn turn:label [Ren Tao]",
				"question turn:question [Daily Ledger]", "turn turn:label [Ren Tao]", "turn turn:label [Ren Tao]"}},
		{"background call: moderator, bracketed and capital labels, questions",
			"Background Press Call by Senior Energy Officials on the Pipeline Review\n\n" +
				"MODERATOR: Thanks, everyone. This call is on background. I will turn it over to [senior energy official].\n\n" +
				"SENIOR ENERGY OFFICIAL: Thanks. We will block the pipeline permit until the review ends.\n\n" +
				"Our view is that the review must be fair.\n\n" +
				"Q: Will Canada be consulted?\n\n" +
				"[Senior energy official]: Canada will be consulted in full.\n\n" +
				"QUESTION: And Mexico?",
			[]string{"- title:speaker [Senior Energy Officials] *", "moderator turn:moderator [MODERATOR]", "turn turn:label [SENIOR ENERGY OFFICIAL]",
				"turn turn:label [SENIOR ENERGY OFFICIAL]", "question turn:question [Q]",
				"turn turn:label [Senior energy official]", "question turn:question [QUESTION]"}},
		{"a statement issued whole, ended by a release mark",
			"Oslo – Trade Minister Hale Oduya issued the following statement today on the fisheries accord:\n\n" +
				"“Norway has kept every term of the accord.\n\n" +
				"“The appropriate response from the Faroes should be to return to the agreed shares.”\n\n" +
				"###\n\n" +
				"Media contact: press office.",
			[]string{"- *", "statement block:statement [Trade Minister Hale Oduya]", "statement block:statement [Trade Minister Hale Oduya]", "-", "-"}},
		{"a statement quoted inside a story ends with its quotation",
			"Munich was quiet on Sunday.\n\n" +
				"The police have not named a suspect.\n\n" +
				"Markets were closed.\n\n" +
				"In response, Senator Lena Holm issued the following statement:\n\n" +
				"\u201cOur prayers are with the families. This cannot continue.\u201d\n\n" +
				"Holm, who leads the committee, has called for new laws.",
			[]string{"-", "-", "-", "- *", "statement block:statement [Senator Lena Holm]", "-"}},
		{"a statement in plain paragraphs deep in a story covers one paragraph",
			"Munich was quiet on Sunday.\n\n" +
				"The police have not named a suspect.\n\n" +
				"Markets were closed.\n\n" +
				"Senator Lena Holm released the following statement:\n\n" +
				"Our prayers are with the families.\n\n" +
				"Holm leads the committee.",
			[]string{"-", "-", "-", "- *", "statement block:statement [Senator Lena Holm]", "-"}},
		{"a label alone on its line opens a speaker's quoted turn",
			"Finance Minister Ana Berg:\n\n" +
				"“We made real progress with Peru in these talks.”\n\n" +
				"Trade Envoy Rui Dias:\n\n" +
				"“This was, as the minister said, a constructive week.”\n\n" +
				"The talks ended on Sunday.",
			[]string{"turn turn:label [Finance Minister Ana Berg] *", "turn turn:label [Finance Minister Ana Berg]",
				"turn turn:label [Trade Envoy Rui Dias] *", "turn turn:label [Trade Envoy Rui Dias]", "-"}},
		{"a quotation of several paragraphs closed by a dash line",
			"The envoy spoke after the vote.\n\n" +
				"“The embargo has failed and it must end.\n\n" +
				"“We will keep pressing the council.”\n\n" +
				"— Deputy Envoy Rina Solk\n\n" +
				"The council adjourned.",
			[]string{"-", "quote quote:dash-line [Deputy Envoy Rina Solk]", "quote quote:dash-line [Deputy Envoy Rina Solk]", "- *", "-"}},
		{"a lead-in line ending in a colon",
			"Ministers reacted within the hour.\n\n" +
				"From Trade Minister Hale Oduya:\n\n" +
				"“Norway rejects the new quota.”\n\n" +
				"The Faroese government did not reply.",
			[]string{"-", "- *", "quote quote:lead-in [Trade Minister Hale Oduya]", "-"}},
		{"X said in a statement: then an unquoted paragraph",
			"Governor Lise Amundsen said in a statement:\n\n" +
				"The bank will hold rates until inflation falls.\n\n" +
				"Markets rose after the news.",
			[]string{"- *", "quote block:statement [Governor Lise Amundsen]", "-"}},
		{"X told reporters: then an unquoted paragraph is a quotation, not a statement",
			"Governor Lise Amundsen told reporters:\n\n" +
				"The bank will hold rates until inflation falls.\n\n" +
				"Markets rose after the news.",
			[]string{"- *", "quote quote:lead-in [Governor Lise Amundsen]", "-"}},
		{"said in a written statement: then quoted paragraphs is a statement block",
			"Harbour fees rose again in March.\n\n" +
				"Port Minister Teodor Vasi said in a written statement:\n\n" +
				"\u201cThe fees cover the dredging we owe the river towns.\n\n" +
				"\u201cWe will review them in the autumn.\u201d\n\n" +
				"Shipping firms said they would appeal.",
			[]string{"-", "- *", "quote block:statement [Port Minister Teodor Vasi]", "quote block:statement [Port Minister Teodor Vasi]", "-"}},
		{"said in a statement: opening a release, then plain paragraphs",
			"VELD, May 2 — Governor Lise Amundsen said in a statement:\n\n" +
				"The bank will hold rates until inflation falls.\n\n" +
				"We expect inflation to fall below three percent by the spring.\n\n" +
				"###",
			[]string{"- *", "statement block:statement [Governor Lise Amundsen]", "statement block:statement [Governor Lise Amundsen]", "-"}},
		{"a statement whose title names its speaker",
			"Statement from the Prime Minister Regarding the Harbor Dispute\n\n" +
				"Today I directed the navy to escort our fishing fleet. Peru must withdraw its patrol boats.",
			[]string{"- title:speaker [the Prime Minister] *", "title title:speaker [the Prime Minister]"}},
		{"testimony titled 'Statement of X Before …'",
			"Statement of Under Secretary Ravi Menon Before the Senate Banking Committee\n\n" +
				"Thank you, Chairman. I am pleased to testify on our sanctions program.",
			[]string{"- title:speaker [Under Secretary Ravi Menon] *", "title title:speaker [Under Secretary Ravi Menon]"}},
		{"a news story titled after a speech does not speak in that voice",
			"Clinton's Remarks on Trade Draw Fire\n\n" +
				"Hillary Clinton said on Monday that tariffs hurt farmers. Critics disagreed.",
			[]string{"-", "-"}},
		{"labels that open no turn, and times",
			"UPDATE: The ministry has since denied the report.\n\n" +
				"WATCH: Officials speak in Lima.\n\n" +
				"4:06 P.M. EDT\n\n" +
				"Why It Matters: Prices will rise. The bottom line: nobody knows.",
			[]string{"-", "-", "-", "-"}},
		{"a name and a colon opening a news paragraph is a heading, not a turn",
			"Lena Holm: Fishing quotas will be cut again\n\n" +
				"The minister told parliament on Monday that the cod stock had collapsed.\n\n" +
				"BOOM: The opposition walked out.\n\n" +
				"Critics said the cuts came too late.",
			[]string{"-", "-", "-", "-"}},
		{"sections in capitals of a story about their people are no turns",
			"LENA HOLM: She won the fisheries vote by a wide margin.\n\n" +
				"Her rivals conceded on Monday.\n\n" +
				"KARL DAHL: He finished third and will stay in parliament.",
			[]string{"-", "-", "-"}},
		{"a later paragraph of a turn may open with he",
			"SENIOR TRADE OFFICIAL: Thanks. The president set out the plan last week.\n\n" +
				"He also said tariffs would stay.\n\n" +
				"SENIOR TRADE OFFICIAL: One more point on steel.",
			[]string{"turn turn:label [SENIOR TRADE OFFICIAL]", "turn turn:label [SENIOR TRADE OFFICIAL]", "turn turn:label [SENIOR TRADE OFFICIAL]"}},
		{"a section that names its person is no turn of that person",
			"Lena Holm: Fishing quotas Senator Lena Holm proposed lower quotas in May.\n\n" +
				"Karl Dahl: Ports Karl Dahl wants new ports.\n\n" +
				"Ivo Berg: Taxes Mr. Berg would cut the fuel tax.",
			[]string{"-", "-", "-"}},
		{"a label alone on its line before an unquoted answer",
			"A reporter asked whether Chile would retaliate.\n\n" +
				"Vice Minister Ana Soto:\n\n" +
				"Chile will respond in proportion. We do not want a trade war.",
			[]string{"-", "turn turn:label [Vice Minister Ana Soto] *", "turn turn:label [Vice Minister Ana Soto]"}},
		{"a spokesperson's turn with a rhetorical question is no questioner's",
			"Press Briefing by Press Secretary Mia Dahl, May 2, 2031\n\n" +
				"MS. DAHL: Hi, everyone. Are we Tuesday? Yes. We imposed new sanctions today.\n\n" +
				"Q: Will there be more?\n\n" +
				"MS. DAHL: There will be more if the blockade continues.",
			[]string{"- title:speaker [Press Secretary Mia Dahl] *", "turn turn:label [MS. DAHL]", "question turn:question [Q]", "turn turn:label [MS. DAHL]"}},
		{"section headings of a fact sheet in capitals are no speakers",
			"REBALANCING TRADE WITH CHINA: This week the President reached a deal.\n\n" +
				"CHINESE ACTIONS:\n\n" +
				"China will suspend its export controls.\n\n" +
				"SECURING A WIN FOR THE AMERICAN PEOPLE: The deal caps the trip.",
			[]string{"-", "turn turn:label [CHINESE ACTIONS] *", "turn turn:label [CHINESE ACTIONS]", "-"}},
		{"short headlines after names over a story's sections are no turns",
			"Holm: Win in a walk.\n\nThe minister leads every poll in the north.\n\nDahl: Keep it close.\n\nHe needs the coastal towns.\n\nBerg: Survive.\n\nHis campaign is out of money.",
			[]string{"-", "-", "-", "-", "-", "-"}},
		{"a tally of names and numbers is no transcript",
			"Delegate count\n\nLena Holm: 1,769.\n\nKarl Dahl: 1,501.\n\nLena Holm: 547.\n\nThe count is final.",
			[]string{"-", "-", "-", "-", "-"}},
		{"a colon inside a sentence is no label",
			"The answer was simple: no deal. Peru said: “We will not pay.”",
			[]string{"-"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := describe(c.text)
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(c.want, "\n  "))
			}
		})
	}
}

func TestAnalyzeBodyAndIndex(t *testing.T) {
	text := "Q: Is the port open?\n\nA: It is open.\n\nIt stays open.\n\nQ: Why?"
	us := Analyze(paras(text))
	r := []rune(text)
	if got := string(r[us[1].Body:paras(text)[1].End]); got != "It is open." {
		t.Errorf("answer body %q, want %q", got, "It is open.")
	}
	if us[1].Index != us[2].Index || us[0].Index == us[1].Index || us[3].Index == us[2].Index {
		t.Errorf("turn indices %d %d %d %d: an answer's paragraphs share one, each label opens a new one", us[0].Index, us[1].Index, us[2].Index, us[3].Index)
	}
	if us[1].Speaker.Empty() == false {
		t.Errorf("an answer with no title speaker names nobody: %+v", us[1])
	}
}

func TestFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"Thank you.":               true,
		"Thanks, everyone.":        true,
		"Next question.":           true,
		"Good afternoon, friends.": true,
		"I'll turn it back over to [senior administration official].":                   true,
		"So, with that, let me hand it over to the Secretary.":                          true,
		"The floor is open for questions.":                                              true,
		"Thank you for the question, and we oppose the tariffs on steel and aluminium.": false,
		"Thanks to our allies, the sanctions are working.":                              false,
		"We will turn over the evidence to the court.":                                  false,
		"Welcome to the regular press conference of the ministry.":                      true,
		"Let's move to the next question.":                                              true,
		"Let us move on to the next topic.":                                             true,
		"Let us move to the next one.":                                                  true,
		"I don't want to get ahead of the President.":                                   true,
		"We'll have more to say soon.":                                                  true,
		"More details on that trip to come.":                                            true,
		"Okay, I've got to wrap it up.":                                                 true,
		"We will have more troops in the region by June, the minister said.":            false,
		"Let's move to sanction every company that trades with them.":                   false,
	} {
		if got := Furniture(s); got != want {
			t.Errorf("Furniture(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestLexiconParses(t *testing.T) {
	if _, err := parseLexicon("question\tq\nbogus\tx\n", "", ""); err == nil {
		t.Error("an unknown role in labels.txt must be an error")
	}
	if _, err := parseLexicon("", "thanks\tmany\n", ""); err == nil {
		t.Error("a furniture limit that is no number must be an error")
	}
	if len(lex.labels) == 0 || len(lex.furniture) == 0 || len(lex.headings) == 0 {
		t.Error("embedded lists are empty")
	}
}

// BenchmarkAnalyze times Analyze on an invented press-conference transcript of 200 turns (about
// 6,000 words); b.SetBytes makes the table show throughput.
func BenchmarkAnalyze(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("Foreign Ministry Spokesperson Mei Lan's Regular Press Conference on March 3, 2031\n\n")
	for i := 0; i < 100; i++ {
		sb.WriteString("Q: Chile says the port deal is off and the fleet will sail on Monday. Do you have any comment on that?\n\n")
		sb.WriteString("A: We have noted the reports. Our position on the port is consistent and clear, and we urge Chile to honour the agreement it signed.\n\n")
	}
	text := strings.TrimSuffix(sb.String(), "\n\n")
	ps := paras(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Analyze(ps)
	}
}

// TestAnalyzeParagraphWithoutTokens: a rule line ("___", "* * *") or an empty paragraph has no
// word tokens; the label, timestamp and furniture rules must take it without indexing past it.
func TestAnalyzeParagraphWithoutTokens(t *testing.T) {
	for _, p := range []string{"___", "", "* * *", "—", "[", "(", "0:", "[0"} {
		text := "Q: Will the tariffs stay?\n\n" + p + "\n\nA: They will.\n\n" + p
		if got := describe(text); len(got) != 4 {
			t.Errorf("%q: %d units, want 4", p, len(got))
		}
	}
}
