package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// What the relations stage does to the stances of speaking units (issue 12; step 4 of
// docs/layout/plan.md moved it here, unchanged, from speaker_stance.go, speaker.go and
// speaker_docs.go):
//   - dropExchangeStances drops the stances that are acts on the exchange itself, by the rules of
//     speaker_stance.go, then calls jointStances, which gives a stance of a jointly issued text to
//     every party, and capitalHeName credits a stance to a name ending in a capitalized "He"/"She"
//     rather than to the turn's speaker;
//   - dropIssuedTexts drops the stances whose target is the text a lead-in issues or whose cue is
//     the lead-in's topic (its tests issuedText and leadInTopic stay in speaker_docs.go).
//
// The speaker files say who speaks a unit (unitSpeaker, coSpeakers); these functions act on the
// relations.

// dropExchangeStances removes the stance relations the rules of speaker_stance.go find (the
// comment there names them and their sources). findRelations calls it once every sentence has its
// relations and before dropUncodedTalk, so that a held turn sentence is not taken as coded by a relation
// dropped here ("The last point I want to make is that we have always viewed our approach … as
// needing to be flexible" keeps its claim).
func (d *doc) dropExchangeStances() {
	all := d.StanceRels()
	drop := map[*relCand]bool{}
	for _, r := range all {
		if r.Typ == graph.Claims || r.Sent < 0 || r.Sent >= len(d.Sents) {
			continue
		}
		st := d.Sents[r.Sent]
		k := speakers.CueToken(st, r.CueStart)
		if k < 0 {
			continue
		}
		switch {
		case speakers.FrameMarker(st, k) >= 0:
			drop[r] = true
			// the acts of the that-clause after the discourse verb are its subject's
			for _, o := range all {
				if o != r && o.Sent == r.Sent && o.Src != nil && r.Src != nil && o.Src.Final() == r.Src.Final() &&
					o.Typ != graph.Claims && speakers.InMarkedClause(st, speakers.FrameMarker(st, k), o.CueStart) {
					drop[o] = true
				}
			}
		case speakers.CourtesyCue(st, k):
			drop[r] = true
		case speakers.ReferralOfAudience(st, k):
			drop[r] = true
		case r.Typ == graph.Demands && speakers.AudienceDirective(st, k):
			drop[r] = true
		case speakers.Speaking(st.Unit) && r.Tgt != nil && speakers.AudienceTarget(r.Tgt.Final().Name):
			drop[r] = true
		case speakers.ThirdPersonSelf(d.Doc, st, k, r), speakers.AddresseeAct(st, k, r), speakers.CollectiveOurs(d.Doc, st, k, r), speakers.EvidenceVerb(st, k), speakers.CheckingReports(st, k):
			drop[r] = true
		default:
			d.capitalHeName(st, k, r)
		}
	}
	if len(drop) > 0 {
		d.dropRels(func(r *relCand) bool { return drop[r] })
	}
	d.jointStances()
}

// jointStances gives a stance of a jointly issued text to every party (speaker_joint.go): in a
// block, turn or title whose speaker is a coordination ("Trade Minister X and Foreign Minister Y
// issued the following joint statement:"), a cue whose subject is "we" is the act of all the
// signatories, as each of its claims is theirs (jointClaims), and so is a cue noun after "our"
// ("We reaffirm our support for …"). The relation made for one party, or for whom its "we" is
// (firstPerson), is copied for each other party's "we", with the same sentence, cue and rule.
func (d *doc) jointStances() {
	for _, r := range d.StanceRels() {
		if r.Typ == graph.Claims || r.Src == nil || r.Sent < 0 || r.Sent >= len(d.Sents) {
			continue
		}
		st := d.Sents[r.Sent]
		cos := speakers.CoSpeakers(d.Doc, st.Unit)
		readout := false
		if len(cos) < 2 && strings.HasSuffix(r.Rule, "+joint:parties") {
			cos, readout = d.describedParties(st), true // "The two leaders …" in a readout or after the pair (relation_meetingpair.go)
		}
		if len(cos) < 2 {
			continue
		}
		// a party's "we" is whom it speaks for (firstPerson: a minister's state, one rule for
		// statements and briefings), so the relation may name a party's state, and its copies
		// name the other parties' states ("Joint Statement of Norwegian Fisheries Minister X and
		// Chilean Fisheries Minister Y": "We oppose …" is Norway's and Chile's)
		sp := r.Src.Final()
		parties := make([]*entity, len(cos))
		in := false
		for i, co := range cos {
			parties[i] = co
			if v := speakers.FirstPerson(d.Doc, co, "we", st.Unit); v != nil && !readout {
				parties[i] = v.Final()
			}
			in = in || co == sp || parties[i] == sp
		}
		k := speakers.CueToken(st, r.CueStart)
		if !in || k < 0 || !speakers.FirstPersonSubject(st, k) && !firstPersonGenitive(st, k) && !strings.HasSuffix(r.Rule, "+joint:parties") {
			continue
		}
		seen := map[*entity]bool{sp: true}
		for _, co := range parties {
			if !seen[co] && (r.Tgt == nil || co != r.Tgt.Final()) {
				seen[co] = true
				c := *r
				c.Src = co
				d.Rels = append(d.Rels, &c)
			}
		}
	}
}

// firstPersonGenitive reports a cue noun k of st determined by "our", with at most one word in
// lower case between ("We reaffirm our support for …", "our strong condemnation of …"): "our" is
// the possessive determiner of "we" (Quirk et al. 1985, ch. 6 on the personal and possessive
// pronouns), so the noun's act is the act of the "we" who
// speak, as with "we" as the subject of its verb.
func firstPersonGenitive(st *sent, k int) bool {
	for q := k - 1; q >= 0 && q >= k-2; q-- {
		t := st.Toks[q]
		if t.Lower == "our" {
			return true
		}
		if t.Kind != text.Word || t.Cap {
			return false
		}
	}
	return false
}

// capitalHeName gives a relation credited to the turn's speaker through a capitalized "He" or
// "She" inside the sentence, after a capitalized word, to the name that word ends: English writes
// the personal pronoun in lower case inside a sentence (CMOS 8.1), so "Vice Premier Liu He will pay
// a visit" has the subject Liu He, not a pronoun resolved to the spokesperson.
func (d *doc) capitalHeName(st *sent, k int, r *relCand) {
	if !speakers.Speaking(st.Unit) || r.Src == nil {
		return
	}
	sp := speakers.UnitSpeaker(d.Doc, st.Unit)
	if sp == nil || sp.Final() != r.Src.Final() {
		return
	}
	for q := k - 1; q >= 1 && q >= k-4; q-- {
		t := st.Toks[q]
		if (t.Lower == "he" || t.Lower == "she") && t.Cap && st.Toks[q-1].Kind == text.Word && st.Toks[q-1].Cap {
			m := actors.MentionAt(d.Doc, st, q)
			if m == nil || strings.HasPrefix(m.Rule, "coref") {
				m = actors.MentionAt(d.Doc, st, q-1) // the name the word ends ("Liu" of "Liu He")
			}
			if m != nil && docpkg.ActorKind(m.Ent) && m.Ent.Final() != sp.Final() {
				r.Src = m.Ent.Final()
			}
			return
		}
		w := t.Lower
		if t.Kind != text.Word || !(docpkg.FiniteAux.Has(w) || docpkg.FiniteDo.Has(w) || strings.HasSuffix(w, "ly") || w == "also" || w == "not") {
			return
		}
	}
}

// dropIssuedTexts drops a stance relation whose target is the text a lead-in issues: "X released
// the following statement" is no OFFERS of "following statement", "X made the following remarks"
// no act on the remarks. Issuing a statement is CAMEO's code 010 (make statement), whose content
// the statement's own sentences carry as claims of X (block:statement); the verb of issuing is no
// stance cue over the text. The target is such a text when its name's last word is a document noun
// (documentNouns, "remarks", "comments") and it holds no name.
//
// A lead-in's topic is no act of its author either: in "X issued the following statement today
// regarding the fishing ban announced by Serrania:" the ban is what the statement is about, and
// a cue after the text noun of a lead-in line (a furniture paragraph that opens a statement or
// quotation block) is dropped; "X condemned the attack in a statement:" keeps its cue, which comes
// before the noun.
func (d *doc) dropIssuedTexts() {
	d.dropRels(func(r *relCand) bool {
		return r.Typ != graph.Claims && (r.Tgt != nil && speakers.IssuedText(r.Tgt.Final()) || speakers.LeadInTopic(d.Doc, r))
	})
}
