package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
)

// The agent of a cue's content (moved from relation_frames.go): who performs the act a cue's
// clause or infinitive describes, and the -ing form the target names that act by.

// gerundOf is the -ing form of verb token t's lemma ("expelling", "admitting":
// frames.DoublesFinal for a final consonant doubled after a stressed vowel).
func (d *doc) gerundOf(t frames.Token) string {
	verb := gerund(strings.ToLower(lemmaOf(t)))
	if l := strings.ToLower(lemmaOf(t)); l != "" && !strings.HasSuffix(verb, l[len(l)-1:]+l[len(l)-1:]+"ing") && d.x.frames.DoublesFinal(l) {
		verb = l + l[len(l)-1:] + "ing"
	}
	return verb
}

// contentAgent names who is to perform the act a cue's clause or infinitive describes, so that
// the target names the act with its agent ("urged Peru to release the journalists" → "Peru
// releasing the journalists"; "declared that China must drop barriers" → "China dropping
// barriers"): the clause's own subject when it precedes the verb (a finite content clause), else
// the cue's addressee — its object or oblique actor argument, which controls the infinitive
// (object control, Quirk et al. 1985, 16.52: "persuaded him to go", he goes), never after a
// commissive, whose subject commits itself ("promised Kyiv to withdraw"). A pronoun subject
// gives way to the addressee, and is otherwise not written out. "" when the act has no other
// agent named than the source. The entity is that agent when it is an actor named as such (its
// mention, a pronoun's antecedent), nil for a description: a demand's addressee
// (graph.Evidence.Addressee, doc.actAgent).
func (d *doc) contentAgent(st *sent, fs *frameSentence, m frames.Match, c int) (string, *entity) {
	subjOf := c
	if h := fs.toks[c].Head; fs.toks[c].DepRel == "xcomp" && h >= 0 && h < c && (strings.EqualFold(lemmaOf(fs.toks[h]), "have") || strings.EqualFold(lemmaOf(fs.toks[h]), "ought")) {
		// "Minsk has to close the camps": the subject of the semi-modal is the infinitive's
		// (raising, Quirk et al. 1985, 3.45), written as the sentence gives it
		subjOf = h
	}
	for _, k := range fs.kids[subjOf] {
		if r := fs.toks[k].DepRel; r == "nsubj" && k < c && k != m.Source {
			if fs.toks[k].UPOS == "PRON" {
				if e := d.pronounAgent(st, fs, k); e != nil {
					return e.Name, e // "our advice for the US is that it should …" (relation_directiveagent.go)
				}
				break
			}
			lo, hi := fs.phrase(k)
			return d.SpanText(st, fs.at[lo], fs.at[hi-1]+1), d.phraseActor(st, fs, k, lo, hi)
		}
	}
	if d.x.frames.InClass("commissive", strings.ToLower(lemmaOf(fs.toks[m.Cue]))) {
		return "", nil // "threatened Taiwan to impose sanctions": the source commits itself (modality.txt commissive)
	}
	if h := m.Target; h >= 0 && h != c && h != m.Source && h < c {
		if mm := actors.MentionAt(d.Doc, st, fs.at[h]); mm != nil && docpkg.ActorKind(mm.Ent) {
			return mm.Ent.Final().Name, mm.Ent.Final()
		}
		// an addressee named by a description holding an actor ("workers of the United Bus
		// Company", "parties to the conflict in Iraq"): the description, as written
		lo, hi := fs.phrase(h)
		if fs.toks[h].UPOS == "PRON" {
			return "", nil
		}
		// the description ends before the content's own clause when the parser hung the
		// infinitive on the addressee noun ("urge the administration to sanction the Russian
		// officials": acl of "administration"); the act is written after the agent anyway, so
		// keeping it here wrote it twice, and an actor inside the act ("Russian") is not in
		// the addressee's description
		dhi := hi
		if c > h && c < hi {
			if clo, _ := fs.span(c); clo > h && clo < dhi {
				dhi = clo
			}
		}
		for _, mi := range d.BySent[st.Idx] {
			mm := d.Mentions[mi]
			if mm.Ts >= fs.at[lo] && mm.Te <= fs.at[dhi-1]+1 && docpkg.ActorKind(mm.Ent) {
				return d.SpanText(st, fs.at[lo], fs.at[dhi-1]+1), nil // a description, not the actor
			}
		}
		if fs.toks[h].UPOS == "NOUN" && fs.toks[h].Head == m.Cue && fs.toks[c].Head == m.Cue && c >= hi && (m.Type == graph.Demands || m.Type == graph.Offers && fs.toks[h].DepRel == "obj" && fs.toks[c].DepRel == "xcomp") {
			// an addressee named by a common noun ("urged its neighbours to sign", "called on
			// member states to cut"): the verb of request's object or oblique is the one asked,
			// who controls the infinitive the parser hung on the verb (object control, as
			// above), whether or not the description names an actor; it is written as the
			// sentence gives it. An infinitive inside the noun's own phrase ("urged restraint
			// to avoid bloodshed") leaves the noun to be what is asked, not who. So is the one
			// allowed or invited of an offer ("allowed European observers to visit …", "invited
			// the opposition to come back …": VerbNet allow-64.1, NP V NP to-VP; object
			// control, Quirk et al. 1985, 16.52), when the infinitive is the
			// verb's xcomp (UD; commissives left above)
			return d.SpanText(st, fs.at[lo], fs.at[hi-1]+1), nil
		}
	}
	return "", nil
}

// phraseActor is the actor a subject phrase [lo, hi) headed by k names when the phrase is that
// actor's mention alone ("China", "the US side" as a state's side: the mention's tokens span
// the phrase's head), nil for a description holding an actor ("workers of the Bus Company").
func (d *doc) phraseActor(st *sent, fs *frameSentence, k, lo, hi int) *entity {
	if e := governmentOfState(d, st, fs, k); e != nil {
		return e // "that Bolivia's interim government end …" (relation_stategovernment.go)
	}
	mm := actors.MentionAt(d.Doc, st, fs.at[k])
	if mm == nil || !docpkg.ActorKind(mm.Ent) {
		return nil
	}
	for x := lo; x < hi; x++ {
		if t := fs.at[x]; (t < mm.Ts || t >= mm.Te) && fs.toks[x].UPOS != "DET" {
			return nil
		}
	}
	return mm.Ent.Final()
}

// demandAddressee is the node ID of the actor a DEMANDS relation r asks to act, when its target
// is the act named with that actor as agent ("urged the US side to abide by …" → "United States
// abiding by …": the object controlling the infinitive, or the content clause's subject,
// contentAgent): a directive is addressed to the one who is to perform the act (Searle 1976, the
// directives; Palmer 2001, deontic mood); for a THREATENS relation of a verb of advising whose
// target is the act of its that-clause, the actor warned (noteWarned, relation_warnedaddressee.go).
// "" for other relation types, a target that is not such an act, an agent that is the source
// itself or is not emitted as a node.
func (d *doc) demandAddressee(r *relCand) string {
	ag := d.addresseeOf(r)
	if ag == nil || !docpkg.ActorKind(ag) || !actors.Emit(ag) || ag.Final() == r.Src.Final() {
		return ""
	}
	return actors.NodeID(ag.Final())
}

// keepAddressee keeps the actor a DEMANDS or THREATENS relation r is addressed to (addresseeOf: the
// object controlling the infinitive of "call on X to V", "urge X to V", "press X to V", CAMEO 10
// DEMAND) as a node when it is a weak entity, such as a group that stands only there ("NATO
// allies", "Chinese officials"): the addressee is a participant of the directive (Searle 1976),
// as the source and target are, and a relation kept with its addressee left out names no one.
func (d *doc) keepAddressee(r *relCand) {
	if r.Tgt == nil {
		return
	}
	if ag := d.addresseeOf(r); ag != nil && docpkg.ActorKind(ag) {
		ag.Final().Keep = true
	}
}

// addresseeOf returns the actor relation r is addressed to, nil when none: a DEMANDS relation's
// act agent (ActAgent, contentAgent), a THREATENS relation's actor warned (Warned, noteWarned).
func (d *doc) addresseeOf(r *relCand) *entity {
	var m map[*entity]*entity
	switch r.Typ {
	case graph.Demands:
		m = d.ActAgent
	case graph.Threatens:
		m = d.Warned
	default:
		return nil
	}
	if ag := m[r.Tgt]; ag != nil {
		return ag
	}
	return m[r.Tgt.Final()]
}
