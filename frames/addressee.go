package frames

import "github.com/claimgraph/claimgraph/graph"

// Warnings addressed to an actor (issue 13, classes8 class 38). "Iran warned Israel that strikes
// would be met with force": warn with an indirect object and a that-clause (Quirk et al. 1985,
// 16.58, ditransitive complementation with a that-clause: the object is the addressee, the clause
// the message). When the clause has its own subject it names no act of the addressee, so the
// addressee is not the clause's agent (as it is in the object-controlled "warned Israel to
// stop"); the threat is against the addressee: the target is the object, the message no part of
// the target.

// addresseeWarned reports a THREATENS verb match whose target is the cue's object and whose
// content is a finite that-clause whose subject is the warner (below): then the target is the
// addressee alone.
func (tr *tree) addresseeWarned(i, target, content int, typ graph.RelType) bool {
	if typ != graph.Threatens || target < 0 || content < 0 || target == content || tr.t[target].Head != i || tr.rel(target) != "obj" && tr.rel(target) != "iobj" {
		return false
	}
	if tr.t[content].Head != i || base(tr.rel(content)) != "ccomp" {
		return false
	}
	s := tr.child(content, "nsubj", "nsubj:pass")
	src := tr.child(i, "nsubj")
	if s < 0 || src < 0 {
		return false
	}
	// the clause names the warner's own act only when its subject is the warner: a personal
	// pronoun agreeing in number with the warner ("Israel warned Hezbollah that it would
	// respond"; a pronoun subject of a reported clause takes the reporting subject first), or
	// "we". "warned Greece that any drilling would have consequences", "warned the firms that
	// they would face legal action" say what will befall the addressee: the old reading, with
	// the consequence as target (frames10 set w02-w04)
	plural := tr.t[src].XPOS == "NNS" || tr.t[src].XPOS == "NNPS"
	switch tr.lower[s] {
	case "we":
		return true
	case "it":
		return !plural
	case "they":
		return plural
	}
	return false
}

// addresseeAdvised reports a THREATENS match of a verb of advising i (modality.txt advise, Levin
// 1993 37.9; VerbNet 3 advise-37.9 frame "NP V NP.recipient that S": "Earl warned Helen that the
// party would be tonight") whose target is the verb's named object — the Recipient — and whose
// content is a that-clause with a subject of its own that addresseeWarned does not take (the
// clause names no act of the warner: "cautioned Armenia that new positions would be treated as a
// provocation", "warned Belarus that the crossings would stay closed"). A warning is coded against
// the actor it is addressed to (PLOVER THREATEN: the target is the actor threatened), and the
// clause is the message, no act of the addressee, so it is no part of the target (args26; the
// older reading took the clause, with the addressee made its agent, as the target). The object
// must be a name (named, below: VerbNet's Recipient is +animate or +organization).
func (tr *tree) addresseeAdvised(i, target, content int, typ graph.RelType) bool {
	if typ != graph.Threatens || tr.lx == nil || !tr.lx.in("advise", tr.lemma(i)) || target < 0 || content < 0 || target == content {
		return false
	}
	if tr.t[target].Head != i || tr.rel(target) != "obj" && tr.rel(target) != "iobj" || !tr.named(target) {
		return false
	}
	// only a passive clause without its agent: an active clause names an act of its own subject,
	// which the relations stage names as the target with its agent ("warned South Korea that
	// joint drills would push …" → the drills), the repository's convention; an agentless
	// passive leaves its agent unspecified (Quirk et al. 1985, 3.63), and reading the addressee
	// into it ("Armenia treating new positions as a provocation") names an act nobody reported
	return tr.t[content].Head == i && base(tr.rel(content)) == "ccomp" && tr.child(content, "nsubj:pass") >= 0 && tr.child(content, "obl:agent") < 0
}

// named reports whether noun k is a name (VerbNet's Recipient is +animate or +organization; a
// name is what a parse can tell of it) or headed by a noun a name premodifies ("Serbia", "the
// World Food Programme", "the Houthi rebels").
func (tr *tree) named(k int) bool {
	if tr.t[k].UPOS == "PROPN" {
		return true
	}
	if tr.t[k].UPOS != "NOUN" {
		return false
	}
	for _, c := range tr.kids[k] {
		if c < k && (tr.rel(c) == "compound" || tr.rel(c) == "amod") && tr.t[c].UPOS == "PROPN" {
			return true
		}
	}
	return false
}

// roleTarget applies the addressee rules of a verb cue i of type typ to its target and content
// (addresseeWarned, addresseeAdvised). It returns the new target and content and the suffix
// naming the rule that applied when it is addresseeAdvised ("+addressee"; rules.go
// PrecedenceRules), "" otherwise.
func (tr *tree) roleTarget(i int, kind string, target, content int, typ graph.RelType) (int, int, string) {
	if kind != "verb" {
		return target, content, ""
	}
	if tr.addresseeWarned(i, target, content, typ) {
		return target, -1, "" // "warned Israel that strikes would be met with force"
	}
	if tr.addresseeAdvised(i, target, content, typ) {
		return target, -1, "+addressee" // "cautioned Armenia that new posts would be treated as …"
	}
	return target, content, ""
}
