package actors

import "github.com/claimgraph/claimgraph/lexicon"

// Determiners make the next word a noun ("the offer", "its support"): articles, demonstratives,
// possessives, the genitive 's and the quantifying determiners (data/wordclasses/determiners.txt).
var Determiners = lexicon.WordClass("determiners")

// headlinePreps are the temporal prepositions a transcript's heading capitalizes after its
// speaker's name ("Remarks by President X Before Marine One Departure", "Press Gaggle by X After
// the Summit", "Remarks by X During a Meeting with …", the White House's heading style): AP
// headline style capitalizes prepositions of four or more letters, so in a headline the capital
// is no sign of a name, and the preposition (CGEL 7.2) ends the name (the actor layer's chunks,
// actor.go, as travelPrep and speechNouns do). Prepositions that open organizations' names
// ("Doctors Without Borders", "Committee Against Torture") are not listed.
var headlinePreps = lexicon.WordClass("headlinepreps") // data/wordclasses/headlinepreps.txt

// Subordinators open a subordinate clause: "When asked X, Y said Z" is no inverted attribution
// (data/wordclasses/subordinators.txt).
var Subordinators = lexicon.WordClass("subordinators")

// QuasiCoordinators open a phrase that adds to the subject rather than interrupting it ("The EU,
// as well as Norway, condemned …", "Chile, along with Peru, …"): Quirk et al. 1985, 13.102-13.106
// (quasi-coordination), so such a phrase is not left out as a supplement.
var QuasiCoordinators = lexicon.WordClass("quasicoordinators") // data/wordclasses/quasicoordinators.txt

// TitleLowercase are the function words headingName writes in lower case (CMOS 8.159).
var TitleLowercase = lexicon.WordClass("titlelowercase") // data/wordclasses/titlelowercase.txt

// MarginalPrepositions are -ing and -ed forms that work as prepositions (Quirk et al. 1985,
// 9.10: "regarding the request", "following the vote", "given the risks"): a phrase they open
// is a prepositional adjunct, not a participle clause.
var MarginalPrepositions = lexicon.WordClass("marginalprepositions") // data/wordclasses/marginalprepositions.txt

// DiscourseMarkers open a sentence of talk without being its subject (Schiffrin 1987, Discourse
// Markers; Biber et al. 1999 §14.3.1 on linking adverbials: "And", "So", "Well", "Second"):
// data/wordclasses/discoursemarkers.txt, which marks four words for review.
var DiscourseMarkers = lexicon.WordClass("discoursemarkers")

// DirectiveVerbs govern an object and an infinitive that is the object's act (CAMEO 10 demands and
// the appeals of Quirk's object-control class).
var DirectiveVerbs = lexicon.WordClass("directiveverbs") // data/wordclasses/directiveverbs.txt

// NameParticle are the lower-case particles of personal names (The Chicago Manual of Style, 17th
// ed., 8.5–8.14: Dutch, German, French, Italian, Spanish and Portuguese particles; Arabic bin,
// ibn, al, el, abu, ould; "of" in "Secretary of State" is a title's preposition, no particle).
var NameParticle = lexicon.WordClass("nameparticle") // data/wordclasses/nameparticle.txt

// RelativeWords open a relative clause (Quirk et al. 1985, §17.9): a finite verb after one is the
// relative clause's, not the speech verb's complement (data/wordclasses/relatives.txt).
var RelativeWords = lexicon.WordClass("relatives")
