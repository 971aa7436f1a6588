package frames

import "github.com/claimgraph/claimgraph/graph"

// The recipient of a transfer as the target of an act of giving (issue 13, args26; analysis25
// §6b). VerbNet 3 gives the verbs of transfer the roles Agent, Theme and Recipient (give-13.1,
// send-11.1 with Destination, contribute-13.2, future_having-13.3 with Goal): "Agent V Theme to
// Recipient" and the dative "Agent V Recipient Theme" (Quirk et al. 1985, 10.6 and 16.57, the
// prepositional and the indirect object). The PLOVER codebook (2021, AID, COOPERATE) codes the
// actor that receives as the event's target — the dev records code "give Tanzania a grant" and
// "military aid to Mozambique" with the recipient as target — so for a cue of giving the named
// recipient is the target and the thing given no part of it. modality.txt class recipient lists
// the verbs, each with its VerbNet class; the matched frame's rule gains "+recipient".

// transferRecipient returns the Recipient of verb i of class recipient, or of its object noun of
// aid (modality.txt aid-noun), for a cue of type typ (OFFERS or SUPPORTS), when the verb has its Theme (an object) and the recipient is
// named: a to-phrase on the verb, after its particle ("handed the suspects over to Tanzania"),
// or inside the object phrase where the parser hung it (aidRecipient); or the first of two
// objects ("gave Tanzania a grant"). -1 when there is none. The restriction to a name (a proper
// noun, or a noun a proper noun premodifies: "the Houthi rebels") is VerbNet's selectional
// restriction on the Recipient (+animate or +organization) as far as a parse can tell it; a
// to-phrase of a common noun is as often a place ("sent troops to the border"), which stays out.
func (tr *tree) transferRecipient(i int, typ graph.RelType) int {
	if tr.lx == nil || typ != graph.Offers && typ != graph.Supports || tr.t[i].UPOS != "VERB" {
		return -1
	}
	o := tr.object(i)
	verb := tr.lx.in("recipient", tr.lemma(i))
	if !verb && (o < 0 || !tr.lx.in("aid-noun", tr.lemma(o))) {
		// a noun of aid takes its recipient in a to-phrase of its own ("new assistance to
		// Mali", "pledged aid to Ukraine"; Quirk et al. 1985, 17.48, the noun keeps the
		// complementation of its verb), whatever verb it is the object of
		return -1
	}
	if io := tr.child(i, "iobj"); verb && io >= 0 && o >= 0 && io < o {
		if tr.named(io) {
			return io // the dative: the first of two objects is the recipient
		}
		return -1
	}
	if o < 0 {
		return -1 // "returned to Ukraine": a verb of motion then, no transfer of a Theme
	}
	r := tr.argOf(i, "to")
	if r < 0 {
		r = tr.particleArg(i, "to")
	}
	if r < 0 {
		r = tr.aidRecipient(i, "to")
	}
	if r < 0 || !tr.named(r) {
		return -1
	}
	return r
}

// named reports whether noun k is a name or headed by a noun a name premodifies ("Serbia", "the
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

// roleTarget applies the role rules of a verb cue i of type typ to its target and content: the
// addressee of a warning (addressee.go: addresseeWarned, addresseeAdvised) and the recipient of a
// transfer (transferRecipient). It returns the new target and content and the suffix naming the
// rule of this file's session that applied ("+addressee", "+recipient"; rules.go
// PrecedenceRules), "" when none did or only the older addresseeWarned.
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
	if r := tr.transferRecipient(i, typ); content < 0 && r >= 0 && r != target {
		return r, content, "+recipient" // "sent two field hospitals to Nepal"
	}
	return target, content, ""
}
