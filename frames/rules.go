package frames

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// Frames lists every frame name a Match.Rule can carry, each with what it means. A rule is
// "frames:<frame>[-reversal][-refusal|-obligation|-condition][-speaker]:<entry>" ("-speaker": the
// loader found a predicted act under a verb of saying to be the speaker's own, its subject naming
// the speaker), the entry being "cameo@<line of
// CAMEO.2.0.txt>", "class/<kind>/<lemma>[_<particle>]" (cue-classes.txt) or
// "modality/<class>/<lemma>" (modality.txt: a reported obligation's modal) or "nominal/<noun>"
// (cameo-nouns.txt: the event noun of a CAMEO verb).
var Frames = map[string]string{
	"verb":                   "verb cue, source its nsubj",
	"verb-passive":           "passive verb cue, source its obl:agent (or by-phrase), target its nsubj:pass",
	"verb-headline":          "infinitive cue of a headline \"X to V\" (be to with be left out), source X",
	"verb-controlled":        "infinitive cue, source its controller (the governor's object, passive subject or subject)",
	"verb-conj":              "conjoined verb cue sharing the first conjunct's subject",
	"verb-noun-controlled":   "infinitive cue, or gerund after a preposition (on, in, for …), complementing a noun, source the noun's addressee (on/to phrase) or agent (possessor, national modifier, by-phrase, support-verb subject, the subject of an indefinite predicate noun)",
	"verb-relcl":             "relative clause cue whose subject is the relative pronoun: source the modified noun",
	"verb-adjunct":           "subjectless adjunct clause cue, source the main clause's subject",
	"verb-alternative":       "subjectless non-finite clause marked \"rather than\" / \"instead of\" (the alternative not taken), source the subject of the clause it contrasts with",
	"verb-medial":            "clause split by a medial reporting clause (\"Syria, the agency said, would reject …\"; Quirk et al. 1985, 15.53), parsed as a subjectless ccomp of the verb of saying or with the reporter as the first phrase's appositive: source the noun phrase before the parenthetical, not the reporter",
	"verb-attached":          "finite or main verb attached to a noun without a subject: source that noun (the copula's subject when the noun is an indefinite predicate)",
	"verb-text":              "participle on a text that its governor adopts or issues (a resolution demanding …): source the adopter or issuer",
	"noun-poss":              "noun cue, source its possessor",
	"noun-judged":            "noun cue with a possessive pronoun in the for- or over-phrase of a judgement verb (criticized the mayor over his call for …): source the one judged, the verb's object (judged.go)",
	"verb-judged":            "gerund cue in the for- or over-phrase of a judgement verb (criticized the mayor for opposing …): source the one judged, the verb's object (judged.go)",
	"noun-national":          "noun cue, source its capitalized (national) modifier",
	"noun-informed":          "noun cue of intent with a possessive pronoun in the of/about/on complement of a verb of informing (notified Congress of its intent to …): source the informer, the verb's subject",
	"noun-instrument":        "noun cue in the with-phrase of a verb of striking or striking back (hit Beijing with tariffs, struck back with sanctions): the means is the act, source the verb's subject, target its object, passive subject or at-phrase, else the noun's own",
	"noun-intended":          "noun cue in the for- or of-phrase of a noun of intent (announced plans for tariffs): the act intended, source the intent's holder, future mode",
	"noun-agent":             "noun cue, source its by-phrase",
	"noun-agent-subject":     "noun cue heading a clause's subject, source the name in the by-phrase the parser hung on the active verb between the subject and the verb (\"the criticism of Israel by Canada surprised …\")",
	"noun-from":              "noun cue of saying, asking, giving or judging, source its from-phrase (\"a demand from the union\")",
	"noun-close-appos":       "agent noun cue premodifying a name in close apposition (\"Cruz endorser Ann Black\"): source the name, target the agent noun's name premodifier",
	"noun-among":             "noun cue of attitude (SUPPORTS or OPPOSES) with an among-phrase (\"support for the bill among farmers\", \"the mayor's support among teachers\"): source the among-phrase, target the complement, else the possessor or the subject of a verb of receiving (among.go)",
	"noun-from-poss":         "noun cue of saying, asking, giving or judging with a possessor and a from-phrase (\"the mayor's support from union leaders\"): source the from-phrase, target the possessor when no complement names one",
	"noun-premodifier":       "noun cue with its complement and a common-noun premodifier (\"voter opposition to the deal\", \"campaign accusations that …\"): source the premodifier",
	"noun-received":          "noun cue as the object of a verb of receiving or eliciting, source its from-phrase, target the verb's subject (\"the plan drew criticism from Germany\")",
	"noun-adjunct":           "noun cue of a complex preposition (in support of, in protest against), source the subject of the verb it modifies",
	"noun-adjunct-act":       "noun cue of opposition heading a concessive adjunct (despite, over), or of support or request heading an adjunct of circumstance (at, with, under), with no argument of its own: source its possessor, national modifier, from- or of-phrase, target the act of the clause it modifies (adjunct.go)",
	"noun-support":           "noun cue, source the subject of the support verb whose object it is",
	"noun-support-condition": "noun cue of complaint lodged with a forum (complaintForum) under an if- or unless-clause, source the support verb's subject, target the clause's subject (forum.go)",
	"noun-predicate":         "agent noun cue (supporter, opponent, critic: modality.txt agent-noun) predicated of the copula's subject (is a staunch supporter of), source that subject",
	"noun-copula":            "noun cue of a predicative complex preposition (is in favour of, is in support of), source the copula's subject",
	"noun-bare":              "noun cue without a source in the sentence",
	"clause":                 "main clause under a modal of obligation (clause-obligation): the speaker of the words, or a verb of saying after it, demands the act of its third-person subject; or a clause that says another's act will carry repercussions (clause-warning: warning_voiced.go), the speaker's threat",
	"idiom-sympathy":         "idiom of sympathy, <someone's> thoughts or prayers are with <people>, <someone's> heart goes out to <people>: source the possessor or of-phrase, target the people (sympathy_idiom.go)",
	"disavowal":              "negated verb of representing (do not reflect the views of) between a speaker's words and a body's standpoint: the body (the of-phrase or possessor of the standpoint) opposes the speaker (the words' possessor) (disavowal.go)",
	"hope":                   "verb of hoping (CAMEO HOPE [020]) over a clause whose subject will, would or can act: the hoper appeals to that subject (hope.go)",
	"mandative":              "mandative adjective over anticipatory it and a subjunctive or for-to clause: the speaker, or a verb of saying or belief over it, demands the act of the clause's subject (mandative.go)",
	"sponsor":                "passive verb of drafting or sponsoring a text with its by-agent: the agent supports the text (sponsor.go)",
	"judgement-copula":       "evaluative word predicated by a copula of its subject (the target); source a verb of saying over or after the clause, else the quotation's speaker (judgement.go)",
	"judgement-blame":        "the idiom <NP> is to blame (for <NP>): the subject (the target) accused, CAMEO 112 BLAME; negated, nothing; source as for judgement-copula (blame.go)",
	"judgement-noplace":      "the idiom <NP> has no place in <NP>: the subject (the target) declared unacceptable, a condemnation (CAMEO 111); source as for judgement-copula (noplace.go)",
	"possessed-support":      "subject of have with a possessed noun of support (X has our support): the possessor supports the subject (noplace.go)",
	"judgement-call":         "evaluative object complement of a verb of naming or judging (called the plan reckless): source the verb's subject, target its object (judgement.go)",
	"judgement-as":           "evaluative as-complement of a verb of describing (described the plan as reckless): source the verb's subject, target its object (judgement.go)",
	"adj-relcl":              "predicative adjective cue in a relative clause whose subject is the relative pronoun (\"X, who is critical of Y\", \"a group that is opposed to Y\"): source the modified noun",
	"adj-relcl-appos":        "predicative adjective cue in a relative clause on an appositive (\"the insiders, a group that is opposed to Y\"): source the appositive's anchor",
	"verb-relcl-conj":        "cue in a relative clause conjoined to another, its subject a relative pronoun (\"X, whom Y appointed …, and who now backs Z\"): source the first clause's antecedent",
	"verb-relcl-conj-appos":  "as verb-relcl-conj, the antecedent a collective appositive: source its anchor",
	"verb-relcl-appos":       "relative clause cue on an appositive noun (\"the insiders, a group that opposes Y\", \"Ruiz, a lawyer who backs Y\"): source the appositive's anchor",
	"noun-predicate-relcl":   "agent noun cue predicated in a relative clause whose subject is the relative pronoun (\"X, who has been a critic of Y\"): source the modified noun",
	"adj-copula":             "predicative adjective cue, source its subject",
	"adj-linking":            "adjective cue complementing a linking verb (remains committed, stands ready), source the verb's subject (its object when it has one)",
	"prep-copula":            "predicative prepositional phrase cue (\"is against X\"), source its subject, target its noun",
	// attributions (Attributions), not cues
	"attribution-ccomp":     "verb of saying or belief over its clausal complement",
	"attribution-inverted":  "verb of saying after the clause it reports (parataxis)",
	"attribution-according": "\"according to X\" on a clause",
	"attribution-adjective": "predicative adjective of belief, hope or fear over its that-clause",
}

// PrecedenceRules are the suffixes a match's rule takes after its entry when a precedence rule
// changed the relation's type from what the entry alone would give, each with the rule it names.
var PrecedenceRules = map[string]string{
	"+coercive":          "verb of advising against an act, with readiness to counter it: a coercive warning, THREATEN 130 (warning_coercive.go)",
	"+comment-yield":     "a dictionary pattern coding only a comment (modality.txt comment-code) yields to the verb's own disapproval (comment.go)",
	"+command-measure":   "a verb of command over a sanction noun: the noun's frame is the act, not the verb's entry (match_tree.go commandedMeasure)",
	"+pledged-stance":    "a verb of pledging over a noun of support: the noun's frame is the stance, not the verb's entry (match_tree.go pledgedStance)",
	"+exclusion-from":    "an agentless passive of exclusion (suspended from, expelled from, ordered out of) takes the party its from-phrase names as its agent (exclusion.go exclusionAgent)",
	"+expulsion":         "a deadline given to a diplomat to leave is his expulsion, CAMEO 166 (ultimatum.go grantedTime)",
	"+addressee":         "a verb of advising's named Recipient object (VerbNet 3 advise-37.9, NP V NP.recipient that S) is the target of its warning, the that-clause the message (addressee.go addresseeAdvised)",
	"+comment-clause":    "a reporting clause after a quotation is a comment clause on it, not the quoted verb's complement (Quirk et al. 1985, 15.53): the target is the quoted verb's own argument (argstance.go quotedArgument)",
	"+retaliation-party": "a sanction noun naming no one it hits, answered by a party's retaliation or response (modality.txt retaliation), hits that party (argstance.go retaliationParty)",
	"+person-source":     "a class line of verbal attack on a verb the dictionary files as force (cue-classes.txt needs person-source): the loader keeps the match only when its source is a person and its target a person or an organization (verbalattack.go)",
	"+message-addressee": "a verb whose object is the message it conveys (send a message to X) is aimed at the message's recipient, its to-phrase (Quirk et al. 1985, 10.6; argstance.go messageAddressee)",
}

// CutPrecedence returns rule without the suffixes of PrecedenceRules.
func CutPrecedence(rule string) string {
	for suf := range PrecedenceRules {
		for {
			i := strings.Index(rule, suf)
			if i < 0 || !(i+len(suf) == len(rule) || rule[i+len(suf)] == '+') {
				break
			}
			rule = rule[:i] + rule[i+len(suf):]
		}
	}
	return rule
}

// grammarEntries are rule entries that name a construction rather than a dictionary line.
var grammarEntries = map[string]bool{"according-to": true, "copula": true, "have-no-place": true, "have-possessed-support": true}

// KnownRule reports whether rule names a frame of Frames and an entry of this lexicon.
func (lx *Lexicon) KnownRule(rule string) bool {
	rest, ok := strings.CutPrefix(CutPrecedence(rule), "frames:")
	if !ok {
		return false
	}
	frame, entry, ok := strings.Cut(rest, ":")
	if !ok {
		return false
	}
	for changed := true; changed; {
		changed = false
		for _, suf := range []string{"-reversal", "-refusal", "-obligation", "-warning", "-condition", "-speaker", "-attempt", "-coercion"} {
			if f, ok := strings.CutSuffix(frame, suf); ok {
				frame, changed = f, true
			}
		}
	}
	if _, ok := Frames[frame]; !ok {
		return false
	}
	if l, ok := strings.CutPrefix(entry, "cameo@"); ok {
		n, err := strconv.Atoi(l)
		return err == nil && lx.lines[n]
	}
	if e, ok := strings.CutPrefix(entry, "grammar/"); ok {
		return grammarEntries[e]
	}
	if e, ok := strings.CutPrefix(entry, "modality/"); ok {
		class, lemma, _ := strings.Cut(e, "/")
		return lx.in(class, lemma)
	}
	if n, ok := strings.CutPrefix(entry, "nominal/"); ok {
		for _, c := range lx.classes["noun "+n] {
			if c.derived {
				return true
			}
		}
		return false
	}
	if e, ok := strings.CutPrefix(entry, "class/"); ok {
		kind, lemma, _ := strings.Cut(e, "/")
		lemma, particle, _ := strings.Cut(lemma, "_")
		for _, c := range lx.classes[kind+" "+lemma] {
			if c.particle == particle {
				return true
			}
		}
	}
	return false
}

// cameoCited finds the first CAMEO code a class line's source column cites ("CAMEO 114
// \"complain officially\"; PLOVER DISAPPROVE …" → "114").
var cameoCited = regexp.MustCompile(`CAMEO (\d{2,4})\b`)

// VerbalRule reports whether a match's rule and code name a verbal act (VerbalAct): the code of
// a dictionary entry, else, for a hand class entry of cue-classes.txt (rule
// "frames:<frame>:class/<kind>/<lemma>[_particle]", no code of its own), the first CAMEO code its
// source column cites ("refuse": "CAMEO 12 \"reject\"" is verbal; "boycott": "CAMEO 143" is
// not). A class line citing no CAMEO code is not verbal.
func (lx *Lexicon) VerbalRule(rule, code string) bool {
	if code != "" {
		return VerbalAct(code)
	}
	_, entry, _ := strings.Cut(strings.TrimPrefix(CutPrecedence(rule), "frames:"), ":")
	e, ok := strings.CutPrefix(entry, "class/")
	if !ok {
		return false
	}
	kind, lemma, _ := strings.Cut(e, "/")
	lemma, particle, _ := strings.Cut(lemma, "_")
	for _, c := range lx.classes[kind+" "+lemma] {
		if c.particle == particle && !c.derived {
			if m := cameoCited.FindStringSubmatch(c.source); m != nil {
				return VerbalAct(m[1])
			}
			return false
		}
	}
	return false
}

// ClassType is the asserted relation type of the hand class entry of cue-classes.txt for kind
// ("verb", "noun", "adj", "prep") and lemma with no particle, "" when there is none.
func (lx *Lexicon) ClassType(kind, lemma string) graph.RelType {
	for _, c := range lx.classes[kind+" "+lemma] {
		if c.particle == "" && !c.derived {
			return c.types.Asserted
		}
	}
	return ""
}
