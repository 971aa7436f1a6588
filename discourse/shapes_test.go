package discourse

import (
	"fmt"
	"strings"
	"testing"
)

// TestLeadInShapes: lead-ins that end a narrative paragraph, lists of "From X:" reactions in plain
// paragraphs, and statements released after a release's header lines (issue 12).
func TestLeadInShapes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"a lead-in is the last sentence of its paragraph",
			"Talks on the quota ended on Friday. Deputy Envoy Sela Morn told reporters in Oslo:\n\n" +
				"\u201cThe fleets have ignored the quota.\n\n" +
				"\u201cThe offer stands.\u201d\n\n" +
				"The talks resume next month.",
			[]string{"- *", "quote quote:lead-in [Deputy Envoy Sela Morn]", "quote quote:lead-in [Deputy Envoy Sela Morn]", "-"}},
		{"an abbreviation's period ends no sentence",
			"The U.S. Trade Representative said:\n\n\u201cThe deal is done.\u201d",
			[]string{"- *", "quote quote:lead-in [The U.S. Trade Representative]"}},
		{"From X: over plain paragraphs runs to the next lead-in",
			"Ministers reacted within the hour.\n\n" +
				"From Trade Minister Hale Oduya:\n\n" +
				"The decision is unjustified.\n\n" +
				"Norway will challenge it.\n\n" +
				"From Finance Minister Petra Lund:\n\n" +
				"The decision will cost two billion kroner.",
			[]string{"-", "- *", "quote quote:lead-in [Trade Minister Hale Oduya]", "quote quote:lead-in [Trade Minister Hale Oduya]",
				"- *", "quote quote:lead-in [Finance Minister Petra Lund]"}},
		{"a statement after a release's header lines runs to the end, its lead-in ending with a period",
			"Office of the Trade Representative\n\n" +
				"FOR IMMEDIATE RELEASE\n\n" +
				"June 4, 2031\n\n" +
				"Trade Representative Marta Kell today released the following statement on steel.\n\n" +
				"The investigation found clear evidence of subsidies.\n\n" +
				"The findings will be published next week.",
			[]string{"-", "-", "-", "- *", "statement block:statement [Trade Representative Marta Kell]", "statement block:statement [Trade Representative Marta Kell]"}},
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

// TestQuestionLabelShapes: a questioner's outlet in parentheses after "Q", and "Q." / "A." with a
// period for the colon, open question and answer turns.
func TestQuestionLabelShapes(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"an outlet in parentheses after Q",
			"Q (Harbor Times): Tariffs take effect on Friday. How will the ministry respond?\n\n" +
				"A: The ministry will respond firmly.",
			[]string{"question turn:question [Q]", "answer turn:answer"}},
		{"Q. and A. with periods",
			"Q. Tariffs take effect on Friday. How will the ministry respond?\n\n" +
				"A. The ministry will respond firmly.",
			[]string{"question turn:question [Q]", "answer turn:answer"}},
		{"an initial A. with no question is no answer",
			"A. Smith wrote the report on the port.\n\nIt was published on Monday.",
			[]string{"-", "-"}},
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

// TestTitleAfterOccasion: a title whose speaker follows the occasion after a colon.
func TestTitleAfterOccasion(t *testing.T) {
	got := describe("Senate Banking Committee Hearing: Testimony of Under Secretary Paul Renner\n\n" +
		"I thank the committee. The sanctions have cut the reserves of the central bank.")
	want := []string{"- title:speaker [Under Secretary Paul Renner] *", "title title:speaker [Under Secretary Paul Renner]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTitleAsDelivered: "Remarks as Prepared for Delivery by X" names X.
func TestTitleAsDelivered(t *testing.T) {
	got := describe("Remarks as Prepared for Delivery by Ambassador Ines Carvo at the Port Forum\n\n" +
		"I thank the forum. Piracy in the gulf has tripled since 2029.")
	want := []string{"- title:speaker [Ambassador Ines Carvo] *", "title title:speaker [Ambassador Ines Carvo]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTitleHoldsConference: "<speaker> Holds Regular Press Conference on …" names its speaker.
func TestTitleHoldsConference(t *testing.T) {
	got := describe("Foreign Ministry Spokesperson Tomas Varga Holds Regular Press Conference on March 3, 2031\n\n" +
		"Q: Will the talks resume?\n\nA: The talks will resume in May.")
	want := []string{"- title:speaker [Foreign Ministry Spokesperson Tomas Varga] *", "question turn:question [Q]",
		"answer turn:answer [Foreign Ministry Spokesperson Tomas Varga]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTestimonyTitles: a witness named before the heading noun, or on the line under a heading
// that names none.
func TestTestimonyTitles(t *testing.T) {
	cases := []struct {
		name, text string
		want       []string
	}{
		{"speaker before the heading noun",
			"Under Secretary Paul Renner Testimony Before the Senate Committee on Banking\n\n" +
				"I thank the committee. The sanctions have cut the reserves of the central bank.",
			[]string{"- title:speaker [Under Secretary Paul Renner] *", "title title:speaker [Under Secretary Paul Renner]"}},
		{"speaker on the line under a speakerless heading",
			"Testimony Before the Senate Committee on Banking\n\n" +
				"Paul Renner, Under Secretary for Terrorism and Financial Intelligence\n\n" +
				"I thank the committee. The sanctions have cut the reserves of the central bank.",
			[]string{"title title:speaker [Paul Renner]", "- title:speaker [Paul Renner] *", "title title:speaker [Paul Renner]"}},
		{"a heading over a sentence is no byline",
			"Remarks at the Harbor Forum\n\n" +
				"Ships from Peru, Chile and Ecuador were in the harbor.\n\n" +
				"I thank the forum.",
			[]string{"-", "-", "-"}},
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

// TestModeratorFurniture: the chair's turn allocation and closings are furniture; assertions that
// open with the same words are not.
func TestModeratorFurniture(t *testing.T) {
	for s, want := range map[string]bool{
		"Thank you for that question.":                            true,
		"Let's take the next one.":                                true,
		"Go ahead.":                                               true,
		"Over to you.":                                            true,
		"That's all the time we have for today.":                  true,
		"Let's move on to the next question.":                     true,
		"I now give the floor to Ambassador Carvo.":               true,
		"The floor is yours.":                                     true,
		"Moving on, the tariffs have hurt farmers in the north.":  false,
		"Let's take a look at the export figures for March.":      false,
		"Good question marks hang over the whole budget process.": false,
	} {
		if got := Furniture(s); got != want {
			t.Errorf("Furniture(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestQuestionFromLabel: "Question from <outlet>:" opens a question turn.
func TestQuestionFromLabel(t *testing.T) {
	got := describe("Foreign Ministry Spokesperson Tomas Varga Holds Regular Press Conference on March 3, 2031\n\n" +
		"Question from Harbor Times: Lusitania closed its border yesterday. Will the ministry respond?\n\n" +
		"A: The ministry will respond firmly.")
	want := []string{"- title:speaker [Foreign Ministry Spokesperson Tomas Varga] *", "question turn:question [Question from Harbor Times]",
		"answer turn:answer [Foreign Ministry Spokesperson Tomas Varga]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestFollowingStatementForms: the forms of "the following statement" lead-in, active, passive and
// presentative, each naming the statement's author.
func TestFollowingStatementForms(t *testing.T) {
	body := "\n\nThe toll increase breaks the canal treaty of 2019.\n\nShipping firms have rerouted their vessels."
	for lead, want := range map[string]string{
		"The Ministry of Ports released the following joint statement:":                                              "The Ministry of Ports",
		"The following statement was released by Harbor Minister Oskar Lindqvist:":                                   "Harbor Minister Oskar Lindqvist",
		"The following statement was issued today by the Office of the Trade Representative:":                        "the Office of the Trade Representative",
		"Harbor Minister Oskar Lindqvist has released the following statement regarding the canal:":                  "Harbor Minister Oskar Lindqvist",
		"Following is the statement of Harbor Minister Oskar Lindqvist:":                                             "Harbor Minister Oskar Lindqvist",
		"Below is the full statement from Harbor Minister Oskar Lindqvist:":                                          "Harbor Minister Oskar Lindqvist",
		"Harbor Minister Oskar Lindqvist released the following written statement after the meeting:":                "Harbor Minister Oskar Lindqvist",
		"Harbor Minister Oskar Lindqvist released a statement:":                                                      "Harbor Minister Oskar Lindqvist",
		"Canal tolls rose on Monday. Harbor Minister Oskar Lindqvist released the following statement on the tolls:": "Harbor Minister Oskar Lindqvist",
	} {
		got := describe("Canal dispute\n\n" + lead + body)
		st := "statement block:statement [" + want + "]"
		if w := []string{"-", "- *", st, st}; fmt.Sprint(got) != fmt.Sprint(w) {
			t.Errorf("%s\n  got %q\n want %q", lead, got, w)
		}
	}
}

// TestBlockEnds: a plain-paragraph block ends at a release's closing boilerplate, a heading, or a
// paragraph whose subject is the speaker in the third person.
func TestBlockEnds(t *testing.T) {
	got := describe("From Agriculture Minister Rosa Delgado:\n\n" +
		"The grain deal opens the eastern market to our farmers.\n\n" +
		"The minister spoke after a cabinet meeting in the capital.\n\n" +
		"From Trade Minister Luis Ferro:\n\n" +
		"Exports of wheat will double within two years.\n\n" +
		"For media inquiries, contact the press office.")
	want := []string{"- *", "quote quote:lead-in [Agriculture Minister Rosa Delgado]", "-", "- *",
		"quote quote:lead-in [Trade Minister Luis Ferro]", "-"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestStatementFromLines: "Statement from X:" lines introduce each speaker's paragraphs.
func TestStatementFromLines(t *testing.T) {
	got := describe("Reactions to the port sale\n\n" +
		"Statement from Transport Minister Ilse Varga:\n\n" +
		"The sale secures investment in the port.\n\n" +
		"Every job at the terminal is guaranteed.\n\n" +
		"Reaction from Opposition Leader Tomas Brenner:\n\n" +
		"The government sold a strategic asset.")
	want := []string{"-", "- *", "quote quote:lead-in [Transport Minister Ilse Varga]", "quote quote:lead-in [Transport Minister Ilse Varga]",
		"- *", "quote quote:lead-in [Opposition Leader Tomas Brenner]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}

// TestFromLineForms: "From X:" with a lower-case title, an appositive after the name, or "And".
func TestFromLineForms(t *testing.T) {
	got := describe("Ministers reacted within the hour.\n\n" +
		"From opposition leader Tomas Brenner:\n\n" +
		"The government sold a strategic asset.\n\n" +
		"From Petra Lund, the finance minister:\n\n" +
		"The sale will cost two billion kroner.\n\n" +
		"And from the Harbor Workers Union:\n\n" +
		"Every job at the terminal is at risk.")
	want := []string{"-", "- *", "quote quote:lead-in [opposition leader Tomas Brenner]", "- *", "quote quote:lead-in [Petra Lund]",
		"- *", "quote quote:lead-in [the Harbor Workers Union]"}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("got\n  %s\nwant\n  %s", strings.Join(got, "\n  "), strings.Join(want, "\n  "))
	}
}
