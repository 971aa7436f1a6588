package loader

import "testing"

// A dateline's country is no default for a body implied by a title whose head noun the Phoenix
// dictionary writes for other countries' offices and never for that country's
// (actor_titleforms.go), on sentences written for the rule, with negatives where it must not fire.
func TestTitleFormDefaults(t *testing.T) {
	runCases(t, []exCase{
		{"a US-style secretary under a Beijing dateline is no Chinese official",
			"BEIJING, May 4, 2021 — Foreign Ministry spokesman Zhao Lijian said on Monday that China firmly opposes the chip rules announced by Commerce Secretary Gina Raimondo.",
			[]string{"MEMBER_OF Gina Raimondo -> Commerce Department", "!actor Commerce Department (China)", "!country Gina Raimondo = CHN",
				"MEMBER_OF Zhao Lijian -> Foreign Ministry (China)", "country Zhao Lijian = CHN"}},
		{"the Secretary of State under a Moscow dateline",
			"MOSCOW, May 4, 2021 — Russia rejected the sanctions announced by Secretary of State Tom Avery on Monday.",
			[]string{"MEMBER_OF Tom Avery -> State Department", "!actor State Department (Russia)"}},
		{"a Commerce Secretary under a Moscow dateline",
			"MOSCOW, May 4, 2021 — Russia will answer the export ban, which Commerce Secretary Dana Whitfield announced on Monday.",
			[]string{"!actor Commerce Department (Russia)"}},
		{"a Foreign Minister under a Washington dateline is no US official",
			"WASHINGTON, May 4, 2021 — The United States criticized the export rules announced by Foreign Minister Liu Qiang on Monday.",
			[]string{"MEMBER_OF Liu Qiang -> Foreign Ministry", "!actor Foreign Ministry (United States)"}},
		// negatives: the form fits the dateline's country, or the dictionary records none of its forms
		{"a Chinese minister under a Beijing dateline keeps China",
			"BEIJING, May 4, 2021 — China will retaliate against the tariffs, Foreign Minister Liu Qiang said on Monday.",
			[]string{"MEMBER_OF Liu Qiang -> Foreign Ministry (China)", "country Liu Qiang = CHN"}},
		{"a Chinese body named under a Beijing dateline keeps China",
			"BEIJING, May 4, 2021 — The Commerce Ministry said on Monday that China opposes the new tariffs.",
			[]string{"country Commerce Ministry (China) = CHN"}},
		{"a Russian minister under a Moscow dateline keeps Russia",
			"MOSCOW, May 4, 2021 — Russia will not accept the cap, Energy Minister Pavel Orlov said on Monday.",
			[]string{"country Pavel Orlov = RUS"}},
		{"a US secretary under a Washington dateline keeps the United States",
			"WASHINGTON, May 4, 2021 — The United States will raise tariffs on steel, Commerce Secretary Dana Whitfield said on Monday.",
			[]string{"country Dana Whitfield = USA"}},
		{"a Chancellor under a Moscow dateline is no Russian official (the title implies no body)",
			"MOSCOW, May 4, 2021 — Russia criticised the remarks of Chancellor Karl Brenner on Monday.",
			[]string{"!country Karl Brenner = RUS", "!actor Chancellery (Russia)"}},
		{"a country whose title forms the dictionary does not record keeps its dateline default",
			"NAIROBI, May 4, 2021 — Kenya rejected the new levy, Foreign Minister Alfred Kamau said on Monday.",
			[]string{"MEMBER_OF Alfred Kamau -> Foreign Ministry (Kenya)"}},
		{"a British secretary under a London dateline keeps the UK (titleforms-extra.txt: GOV.UK's Secretaries of State)",
			"LONDON, May 4, 2021 — Britain will expel two diplomats, Foreign Secretary Eleanor Marsh said on Monday.",
			[]string{"country Eleanor Marsh = GBR", "MEMBER_OF Eleanor Marsh -> Foreign Ministry (United Kingdom)"}},
		{"a Philippine secretary under a Manila dateline keeps the Philippines (titleforms-extra.txt)",
			"MANILA, May 4, 2021 — The Philippines protested the blockade, Defense Secretary Ramon Cruz said on Monday.",
			[]string{"country Ramon Cruz = PHL"}},
		{"an undated release naming one country keeps it: the rule reads datelines only",
			"Press release\n\nThe UK has today sanctioned four officials.\n\nForeign Secretary Eleanor Marsh said the UK will not allow forced labour.",
			[]string{"MEMBER_OF Eleanor Marsh -> Foreign Ministry (United Kingdom)"}},
	})
}
