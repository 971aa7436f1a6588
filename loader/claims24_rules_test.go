package loader

import "testing"

// TestClaims24Rules checks the article-level attribution rules of branch claims24 on sentences
// written for them (none from an evaluation set): a demonym before the titled speaker of an
// inverted attribution, and definite descriptions with premodifiers or an organization name's
// head ("the rights group", "the teachers' union", "the court").
func TestClaims24Rules(t *testing.T) {
	runCases(t, []exCase{
		{"inverted attribution: demonym before the title", "\u201cThis pact is good for our exporters,\u201d said German Economy Minister Markus Feldmann.",
			[]string{"CLAIMS Markus Feldmann -> good for our exporters", "!CLAIMS Germany"}},
		{"inverted attribution: demonym before the title, another country", "\u201cWe will not reopen the border until the tests are done,\u201d said Tanzanian Health Minister Rehema Juma on Friday.",
			[]string{"CLAIMS Rehema Juma -> reopen the border"}},
		{"inverted attribution: a demonym before a plural group stays the group", "\u201cWe reject the plan,\u201d said French officials.",
			[]string{"CLAIMS French officials -> reject the plan"}},
		{"the <premodifier> group: the organization named before", "Amnesty International criticised the verdict. The rights group called on Egypt to release the activists.",
			[]string{"DEMANDS Amnesty International -> Egypt", "!actor rights group"}},
		{"the <plural possessive> union: the union whose name holds the word", "The Kenya National Union of Teachers met on Monday. The teachers' union rejected the pay offer.",
			[]string{"OPPOSES Kenya National Union of Teachers -> pay offer"}},
		{"a premodifier the name lacks is another body", "The Chilean Workers' Coalition called a strike. The rival farmers' coalition rejected the strike.",
			[]string{"!OPPOSES Chilean Workers' Coalition"}},
		{"the court: the court named before", "The International Criminal Court issued a warrant on Monday. The court demanded that Russia hand over the suspect.",
			[]string{"DEMANDS International Criminal Court -> Russia"}},
		{"the coalition: the coalition named before", "The Civic Coalition of Peru called a national strike. The coalition demanded higher pensions.",
			[]string{"DEMANDS Civic Coalition of Peru -> pensions"}},
		{"a document's possessor is the source of the document's demand", "The European Union's statement urged Iran to release the detained journalists.",
			[]string{"DEMANDS European Union -> releasing the detained journalists"}},
		{"the statement after its issuer: the issuer's demand", "Kenya's Foreign Ministry issued a statement on Monday. The statement also demanded that Uganda withdraw its troops.",
			[]string{"DEMANDS Foreign Ministry -> Uganda"}},
		{"a letter's possessor rejects", "Chile's letter to the committee rejected the new fishing quota.",
			[]string{"OPPOSES Chile -> fishing quota"}},
		{"a document without an issuer gives no source", "Talks resumed in Geneva on Monday. The statement urged all parties to respect the truce.",
			[]string{"!DEMANDS"}},
		{"a quotation paragraph, then its speaker's act of speaking", "Portugal's top court struck down the pension law on Monday.\n\n\u201cWe reject this ruling and we will ask parliament to pass the law again.\u201d\n\nJustice Minister Ana Costa made the comments to reporters outside the court in Lisbon.",
			[]string{"rule CLAIMS Ana Costa -> reject this ruling = quote:cataphoric", "OPPOSES Ana Costa -> ruling"}},
		{"a quotation sentence, then 'X told reporters' in its paragraph", "Ghana's cocoa board cut the farm-gate price.\n\n\u201cWe condemn this cut and we call on the board to reverse it.\u201d Union leader Kofi Mensah told reporters outside the board's offices.",
			[]string{"rule CLAIMS Kofi Mensah -> condemn this cut = quote:cataphoric", "OPPOSES Kofi Mensah -> cut"}},
		{"a sentence after the quotation that reports content of its own is no attribution of it", "The court ruled on Monday.\n\n\u201cWe reject this ruling.\u201d\n\nJustice Minister Ana Costa said that the government would respect the court.",
			[]string{"!CLAIMS Ana Costa -> reject this ruling"}},
		{"an attribution the quotation carries stays", "\u201cWe reject this ruling,\u201d said Lena Berg. Justice Minister Ana Costa told reporters in Lisbon.",
			[]string{"CLAIMS Lena Berg -> reject this ruling", "!CLAIMS Ana Costa -> reject this ruling"}},
		{"'told reporters' with a place or time after it reports no content", "President Lula told reporters in Brasilia on Monday. The envoy told journalists outside the summit hall.",
			[]string{"!CLAIMS Lula", "!CLAIMS envoy"}},
		{"the <premodifier> <title>: the person holding that title", "Kenya's foreign minister, Grace Wanjiru, met her Ugandan counterpart on Monday. The foreign minister urged Uganda to withdraw its troops from the border.",
			[]string{"DEMANDS Grace Wanjiru -> withdrawing its troops"}},
		{"the <premodifier> <title> picks the holder of that title, not another minister", "Trade Minister Ana Ruiz met Finance Minister Luis Vega in Quito. The finance minister rejected the tariff plan.",
			[]string{"OPPOSES Luis Vega -> tariff plan", "!OPPOSES Ana Ruiz"}},
		{"a title no one named holds refers to no one named", "Trade Minister Ana Ruiz met reporters in Quito. The defence minister rejected the tariff plan.",
			[]string{"!OPPOSES Ana Ruiz"}},
		{"'oppose it': the proposal of the sentence before, past a possessor", "The proposal drew swift criticism on Monday. Mexico's president, Rosa Medina, said her government would oppose it at the WTO.",
			[]string{"OPPOSES Mexico -> proposal"}},
		{"'rejected it': the plan named before", "Japan proposed a ceasefire plan on Friday. Russia rejected it.",
			[]string{"OPPOSES Russia -> ceasefire plan"}},
		{"a country named in between is the nearer antecedent: no thing", "The US sanctioned Iran over its missile programme. Russia condemned it.",
			[]string{"!OPPOSES Russia -> programme"}},
		{"'them' takes a plural noun only", "Canada proposed new measures on steel. Mexico rejected them.",
			[]string{"OPPOSES Mexico -> measures"}},
		{"a capitalized premodifier restricts the reference", "Moldova's Foreign Ministry expelled a diplomat. The Russian embassy condemned the decision.",
			[]string{"!OPPOSES Foreign Ministry"}},
	})
}
