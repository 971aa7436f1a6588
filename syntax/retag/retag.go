// Package retag repairs the tags the EWT tagger (syntax/tag) gives a sentence before it is
// parsed, where English grammar allows only one reading: a finite verb the tagger read as a
// noun, a participle read as a past tense, a name's word read as a verb. Every function takes the
// sentence's word forms with their UPOS and Penn (XPOS) tags, three slices of one length, and
// rewrites upos and xpos in place; none reads anything but the tags and words and the word
// classes of data/wordclasses. Each function's comment names the grammar rule it applies.
//
// The repairs lived in the loader (retag_finite.go, speaker_we.go, relation_wire.go,
// relation_nametags.go) until restruct6 (issue 13, docs/layout/plan.md): a tag repair is the
// syntax layer's, below every extraction stage.
package retag

// Sentence runs the repairs in the loader's order over one tagged sentence: a sentence-initial
// name read as an interjection before an appositive (OpeningNameBeforeAppositive, appositive.go),
// pronoun subjects' verbs (PronounVerbs, RestrictedPronounVerb), then the words of names (Names: name[i] reports
// that word i lies inside an actor's name of two words or more, which the caller's mention layer
// knows; nil for none), then a lower-case word read as a proper noun (LowerProper,
// lowerproper.go), then the head noun after a genitive read as an adjective (GenitiveHead,
// genitive.go), then a verbal noun with an of-phrase read as a gerund (VerbalNoun, genitive.go), then an anti-/pro-/non- adjective read as a verb (PrefixedAdjective,
// prefix.go), then a modal read before a to-infinitive (ModalBeforeTo, modal.go), then the verb
// of an intransitive phrasal verb after an operator read as an adverb (PhrasalAfterOperator,
// phrasal.go: "will not back down"), then a
// clause-initial -ing word before a determiner (ParticipleBeforeDeterminer, participle.go), then
// an opening subject's verb read as a noun before a zero-that clause (ZeroThatClauseVerb,
// zerothat.go), then a plural subject's verb read as a noun before "that"
// (PluralSubjectVerbBeforeThat, thatverb.go), then the base-form verb of a mandative that-clause
// read as a noun or adjective (MandativeClauseVerb, mandative.go), then the -s verb of a
// relative clause on a singular noun read as a plural noun (RelativeClauseVerb,
// relativeverb.go), then the verb of a
// to-infinitive read as a noun before its object (InfinitiveVerb, infinitive.go), then the finite verb of a sentence that has none (FinitelessVerb),
// then an opening noun read as an imperative verb before a past tense (OpeningNounBeforePast,
// imperative.go), then an adverb read as a preposition between a verb and its object
// (AdverbBeforeObject, adverbobject.go), then the -ing participle of a progressive read as an
// adjective before its object (ProgressiveAfterBe, progressive.go), then the second of two
// coordinated predicates read as a plural noun (CoordinatedPredicateVerb, coordpredicate.go),
// then an adjective of answerability read as a noun (LiabilityAdjective, liability.go), then
// the plural head of a clause's subject read as a verb before the clause's verb
// (PluralHeadBeforeVerb, pluralhead.go), then the base-form verb after a subject of coordinated
// names read as a singular noun (CoordinatedSubjectVerb, coordsubject.go); then, written for
// the error shapes of the bidirectional news tagger (session 27), the base-form verb after a
// modal read as a noun or adjective (BaseAfterModal, basemodal.go), the verb of a to-infinitive
// before a determiner read as an adjective or noun (InfinitiveBeforeDeterminer,
// infinitivedet.go), the mandative subjunctive read as a present or a noun
// (SubjunctiveBase, subjunctive.go), the past tense after an opening name read as a participle
// (PastAfterOpeningName), the past tense of a verbless sentence read as an adjective or noun
// (FinitelessPastVerb) and the participle of a supplementive clause read as a past tense
// (SupplementiveParticiple; all three pastverb.go), and the -ed participle after be or have
// read as a past tense (ParticipleAfterOperator, operator.go).
func Sentence(forms, upos, xpos []string, name []bool) {
	OpeningNameBeforeAppositive(forms, upos, xpos)
	PronounVerbs(forms, upos, xpos)
	RestrictedPronounVerb(forms, upos, xpos)
	Names(forms, upos, xpos, name)
	LowerProper(forms, upos, xpos)
	GenitiveHead(forms, upos, xpos)
	VerbalNoun(forms, upos, xpos)
	PrefixedAdjective(forms, upos, xpos)
	ModalBeforeTo(forms, upos, xpos)
	PhrasalAfterOperator(forms, upos, xpos)
	ParticipleBeforeDeterminer(forms, upos, xpos)
	ZeroThatClauseVerb(forms, upos, xpos)
	PluralSubjectVerbBeforeThat(forms, upos, xpos)
	MandativeClauseVerb(forms, upos, xpos)
	RelativeClauseVerb(forms, upos, xpos)
	InfinitiveVerb(forms, upos, xpos)
	FinitelessVerb(forms, upos, xpos)
	OpeningNounBeforePast(forms, upos, xpos)
	AdverbBeforeObject(forms, upos, xpos)
	ProgressiveAfterBe(forms, upos, xpos)
	CoordinatedPredicateVerb(forms, upos, xpos)
	LiabilityAdjective(forms, upos, xpos)
	PluralHeadBeforeVerb(forms, upos, xpos)
	CoordinatedSubjectVerb(forms, upos, xpos)
	BaseAfterModal(forms, upos, xpos)
	InfinitiveBeforeDeterminer(forms, upos, xpos)
	SubjunctiveBase(forms, upos, xpos)
	PastAfterOpeningName(forms, upos, xpos)
	FinitelessPastVerb(forms, upos, xpos)
	SupplementiveParticiple(forms, upos, xpos)
	ParticipleAfterOperator(forms, upos, xpos)
}
