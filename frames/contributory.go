package frames

import "github.com/claimgraph/claimgraph/graph"

// contributoryStance reports a catenative help at h (modality.txt contributory) with no object of
// its own whose infinitive c (xcomp, bare or with to) carries a stance cue: "will help push back
// on China's lending", "helped to resist the merger". Its subject is a co-agent of the
// infinitive's act (Quirk et al. 1985, 16.52), so the act is the subject's stance, in help's own
// mode, and help is no act of its own. An infinitive whose cue only offers ("help finance the
// pipelines") names the aid itself, which help's own entry codes (CAMEO 070 provide aid): help
// stays the act there. With an object ("helped Kenya resist") the object controls the
// infinitive (Quirk et al. 1985, 16.52 object + infinitive) and help keeps its frame. An
// infinitive that is no cue at all ("helped found the network") leaves help no recipient: no act.
func (lx *Lexicon) contributoryStance(tr *tree, h, c int) bool {
	if h < 0 || c < 0 || tr.t[c].Head != h || tr.rel(c) != "xcomp" || !lx.in("contributory", tr.lemma(h)) || tr.child(h, "obj", "iobj") >= 0 {
		return false
	}
	var ts []Types
	for _, k := range lx.cands(tr, c) {
		ts = append(ts, k.types)
	}
	if o := tr.object(c); o >= 0 && tr.t[o].UPOS == "NOUN" {
		// "helped impose sanctions on Iran": a support verb whose object is the cue noun
		// (cueObject), the measure imposed
		for _, k := range lx.classes["noun "+tr.lemma(o)] {
			ts = append(ts, k.types)
		}
	}
	if len(ts) == 0 && lx.helpDone(tr, h) {
		// "helped found Fox News", "helped draft a report", "helped broker a truce": an
		// infinitive that is no cue names a deed the subject took part in (co-agent, Quirk et
		// al. 1985, 16.52); with no object there is no one helped, and CAMEO 070 "provide aid"
		// (PLOVER AID: "material benefits primarily accrue to the recipient") needs a
		// recipient, so help offers nothing (events30b). Announced ("will help rebuild the
		// harbour") it stays CAMEO 030 "express intent to cooperate" (PLOVER AGREE: cooperative
		// actions in the future tense imply intentions)
		return true
	}
	for _, k := range ts {
		for _, t := range []graph.RelType{k.Asserted, k.Future, k.Conditional} {
			if t != "" && t != graph.Offers {
				return true
			}
		}
	}
	return false
}

// helpDone reports a help at h that is reported as done or doing, not announced: no future,
// conditional or modal auxiliary, not "going to", and not the infinitive of a verb of intent
// or commitment ("plans to help", "pledged to help").
func (lx *Lexicon) helpDone(tr *tree, h int) bool {
	for _, k := range tr.kids[h] {
		if l := tr.lemma(k); base(tr.rel(k)) == "aux" && (lx.in("future", l) || lx.in("conditional", l) || lx.in("hedge", l) || tr.t[k].XPOS == "MD") {
			return false
		}
	}
	if tr.goingTo(h) {
		return false
	}
	if p := tr.t[h].Head; p >= 0 && tr.rel(h) == "xcomp" && (lx.in("intent", tr.lemma(p)) || lx.in("commitment", tr.lemma(p))) {
		return false
	}
	return true
}
