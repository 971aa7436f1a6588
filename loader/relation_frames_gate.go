package loader

// Which sentences the frames stage parses: a cheap filter on the words (cueCandidate), then on
// the tagged words (taggedCandidate), and whether anything can be a source (mayHaveSource).
// Moved from relation_frames.go unchanged.

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/claimgraph/claimgraph/actors"
	"github.com/claimgraph/claimgraph/coref"
	docpkg "github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/speakers"
	"github.com/claimgraph/claimgraph/text"
)

// cueCandidate reports whether the sentence holds a word that may start a frame
// (frames.Lexicon.CueCandidate on the word's form and its lemmas as a verb or a plural noun,
// given the sentence's other words), or a verb of saying with a deontic modal (a reported
// obligation), or a verb of telling before "to" (a directive, whose infinitive need not be a
// cue: taggedCandidate): only such sentences are tagged, and taggedCandidate decides on the tags whether
// one is parsed. Both are filters: frames.Lexicon.Match alone decides what matches. What a word
// contributes (its lemmas, what CueCandidate needs for each: frames.Lexicon.CueNeeds, and its
// word classes) depends on the word alone and is made once per process (wordCue, cueCache).
func (d *doc) cueCandidate(st *sent) bool {
	var cues []*wordCue
	report, deontic, needed, repercussion := false, false, false, false
	appeal, it, by := false, false, false // appealCandidate's words
	attempt, obtain := false, false       // a verb of obtaining under an attempt seeks (frames attempt.go)
	directive := false                    // a verb of telling before "to": a directive (taggedCandidate)
	sc := d.cuesOf(st)
	for k, t := range st.Toks {
		if t.Kind != text.Word {
			continue
		}
		if directive && t.Lower == "to" {
			return true
		}
		c := sc[k]
		if c.always {
			return true
		}
		directive = directive || c.directive
		appeal, it, by = appeal || c.appeal, it || t.Lower == "it" || t.Lower == "it's", by || t.Lower == "by"
		cues = append(cues, c)
		report, deontic = report || c.report || t.Lower == "clear", deontic || c.deontic || k+1 < len(st.Toks) && semiTo(t.Lower, 0, []string{t.Lower, st.Toks[k+1].Lower}) // "said X has (got) to"
		repercussion = repercussion || c.repercussion
		needed = needed || len(c.needs) > 0
		attempt, obtain = attempt || c.attempt, obtain || c.obtain
	}
	var seekNeeds []string
	if attempt && obtain {
		ok, always, needs := d.x.frames.CueNeeds("seek")
		if ok && always {
			return true
		}
		seekNeeds, needed = needs, needed || ok
	}
	if needed {
		words := make(map[string]bool, 5*len(cues))
		for _, c := range cues {
			for _, l := range c.lemmas {
				words[l] = true
			}
		}
		for _, c := range cues {
			for _, w := range c.needs {
				if words[w] {
					return true
				}
			}
		}
		for _, w := range seekNeeds {
			if words[w] {
				return true
			}
		}
	}
	return report && (deontic || repercussion) || appeal && (it || by)
}

// wordCue is what a lower-case word contributes to cueCandidate (and to the justify and
// armed-support gates, justifyCandidate and armedSupportCandidate): its form and lemmas as VBD,
// VBZ, VBG and NNS; whether one of them is a cue candidate in any sentence (always) or else the
// words of which one must be in the sentence (needs, over all five); whether one is a verb of
// saying (report), whether the form is a deontic modal, and whether one lemma is a noun of
// repercussions (a verb of saying over a clause with one warns: frames warning.go; "clear" of
// "made clear" counts as a verb of saying here).
type wordCue struct {
	lemmas                        [5]string
	always                        bool
	needs                         []string
	report, deontic, repercussion bool
	appeal                        bool // a mandative adjective or a verb of sponsoring (appealWord)
	attempt, obtain               bool // a lemma of modality.txt class attempt, obtain
	directive                     bool // a lemma of modality.txt class directive (tell, order, …)
	justify                       bool // the form or its VBZ, VBD or NNS lemma in class justify (justifyCandidate)
	armVerb                       bool // the form or a stem of it in class armsupport (armedSupportCandidate)
	armedGroup                    bool // an agent noun the Phoenix dictionary codes REB or UAF (armedSupportCandidate)
}

// cueCache holds the wordCue of every lower-case word met, for all articles and workers: a
// wordCue depends on the word and the embedded lexicons alone, and making one (five lemmas, their
// frames and classes) was ~3% of a load's CPU when each article made its own. It keeps at most
// maxCachedCues words (about 10–15 MB); the words past that are kept per article (doc.wordCues).
type cueCache struct {
	m sync.Map // string → *wordCue
	n atomic.Int64
}

// maxCachedCues bounds the shared cache: news vocabulary is Zipfian, so the first tens of
// thousands of distinct words cover nearly every word of later articles.
const maxCachedCues = 50000

// cuesOf returns the wordCue of each word token of st (nil at a token of another kind), looked up
// once per sentence for the gates that read them (cueCandidate, justifyCandidate,
// armedSupportCandidate, voicedObligationCandidate, voicedWarningCandidate): the shared cache's
// lookup (a sync.Map) was ~2% of a load's CPU when each gate made its own. A sentence that is not
// the document's own (st not at d.Sents[st.Idx]) is looked up afresh.
func (d *doc) cuesOf(st *sent) []*wordCue {
	own := st.Idx >= 0 && st.Idx < len(d.Sents) && d.Sents[st.Idx] == st
	if own && d.sentCues != nil && d.sentCues[st.Idx] != nil {
		return d.sentCues[st.Idx]
	}
	out := make([]*wordCue, len(st.Toks))
	for k, t := range st.Toks {
		if t.Kind == text.Word {
			out[k] = d.wordCue(t.Lower)
		}
	}
	if own {
		if d.sentCues == nil {
			d.sentCues = make([][]*wordCue, len(d.Sents))
		}
		d.sentCues[st.Idx] = out
	}
	return out
}

// wordCue returns the wordCue of lower-case word w, made on first use.
func (d *doc) wordCue(w string) *wordCue {
	if c, ok := d.x.cues.m.Load(w); ok {
		return c.(*wordCue)
	}
	if c := d.wordCues[w]; c != nil {
		return c
	}
	fr, lm := d.x.frames, d.x.lemma
	c := &wordCue{lemmas: [5]string{w, lm.Lemma(w, "VERB", "VBD"), lm.Lemma(w, "VERB", "VBZ"), lm.Lemma(w, "VERB", "VBG"), lm.Lemma(w, "NOUN", "NNS")}}
	for _, l := range c.lemmas {
		ok, always, needs := fr.CueNeeds(l)
		c.always = c.always || ok && always
		if ok && !always {
			c.needs = append(c.needs, needs...)
		}
		c.report = c.report || fr.InClass("report", l) || fr.InClass("opinion", l)                         // opinion: "believes X should" (frames reportedObligation)
		c.repercussion = c.repercussion || fr.InClass("repercussion", l) || fr.InClass("counteraction", l) // frames warning_voiced.go
		c.attempt = c.attempt || fr.InClass("attempt", l)
		c.obtain = c.obtain || fr.InClass("obtain", l)
		c.directive = c.directive || fr.InClass("directive", l) || fr.InClass("invitation", l) // "invited X to return to talks" (frames invite.go)
	}
	c.always = c.always || fr.InClass("sympathy-idiom", c.lemmas[4]) || fr.InClass("represent", w) || fr.InClass("represent", c.lemmas[2]) // "thoughts", "hearts": taggedCandidate decides
	c.deontic = fr.InClass("deontic", w) || fr.InClass("obligation-noun", w)                                                               // "it is the duty of X to" (frames obligation_noun.go)
	c.appeal = appealWord(fr, c.lemmas[:])
	c.justify = fr.InClass("justify", w) || fr.InClass("justify", c.lemmas[2]) || fr.InClass("justify", c.lemmas[1]) || fr.InClass("justify", c.lemmas[4])
	c.armVerb = armsupportStem(fr.ClassWords("armsupport"), w)
	c.armedGroup = armedAgent(d.x.phx, w)
	if d.x.cues.n.Load() < maxCachedCues {
		if _, loaded := d.x.cues.m.LoadOrStore(w, c); !loaded {
			d.x.cues.n.Add(1)
		}
		return c
	}
	if d.wordCues == nil {
		d.wordCues = map[string]*wordCue{}
	}
	d.wordCues[w] = c
	return c
}

// taggedCandidate is cueCandidate on the tagged words: a word that is a cue candidate in its
// part of speech (frames.Lexicon.CueCandidateTagged; a verb typed only in the future or
// conditional mode needs a modal word in the sentence), or a verb of saying with a deontic modal
// or a noun of repercussions, or a verb of telling (modality.txt directive) followed by a
// to-infinitive, the directive frames.directiveCand reads (Quirk et al. 1985, 16.63) whether or
// not the infinitive's verb is a cue ("told Serbia to hand over the suspects").
func taggedCandidate(ex *Extractor, forms, upos, xpos []string) bool {
	fr, lm := ex.frames, ex.lemma
	lemmas, lows := make([]string, len(forms)), make([]string, len(forms))
	words := make(map[string]bool, 2*len(forms))
	for i, f := range forms {
		lemmas[i] = strings.ToLower(lm.Lemma(f, upos[i], xpos[i]))
		lows[i] = strings.ToLower(f)
		words[lemmas[i]] = true
		words[lows[i]] = true
	}
	report, deontic, repercussion, directive := false, false, false, false
	modal := fr.Modal(words)
	attempt := false // a word of attempt: a verb of obtaining may be read as seek (frames attempt.go)
	for i := range forms {
		attempt = attempt || fr.InClass("attempt", lemmas[i])
	}
	for i := range forms {
		lf := lows[i]
		if fr.CueCandidateTagged(upos[i], lemmas[i], lf, words, modal) || appealTagged(fr, upos[i], lemmas[i], words) {
			return true
		}
		if upos[i] == "VERB" && fr.InClass("represent", lemmas[i]) && (words["not"] || words["n't"]) {
			return true // "… do not reflect the views of …" (frames disavowal.go)
		}
		if upos[i] == "NOUN" && fr.InClass("sympathy-idiom", lemmas[i]) && (words["with"] || words["out"]) {
			return true // "our thoughts are with …", "our hearts go out to …" (frames sympathy_idiom.go)
		}
		if attempt && upos[i] == "VERB" && fr.InClass("obtain", lemmas[i]) && fr.CueCandidateTagged(upos[i], "seek", "seek", words, modal) {
			return true
		}
		if directive && lf == "to" && upos[i] == "PART" && i+1 < len(forms) && upos[i+1] == "VERB" {
			return true // "told Serbia to hand over …": a directive (frames directive.go), whatever the infinitive's verb
		}
		directive = directive || upos[i] == "VERB" && (fr.InClass("directive", lemmas[i]) || fr.InClass("invitation", lemmas[i])) // invitation: frames invite.go
		report = report || upos[i] == "VERB" && (fr.InClass("report", lemmas[i]) || fr.InClass("opinion", lemmas[i])) || lf == "clear"
		deontic = deontic || fr.InClass("deontic", lf) || semiTo(lf, i, lows) // "said X has (got) to" (frames semiModalObligation)
		repercussion = repercussion || upos[i] == "NOUN" && fr.InClass("repercussion", lemmas[i]) || upos[i] == "VERB" && fr.InClass("counteraction", lemmas[i])
	}
	return report && (deontic || repercussion)
}

// mayHaveSource reports whether anything in the sentence can be a relation's source as
// frameActor finds one: an actor mention, a pronoun, a capitalized demonym before a word (the
// agent of a noun cue it modifies, demonymCountry), or "the" before a word that coreference
// resolves as a definite description, with or without premodifiers (resolveDefinite), or an
// -ing word opening a paragraph (a list item whose lead-in names its controller:
// gerundItemController). A sentence without one gives no stance relation, so it is not parsed.
func (d *doc) mayHaveSource(st *sent) bool {
	if len(st.Toks) > 1 && strings.HasSuffix(st.Toks[0].Lower, "ing") && d.opensParagraph(st) {
		return true // "condemning the attack …;": an item whose controller is its list's lead-in (relation_gerunditem.go)
	}
	for k, t := range st.Toks {
		if m := st.Ment[k]; m >= 0 && docpkg.ActorKind(d.Mentions[m].Ent) || text.IsPronoun(t) {
			return true
		}
		if t.Cap && k+1 < len(st.Toks) && st.Toks[k+1].Kind == text.Word && d.Lx.DemonymWord(t.Lower) {
			return true // "French criticism of …": a national adjective names a noun cue's agent (demonymCountry)
		}
		if k > 0 && st.Toks[k-1].Lower == "the" {
			if _, ok := d.Lx.Definite[t.Lower]; ok || d.Lx.Titles[t.Lower] != nil {
				return true
			}
		}
		if cls, ok := d.Lx.Definite[t.Lower]; ok && k > 1 && coref.DescriptionPremods(st, k, cls) != nil {
			return true // "the rights group" (coref_descriptions.go)
		}
		if d.Lx.Titles[t.Lower] != nil && k > 1 && coref.DescriptionPremods(st, k, "title") != nil {
			return true // "the foreign minister"
		}
		if t.Cap && rolePlural(d, t) && !st.InQuote[k] {
			return true // "Premiers urged …", "MEDCO Leaders called for …" (relation_roleplural.go)
		}
		if speakers.PartyNouns.Has(t.Lower) && speakers.JointPartiesSubject(d.Doc, st, k) != nil {
			return true // "The Ministers condemned …" in their joint statement (speaker_joint.go)
		}
		if speakers.PartyNouns.Has(t.Lower) && k > 0 && (coref.HostPageState(d.Doc) != nil || speakers.PartyNounSubject(st, k) && d.hasPair(st)) {
			return true // "The two leaders condemned …" in a readout (readoutParties) or after the meeting's pair (meetingPair)
		}
		if dualFusedHead(st, k) && d.hasPair(st) {
			return true // "The two agreed …", "Both welcomed …" after the meeting's pair (meetingPair)
		}
		if d.Lx.Titles[t.Lower] != nil {
			if p, c, _ := coref.HostOfficeAt(d.Doc, st, k); p != nil || c != nil {
				return true // "The Prime Minister welcomed …" on the office's own page (coref_hostoffice.go)
			}
			if actors.IntlHostOffice(d.Doc, st, k) != nil {
				return true // "The Secretary-General condemns …" in the UN's statement (actor_intloffice.go)
			}
		}
	}
	return false
}

// voicedObligationCandidate reports a sentence in someone's own words (a quotation, turn or
// statement: sentenceVoice) with a modal of obligation — must, should, ought (modality.txt
// deontic) or "have"/"has"/"had"/"got" before "to" (frames haveGotTo) — which frames voicedObligation may read as the
// speaker's demand ("Sudan must let the convoys through" in a senator's turn) though the sentence
// has no cue word nor verb of saying; or a sentence whose clause a verb of saying after it
// reports (a speech:inverted claim: "Sudan must let the convoys through, the envoy said").
func (d *doc) voicedObligationCandidate(st *sent) bool {
	modal := false
	sc := d.cuesOf(st)
	for k, t := range st.Toks {
		if t.Kind != text.Word {
			continue
		}
		if sc[k].deontic || (t.Lower == "have" || t.Lower == "has" || t.Lower == "had" || t.Lower == "got") && k+1 < len(st.Toks) && st.Toks[k+1].Lower == "to" {
			modal = true
			break
		}
	}
	if !modal {
		return false
	}
	vs, _ := speakers.SentenceVoice(d.Doc, st.Idx)
	return len(vs) > 0 || d.invertedClaimIn(st) // "…, the ministry said" (relation_invertedreport.go)
}

// semiTo reports the word lows[i] (= low) as the present semi-auxiliary of obligation before
// "to": "have", "has" (have to) or "got" (have got to), which frames semiModalObligation reads
// under a verb of saying as a reported obligation ("said Beijing has to remove the rig", "said the
// ministry has got to act"; Quirk et al. 1985, 3.45): the gates let such a sentence be parsed
// though it has no must or should. Not "had to": in reported speech the past is as often a
// necessity that was met ("said the pilot had to land": he landed; Quirk et al. 1985, 4.55 on
// had to as implicative) as a backshifted demand.
func semiTo(low string, i int, lows []string) bool {
	switch low {
	case "have", "has", "got":
		return i+1 < len(lows) && lows[i+1] == "to"
	}
	return false
}
