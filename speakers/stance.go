package speakers

import (
	"strings"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/discourse"
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// FirstPersonSubject reports "we" (or "I") at most three words before the cue at k, with only
// adverbs, auxiliaries and negation between ("We urge", "we will not accept", "we strongly
// condemn").
func FirstPersonSubject(st *doc.Sent, k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		w := st.Toks[q].Lower
		if w == "we" || w == "i" {
			return true
		}
		if st.Toks[q].Kind != text.Word || !(doc.FiniteAux.Has(w) || doc.FiniteDo.Has(w) || strings.HasSuffix(w, "ly") || w == "not" || w == "n't" ||
			w == "also" || w == "again" || w == "still" || w == "never" || w == "can" || w == "must" || w == "have") {
			return false
		}
	}
	return false
}

// CueToken returns the index of the token of st that starts at the code point start, or -1.
func CueToken(st *doc.Sent, start int) int {
	for k, t := range st.Toks {
		if t.Start == start {
			return k
		}
		if t.Start > start {
			break
		}
	}
	return -1
}

// volitionVerbs take an infinitive of what the subject wants or means to do; with a verb of
// discourse after them they announce a discourse act (Hyland 2005's frame markers).
var volitionVerbs = lexicon.WordClass("volitionverbs") // data/wordclasses/volitionverbs.txt

// discourseActVerbs name acts of the talk itself: starting, moving on, adding, stressing, pointing
// out (Hyland 2005, ch. 3, frame markers: "sequencing", "label stages", "announce goals"; the verbs
// are those of his list of frame markers and of the announcements in the corpus press briefings).
// "make" counts only before a noun of talk ("make a couple of points") or with its object moved
// away ("the last point I want to make is"); "point" only before "out".
var discourseActVerbs = lexicon.WordClass("discourseactverbs") // data/wordclasses/discourseactverbs.txt

// talkObjectHeads are the nouns "make" takes in an announced discourse act.
var talkObjectHeads = lexicon.WordClass("talkobjectheads") // data/wordclasses/talkobjectheads.txt

// FrameMarker reports a cue at k that announces a discourse act of the speaker: a verb of volition
// (or "let" + "me") with the subject "I" at most three words before it (adverbs, modals and
// "do" between), then "to" and a verb of discourse. It returns the index of the discourse verb, or
// -1.
func FrameMarker(st *doc.Sent, k int) int {
	toks := st.Toks
	w := toks[k].Lower
	j := k + 1
	switch {
	case w == "let" && j < len(toks) && toks[j].Lower == "me":
		j++
	case volitionVerbs.Has(w):
		subj := false
		for q := k - 1; q >= 0 && q >= k-4; q-- {
			// "I", not "we": the one who speaks announces what he will say ("We want to talk
			// with Serrania" is an offer of talks)
			x := toks[q].Lower
			if x == "i" {
				subj = true
				break
			}
			switch x {
			case "just", "only", "also", "really", "first", "would", "'d", "do", "'m", "am", "are", "'re", "actually", "quickly", "briefly":
				continue
			}
			break
		}
		if !subj {
			return -1
		}
		if j < len(toks) && toks[j].Lower == "to" {
			j++
		} else {
			return -1
		}
	default:
		return -1
	}
	for j < len(toks) && (toks[j].Lower == "just" || toks[j].Lower == "briefly" || toks[j].Lower == "quickly" || toks[j].Lower == "also" || toks[j].Lower == "first") {
		j++
	}
	if j >= len(toks) {
		return -1
	}
	v := toks[j].Lower
	if !discourseActVerbs.Has(v) {
		return -1
	}
	switch v {
	case "point":
		if j+1 >= len(toks) || toks[j+1].Lower != "out" {
			return -1
		}
	case "make":
		// "make" with nothing after it (its object relativised: "the last point I want to make
		// is …") or with a noun of talk within four words ("make a couple of points very clear")
		if j+1 < len(toks) && toks[j+1].Kind == text.Word && !doc.FiniteAux.Has(toks[j+1].Lower) {
			ok := false
			for q := j + 1; q < len(toks) && q <= j+5; q++ {
				if talkObjectHeads.Has(toks[q].Lower) {
					ok = true
					break
				}
			}
			if !ok {
				return -1
			}
		}
	case "talk", "speak":
		// about a topic, or with the topic moved away ("which I want to talk about"); "talk
		// with" or "to" someone is a negotiation
		if j+1 < len(toks) && toks[j+1].Kind == text.Word && toks[j+1].Lower != "about" && toks[j+1].Lower != "briefly" {
			return -1
		}
	case "turn":
		// "turn to" a topic, not "turn it over to" a colleague (furniture already) nor "turn
		// the page"
		if j+1 >= len(toks) || toks[j+1].Lower != "to" {
			return -1
		}
	case "move":
		if j+1 >= len(toks) || toks[j+1].Lower != "on" {
			return -1
		}
	}
	return j
}

// InMarkedClause reports whether the code point at reaches into the that-clause of the discourse verb
// at v ("point out that CLAUSE") and that clause's subject is not first person: its acts belong to
// its own subject.
func InMarkedClause(st *doc.Sent, v, at int) bool {
	toks := st.Toks
	for j := v + 1; j < len(toks) && j <= v+3; j++ {
		if toks[j].Lower != "that" {
			continue
		}
		if j+1 >= len(toks) || toks[j+1].Start > at {
			return false
		}
		return text.PronounClass(toks[j+1].Lower) != "first"
	}
	return false
}

// courtesyVerbsAll are the expressive verbs of the courtesies: courtesyVerbs (speaker_talk.go) and
// thanking.
func courtesyVerb(w string) bool {
	return courtesyVerbs.Has(w) || w == "thank" || w == "thanks" || w == "thanked" || w == "grateful"
}

// courtesyNouns add to exchangeNouns what the audience or the host gives to the talk.
var courtesyNouns = lexicon.WordClass("courtesynouns") // data/wordclasses/courtesynouns.txt

// CourtesyCue reports an expressive verb at k whose object, within five words, is the exchange: a
// noun of exchangeNouns or courtesyNouns — a dialogue or conversation only when it is "this" or
// "our" one or one "we" had ("We welcome the dialogue between the two Koreas" is a stance) — also
// after "your" ("thank you for your question", "your kind words"; "We welcome your country's
// decision" is a stance).
func CourtesyCue(st *doc.Sent, k int) bool {
	toks := st.Toks
	if !courtesyVerb(toks[k].Lower) {
		return false
	}
	if thanksForTurn(toks, k) {
		return true
	}
	j := k
	if toks[k].Lower == "forward" || k+1 < len(toks) && toks[k+1].Lower == "forward" {
		// "look forward to": the object comes after "to"
		for j < len(toks) && j <= k+3 && toks[j].Lower != "to" {
			j++
		}
	}
	for q := j + 1; q < len(toks) && q <= j+5; q++ {
		x := toks[q].Lower
		if x == "," || x == ";" || x == "." || x == "that" && q > j+1 {
			return false
		}
		if x == "your" {
			// the audience's own part in the exchange ("your question", "your kind words"),
			// not what the audience's country does ("your country's decision to join")
			for r := q + 1; r < len(toks) && r <= q+3; r++ {
				if y := toks[r].Lower; courtesyNouns.Has(y) || exchangeNouns.Has(y) || y == "words" || y == "remarks" {
					return true
				}
			}
			return false
		}
		if courtesyNouns.Has(x) && x != "welcome" || x == "welcome" && toks[q-1].Lower == "warm" {
			return true
		}
		if x == "invitation" && toks[q-1].Lower != "this" && toks[q-1].Lower != "kind" {
			continue // "We welcome the invitation to the summit" accepts it; "this kind invitation" thanks
		}
		if exchangeNouns.Has(x) && (x != "dialogue" && x != "conversation" && x != "conversations" ||
			toks[q-1].Lower == "this" || toks[q-1].Lower == "our" ||
			q+2 < len(toks) && (toks[q+1].Lower == "we" || toks[q+2].Lower == "we")) {
			return true
		}
	}
	return false
}

// turnNouns are the contributions a participant makes to a meeting's talk: what the chair and
// speakers of a council or committee thank each other for ("I thank Special Representative X
// for her briefing", the opening formula of statements in the UN Security Council's verbatim
// records, S/PV series).
var turnNouns = lexicon.WordClass("turnnouns") // data/wordclasses/turnnouns.txt

// thanksForTurn reports a verb of thanking at k ("thank", "thanks", "thanked") whose "for"
// phrase, within ten words and the same clause, names a contribution to the talk (turnNouns)
// after a determiner or possessive and up to two modifiers: "I thank Special Representative X for
// her comprehensive briefing". Thanking for a contribution to the meeting is an expressive
// (Searle 1976) that supports nothing; thanks for an act in the world ("We thank Japan for its
// support of the resolution") stays a stance (CAMEO codes THANK under praise, 051).
func thanksForTurn(toks []text.Token, k int) bool {
	if w := toks[k].Lower; w != "thank" && w != "thanks" && w != "thanked" {
		return false
	}
	for q := k + 1; q < len(toks) && q <= k+10; q++ {
		x := toks[q].Lower
		if x == "," || x == ";" || x == "." || x == "that" || x == "and" {
			return false
		}
		if x != "for" {
			continue
		}
		for r := q + 1; r < len(toks) && r <= q+4; r++ {
			y := toks[r].Lower
			if turnNouns.Has(y) {
				return r > q+1 // a determiner or possessive before it
			}
			if toks[r].Kind != text.Word || y == "of" || y == "to" {
				return false
			}
		}
		return false
	}
	return false
}

// ReferralOfAudience reports a cue at k whose direct object is "you" followed by "to": the
// questioner is sent elsewhere ("I would refer you to the competent authority").
func ReferralOfAudience(st *doc.Sent, k int) bool {
	toks := st.Toks
	return k+2 < len(toks) && toks[k+1].Lower == "you" && toks[k+2].Lower == "to"
}

// AudienceDirective reports a directive cue at k in a turn of a transcript (an answer or a
// named speaker's turn) whose addressee, right after it or after "on" ("call on"), is the
// audience of the talk followed by its infinitive: "We urge journalists to keep their questions
// brief", "I ask everyone to …". Directing the questioners is the management of the floor
// (Clayman & Heritage 2002, The News Interview, ch. 3), not a demand on an actor of the world.
func AudienceDirective(st *doc.Sent, k int) bool {
	if st.Unit == nil || st.Unit.Role != discourse.Answer && st.Unit.Role != discourse.Turn {
		return false
	}
	toks := st.Toks
	j := k + 1
	if j < len(toks) && toks[j].Lower == "on" {
		j++
	}
	if j < len(toks) && toks[j].Lower == "the" {
		j++
	}
	var ws []string
	for e := j; e < len(toks) && e < j+4; e++ {
		if toks[e].Lower == "to" {
			return len(ws) > 0 && AudienceTarget(strings.Join(ws, " "))
		}
		ws = append(ws, toks[e].Lower)
	}
	return false
}

// AudienceTarget reports a target name that is the audience of the talk: the second person, the
// questioner's own contribution ("your first one", "your question"; "your country's fleet" is
// not), or a noun for the people listening ("folks", "everyone", "ladies and gentlemen").
func AudienceTarget(name string) bool {
	n := strings.ToLower(strings.TrimSpace(name))
	if w := strings.Fields(n); len(w) >= 2 && w[0] == "your" {
		// the questioner's own contribution: "your first one", "your question", "your point"
		if contributionWords.Has(w[1]) {
			return true
		}
	}
	if audienceNames.Has(n) {
		return true
	}
	return PressAudience(n)
}

// contributionWords name the questioner's own contribution after "your": nouns of talk, ordinals,
// the pro-form one (data/wordclasses/contributionwords.txt; a switch until restruct13).
var contributionWords = lexicon.WordClass("contributionwords")

// audienceNames name the people listening as a whole target name: the second person, the
// universal pronouns, vocatives, the press (data/wordclasses/phrases/audiencenames.txt; a switch
// until restruct13).
var audienceNames = lexicon.PhraseClass("audiencenames")

// pressNames and pressBodies are the press named alone and after "members of" and the like
// (data/wordclasses/phrases/pressnames.txt, pressbodies.txt; two switches until restruct13).
var (
	pressNames  = lexicon.PhraseClass("pressnames")
	pressBodies = lexicon.PhraseClass("pressbodies")
)

// PressAudience reports a lower-cased target that names the press in the room, the audience a
// briefing is given to (Clayman & Heritage 2002, The News Interview, ch. 1 and 7): "the press",
// "the media", "the press corps", or people of it — "our friends from the press", "members of
// the media". "The state media" or "the press freedom law" name something else and are not.
func PressAudience(n string) bool {
	w := strings.Fields(n)
	if len(w) > 0 && (w[0] == "our" || w[0] == "the" || w[0] == "dear") {
		w = w[1:]
	}
	if pressNames.Has(strings.Join(w, " ")) {
		return true
	}
	if len(w) >= 3 && (w[1] == "from" || w[1] == "of") {
		switch w[0] {
		case "friends", "members", "colleagues", "representatives":
			rest := w[2:]
			if rest[0] == "the" {
				rest = rest[1:]
			}
			if pressBodies.Has(strings.Join(rest, " ")) {
				return true
			}
		}
	}
	return false
}

// ThirdPersonSelf reports a relation of a speaking unit credited to the unit's own speaker whose cue
// has a third-person personal pronoun as its subject (firstPersonSubject's window): the pronoun
// refers to someone else.
func ThirdPersonSelf(d *doc.Doc, st *doc.Sent, k int, r *doc.RelCand) bool {
	if !Speaking(st.Unit) || r.Src == nil {
		return false
	}
	sp := UnitSpeaker(d, st.Unit)
	if sp == nil || sp.Final() != r.Src.Final() || len(CoSpeakers(d, st.Unit)) >= 2 || thirdPersonVoice(d, st.Unit, sp) {
		return false // (an office's statement names its issuer "he": speaker_bodyoffice.go)
	}
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		w := st.Toks[q].Lower
		switch w {
		case "he", "she", "they":
			// a capital inside the sentence is a name's ("Vice Premier Liu He will pay a
			// visit"), not the pronoun's
			return !st.Toks[q].Cap || q == 0 || st.Toks[q-1].Kind != text.Word
		}
		if st.Toks[q].Kind != text.Word || !(doc.FiniteAux.Has(w) || doc.FiniteDo.Has(w) || strings.HasSuffix(w, "ly") || w == "not" || w == "n't" ||
			w == "also" || w == "again" || w == "still" || w == "never" || w == "can" || w == "must" || w == "have") {
			return false
		}
	}
	return false
}

// AddresseeAct reports a relation whose cue lies in the infinitive of a directive verb of the same
// sentence with another object ("ask X to …, and never allow …"), credited to the directive's
// subject: the cue has no subject of its own (firstPersonSubject), the directive comes before it in
// the same clause (no ";" or sentence break between) and its object is not the first person.
func AddresseeAct(st *doc.Sent, k int, r *doc.RelCand) bool {
	if r.Src == nil || FirstPersonSubject(st, k) || actors.DirectiveVerbs.Has(st.Toks[k].Lower) {
		return false // a second directive ("urged X to …, and urged Y to …") is the speaker's again
	}
	for j := k - 1; j >= 0; j-- {
		t := st.Toks[j]
		if t.Text == ";" || t.Text == ":" {
			return false
		}
		if !actors.DirectiveVerbs.Has(t.Lower) || j+1 >= len(st.Toks) {
			continue
		}
		o := j + 1
		if t.Lower == "call" || t.Lower == "calls" || t.Lower == "called" {
			if st.Toks[o].Lower != "on" && st.Toks[o].Lower != "upon" {
				continue
			}
			o++
		}
		if o >= len(st.Toks) || text.PronounClass(st.Toks[o].Lower) == "first" {
			return false
		}
		// a "to" between the object and the cue, and the directive is the speaker's act too
		// (the object is a noun phrase of at most eight words right before "to": no comma,
		// conjunction or finite verb between — "I asked a similar question yesterday, but X said
		// he's planning to meet …" is no directive with an infinitive)
		to := false
		for q := o; q < k && q <= o+8; q++ {
			w := st.Toks[q].Lower
			if w == "to" {
				to = true
				break
			}
			if st.Toks[q].Kind == text.Punct || w == "that" || w == "but" || w == "and" || doc.FiniteAux.Has(w) || doc.FiniteDo.Has(w) {
				break
			}
		}
		if !to || !FirstPersonSubject(st, j) {
			return false
		}
		return true
	}
	return false
}

// CollectiveOurs reports a cue in the content clause of a verb of saying or knowing whose subject
// is both parties of a talk ("the two sides", "both sides", "the parties", "both countries"),
// reached through a first-person word ("our interests to reach consensus"), in a turn of one
// speaker credited to that speaker. In a joint statement the parties are the speakers, and "our"
// is theirs already.
func CollectiveOurs(d *doc.Doc, st *doc.Sent, k int, r *doc.RelCand) bool {
	if !Speaking(st.Unit) || r.Src == nil || len(CoSpeakers(d, st.Unit)) >= 2 {
		return false
	}
	if sp := UnitSpeaker(d, st.Unit); sp == nil || sp.Final() != r.Src.Final() {
		return false
	}
	first := false
	for q := k - 1; q >= 0 && q >= k-5; q-- {
		if text.PronounClass(st.Toks[q].Lower) == "first" {
			first = true
			break
		}
	}
	if !first {
		return false
	}
	for j := k - 1; j >= 2; j-- {
		if st.Toks[j].Lower != "that" {
			continue
		}
		// the subject and its verb within five words before "that" ("the two sides recognized
		// last month that")
		for q := j - 2; q >= 1 && q >= j-6; q-- {
			a, b := st.Toks[q-1].Lower, st.Toks[q].Lower
			if (a == "two" || a == "both" || a == "the") && (b == "sides" || b == "parties" || b == "countries" || b == "governments") {
				return true
			}
		}
	}
	return false
}

// evidenceVerbs read with a that-clause are verbs of showing: their subject is a fact or an
// event that is evidence for the clause ("It once again demonstrates that the one-China principle
// has been universally acknowledged"), not an actor protesting or proving anything (Quirk et al.
// 1985, §16.33, factual verbs with a that-clause object): data/wordclasses/evidenceverbs.txt.
var evidenceVerbs = lexicon.WordClass("evidenceverbs")

// EvidenceVerb reports a cue at k that is a verb of showing followed by "that" (adverbs between).
func EvidenceVerb(st *doc.Sent, k int) bool {
	if !evidenceVerbs.Has(st.Toks[k].Lower) {
		return false
	}
	for j := k + 1; j < len(st.Toks) && j <= k+3; j++ {
		if w := st.Toks[j].Lower; w == "that" {
			return true
		} else if !strings.HasSuffix(w, "ly") && w != "again" && w != "once" && w != "clearly" && w != "once again" {
			return false
		}
	}
	return false
}

// informationNouns name what is told, not done: reports, claims, accounts of events.
var informationNouns = lexicon.WordClass("informationnouns") // data/wordclasses/informationnouns.txt

// CheckingReports reports "verify" at k whose object, after up to two determiners or modifiers,
// is an information noun ("We are verifying those reports through our embassy"): checking
// whether something told is true (OED, verify v. 1, "to ascertain the truth or correctness of")
// is no act toward an actor. CAMEO files VERIFY in the ALLOW synset (080) for verifying an agreed
// act, and its own patterns for the verb name such acts (VERIFY * WITHDRAWAL, * &SOLUTION).
func CheckingReports(st *doc.Sent, k int) bool {
	switch st.Toks[k].Lower {
	case "verify", "verifies", "verifying", "verified":
	default:
		return false
	}
	for j := k + 1; j < len(st.Toks) && j <= k+3; j++ {
		w := st.Toks[j].Lower
		if informationNouns.Has(w) {
			return true
		}
		if st.Toks[j].Kind != text.Word || w == "that" && j == k+1 {
			return false
		}
	}
	return false
}
