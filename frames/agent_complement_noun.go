package frames

import "strings"

// Agent by-phrases the parser hangs on the last noun of a passive verb's complement (issue 13,
// auditA19): "The islands were conceded to Chile by Japan", "Troops were withdrawn from the
// border zone by Japan", "Inspectors were allowed to visit the site by Japan". The passive's
// agent is a by-phrase, normally placed at the end of its clause (Quirk et al. 1985, 3.63–3.64;
// 18.36 end-focus), and a clause has one agent; a noun takes a by-phrase of its own only when it
// names an act or a work with a doer or author ("protests by farmers", "an attack by rebels", "a
// report by the audit office", "the election of Ruto by parliament": Quirk et al. 1985, 17.51,
// postmodifying by-phrases; Grimshaw 1990 on the by-phrase of event nominals). So when passive
// verb i has no agent, a by-phrase that names a party and modifies the noun of one of i's
// prepositional complements, or the object or prepositional complement of i's to-infinitive,
// is i's agent unless that noun can have a doer: a cue word of the lexicon (a verb or noun of
// the dictionary, "protest", "attack", "report"), a noun of the modality.txt classes act or
// report-noun, a noun made by an event suffix (-ion, -ment, -al, -ance/-ence, -ure, -ing:
// Quirk et al. 1985, App. I.32–I.34, the suffixes cmd/claimgraph-cues reads as event nouns) or
// a pronoun.

// complementNounAgent returns the by-phrase of a noun in passive verb i's complement that is i's
// agent by the rule above, -1 when none.
func (tr *tree) complementNounAgent(i int) int {
	if tr.lx == nil {
		return -1
	}
	hosts := []int{}
	for _, k := range tr.kids[i] {
		switch r := base(tr.rel(k)); {
		case r == "obl" && tr.caseOf(k) != "by" && !tr.timeNoun(k):
			hosts = append(hosts, k)
		case r == "xcomp" && tr.t[k].UPOS == "VERB" && tr.child(k, "mark") >= 0 && !tr.tensed(k):
			for _, o := range tr.kids[k] {
				if rr := base(tr.rel(o)); rr == "obj" || rr == "obl" && tr.caseOf(o) != "by" && !tr.timeNoun(o) {
					hosts = append(hosts, o)
				}
			}
		}
	}
	for _, h := range hosts {
		if tr.doerNoun(h) {
			continue
		}
		for _, a := range tr.kids[h] {
			if base(tr.rel(a)) == "nmod" && tr.caseOf(a) == "by" && a > h && tr.nominal(a) && tr.t[a].UPOS != "PRON" && !tr.timeNoun(a) {
				return a
			}
		}
	}
	return -1
}

// doerNoun reports a noun that may take a by-phrase of its own (complementNounAgent).
func (tr *tree) doerNoun(n int) bool {
	if tr.t[n].UPOS == "PRON" {
		return true
	}
	l := tr.lemma(n)
	if ok, _, _ := tr.lx.CueNeeds(l); ok {
		return true
	}
	if tr.lx.in("act", l) || tr.lx.in("report-noun", l) {
		return true
	}
	for _, s := range []string{"ion", "ment", "al", "ance", "ence", "ure", "ing"} {
		if strings.HasSuffix(strings.ToLower(tr.t[n].Form), s) || strings.HasSuffix(l, s) {
			return true
		}
	}
	return false
}
