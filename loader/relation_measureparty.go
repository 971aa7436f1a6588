package loader

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/frames"
	"github.com/claimgraph/claimgraph/graph"
	"github.com/claimgraph/claimgraph/lexicon"
)

// The party a coercive measure hits (issue 13, trial 15 B10). CAMEO codes the target of its
// coercion and sanction events (16x reduce relations, 17x coerce: "impose embargo, boycott or
// sanctions" on whom) as an actor, and so does PLOVER's SANCTION (its target is the actor the
// measure is directed at); a researcher asks who sanctions whom. A measure phrase often names
// its party only inside the goods or firms it is aimed at: "tariffs on $60 billion worth of
// American goods", "a ban on Chinese steel imports", "curbs on Huawei's exports". The nationality
// adjective (or noun in attributive use, "U.S. goods") and the genitive of a noun classify or
// determine it as belonging to that country or actor (Quirk et al. 1985, 5.116–5.123 the
// genitive of possession and origin; 7.36 and 17.108 on nationality adjectives and nouns as
// premodifiers), so the measure on those goods is one on their country: the party is an added
// SANCTIONS target beside the measure, which stays the relation's own target.

// measurePartyPath are the UD relations along which a noun inside the measure's target phrase
// still names what the measure applies to: the nominal's prepositional and bare noun-phrase
// modifiers ("worth of … goods"), its compounds and conjuncts. A clause (acl, acl:relcl) or an
// adverbial says something else about the noun ("companies involved in abuses in China's
// Xinjiang region": China is not the party), so the walk stops there.
var measurePartyPath = map[string]bool{"nmod": true, "nmod:unmarked": true, "nmod:npmod": true,
	"compound": true, "conj": true}

// measureParties returns the actors a SANCTIONS match of a measure noun (a noun cue: "tariffs",
// "ban", "curbs"; a verb cue's object is the thing acted on itself, and "blocked the EU aid
// package" hits no EU goods) names in its target phrase as possessor or nationality of what the
// measure hits, each with the shape that named it ("poss" for a
// genitive, "modifier" for a demonym or name premodifying a noun): the entities of the mentions
// there, or the country of a demonym (countryRef, so that a demonym alone adds no node unless a
// relation uses it). Only for a target that is no actor; an actor target is already the party.
func (d *doc) measureParties(st *sent, fs *frameSentence, m frames.Match, all []frames.Match) ([]*entity, []string) {
	measure := measureNoun(fs, m)
	if measure < 0 && m.Target >= 0 && (m.Target != m.Content || ingObject(fs, m)) {
		if e := d.reductionRecipient(st, fs, m); e != nil {
			return []*entity{e}, []string{"to"}
		}
	}
	if m.Kind == "verb" && m.Type == graph.Sanctions && strings.HasPrefix(m.Code, "16") && ownEnvoy(fs, m.Target) {
		if e := d.receivingState(st, fs, m.Target, m.Cue); e != nil {
			return []*entity{e}, []string{"from"} // "recalled its ambassador from Caracas" (relation_ownenvoy.go)
		}
	}
	if measure < 0 || m.Target < 0 || m.Target == m.Content {
		return nil, nil
	}
	var ents []*entity
	var shapes []string
	seen := map[*entity]bool{}
	var walk func(n, depth int)
	walk = func(n, depth int) {
		if depth > 6 {
			return
		}
		for _, k := range fs.kids[n] {
			rel := fs.toks[k].DepRel
			if measurePartyPath[rel] && (fs.toks[k].UPOS != "VERB" || strings.HasPrefix(rel, "nmod")) {
				// (UD v2 nmod attaches only nominals: a verb tag there is the tagger's, "worth
				// of United States exports")
				walk(k, depth+1)
			}
			if w := fs.caseWord(k); rel == "nmod" && (w == "of" || w == "from") && n != measure {
				// "duties on articles of Brazil", "tariffs on goods from Peru": the of-phrase
				// (the of-genitive of origin or possession, Quirk et al. 1985, 5.116–5.117) and
				// the from-phrase of origin (9.31, from as source) name whose goods they are, as
				// the genitive and the nationality premodifier do
				if e := d.partyAt(st, fs, k); e != nil && !seen[e] && actors.MentionAt(d.Doc, st, fs.at[k]) != nil {
					seen[e] = true
					ents, shapes = append(ents, e), append(shapes, w)
				}
				continue
			}
			if rel != "amod" && rel != "compound" && rel != "nmod:poss" || n == measure {
				// the measure noun's own premodifier names its origin as often as its party
				// ("U.S. tariffs"): only what the measure applies to names the party
				continue
			}
			e := d.partyAt(st, fs, k)
			if e == nil || seen[e] {
				continue
			}
			seen[e] = true
			shape := "modifier"
			if rel == "nmod:poss" {
				shape = "poss"
			}
			ents, shapes = append(ents, e), append(shapes, shape)
			for _, c := range fs.kids[k] {
				// "Georgian and Moldovan wine": coordinated premodifiers each modify the head
				// (Quirk et al. 1985, 13.72), so each conjunct names a party
				if fs.toks[c].DepRel != "conj" {
					continue
				}
				if e := d.partyAt(st, fs, c); e != nil && !seen[e] {
					seen[e] = true
					ents, shapes = append(ents, e), append(shapes, shape)
				}
			}
		}
	}
	e, w, phrases := d.threatMeasureParty(st, fs, m, measure)
	if e != nil {
		seen[e] = true
		ents, shapes = append(ents, e), append(shapes, w)
	}
	for _, p := range phrases {
		walk(p, 1) // "threat of tariffs [on Chinese cars]", the measure's phrase hung on the cue
	}
	if m.Target != measure || m.Kind == "verb" || measure != m.Cue {
		walk(m.Target, 0)
	}
	if p := measurePurpose(fs, m, all); p >= 0 {
		// "introduced export restrictions to limit Chinese firms' access": the purpose clause
		// of the measure states what it is for (Quirk et al. 1985, 15.48 purpose clauses); when
		// that clause is itself a restriction (a SANCTIONS match of its own, which is no act
		// but the aim), whom it restricts is the party the measure hits
		if e := d.partyAt(st, fs, p); e != nil && !seen[e] {
			seen[e] = true
			ents, shapes = append(ents, e), append(shapes, "purpose")
		}
		walk(p, 0)
		for k := len(shapes) - 1; k >= 0 && shapes[k] != "purpose"; k-- {
			shapes[k] = "purpose-" + shapes[k]
		}
	}
	return ents, shapes
}

// hitParties is measureParties for a match whose target tgt is no actor, without the source src
// (an actor target is already the party).
func (d *doc) hitParties(st *sent, fs *frameSentence, m frames.Match, all []frames.Match, src, tgt *entity) ([]*entity, []string) {
	if docpkg.ActorKind(tgt) {
		return nil, nil
	}
	var ps []*entity
	var shapes []string
	es, ss := d.measureParties(st, fs, m, all)
	for k, p := range es {
		if p != src.Final() {
			ps, shapes = append(ps, p), append(shapes, ss[k])
		}
	}
	return ps, shapes
}

// measureNoun is the syntax token of the measure a SANCTIONS or THREATENS match names, -1 when it
// names none: the cue of a sanction match from a measure noun (the noun cue itself: "tariffs",
// "ban", "curbs"); the noun cue of a threat that is a sanction noun announced ("will raise
// tariffs on …": CAMEO 13 threatens the 16x/17x act, whose target is the actor hit); the
// object of a verb of threatening or imposing that is a sanction noun ("threatened tariffs on
// …", "slapped levies on …"); the verb of an announced act of force with a noun object ("will
// strike American bases": the verb itself, so the object's premodifiers name the party); and
// the object of a threat that is a coercive measure or repercussion ("vowed retaliation against
// …"). A verb's other objects are the thing acted on itself ("blocked the EU aid package" hits
// no EU goods).
func measureNoun(fs *frameSentence, m frames.Match) int {
	switch {
	case m.Type != graph.Sanctions && m.Type != graph.Threatens:
		return -1
	case m.Kind == "noun" && (m.Type == graph.Sanctions || fs.fr != nil && fs.fr.IsSanctionNoun(lemmaOf(fs.toks[m.Cue]))):
		return m.Cue
	case m.Kind == "verb" && m.Target >= 0 && m.Target != m.Content && fs.fr != nil && fs.fr.IsSanctionNoun(lemmaOf(fs.toks[m.Target])):
		return m.Target
	case m.Kind == "verb" && m.Type == graph.Threatens && forceCode(m.Code) && m.Target >= 0 && m.Target != m.Content && fs.toks[m.Target].UPOS == "NOUN":
		// "vowed to attack Israeli ships": an announced act of force (CAMEO 18–20, THREATENS
		// when announced: cameo-types.txt) hits the thing its object names, and that thing's
		// possessor or nationality is the party threatened, as CAMEO's actor coding reads a
		// demonym-modified noun phrase as its country ("Israeli ships" → ISR); the verb stands
		// as the measure, so the object's own premodifiers are walked
		return m.Cue
	case m.Kind == "verb" && m.Type == graph.Sanctions && strings.HasPrefix(m.Code, "171") && m.Target >= 0 && m.Target != m.Content && fs.toks[m.Target].UPOS == "NOUN":
		// "annexed the Kherson region of Ukraine", "seized an Iranian tanker": CAMEO 171 "seize
		// or damage property" (CAMEO.2.0.txt TAKE_PROPERTY: ANNEX, CONFISCATE; APPREHEND:
		// SEIZE) codes as its target the actor whose property or territory is taken, and the
		// of-genitive, genitive and nationality premodifier of the object name that owner
		// (Quirk et al. 1985, 5.116-5.123, 17.108): the verb stands as the measure, so the
		// object's own premodifiers are walked, as for an announced act of force below
		return m.Cue
	case m.Kind == "verb" && m.Type == graph.Sanctions && strings.HasPrefix(m.Code, "16") && m.Target >= 0 && m.Target != m.Content && fs.fr != nil && fs.toks[m.Target].UPOS == "NOUN" && fs.fr.InClass("trade-from", lemmaOf(fs.toks[m.Target])):
		// "banned imports of Georgian wine", "restricted Chinese imports": a reducing verb (CAMEO
		// 16x; 163 "impose embargo, boycott or sanctions", restricting trade with the target)
		// whose object is an act of getting goods (modality.txt trade-from: import, purchase;
		// Levin 1993, 13.5.1) restricts trade with the goods' origin, which the nationality
		// premodifier, genitive or of-genitive of the goods or of the act names (Quirk et al.
		// 1985, 5.116-5.123, 17.108): the verb stands as the measure, so the object's own
		// premodifiers are walked. An object that is no trade act ("suspended EU aid") names
		// the donor and is not read.
		return m.Cue
	case m.Kind == "verb" && m.Type == graph.Sanctions && strings.HasPrefix(m.Code, "16") && m.Target >= 0 && m.Target != m.Content && fs.fr != nil && fs.fr.InClass("property", lemmaOf(fs.toks[partitiveStuff(fs, m.Target)])):
		// "froze Russian government assets", "is freezing $1 billion of Burmese government
		// funds": a reducing verb (CAMEO 163 FREEZE * ASSET, * {BANK ACCOUNT}) on what an actor
		// owns (modality.txt property) hits the owner, whom the genitive or nationality
		// premodifier of the property names (Quirk et al. 1985, 5.116, 7.36, 17.108); of an
		// amount the partitive's of-phrase names the property (quantityOfGoods). The verb stands
		// as the measure, so the object's own premodifiers are walked, as for trade-from below.
		return m.Cue
	case m.Type == graph.Threatens && m.Target >= 0 && m.Target != m.Content && m.Target != m.Cue:
		// "vowed retaliation against Britain", "the threat of sanctions against Caracas": the
		// object of the threat is a coercive measure or repercussion (threatMeasureParty)
		return threatenedMeasure(fs, m.Target)
	}
	return -1
}

// threatenedMeasure is the coercive measure the target t of a threat names, -1 when none: t
// itself when it is a coercive noun, or the noun of t's of-phrase when t is a noun of
// possibility (modality.txt conjecture: "raised the possibility of sanctions", "the prospect
// of war") whose appositive of-phrase names the measure (Quirk et al. 1985, 17.26), as
// CAMEO.2.0.txt codes RAISE * POSSIBILITY (OF SANCTIONS) [1312] and MENTION * POSSIBILITY (OF
// &FIGHT) [138].
func threatenedMeasure(fs *frameSentence, t int) int {
	if coerciveNoun(fs, t) {
		return t
	}
	if fs.fr == nil || fs.toks[t].UPOS != "NOUN" || !fs.fr.InClass("conjecture", lemmaOf(fs.toks[t])) {
		return -1
	}
	for _, k := range fs.kids[t] {
		if fs.toks[k].DepRel == "nmod" && fs.caseWord(k) == "of" && coerciveNoun(fs, k) {
			return k
		}
	}
	return -1
}

// reductionRecipient is the actor a verb of reducing relations (CAMEO 16: 162 "reduce or stop
// material aid", 161 diplomatic relations, 166 expel or withdraw) names as the recipient of the
// flow it stops, in the to-phrase of its object or of the verb ("will suspend aid to Niger",
// "halted arms deliveries to Kyiv"): CAMEO 16's target is the actor whose relations are
// reduced, and the to-phrase of a noun of giving keeps its verb's recipient ("give aid to X";
// Quirk et al. 1985, 10.6 on the to-phrase of the recipient, 17.52 on deverbal nouns). The
// object's premodifiers are not read: "suspended EU aid" names the donor. nil otherwise.
func (d *doc) reductionRecipient(st *sent, fs *frameSentence, m frames.Match) *entity {
	if m.Kind != "verb" || m.Type != graph.Sanctions && m.Type != graph.Threatens || !strings.HasPrefix(m.Code, "16") || fs.toks[m.Target].UPOS != "NOUN" && !ingObject(fs, m) {
		return nil
	}
	heads := []int{m.Target}
	if fs.toks[m.Target].Head == m.Cue {
		heads = append(heads, m.Cue)
	}
	for _, h := range heads {
		for _, k := range fs.kids[h] {
			if r := fs.toks[k].DepRel; (r == "nmod" || r == "obl") && fs.caseWord(k) == "to" && actors.MentionAt(d.Doc, st, fs.at[k]) != nil {
				if e := d.partyAt(st, fs, k); e != nil {
					return e
				}
			}
		}
	}
	return nil
}

// ingObject reports a match whose target is the -ing clause its verb takes as object
// ("suspended lending to Uganda": frames ingClauseObject, Quirk et al. 1985, 16.38), whose
// to-phrase names the recipient as the verbal noun's would ("suspended the lending to Uganda";
// "lend to X", Quirk et al. 1985, 10.6).
func ingObject(fs *frameSentence, m frames.Match) bool {
	t := fs.toks[m.Target]
	return t.XPOS == "VBG" && t.Head == m.Cue && t.DepRel == "xcomp"
}

// forceCode reports a CAMEO code of force: 18 "assault", 19 "fight", 20 "use unconventional
// mass violence" (PLOVER ASSAULT), whose announced acts cameo-types.txt types THREATENS.
func forceCode(code string) bool {
	return strings.HasPrefix(code, "18") || strings.HasPrefix(code, "19") || strings.HasPrefix(code, "20")
}

// coerciveNoun reports a noun at syntax token k that names a coercive measure or a repercussion:
// a sanction noun of cue-classes.txt, a word of modality.txt's classes hostile ("retaliation",
// "attack", "war") and repercussion ("reprisal", "response", "consequence"), or a noun of acting
// (class act) with a hostile premodifier ("military action").
func coerciveNoun(fs *frameSentence, k int) bool {
	if fs.fr == nil || fs.toks[k].UPOS != "NOUN" {
		return false
	}
	l := lemmaOf(fs.toks[k])
	if fs.fr.IsSanctionNoun(l) || fs.fr.InClass("hostile", l) || fs.fr.InClass("repercussion", l) {
		return true
	}
	if !fs.fr.InClass("act", l) {
		return false
	}
	for _, c := range fs.kids[k] {
		if r := fs.toks[c].DepRel; (r == "amod" || r == "compound") && c < k && fs.fr.InClass("hostile", lemmaOf(fs.toks[c])) {
			// "military action": a general noun of acting whose classifying premodifier names
			// the coercive kind (Quirk et al. 1985, 17.104), as the frames' hostile test reads it
			return true
		}
	}
	return false
}

// threatPartyCase are the prepositions whose phrase, on a threatened measure or on the verb that
// threatens it, names the party the measure is aimed at: "retaliation against Britain",
// "sanctions on Moscow", "revenge upon Israel" (data/wordclasses/threatpartycase.txt: OED
// against prep. "in hostility or opposition to"; the noun keeps its verb's prepositional object,
// "retaliate against X", "impose sanctions on X": Quirk et al. 1985, 17.52 on the complementation
// of deverbal nouns, 16.55 on the prepositional object of the affected party).
var threatPartyCase = lexicon.WordClass("threatpartycase")

// threatMeasureParty is the actor named as the party a threatened coercive measure is aimed at
// (CAMEO 13 "threaten": the event's target is the actor threatened; PLOVER THREATEN's target the
// actor the threat is directed at): an actor in an against/on/upon-phrase of the measure noun
// itself, or of the verb whose object the measure is ("vowed revenge on Britain", the parser's
// attachment of the same phrase). nil and "" when there is none; then the against/on/upon-phrases
// hung above the measure that name no actor themselves are returned, for the caller to seek a
// possessor or nationality in them as in the measure's own phrase ("its threat of tariffs [on
// Chinese cars]", parsed onto the threat).
func (d *doc) threatMeasureParty(st *sent, fs *frameSentence, m frames.Match, measure int) (*entity, string, []int) {
	if m.Type != graph.Threatens || measure < 0 || measure == m.Cue || measure != m.Target && fs.toks[measure].Head != m.Target {
		return nil, "", nil
	}
	for _, k := range fs.kids[measure] {
		if r := fs.toks[k].DepRel; (r == "nmod:poss" || r == "amod" || r == "compound") && d.partyAt(st, fs, k) != nil {
			// "warned of Greek retaliation against its fishermen": the genitive or nationality
			// premodifier of an act names its agent (Quirk et al. 1985, 17.41 the subjective
			// genitive), so the measure is another actor's, and its party is no one the
			// speaker threatens
			return nil, "", nil
		}
	}
	heads := []int{measure}
	top := measure // the verb's object: the measure, or the noun of possibility over it
	if h := fs.toks[measure].Head; h >= 0 && h != m.Cue && fs.toks[measure].DepRel == "nmod" && fs.caseWord(measure) == "of" && threatenedMeasure(fs, h) == measure {
		heads = append(heads, h) // "the prospect of sanctions [against Belarus]", hung on the noun of possibility
		top = h
	}
	if fs.toks[top].Head == m.Cue {
		heads = append(heads, m.Cue) // "threatened [tariffs] [on X]", "its threat of [tariffs] [on X]"
	}
	var phrases []int
	for _, h := range heads {
		for _, k := range fs.kids[h] {
			rel := fs.toks[k].DepRel
			w := fs.caseWord(k)
			if rel != "nmod" && rel != "obl" || !threatPartyCase.Has(w) {
				continue
			}
			if e := d.partyAt(st, fs, k); e != nil && actors.MentionAt(d.Doc, st, fs.at[k]) != nil {
				return e, w, nil
			}
			if h != measure {
				phrases = append(phrases, k)
			}
		}
	}
	return nil, "", phrases
}

// measurePurpose is the target of the restriction a measure's to-infinitive of purpose states:
// the infinitive attached to the measure noun (acl) or to the verb whose object the measure is
// (advcl, as the parser attaches a purpose adjunct), when the frames matched it as SANCTIONS.
// -1 otherwise.
func measurePurpose(fs *frameSentence, m frames.Match, all []frames.Match) int {
	heads := []int{m.Cue}
	if h := fs.toks[m.Cue].Head; h >= 0 && fs.toks[m.Cue].DepRel == "obj" {
		heads = append(heads, h)
	}
	for _, h := range heads {
		for _, k := range fs.kids[h] {
			if r := fs.toks[k].DepRel; (r != "advcl" && r != "acl") || k < m.Cue || !fs.markedTo(k) {
				continue
			}
			for _, o := range all {
				if o.Cue == k && o.Type == graph.Sanctions && o.Target >= 0 && o.Target != o.Cue && o.Target != o.Content {
					return o.Target
				}
			}
		}
	}
	return -1
}

// markedTo reports a verb with the infinitive marker "to" (UD mark).
func (fs *frameSentence) markedTo(v int) bool {
	for _, k := range fs.kids[v] {
		if fs.toks[k].DepRel == "mark" && strings.EqualFold(fs.toks[k].Form, "to") {
			return true
		}
	}
	return false
}

// partyAt is the actor the modifier at syntax token k names: the entity of an actor mention
// there, else the country of a capitalized demonym ("American", "Chinese"). nil otherwise.
func (d *doc) partyAt(st *sent, fs *frameSentence, k int) *entity {
	i := fs.at[k]
	if i < 0 {
		return nil
	}
	if mm := actors.MentionAt(d.Doc, st, i); mm != nil && docpkg.ActorKind(mm.Ent) {
		return mm.Ent.Final()
	}
	if !st.Toks[i].Cap {
		return nil
	}
	if c := actors.DemonymEndingAt(d.Doc, st, i); c != nil {
		return actors.CountryRef(d.Doc, c)
	}
	return nil
}

// partitiveStuff is the noun of the of-phrase of a quantity at syntax token h ("$1 billion of
// government funds": funds; quantityOfGoods), else h itself.
func partitiveStuff(fs *frameSentence, h int) int {
	if !quantityOfGoods(fs, h) {
		return h
	}
	for _, k := range fs.kids[h] {
		if strings.HasPrefix(fs.toks[k].DepRel, "nmod") && k > h && strings.EqualFold(fs.caseWord(k), "of") {
			return k
		}
	}
	return h
}

// quantityOfGoods reports whether the target phrase headed by syntax token h is an amount of
// goods rather than a measure or a policy: a money amount or a number as head ("$50 billion of
// imports", "$50 billion worth of … exports": UD heads "$" or "worth" with the number as
// nummod or compound), or a noun of measure counted by a number and followed by its of-phrase
// ("12 million tons of soybeans"). English writes a quantity of a mass or plural noun as a
// partitive whose of-phrase names the stuff measured (Quirk et al. 1985, 5.7–5.9 on partitive
// constructions, 5.10 "worth of"; Huddleston & Pullum 2002, 5.9 measure nouns): the phrase
// refers to goods, and a sanction or tariff "on" goods hits whoever owns or makes them (CAMEO
// 16x/17x and PLOVER SANCTION code the actor hit, not the goods), so when measureParties names
// that party the amount itself makes no POLICY target. With no party named, the phrase stays the
// target as before.
func quantityOfGoods(fs *frameSentence, h int) bool {
	if h < 0 || h >= len(fs.toks) {
		return false
	}
	t := fs.toks[h]
	if t.UPOS == "SYM" || t.UPOS == "NUM" {
		return true
	}
	if t.UPOS != "NOUN" {
		return false
	}
	counted, partitive := strings.EqualFold(lemmaOf(t), "worth"), false
	for _, k := range fs.kids[h] {
		switch r := fs.toks[k].DepRel; {
		case r == "nummod" || r == "compound" && (fs.toks[k].UPOS == "NUM" || fs.toks[k].UPOS == "SYM"):
			counted = true
		case strings.HasPrefix(r, "nmod") && k > h && strings.EqualFold(fs.caseWord(k), "of"):
			partitive = true
		}
	}
	return counted && partitive
}
