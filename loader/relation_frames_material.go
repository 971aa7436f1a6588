package loader

import (
	"strings"
	"sync"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// Acts on an actor: a synonym-block member's inherited code of an act on another actor needs
// an actor acted on.
//
// PETRARCH2 codes an event only between two actors, source and target both from its actor
// dictionaries (PETRARCH2 dictionaries.rst; CAMEO codebook 1.1b3, ch. 1): a verb's code is a
// claim about what one actor does to another. A synonym block of CAMEO.2.0.txt ("---  IMPEL
// [170] ---" over BLACKMAIL, COMPEL, ENFORCE, FORCE, …) gives every verb without a code of its
// own the block's code, for the sense the verbs share with the head, acting on another actor
// ("forced the minister out"); a member's other senses, taking a thing as object, inherit the
// code too ("enforce that agreement", "constrain the growth of salaries", "approve a bill",
// "harm its interests", "remove visa barriers").
//
// Our graph takes policies as targets, and rightly for most codes: verbal acts (stances:
// oppose, criticize, welcome, demand, request — CAMEO 01–05 and 10–14), transfers (06
// cooperate, 07 provide aid: verbs of change of possession take the thing given as object,
// Levin 1993 §13), and the codes the codebook defines on things: 16 reduce relations (aid,
// talks, relations), 171 seize or damage property, 172 administrative sanctions ("ban political
// parties, impose curfew"), 08 yield (081 ease administrative sanctions, 084 return property,
// 085 ease economic sanctions: "relaxed its controls" is the LOOSEN block's 080). The codes it
// defines on the actor acted on are these (actedOnCodes): 15 exhibit force posture, 170 coerce, 173 arrest or detain,
// 174 expel or deport individuals, 175 violent repression, 18 assault, 19 fight, 20 mass
// violence.
//
// So a verb cue whose type is one of those codes inherited from its block — the verb row of a
// member that is not the block's head and has no code of its own, no verb–object pattern naming
// the object (a pattern names what the code is about: "- * &CEASEFIRE [1056] # ENFORCE" keeps
// its target) — gives a relation only when an actor is acted on (actorActedOn); the reversal,
// refusal and attempt readings (frames/args.go, attempt.go) change the code and are not the
// block's.

// actedOnCodes are the CAMEO codes and roots the codebook defines on the actor acted on.
var actedOnCodes = []string{"15", "170", "173", "174", "175", "18", "19", "20"}

// blockMembers maps a cameo-verbs.txt line number (CAMEO.2.0.txt line) of a verb that is not
// its block's head and inherits the block's code to that code; read once from the embedded
// dictionary. A block's code is the code most of its rows carry, on a tie its head row's (the
// verb the block is named after); a member with another code has a code of its own ("ARREST
// [173]" in APPREHEND [171], whose head APPREHEND is [173] too).
var blockMembers = sync.OnceValue(func() map[int]string {
	type row struct {
		line        int
		block, code string
		head        bool
	}
	var rows []row
	cameoRows("cameo-verbs.txt", 9, func(c []string, n int) {
		// lemma | words | block | code | plover | type | future | conditional | line
		words := strings.ToUpper(strings.ReplaceAll(strings.TrimSpace(c[1]), " ", "_"))
		rows = append(rows, row{n, c[2], c[3], words == c[2] || strings.ToUpper(c[0]) == c[2]})
	})
	headCode, votes := map[string]string{}, map[string]map[string]int{}
	for _, r := range rows {
		if r.head {
			headCode[r.block] = r.code
		}
		if votes[r.block] == nil {
			votes[r.block] = map[string]int{}
		}
		votes[r.block][r.code]++
	}
	out := map[int]string{}
	for _, r := range rows {
		code := headCode[r.block]
		for c, k := range votes[r.block] {
			n := votes[r.block][code]
			if k > n || k == n && code != headCode[r.block] && c < code {
				code = c // the most rows; on a tie the head's, else the least code (deterministic)
			}
		}
		if !r.head && r.code == code {
			out[r.line] = code
		}
	}
	return out
})

// actedOnCode reports a code of actedOnCodes.
func actedOnCode(code string) bool {
	for _, p := range actedOnCodes {
		if len(p) == 3 && code == p || len(p) == 2 && strings.HasPrefix(code, p) {
			return true
		}
	}
	return false
}

// materialMemberBase reports whether a verb match's type comes from a code of actedOnCodes that
// a synonym-block member inherits (no pattern, no reversal/refusal/attempt reading): such a
// match needs an actor acted on (see above). rule is "frames:<frame>:cameo@<line>".
func materialMemberBase(kind, rule, code string) bool {
	if kind != "verb" {
		return false
	}
	n, frame, ok := ruleEntryLine(rule) // relation_frames_senses.go
	if !ok || strings.Contains(frame, "-reversal") || strings.Contains(frame, "-refusal") || strings.Contains(frame, "-attempt") {
		return false
	}
	base, ok := blockMembers()[n]
	return ok && base == code && actedOnCode(code)
}

// actorActedOn reports whether a member's act (materialMemberBase) has an actor acted on: the
// target found (tgt), or an actor named as the cue's object ("forced Georgia to withdraw", whose
// target is the content), in a prepositional argument of it (obl) or in a prepositional
// postmodifier of its object or target (nmod: "blocked transactions with the Iranian bank"), or
// such an argument headed by a noun that names a person or body (personOrBodyNoun) though no
// actor was made of it.
func (d *doc) actorActedOn(st *sent, fs *frameSentence, m frames.Match, tgt *entity) bool {
	if docpkg.ActorKind(tgt) {
		return true
	}
	args := []int{m.Target}
	for _, k := range fs.kids[m.Cue] {
		if r := fs.toks[k].DepRel; r == "obj" || r == "iobj" || r == "obl" || strings.HasPrefix(r, "obl:") {
			args = append(args, k)
		}
	}
	for _, a := range args[:len(args):len(args)] {
		if a < 0 || a >= len(fs.toks) || a != m.Target && fs.toks[a].DepRel != "obj" {
			continue
		}
		for _, k := range fs.kids[a] {
			if fs.toks[k].DepRel == "nmod" {
				// a prepositional phrase after the object ("blocked transactions with the
				// Iranian bank") postmodifies the noun or complements the verb — the attachment
				// English leaves open (Quirk et al. 1985, 2.59, 9.4); the parse26b pair hangs it
				// on the noun (UD nmod) where the EWT-only pair hung it on the verb (obl), and
				// the party it names is acted on under either reading
				args = append(args, k)
			}
		}
	}
	for _, a := range args {
		if a < 0 || a >= len(fs.at) {
			continue
		}
		if nationalAgent(d.x, d.Lx, fs, a) {
			return true
		}
	}
	for _, h := range args {
		if h < 0 || h >= len(fs.at) {
			continue
		}
		lh := fs.at[h]
		if mm := actors.MentionAt(d.Doc, st, lh); mm != nil && docpkg.ActorKind(mm.Ent) {
			return true
		}
		if personOrBodyNoun(d.x, d.Lx, fs.toks[h]) {
			return true // "expelled the head of the UN mission", "detained two judges"
		}
		if t := st.Toks[lh]; text.IsPronoun(t) {
			if e := coref.ResolvePronoun(d.Doc, st.Idx, lh, t.Lower); e != nil && docpkg.ActorKind(e) {
				return true
			}
		}
	}
	return false
}

// personOrBodyNoun reports a common noun that names a person or body by the actor dictionaries:
// PETRARCH2's own agents dictionary (Phoenix.agents.txt, data/lexicons/phoenix/agents.txt:
// "traders" BUS, "activists" OPP — the agents PETRARCH2 codes as actors, dictionaries.rst "Agent
// Dictionary"), and data/lexicons titles.txt ("head", "judge"), groups.txt ("officials",
// "inspectors"), orgwords.txt ("ministry", "council").
func personOrBodyNoun(ex *Extractor, lx *lexicon.Lexicons, t frames.Token) bool {
	if t.UPOS != "NOUN" {
		return false
	}
	w := strings.ToLower(t.Lemma)
	if _, ok := ex.phx.Agent(w); ok {
		return true
	}
	if _, ok := ex.phx.Agent(strings.ToLower(t.Form)); ok {
		return true
	}
	_, group := lx.GroupHeads[w]
	_, orgGroup := lx.GroupOrgHeads[w]
	_, org := lx.OrgWords[w]
	return lx.Titles[w] != nil || group || orgGroup || org
}

// nationalAgent reports an argument a of an act on an actor that names a state's agents: a
// noun with a national adjective ("cracked down on Chinese fishing boats"), or an activity noun
// whose by-phrase agent is an actor or such a noun ("cracked down on illegal fishing by Chinese
// boats": the by-phrase of a deverbal noun names its agent, as the passive's does, Quirk et al.
// 1985, ch. 17 on the agentive by-phrase in noun phrases; that agent is the one acted on). PETRARCH2 codes a nationality adjective as its country (the
// Phoenix country records list "Chinese" under CHN, data/lexicons/phoenix/places.txt), so the
// coded event has an actor acted on.
func nationalAgent(ex *Extractor, lx *lexicon.Lexicons, fs *frameSentence, a int) bool {
	for _, h := range append([]int{a}, fs.byAgents(a)...) {
		if fs.toks[h].UPOS != "NOUN" && fs.toks[h].UPOS != "PROPN" {
			continue
		}
		for _, k := range fs.kids[h] {
			if demonymCountry(lx, fs, k, h) != nil && fs.toks[k].DepRel == "amod" && !bareMassNoun(fs, h) {
				return true
			}
		}
		if h != a && personOrBodyNoun(ex, lx, fs.toks[h]) {
			return true // "the crackdown on smuggling by militias"
		}
	}
	return false
}

// bareMassNoun reports a singular common noun with no determiner at syntax token h ("Argentine
// wheat", "Russian oil"): a singular count noun takes a determiner, so a bare singular is a
// non-count noun of substance or goods (Quirk et al. 1985, 5.3, 5.52), which names no agent a
// measure can act on, unlike a plural or determined count noun ("Chinese fishing boats", "a
// Chinese trawler").
func bareMassNoun(fs *frameSentence, h int) bool {
	if fs.toks[h].XPOS != "NN" {
		return false
	}
	for _, k := range fs.kids[h] {
		if r := fs.toks[k].DepRel; r == "det" || r == "nmod:poss" || r == "nummod" {
			return false
		}
	}
	return true
}

// byAgents returns the by-phrases (nmod with case by) of noun n.
func (fs *frameSentence) byAgents(n int) []int {
	var out []int
	for _, k := range fs.kids[n] {
		if strings.HasPrefix(fs.toks[k].DepRel, "nmod") && fs.caseWord(k) == "by" {
			out = append(out, k)
		}
	}
	return out
}

// tradeMeasureCode is CAMEO 163 "impose embargo, boycott, or sanctions", which the codebook
// (CAMEO 1.1b3, 163) defines as "prohibit or restrict trade, economic activity, and/or financial
// transactions"; CAMEO2PLOVER-2021.txt files it under SANCTION.
const tradeMeasureCode = "163"

// stateTradeMeasure reports a member's act on an actor (materialMemberBase: "restrict" in the
// CONFINE block, 170 "coerce") that is instead a state's own trade measure: its source is a state
// actor (a government or a country acting as one) and its object a noun of trading (modality.txt
// trade-to, trade-from, trade-with: "are restricting the export of lithography equipment",
// "limited imports of steel"). CAMEO codes restricting trade as 163 (tradeMeasureCode), an act
// defined on the trade, not on an actor acted on; only a state imposes it (the codebook's
// sanctions are acts of a government: 16 "reduce relations", 17 "coerce"), so a company or a
// person restricting exports names no measure. The relation then keeps the trade as its POLICY
// target, though no party is named, with code 163 and PLOVER SANCTION; with an actor acted on the
// member's code stands (actorActedOn).
func stateTradeMeasure(ex *Extractor, fs *frameSentence, m frames.Match, src *entity) bool {
	if src == nil || m.Target < 0 || m.Target >= len(fs.toks) || m.Content == m.Cue {
		return false
	}
	if k := src.Final().Kind; k != graph.Government && k != graph.Country {
		return false
	}
	if r := fs.toks[m.Target].DepRel; r != "obj" && r != "nsubj:pass" {
		return false
	}
	l := strings.ToLower(fs.toks[m.Target].Lemma)
	for _, c := range []string{"trade-to", "trade-from", "trade-with"} {
		if ex.frames.InClass(c, l) {
			return true
		}
	}
	return false
}

// conditionalCoercion reports a member's act on an actor (materialMemberBase) announced under a
// condition: a conditional (modality.txt conditional: hypothetical would, could, might) act of
// force whose clause holds an if- or unless-clause (modality.txt condition; Quirk et al. 1985,
// 15.33–15.35 on open conditions), as in "the rebels said they would shell the port if the navy
// did not withdraw". Harm announced on a condition the other side can meet is conditional
// coercion, PLOVER THREATEN ("threats … conditional coercion", CAMEO 13, 138 "threaten with
// military force"): the threat is made to whoever the condition binds, and its object (the port,
// the dam) is what is threatened, a POLICY target though no actor is acted on. Without a
// condition the reported act stays the member's, which needs an actor acted on
// (actorActedOn): "said they would shell the port" names no threat made to anyone.
func conditionalCoercion(ex *Extractor, fs *frameSentence, m frames.Match) bool {
	if m.Mode != frames.Conditional || m.Type != graph.Threatens || m.Kind != "verb" || m.Cue < 0 || m.Cue >= len(fs.toks) {
		return false
	}
	for _, k := range fs.kids[m.Cue] {
		if fs.toks[k].DepRel != "advcl" {
			continue
		}
		for _, c := range fs.kids[k] {
			if fs.toks[c].DepRel == "mark" && ex.frames.InClass("condition", strings.ToLower(fs.toks[c].Form)) {
				return true
			}
		}
	}
	return false
}

// personActedOn reports an act whose object (or passive subject, or target) is headed by a noun
// of persons (actors.PersonNoun, WordNet 3.0 noun.person: "helped the villagers", "protected the
// refugees"): the people aided are the party though no actor node names them.
func personActedOn(fs *frameSentence, m frames.Match) bool {
	hs := []int{m.Target}
	for _, k := range fs.kids[m.Cue] {
		if r := fs.toks[k].DepRel; r == "obj" || r == "iobj" || r == "nsubj:pass" {
			hs = append(hs, k)
		}
	}
	for _, h := range hs {
		if h >= 0 && h < len(fs.toks) && fs.toks[h].UPOS == "NOUN" && actors.PersonNoun(strings.ToLower(fs.toks[h].Lemma)) {
			return true
		}
	}
	return false
}
