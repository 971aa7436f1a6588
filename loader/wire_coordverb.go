package loader

import "strings"

// Coordinated past verbs read as premodifiers (issue 13, frames25). In "said he shared the
// farmers' concerns but rejected calls for a curfew" the parser coordinates the nouns "concerns"
// and "calls" and hangs "rejected" on the second as an adjectival modifier, although the tagger
// read it as a simple past (VBD). A simple past is finite and heads a clause; only participles
// and adjectives premodify a noun (Quirk et al. 1985, 7.15–7.16 on participial adjectives, 3.14
// on the past tense and the -ed participle as two forms), and a premodifier follows the
// determiner, which the coordinator after the first noun phrase is not. So the past verb opens a
// second verb phrase coordinated with the verb whose object the first noun phrase is ("shared
// … but rejected …", coordination of like constituents, Quirk et al. 1985, 13.5), and the noun it
// was hung on is its object.

// coordinatedPastVerb reattaches each such verb: a VBD verb attached as amod to a noun n right
// after a coordinator that n governs, n conjoined to a noun that is the object of a verb g; the
// verb becomes g's conjunct, n its object, the coordinator its cc.
func coordinatedPastVerb(fs *frameSentence) {
	for v := 1; v < len(fs.toks); v++ {
		t := fs.toks[v]
		if t.XPOS != "VBD" || t.DepRel != "amod" {
			continue
		}
		n, cc := t.Head, v-1
		if n <= v || fs.toks[cc].DepRel != "cc" || fs.toks[cc].Head != n || fs.toks[n].DepRel != "conj" {
			continue
		}
		w := strings.ToLower(fs.toks[cc].Form)
		if w != "and" && w != "but" && w != "or" {
			continue
		}
		m := fs.toks[n].Head
		if m < 0 || m >= v || fs.toks[m].DepRel != "obj" {
			continue
		}
		g := fs.toks[m].Head
		if g < 0 || g >= m || fs.toks[g].UPOS != "VERB" {
			continue
		}
		fs.toks[v].Head, fs.toks[v].DepRel = g, "conj"
		fs.toks[n].Head, fs.toks[n].DepRel = v, "obj"
		fs.toks[cc].Head = v
	}
}
