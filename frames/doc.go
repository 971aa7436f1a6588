// Package frames matches cue frames — predicates from the CAMEO verb dictionary and the hand cue
// classes of data/frames — against a sentence parsed into Universal Dependencies, and returns
// each match with its source and target arguments, its modality (negated, hedged, asserted,
// future, conditional) and its scope (whether the act is asserted, or is the content of someone
// else's belief, prediction, demand or report). It is shared by the claims and relations stages;
// it knows nothing of actors: arguments are token indices, and the caller decides what they name.
//
// Rules (each a rule of English grammar over UD relations, applied to every cue alike):
//   - the source of a verb cue is its nsubj; of a passive verb (nsubj:pass) its obl:agent (or an
//     obl with case "by"); of an infinitive (xcomp) the controller's subject; of a conjoined verb
//     without a subject, the first conjunct's; of a relative clause whose subject is the relative
//     pronoun, the noun it modifies;
//   - the source of a noun cue is its nmod:poss ("China's refusal"), a capitalized amod or
//     compound ("U.S. threats", "Chinese demands": English capitalizes national adjectives), an
//     nmod with case "by" ("the refusal by Beijing"), or the subject of a support verb whose object
//     it is ("issued a warning", "lodged a protest with");
//   - the source of an adjective cue is its nsubj (copular clause: "is unwilling to");
//   - conjuncts propagate: each coordinated subject acts, each coordinated target is a target;
//   - modality comes from the cue's (and its controller's) aux, advmod and det dependents, an
//     intent verb above an infinitive cue (future), a hedge verb above it, and an advcl with
//     "if"/"unless" under a will-future (conditional);
//   - scope: a cue in the ccomp/xcomp of a belief, prediction or hope verb, or of another cue, is
//     not asserted as its subject's act; under a verb of saying it is, unless it is a future or
//     conditional act of someone other than the speaker (then it is the speaker's prediction);
//   - reversal: a sanction noun that is the object of a reversal verb ("lifted sanctions") is a
//     concession (CAMEO 085), not a sanction.
package frames
