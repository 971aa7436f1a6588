package main

import "strings"

// wireTemplates (flag -wire) are constructions of news-agency copy, written from a grammar of
// the wire sentence, not from any item: a trailing reporting clause whose speaker is unnamed or
// a body that is not the subject (Quirk et al. 1985, 16.33 comment clauses; AP Stylebook,
// "said"), a description as subject (a group noun with a locative or a demonym, Quirk 5.6-5.8;
// "the two sides", a definite description, 5.33), a noun cue as the object of a light verb
// ("issued a warning to", "voiced support for": Quirk 2.60 and 10.28 on eventive objects of
// light verbs; Grimshaw 1990 on complex event nominals), and a conditional threat "A would V B
// unless B …" (Quirk 15.35 on "unless" clauses, 14.24 the hypothetical past in the condition).
//
// Round 3 (sweep23) adds template families, each with several fillers (the filler table):
// light-stance, a light verb with a stance noun and its governed preposition ("issued a warning
// to", "voiced support for", "lodged a protest with", "renewed its call for": light verbs as in the header above;
// the collocations of the CAMEO noun patterns); and three controls that must give NO asserted
// relation of the cue's type (Quirk ch. 10 on negation, ch. 4 on "be expected to" as
// a hedge of prediction; "has not said whether" is a negated speech act with an interrogative
// complement, ch. 15, which reports no content): ctl-notsaid ("A has not said whether it would V
// B": nothing, no CLAIMS either), ctl-denied ("A denied that it would V B": a CLAIMS of A or a
// negated relation, no asserted act), ctl-expected ("A is expected to V B": hedged at most).
var wireTemplates = []string{"trail-spokesman", "trail-ministry", "desc-subj", "light-verb", "conditional", "light-stance", "ctl-notsaid", "ctl-denied", "ctl-expected"}

// lightStance is the family of light verb + stance noun + governed preposition with the type it
// asserts (CAMEO noun patterns: WARNING 138/THREATEN, SUPPORT 051, PROTEST 141, CALL 10x DEMAND,
// DEADLINE 139/THREATEN, OFFER 03x): det "its" is written as the subject's possessive.
var lightStance = []struct{ verb, noun, prep, typ, tail string }{
	{"issued", "a warning", "to", "THREATENS", ""},
	{"voiced", "support for", "", "SUPPORTS", ""},
	{"lodged", "a protest with", "", "OPPOSES", ""},
	{"renewed", "its call for", "", "DEMANDS", " to withdraw its troops"},
	{"expressed", "its opposition to", "", "OPPOSES", "'s plan"},
	{"set", "a deadline for", "", "THREATENS", ""},
	{"made", "an offer of aid to", "", "OFFERS", ""},
	{"issued", "a demand to", "", "DEMANDS", ""},
}

// light verbs before an event noun, with the determiner of their usual collocation.
var lightVerbs = []string{"issued", "voiced", "renewed", "expressed"}

// descSubject is a description standing for the subject's side: a group with a locative, the
// demonym with a group noun, or "the two sides" (which here has no antecedent in the sentence:
// its gold source is the description itself).
// Round 3 adds "a senior <Demonym> official" (an office holder described by nationality, an indefinite
// description) and "the <Demonym> side" (a definite description of a party to
// talks), each keyed by the country as well.
func descSubject(a actor, k int) actor {
	c := a.ctry
	switch k % 5 {
	case 1:
		return actor{text: c.demonym + " officials", keys: []string{"officials", c.name, c.demonym}, plural: true, ctry: c}
	case 2:
		// an anaphoric description: realiseWire writes its antecedent sentence first
		return actor{text: "the two sides", keys: []string{"sides"}, plural: true, ctry: c}
	case 3:
		return actor{text: "a senior " + c.demonym + " official", keys: []string{"official", c.name, c.demonym}, ctry: c}
	case 4:
		return actor{text: "the " + c.demonym + " side", keys: []string{"side", c.name, c.demonym}, ctry: c}
	}
	return actor{text: "rebels in the north of " + c.name, keys: []string{"rebels"}, plural: true, ctry: c}
}

func article(w string) string {
	if w != "" && vowel(w[0]) {
		return "an"
	}
	return "a"
}

// realiseWire builds one wire template's sentence; ok false when it does not apply (light-verb
// only for nominal cues, the others only for verbs and patterns).
func realiseWire(tmpl string, it item, f *forms, a, b, c actor, k int) (sentence, bool) {
	if (tmpl == "light-verb") != (it.kind == "noun") {
		return sentence{}, false
	}
	v := it.verb
	part, obj, targets := itemObject(it, b)
	s := sentence{tmpl: tmpl, typ: it.typ, sources: []actor{a}, targets: targets}
	past := f.past(v)
	switch tmpl {
	case "light-stance":
		ls := lightStance[k%len(lightStance)]
		s.typ, s.fill, s.targets = ls.typ, ls.verb+" "+ls.noun, b.keys
		noun := strings.Replace(ls.noun, "its ", a.pron2()+" ", 1)
		obj := b.text + ls.tail
		if ls.prep != "" {
			obj = ls.prep + " " + obj
		}
		s.text = capital(a.text) + " " + ls.verb + " " + noun + " " + obj + "."
	case "ctl-notsaid":
		s.typ, s.control, s.fill = it.future, true, "has not said whether"
		have := "has"
		if a.plural {
			have = "have"
		}
		s.text = capital(a.text) + " " + have + " not said whether " + a.pron() + " would " + v + part + " " + obj + "."
	case "ctl-denied":
		s.typ, s.control, s.claims, s.fill = it.future, true, true, "denied that"
		s.text = capital(a.text) + " denied that " + a.pron() + " would " + v + part + " " + obj + "."
	case "ctl-expected":
		s.typ, s.control, s.fill = it.future, true, "is expected to"
		be := "is"
		if a.plural {
			be = "are"
		}
		s.text = capital(a.text) + " " + be + " expected to " + v + part + " " + obj + "."
	case "trail-spokesman":
		sp := []string{"a spokesman said", "a spokeswoman said", "officials said on Monday", "a senior official told reporters"}[k%4]
		s.claims, s.fill = true, sp
		s.text = capital(a.text) + " " + past + part + " " + obj + ", " + sp + "."
	case "trail-ministry":
		// the subject is the country (name or capital), the body reporting it its ministry
		subj := a.ctry.name
		if k%2 == 1 {
			subj = a.ctry.capital
		}
		s.sources = []actor{{text: subj, keys: []string{a.ctry.name, a.ctry.capital, "ministry", "foreign affairs"}, ctry: a.ctry}}
		s.claims, s.fill = true, "the <Demonym> foreign ministry said"
		s.text = subj + " " + past + part + " " + obj + ", the " + a.ctry.demonym + " foreign ministry said in a statement."
	case "desc-subj":
		d := descSubject(a, k)
		s.sources = []actor{d}
		lead := ""
		if d.text == "the two sides" {
			// "the two sides" takes its reference from a preceding coordination (an anaphoric
			// definite description, Quirk et al. 1985, 5.28): "A and C held talks on Monday. The two
			// sides V-ed B." — gold sources A and C, each acting.
			lead = capital(a.ctry.name) + " and " + c.ctry.name + " held talks on Monday. "
			s.sources = []actor{target(a.ctry), target(c.ctry)}
		}
		s.fill = d.text
		s.fill = strings.ReplaceAll(strings.ReplaceAll(s.fill, a.ctry.demonym, "<Demonym>"), a.ctry.name, "<Country>")
		s.text = lead + capital(d.text) + " " + past + part + " " + obj + "."
	case "light-verb":
		lv := lightVerbs[k%len(lightVerbs)]
		det := article(it.noun)
		if lv != "issued" {
			det = "its"
			if a.plural {
				det = "their"
			}
		}
		s.text = capital(a.text) + " " + lv + " " + det + " " + it.noun + " of " + b.text + "."
	case "conditional":
		s.typ, s.alt = it.cond, it.typ
		s.text = capital(a.text) + " would " + v + part + " " + obj + " unless " + b.text + " " +
			[]string{"changed course", "withdrew its troops", "released the detained sailors"}[k%3] + "."
	}
	if strings.TrimSpace(s.text) == "" {
		return sentence{}, false
	}
	return s, true
}
