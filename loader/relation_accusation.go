package loader

import (
	"strings"

	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/speakers"
)

// Accusations of arming armed groups (issue 13, frames14; rule accusation:armed-support). A
// speaker who says that an actor arms, equips, funds or supplies an armed non-state group
// ("Chad is arming the rebels", "Sudan said the UAE was arming the Rapid Support Forces")
// accuses that actor: CAMEO 112 "accuse, not specified below" (PLOVER ACCUSE, which
// cameo-types.txt maps to OPPOSES), with the speaker as source and the accused as target. The
// verbs are modality.txt class armsupport (CAMEO.2.0.txt ARM 062, FINANCE 061 and GRANT 060
// blocks); the group is a Phoenix agent noun coded REB (rebels, insurgents, separatists,
// guerrillas) or UAF (militias, fighters, armed groups, terrorists), the recipient being the
// verb's object, or its to-phrase when the object is what is given ("supply weapons to the
// militias"). The speaker is the turn's (a transcript turn's claim of the sentence) or the
// reporter of the clause (the claim made of the verb of saying whose complement holds the verb).
// The turn's speaker is sentenceVoice's, as voicedObligation reads it.
// A negated or hedged verb accuses no one. What the reported clause itself codes (OFFERS of the
// accused: CAMEO 06 material cooperation) is left to the frames stage.
func (d *doc) armedSupportAccusations(st *sent, fs *frameSentence) {
	if d.x.phx == nil || fs == nil {
		return
	}
	for v, t := range fs.toks {
		if t.UPOS != "VERB" || !fs.fr.InClass("armsupport", strings.ToLower(lemmaOf(t))) || fs.negatedOrHedged(v) {
			continue
		}
		if !armedGroup(d.x, fs, fs.recipient(v)) {
			continue
		}
		subj := fs.clauseSubject(v)
		if subj < 0 {
			continue
		}
		accused, how := d.frameActor(st, fs, subj, v, nil)
		if accused == nil || !docpkg.ActorKind(accused) || how != "" {
			continue
		}
		spk := d.accuser(st, fs, v)
		if spk == nil || spk.Final() == accused.Final() {
			continue
		}
		d.Rels = append(d.Rels, &relCand{Typ: graph.Opposes, Src: spk.Final(), Tgt: accused.Final(), Sent: st.Idx,
			Cue: d.Text(t.Start, t.End), CueStart: t.Start, CueEnd: t.End, Rule: "accusation:armed-support",
			Score: 0.75, Cameo: "112", Plover: "ACCUSE"})
	}
}

// recipient returns the token that receives what verb v gives: its object, or the noun of its
// to-phrase when the object is a thing given ("supply weapons to the militias"), -1 when none.
func (fs *frameSentence) recipient(v int) int {
	obj, to := -1, -1
	for _, k := range fs.kids[v] {
		switch fs.toks[k].DepRel {
		case "obj":
			obj = k
		case "obl", "iobj":
			for _, c := range fs.kids[k] {
				if fs.toks[c].DepRel == "case" && strings.EqualFold(fs.toks[c].Form, "to") {
					to = k
				}
			}
			if fs.toks[k].DepRel == "iobj" {
				to = k
			}
		}
	}
	if obj >= 0 && to < 0 {
		// "supply weapons to the militias" may hang the to-phrase on the object
		for _, c := range fs.kids[obj] {
			if fs.toks[c].DepRel == "nmod" {
				for _, cc := range fs.kids[c] {
					if fs.toks[cc].DepRel == "case" && strings.EqualFold(fs.toks[cc].Form, "to") {
						to = c
					}
				}
			}
		}
	}
	if to >= 0 {
		return to
	}
	return obj
}

// armedGroup reports a noun at h that the Phoenix agents dictionary codes as rebels (REB) or an
// unidentified armed force (UAF), read alone or with its adjective or compound modifier before
// it ("armed groups", "rebel forces").
func armedGroup(ex *Extractor, fs *frameSentence, h int) bool {
	if h < 0 {
		return false
	}
	words := []string{strings.ToLower(fs.toks[h].Form)}
	for _, k := range fs.kids[h] {
		if r := fs.toks[k].DepRel; (r == "amod" || r == "compound") && k == h-1 {
			words = append([]string{strings.ToLower(fs.toks[k].Form) + " " + words[0]}, words...)
		}
	}
	for _, w := range words {
		if a, ok := ex.phx.Agent(w); ok && (strings.HasPrefix(a.Code, "REB") || strings.HasPrefix(a.Code, "UAF")) {
			return true
		}
	}
	return false
}

// clauseSubject returns the subject of verb v, or of the verb whose infinitive v is ("continues
// to supply": the subject of "continues"), -1 when none.
func (fs *frameSentence) clauseSubject(v int) int {
	for h := v; h >= 0; h = fs.toks[h].Head {
		for _, k := range fs.kids[h] {
			if fs.toks[k].DepRel == "nsubj" {
				return k
			}
		}
		if fs.toks[h].DepRel != "xcomp" {
			return -1
		}
	}
	return -1
}

// negatedOrHedged reports a verb with a negator or hedge (modality.txt negation, hedge) among its
// dependents or those of the verb whose infinitive it is.
func (fs *frameSentence) negatedOrHedged(v int) bool {
	for h := v; h >= 0; h = fs.toks[h].Head {
		for _, k := range fs.kids[h] {
			w := strings.ToLower(fs.toks[k].Form)
			if r := fs.toks[k].DepRel; (r == "advmod" || r == "aux" || r == "det") && (fs.fr.InClass("negation", w) || fs.fr.InClass("hedge", w)) {
				return true
			}
		}
		if fs.toks[h].DepRel != "xcomp" {
			return false
		}
	}
	return false
}

// accuser returns who says the clause of verb v: the speaker of the claim made of the verb of
// saying whose complement holds v, else, for a main clause, the one speaker of the sentence's turn
// or statement (sentenceVoice with a turn rule); nil when neither.
func (d *doc) accuser(st *sent, fs *frameSentence, v int) *entity {
	for h := v; h >= 0; h = fs.toks[h].Head {
		r := fs.toks[h].DepRel
		if r == "ccomp" || r == "parataxis" {
			if g := fs.toks[h].Head; g >= 0 {
				return d.claimSpeaker(st, fs.toks[g].Start)
			}
		}
		if r == "root" || fs.toks[h].Head < 0 {
			if vs, rule := speakers.SentenceVoice(d.Doc, st.Idx); len(vs) == 1 && speakers.TurnRules[rule] {
				// the one speaker of the sentence's turn or statement (speaker_voice.go), in the
				// state's voice when he speaks for one (relation_turnvoice.go)
				return d.turnStateVoice(st, vs[0])
			}
			return nil
		}
	}
	return nil
}

// armedSupportCandidate reports a sentence with a word that may be an inflection of an armsupport
// verb and a word the Phoenix agents dictionary codes REB or UAF: only such a sentence can hold an
// accusation, and the frames stage's own filter (cueCandidate) does not pass it, the dictionary
// giving the asserted verbs no type. A filter only: armedSupportAccusations decides on the parse.
func (d *doc) armedSupportCandidate(st *sent) bool {
	if d.x.phx == nil {
		return false
	}
	verb, group := false, false
	sc := d.cuesOf(st)
	for i, t := range st.Toks {
		if verb && group {
			return true
		}
		if c := sc[i]; c != nil { // a word: its armsupport stem and agent code, made once per word
			verb, group = verb || c.armVerb, group || c.armedGroup
		} else {
			verb, group = verb || armsupportStem(d.x.frames.ClassWords("armsupport"), t.Lower), group || armedAgent(d.x.phx, t.Lower)
		}
		group = group || armedAgent(d.x.phx, bigram(st, i)) // "rebels", "militias", "armed groups"
	}
	return verb && group
}

// armsupportStem reports whether w or a stem of it (w less an inflection: -s, -es, -ed, -d, -ing,
// -ing+e, -ied+y, -ies+y) is a word of the armsupport class (the words of frames.ClassWords).
func armsupportStem(armsupport map[string]bool, w string) bool {
	for _, stem := range []string{w, strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ed"),
		strings.TrimSuffix(w, "d"), strings.TrimSuffix(w, "ing"), strings.TrimSuffix(w, "ing") + "e",
		strings.TrimSuffix(w, "ied") + "y", strings.TrimSuffix(w, "ies") + "y"} {
		if armsupport[stem] {
			return true
		}
	}
	return false
}

// armedAgent reports an agent noun phrase n that the Phoenix agents dictionary codes REB (rebels)
// or UAF (unidentified armed forces); false without the dictionary or for "".
func armedAgent(phx *lexicon.Actors, n string) bool {
	if phx == nil || n == "" {
		return false
	}
	a, ok := phx.Agent(n)
	return ok && (strings.HasPrefix(a.Code, "REB") || strings.HasPrefix(a.Code, "UAF"))
}

// bigram is the word before token i and token i, lower case ("armed groups"), or "".
func bigram(st *sent, i int) string {
	if i == 0 {
		return ""
	}
	return st.Toks[i-1].Lower + " " + st.Toks[i].Lower
}
