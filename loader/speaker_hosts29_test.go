package loader

import "testing"

// TestPressSecretaryHomeCountry: a press secretary speaks for his body as a spokesperson does
// (spokesTitle: Merriam-Webster, "press secretary"), so the press secretary of a ministry named
// with no country, in a transcript whose place-and-date line names a capital of the state the
// text names strictly more than any other (AP Stylebook, "datelines": where it was issued), is of
// that state, and so is the ministry (spokespersonBodies, homeCountry). Since nodes20 the
// issuer of a document whose heading names its speaker is read from the speaker's own turns
// first (actor_issuervoice.go selfReference), then from the header's capital, not from the count
// of country mentions: a briefing in Tokyo naming another state as often is still Japan's. Near
// misses: a briefing given abroad ("Geneva, …": no capital, headerPlace) whose speaker names his
// state only with a plan ("Japan will study the ruling", which a spokesperson says of other
// states' plans as well) or not at all gives no country.
func TestPressSecretaryHomeCountry(t *testing.T) {
	doc := func(place string, extra string) string {
		return "Press Conference by the Press Secretary of the Ministry of Foreign Affairs\n\n" + place + ", 4 May 2031\n\n" +
			"Press Secretary Taro Hoshino: Japan regrets the decision of the court. Japan will study the ruling.\n\n" +
			"Question: Will Japan appeal?\n\n" +
			"Press Secretary Taro Hoshino: " + extra + "We oppose the fishing ban of China."
	}
	for _, c := range []struct {
		name, text, want string
	}{
		{"tokyo", doc("Tokyo", ""), "JPN"},
		{"geneva", doc("Geneva", ""), ""},
		{"tie", doc("Tokyo", "China said it will keep the ban. China expects talks. China has not replied. "), "JPN"},
		{"geneva, no self-reference", "Press Conference by the Press Secretary of the Ministry of Foreign Affairs\n\nGeneva, 4 May 2031\n\n" +
			"Press Secretary Taro Hoshino: The court has ruled on the fishing case.\n\nQuestion: Will there be an appeal?\n\n" +
			"Press Secretary Taro Hoshino: We oppose the fishing ban of China.", ""},
	} {
		g := view(extractText(t, c.text))
		p := g.node("Taro Hoshino")
		if p == nil {
			t.Errorf("%s: no Taro Hoshino", c.name)
			continue
		}
		if p.Country != c.want {
			t.Errorf("%s: Taro Hoshino country %q, want %q", c.name, p.Country, c.want)
		}
		if b := g.node("Ministry of Foreign Affairs (Japan)"); (b != nil) != (c.want == "JPN") {
			t.Errorf("%s: Ministry of Foreign Affairs (Japan) = %+v", c.name, b)
		}
	}
	runCases(t, []exCase{{"we", doc("Tokyo", ""), []string{"OPPOSES Japan -> fishing ban"}}})
}

// TestApposedHeadingBody: a heading whose speaker is a spokesperson's or press secretary's title
// with the body set off by a comma ("… by the Official Spokesperson, Ministry of Overseas
// Affairs") makes the labelled spokesperson that body's (MEMBER_OF, turn:briefing-body), as "…
// by the Spokesperson of the Ministry …" does (Quirk et al. 1985, §17.65 ff., non-restrictive
// apposition). Near misses: a person's name before the comma ("… by Minister Olu Bakare,
// Ministry of Overseas Affairs") and a heading that names no body after the comma ("… by the
// Spokesperson, 4 May 2031") give the label no body.
func TestApposedHeadingBody(t *testing.T) {
	turns := "\n\nAbuja, 4 May 2031\n\nSpokesperson Ngozi Eze: Good afternoon. Nigeria welcomes the agreement.\n\n" +
		"Question: Will Nigeria sign the treaty?\n\nSpokesperson Ngozi Eze: Nigeria will sign the treaty. We oppose the tariffs of Ghana."
	runCases(t, []exCase{
		{"apposed", "Weekly Briefing by the Official Spokesperson, Ministry of Overseas Affairs" + turns,
			[]string{"MEMBER_OF Ngozi Eze -> Ministry of Overseas Affairs"}},
		{"press secretary", "Press Conference by the Press Secretary, Ministry of Overseas Affairs on the Summit" + turns,
			[]string{"MEMBER_OF Ngozi Eze -> Ministry of Overseas Affairs"}},
		{"person", "Weekly Briefing by Minister Olu Bakare, Ministry of Overseas Affairs" + turns,
			[]string{"!MEMBER_OF Ngozi Eze -> Ministry of Overseas Affairs"}},
		{"no body", "Weekly Briefing by the Spokesperson, 4 May 2031" + turns, []string{"!MEMBER_OF Ngozi Eze"}},
	})
	g := view(extractText(t, "Weekly Briefing by the Official Spokesperson, Ministry of Overseas Affairs"+turns))
	if n := g.node("Ngozi Eze"); n == nil || n.Country != "NGA" {
		t.Errorf("spokesperson node = %+v, want Ngozi Eze, country NGA", n)
	}
}

// TestLabelPreposedAppositive: a turn label that sets the title before the name with a comma
// ("Official Spokesperson, Shri Ravi Nair:") gives the name the title, as "the spokesperson,
// Ravi Nair, said" does (appositive:preposed, Quirk et al. 1985, 17.65): the label's colon ends
// the appositive as a comma would, also after an honorific. The spokesperson is then the
// heading's body's (briefingBodyRole). Near miss: a colon after such a phrase outside a turn
// label ("Profile of the new spokesperson, Ravi Nair: …" in a narrative paragraph) gives no role.
func TestLabelPreposedAppositive(t *testing.T) {
	doc := func(label string) string {
		return "Weekly Media Briefing by the Official Spokesperson, Ministry of Overseas Affairs\n\nAbuja, 4 May 2031\n\n" +
			label + ": Good afternoon. Nigeria welcomes the agreement.\n\nQuestion: Will Nigeria sign the treaty?\n\n" +
			label + ": Nigeria will sign the treaty. We oppose the tariffs of Ghana."
	}
	runCases(t, []exCase{
		{"honorific", doc("Official Spokesperson, Shri Ravi Nair"), []string{"MEMBER_OF Ravi Nair -> Ministry of Overseas Affairs"}},
		{"plain", doc("Official Spokesperson, Ravi Nair"), []string{"MEMBER_OF Ravi Nair -> Ministry of Overseas Affairs"}},
	})
	g := view(extractText(t, "Lagos, 4 May 2031\n\nThe ministry named its new spokesperson, Ravi Nair: a veteran of the talks with Ghana."))
	if n := g.node("Ravi Nair"); n != nil && len(n.Roles) > 0 {
		t.Errorf("narrative colon: Ravi Nair roles %+v, want none", n.Roles)
	}
}
