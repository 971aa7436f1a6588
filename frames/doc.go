// Package frames matches cue frames — predicates from the CAMEO verb dictionary and the hand cue
// classes of data/frames — against a sentence parsed into Universal Dependencies, and returns
// each match with its source and target arguments, its modality (negated, hedged, asserted,
// future, conditional) and its scope (whether the act is asserted, or is the content of someone
// else's belief, prediction, demand or report). It is shared by the claims and relations stages;
// it knows nothing of actors: arguments are token indices, and the caller decides what they name.
//
// Which entry: the most specific CAMEO pattern of the verb's blocks (object head and modifiers,
// particle, prepositions, subject; ties to the later pattern, as PETRARCH2), else a cue class
// (cue-classes.txt), else the dictionary's verb default. A pattern without a type ("RELEASE *
// STATEMENT", a statement) means no cue. A phrasal verb ("back down") is its own lexeme.
//
// Rules (each a rule of English grammar over UD relations, applied to every cue alike):
//   - the source of a verb cue is its nsubj; of a passive verb (nsubj:pass) its obl:agent (or an
//     obl with case "by"); of an infinitive (xcomp) its controller (the governor's object, else
//     its passive subject, else its subject); of a conjoined verb without a subject, the first
//     conjunct's; of a relative clause whose subject is the relative pronoun, the noun it
//     modifies; of an infinitive complementing a noun, the noun's addressee ("pressure on X to")
//     or agent ("China's decision to expel"; an intent noun makes it future); of a participle,
//     by-gerund or purpose infinitive adjunct, the main subject; of a
//     finite verb attached to a preceding noun without a subject (a parser's error), that noun;
//   - an adjectival passive ("is opposed to", "is prepared to") is read as the listed adjective;
//   - the source of a noun cue is its nmod:poss ("China's refusal"), a proper-noun, demonym or
//     capitalized amod/compound ("U.S. threats", "Chinese demands"), an nmod with case "by", or
//     the subject of a support verb whose object it is ("issued a warning", "lodged a protest
//     with", whose obliques also give the target);
//   - the source of an adjective cue is its subject (copular clause: "is unwilling to"); so is
//     that of a predicative prepositional phrase ("is against the plan", target the plan);
//   - conjuncts propagate: each coordinated subject acts, each coordinated target is a target;
//   - modality: aux, advmod and det dependents of the cue (and of the intent, hedge and aspect
//     verbs above an infinitive cue): negation, hedges, will (future), would/could/might
//     (conditional), shared by a conjoined verb without its own subject or auxiliary; an intent
//     verb above the cue or a purpose infinitive makes it future; an
//     if/unless clause on a future or modal predicate makes it conditional. The cue's types
//     (asserted / future / conditional columns) then give the relation type; a negated future
//     offer or support is a refusal (OPPOSES);
//   - intent words (plan, vow, willing, ready, prepared) defer to the cue they govern;
//   - scope: a cue in the complement of a belief, prediction or hope verb is Belief; in the
//     complement of another cue (or a cue noun's to/that clause) Content; under a verb of saying
//     it is Own unless future or conditional and of someone other than the speaker (Prediction)
//     or obliged by a deontic modal (Content: the speaker's demand, matched as DEMANDS); in an
//     if/unless clause Hypothesis; a cue noun that is the object of an intensional verb ("sought
//     Arab support") Content;
//   - a demand verb over an indicative clause ("insisted that the vote was fair") asserts, it does
//     not demand: no match (the mandative subjunctive or should makes the demand);
//   - a light verb (take, give, make …) is a cue only through a pattern naming its object, and
//     so is any verb whose object is itself a cue noun ("faced sanctions", "imposed tariffs":
//     the noun is the cue); an unaccusative verb's subject ("hundreds died") is no source;
//   - reversal: a sanction noun that is the object of a reversal verb ("lifted sanctions") is a
//     concession (CAMEO 085), not a sanction;
//   - (issue 13) a finite conjunct keeps its own tense: "will never trade away X and rejects Y"
//     does not share "will never"; a verb of saying whose own entry has no asserted type
//     ("adding that …") reports its clause rather than scoping it as content; an intensional verb
//     (opaque class: "demanded the withdrawal") and a verb of stance (OPPOSES/SUPPORTS: "rejected
//     the accusation", "condemned the sanctions") keep their entry over a cue-noun object; a
//     verb of demand takes a to-infinitive after its addressee as its content even when parsed
//     as advcl or as the addressee's acl, and a cue verb without object takes one after adverbs
//     and dates (object and subject control, Quirk et al. 1985, 16.38, 16.52); a date ("on
//     Monday") fills no pattern slot and is no target; the object of a light verb controls its
//     to-infinitive through the verb's subject ("took action to impose", Mel'čuk's Oper1).
package frames
