// The word classes the doc floor's helpers read (doc_words.go: verbAfter, finiteIn,
// medialTimeEnd) and that every stage shares: declared on the lowest floor that reads them, so
// that the floor can leave loader/ (restruct21; they were in relation_wire.go, coref.go and
// surface_grammar.go; FiniteDo and TimeNouns, which the speakers read, from claims/complement.go and
// wire_split.go, restructs23; GovernmentNoun, SpokesNouns and SimplePrepositions, which
// coreference reads, from surface_grammar.go, claims/spokesperson.go and policy_scope.go, coref24;
// AnaphoricDeterminers, which the surface targets read, from policy_scope.go, layout25).

package doc

import "github.com/claimgraph/claimgraph/lexicon"

// WireDays are the time nouns a medial time adjunct is made of (AP Stylebook, "days of the week",
// "months": wire copy dates an event by weekday within the week, else by month and day).
var WireDays = lexicon.WordClass("wiredays") // data/wordclasses/wiredays.txt

// AuxWords are the auxiliaries, their contracted forms, the negators and the medial adverbs
// skipped between a subject and its verb (data/wordclasses/auxwords.txt, each word with its source).
var AuxWords = lexicon.WordClass("auxwords")

// FiniteAux are finite auxiliaries and copulas: no noun phrase runs on through one
// (data/wordclasses/finiteaux.txt).
var FiniteAux = lexicon.WordClass("finiteaux")

// FiniteDo are the finite forms of do and shall and the contracted finite auxiliaries, which
// FiniteAux lacks ("said it didn't", "said they'll resume"); the possessive "'s" is not among them
// (data/wordclasses/finitedo.txt).
var FiniteDo = lexicon.WordClass("finitedo")

// TimeNouns head noun phrases used as adjuncts of time (Quirk et al. 1985, 8.55: "two days
// later", "weeks before the vote"; AP Stylebook, "days of the week", "months").
var TimeNouns = lexicon.WordClass("timenouns") // data/wordclasses/timenouns.txt

// GovernmentNoun are the heads of "the government of X", "the authorities of X": the phrase names X
// acting as a state, as "X's government" does. Phoenix's GOV agent nouns; "leadership" marked
// review (data/wordclasses/governmentnouns.txt). Read by coreference (coref_number.go), the surface
// subject and the relations; declared here, on the lowest floor that reads it (coref24).
var GovernmentNoun = lexicon.WordClass("governmentnouns")

// SpokesNouns are the nouns of a spokesperson (titles.txt "spokesperson", "spokesman",
// "spokeswoman", role titles; Phoenix agents "spokesman"). Read by coreference
// (coref_owngroup.go, coref_possessiveagent.go), the surface attribution and the claims;
// declared here, on the lowest floor that reads it (coref24).
var SpokesNouns = lexicon.WordClass("spokesnouns") // data/wordclasses/spokesnouns.txt

// SimplePrepositions are the simple prepositions (Quirk et al. 1985, ch. 9;
// data/wordclasses/simpleprepositions.txt), a word class of policy_scope.go's
// anaphoricDescription that coreference (coref_frontedadjunct.go) reads too; declared here, on
// the lowest floor that reads it (coref24).
var SimplePrepositions = lexicon.WordClass("simpleprepositions")

// AnaphoricDeterminers are the determiners that make a noun phrase a definite description of one
// thing the context identifies: the definite article and the demonstratives (Quirk et al. 1985,
// 5.27-5.33: situational and anaphoric reference of "the", "this", "that";
// data/wordclasses/anaphoricdeterminers.txt). Read by the surface targets (surface/target.go),
// the relations (relation_peopletarget.go) and the facade (policy_scope.go); declared here, on
// the lowest floor that reads it, instead of policy_scope.go (layout25).
var AnaphoricDeterminers = lexicon.WordClass("anaphoricdeterminers")
