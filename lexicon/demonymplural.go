package lexicon

import "strings"

// demonymNounPlural is the regular plural of the personal noun a one-word demonym l (lower case)
// forms, and whether it forms one. Nationality words fall into classes (Quirk et al. 1985,
// 7.23-7.26 "nationality words"; Huddleston & Pullum 2002, ch. 7 §9.3): the demonym in -(i)an or
// -i ("Kenyan", "Israeli") and most others ("Filipino", "Montenegrin", "Kosovar", "Cypriot",
// "Greek", "Czech", "Kazakh") are also count nouns with the regular -s plural ("Filipinos"); a
// demonym in -ese, -ish/-sh, -ch after n or t, -ss or -ois ("Chinese", "Danish", "French", "Dutch",
// "Swiss", "Seychellois") is an adjective that takes "the" for the people and has no -s plural
// (the person is a separate noun: Dane, Frenchman); one in -ic is an adjective of a separate noun
// ("Icelandic" / "Icelander"); one in -y or -z, or already plural ("Malagasy", "Kyrgyz",
// "Basotho"), is invariable. A demonym of several words ("New Zealand", "South Sudanese") is left
// to the lexicon. The caller drops a plural that is itself a place's name ("Lao" / "Laos",
// "Philippine" / "Philippines").
func demonymNounPlural(l string) (string, bool) {
	if l == "" || strings.ContainsAny(l, " -") {
		return "", false
	}
	for _, suf := range []string{"ese", "ish", "sh", "nch", "tch", "ss", "ois", "ic", "y", "z", "otho"} {
		if strings.HasSuffix(l, suf) {
			return "", false
		}
	}
	return l + "s", true
}
