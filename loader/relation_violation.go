package loader

import (
	"strings"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
)

// Allegations of atrocities and abuse (issue 13, frames25; rule accusation:violation). A speaker
// who says that a named actor tortured, beat, abducted or massacred people, shelled or bombed
// them, or committed genocide, war crimes or abuses ("The State Department said the RSF had
// committed genocide in Darfur"; "'The government has beaten, arrested and intimidated those who
// oppose it,' the foreign secretary said") alleges it: PLOVER DISAPPROVE "allege, charge the
// target with, or blame for human rights violations, such as arbitrary detentions …, torture …
// or with war crimes" (CAMEO 112 "accuse", mapped to OPPOSES), the speaker the source, the actor
// accused the target. The verbs and nouns are modality.txt classes violation and crime. As with
// accusations of arming (relation_accusation.go), the asserted verbs carry no type of ours (CAMEO
// 18–20 are events, cameo-types.txt), so the frames stage makes nothing of them.
//
// Only a report: the verb is in the clause of a verb of saying the claims stage made a claim of
// (reportingVerb: before the clause, after it, "according to"); asserted in the past or present
// perfect, neither negated nor hedged ("denied that its troops had shelled …" is scoped by the
// denial, which the claims stage reads); the accused is a named actor (not an unnamed group such
// as "gunmen" or "troops", whom no one is shown to accuse), neither the speaker nor one the
// speaker speaks for ("the army said it had shelled rebel positions" reports its own act).

// violationAccusations adds the allegations of sentence st's parse fs.
func (d *doc) violationAccusations(st *sent, fs *frameSentence) {
	for v, t := range fs.toks {
		if t.UPOS != "VERB" || fs.negatedOrHedged(v) || !violationVerb(d.x, fs, v) {
			continue
		}
		if x := fs.toks[v].XPOS; x != "VBD" && x != "VBN" && x != "VBZ" {
			continue
		}
		if fs.auxOf(v, "will", "would", "could", "may", "might", "must", "should", "can") {
			continue // a future or possible act is no allegation of a deed
		}
		subj := fs.clauseSubject(v)
		if subj < 0 || fs.toks[subj].UPOS == "PRON" {
			continue
		}
		accused, how := d.frameActor(st, fs, subj, v, nil)
		if accused == nil || !docpkg.ActorKind(accused) || how != "" || accused.Final().Weak {
			continue
		}
		rv := reportingVerb(fs, v)
		if rv < 0 {
			continue
		}
		spk := d.claimSpeaker(st, fs.toks[rv].Start)
		if spk == nil {
			continue
		}
		spk, accused = spk.Final(), accused.Final()
		if spk == accused || speaksFor(d.x, spk, accused) {
			continue
		}
		d.Rels = append(d.Rels, &relCand{Typ: graph.Opposes, Src: spk, Tgt: accused, Sent: st.Idx,
			Cue: d.Text(t.Start, t.End), CueStart: t.Start, CueEnd: t.End, Rule: "accusation:violation",
			Score: 0.7, Cameo: "112", Plover: "ACCUSE"})
	}
}

// violationVerb reports verb v of the violation class, or "commit" with an object of the crime
// class ("committed genocide", "committed war crimes").
func violationVerb(ex *Extractor, fs *frameSentence, v int) bool {
	l := strings.ToLower(lemmaOf(fs.toks[v]))
	if ex.frames.InClass("violation", l) {
		return true
	}
	if l != "commit" {
		return false
	}
	for _, k := range fs.kids[v] {
		if fs.toks[k].DepRel == "obj" && ex.frames.InClass("crime", strings.TrimSuffix(strings.ToLower(lemmaOf(fs.toks[k])), "s")) {
			return true
		}
	}
	return false
}

// auxOf reports an auxiliary of verb v among words.
func (fs *frameSentence) auxOf(v int, words ...string) bool {
	for _, k := range fs.kids[v] {
		if fs.toks[k].DepRel != "aux" {
			continue
		}
		w := strings.ToLower(fs.toks[k].Form)
		for _, x := range words {
			if w == x {
				return true
			}
		}
	}
	return false
}

// violationCandidate reports a sentence with a word that may be an inflection of a violation verb
// or a crime noun: a filter only (the frames stage's own filter does not pass these sentences);
// violationAccusations decides on the parse.
func (d *doc) violationCandidate(st *sent) bool {
	violation, crime := d.x.frames.ClassWords("violation"), d.x.frames.ClassWords("crime") // InClass, the class read once
	for _, t := range st.Toks {
		w := t.Lower
		for _, stem := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "ed"), strings.TrimSuffix(w, "d"),
			strings.TrimSuffix(w, "ing"), strings.TrimSuffix(w, "ing") + "e", strings.TrimSuffix(w, "ies") + "y"} {
			if violation[stem] || crime[stem] {
				return true
			}
		}
		if w == "beaten" {
			return true
		}
	}
	return false
}
