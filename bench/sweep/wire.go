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
var wireTemplates = []string{"trail-spokesman", "trail-ministry", "desc-subj", "light-verb", "conditional"}

// light verbs before an event noun, with the determiner of their usual collocation.
var lightVerbs = []string{"issued", "voiced", "renewed", "expressed"}

// descSubject is a description standing for the subject's side: a group with a locative, the
// demonym with a group noun, or "the two sides" (which here has no antecedent in the sentence:
// its gold source is the description itself).
func descSubject(a actor, k int) actor {
	c := a.ctry
	switch k % 3 {
	case 1:
		return actor{text: c.demonym + " officials", keys: []string{"officials", c.name, c.demonym}, plural: true, ctry: c}
	case 2:
		return actor{text: "the two sides", keys: []string{"sides"}, plural: true, ctry: c}
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
	case "trail-spokesman":
		sp := []string{"a spokesman said", "a spokeswoman said", "officials said on Monday", "a senior official told reporters"}[k%4]
		s.text = capital(a.text) + " " + past + part + " " + obj + ", " + sp + "."
	case "trail-ministry":
		// the subject is the country (name or capital), the body reporting it its ministry
		subj := a.ctry.name
		if k%2 == 1 {
			subj = a.ctry.capital
		}
		s.sources = []actor{{text: subj, keys: []string{a.ctry.name, a.ctry.capital, "ministry", "foreign affairs"}, ctry: a.ctry}}
		s.text = subj + " " + past + part + " " + obj + ", the " + a.ctry.demonym + " foreign ministry said in a statement."
	case "desc-subj":
		d := descSubject(a, k)
		s.sources = []actor{d}
		s.text = capital(d.text) + " " + past + part + " " + obj + "."
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
		s.typ = it.cond
		s.text = capital(a.text) + " would " + v + part + " " + obj + " unless " + b.text + " " +
			[]string{"changed course", "withdrew its troops", "released the detained sailors"}[k%3] + "."
	}
	if strings.TrimSpace(s.text) == "" {
		return sentence{}, false
	}
	return s, true
}
