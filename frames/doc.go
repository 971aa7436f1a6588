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
//   - the target of a verb in an object relative clause with no argument of its own is the noun
//     the clause modifies ("the accord the rebels had rejected"; Quirk et al. 1985, 17.10,
//     17.15), unless that noun is a time, place, reason or manner antecedent or a general noun;
//   - an adjectival passive ("is opposed to", "is prepared to") is read as the listed adjective;
//     so is an -ing form of no known verb after "be" that the tagger read as a progressive ("is
//     unwilling to": no verb "unwill"; adjectivalIng);
//   - the source of a noun cue is its nmod:poss ("China's refusal"), a proper-noun, demonym or
//     capitalized amod/compound ("U.S. threats", "Chinese demands"), an nmod with case "by", or
//     the subject of a support verb whose object it is, or a conjunct of that object ("issued a
//     warning", "lodged a protest with", whose obliques also give the target; "expressed concern
//     and opposition to");
//   - the source of an adjective cue is its subject (copular clause: "is unwilling to"); so is
//     that of a predicative prepositional phrase ("is against the plan", target the plan);
//   - conjuncts propagate: each coordinated subject acts, each coordinated target is a target;
//   - modality: aux, advmod and det dependents of the cue (and of the intent, hedge and aspect
//     verbs above an infinitive cue): negation, hedges, will (future), would/could/might
//     (conditional), shared by a conjoined verb without its own subject or auxiliary; an intent
//     verb above the cue or a purpose infinitive makes it future (but a speech act of appeal or
//     verbal conflict, CAMEO 02 and 10–13, in a purpose infinitive takes its governor's mode:
//     "summoned the envoy to protest" protests; verbalAct); an
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
//   - requests the dictionary codes otherwise (directive.go): a speech-act verb of class
//     directive (tell, CAMEO 01) with an object-controlled to-infinitive is a directive; a verb of
//     a request synset with its own intent code (WANT 030 in DEMAND) under object control takes
//     the synset head's code; a "for" pattern coded as the act requested (08, 09: "CALL * (FOR
//     &INVESTIGATION)") yields to the block's bare request pattern ("CALL * for" 020);
//   - a demand verb over an indicative clause ("insisted that the vote was fair") asserts, it does
//     not demand: no match (the mandative subjunctive or should makes the demand);
//   - a light verb (take, give, make …) is a cue only through a pattern naming its object, and
//     so is any verb whose object is itself a cue noun ("faced sanctions", "imposed tariffs":
//     the noun is the cue); an unaccusative verb's subject ("hundreds died") is no source;
//   - a noun that is the first part of a noun–noun compound (UD compound: "the sanctions
//     committee", "support staff") classifies its head and is no cue (Quirk et al. 17.108);
//     a word tagged ADJ with a possessor is a noun ("Vietnam's refusal": only nominals take
//     nmod:poss);
//     a singular noun heading a clause marked "to" is the infinitive ("continue to challenge"
//     tagged NN: only a clause takes the mark to; infinitiveNouns);
//   - a noun cue with no argument of its own heading an adjunct of a clause is its owner's
//     stance toward the clause's act: opposition under a concessive preposition ("over a U.S.
//     objection, the Governors decided …", "despite Egypt's protests"), support or request under
//     one of circumstance ("at China's request", "with strong Japanese support", "under
//     pressure from X"); frame noun-adjunct-act, adjunct.go;
//   - a clause marked whether/if as a content clause, or opened by a wh-word, asks (Huddleston &
//     Pullum 11.5): a cue in it is Hypothesis, and a request verb over it (ask whether) no demand;
//     a subject, object or cue noun with a negative determiner ("no country offered", "made no
//     demands", "imposed no sanctions"; Quirk et al. 10.58) negates its clause; so does
//     "without" on a cue noun ("without Peru's support"); a negative implicative without an
//     object is no cue itself ("the plan failed");
//   - a support verb whose dictionary pattern names a cue noun of the same type ("ISSUE *
//     WARNING", "IMPOSE * CURFEW") defers to the noun: the noun-support frame is the act, with
//     the noun's targets and conditions and the pattern's code; a measure that names no one it
//     hits is its own target. A verb of evaluation or request (CAMEO 05, 10, 11, 12 defaults)
//     takes a cue noun as the position it evaluates ("welcomed the proposal");
//   - class entries may need one of their own targets in the tree (warn: an addressee or a
//     clause; of/about/against only with a coercive measure, else CAMEO 012 pessimistic
//     comment; agree to + infinitive is PLOVER AGREE); the subject of a verb of receiving
//     whose object the noun is, with a from-agent, is the addressee ("received a warning from
//     X"; receivedFrom);
//   - a dictionary pattern's subject phrase must be in the tree whole ("{&FOOD CONVOY} *"
//     needs the convoy's modifier, as object phrases do);
//   - a request verb's to-infinitive is its content even when parsed as a purpose adjunct
//     ("called on X to observe", Quirk et al. 16.63); a purpose adjunct of the same CAMEO root
//     as its governor ("met to discuss") describes the same event and takes its mode;
//   - a cue noun heading a sentence whose passive support verb hangs on it ("Tariffs … were
//     announced by X", a parse error) is that verb's passive subject;
//   - negative implicatives (fail, neglect, avoid, refrain; Karttunen 1971) negate the cue in
//     their infinitive or from-gerund and yield nothing themselves; a cue under a denial verb
//     (deny, refute) or in the that-clause of a noun of saying or believing ("claims that …",
//     also when the parser hangs the clause on the verb whose object the noun is) is Belief;
//     a refusal to say ("declined to comment") is CAMEO 011, no stance; "neither … nor" negates;
//   - a dictionary pattern's prepositional slot takes no phrase of time ("- * ON", press on, is
//     not "demanded on Tuesday"; modality.txt class time); its object may be the first part of
//     the object's compound ("suspended aid deliveries" for "- * AID"), as PETRARCH2 matches
//     words in the object phrase; a partitive object's of-noun is the pattern's object ("part of
//     a military aid program", Quirk et al. 5.7);
//   - split subjects (two nsubj, a noun phrase the parser cut) each act; a time noun ("today")
//     is no source, the noun the parser hung under it is; an expletive "it" with no clause to
//     stand for is the subject; a word tagged ADJ with a determiner or possessor is a noun;
//   - a phrase of time is never a target ("will meet on Tuesday"); a cue that is a stance only
//     when announced (CAMEO 04/06 meeting or cooperation, future → OFFERS) needs a counterpart:
//     a scheduled event with none is no offer; a class line may hold only without certain
//     prepositions on the cue or its object (warn … of: the of-line governs);
//   - a class line's infinitive target accepts a to-clause parsed as advcl ("urged X … to");
//     a to-clause on a verb whose object is a demand noun is that demand's content ("would not
//     meet their demands to release"); a conjoined active verb shares a passive first
//     conjunct's surface subject, not its agent ("was indicted by the court and will resign");
//   - a relative clause hung on an adjective or verb ("unclear who rejected it") is a question:
//     its wh-subject names no source; "call" demands only with for/on ("called the plan absurd");
//   - a support verb with a noun of saying over a clause with a deontic modal demands as a verb
//     of saying does ("issued a reminder to Iraq that it must cooperate");
//   - a stance noun retracted by a reversal verb ("dropped its objection", "abandoned its
//     demand", "withdrew its threat") is a concession (PLOVER CONCEDE, CAMEO 08), a retracted
//     support or offer a negated one, the verb's subject acting; "no longer", broad negatives
//     (few, hardly, seldom: Quirk 10.63) and terminative cease/stop negate;
//   - a warning whose clause has an unaccusative predicate ("warned that the dam could
//     collapse") announces an event without an agent, no threat; an unaccusative verb used
//     transitively (the causative alternation) has an acting subject;
//   - a cue noun's support verb may be a reduced passive relative with an agent ("the
//     sanctions imposed by Washington"); a possessive pronoun on a support verb's noun is
//     bound by the verb's subject ("the EU expressed its support": the EU);
//   - reversal: a sanction noun that is the object of a reversal verb ("lifted sanctions") is a
//     concession (CAMEO 085), not a sanction; so is a reversal noun over one ("the suspension
//     of sanctions"), and a sanction noun under a partitive object ("suspend all of the
//     tariffs"); a reversal verb with no coded entry over a measure that is no cue noun (a
//     hostile head, a retaliation relative, a participle of aiming: "terminate its
//     investigations targeting U.S. firms") is CAMEO 081 (yield.go); the relative clause that
//     identifies a measure a reversal ends ("the removal of controls X imposed") asserts no
//     sanction (yield.go reversedMeasureClause);
//   - (issue 13) a finite conjunct keeps its own tense: "will never trade away X and rejects Y"
//     does not share "will never"; a verb of saying whose own entry has no asserted type
//     ("adding that …") reports its clause rather than scoping it as content; an intensional verb
//     (opaque class: "demanded the withdrawal", "sought support") keeps its entry over a cue-noun
//     object, as a verb of evaluation or request does (above); a verb of demand also takes a
//     to-infinitive after its addressee parsed as the addressee's acl, and a cue verb without
//     object takes one after adverbs and phrases of time as its complement (object and subject
//     control, Quirk et al. 1985, 16.38, 16.52); a phrase hanging on a phrase of time with the
//     same preposition is the verb's ("imposed sanctions on Wednesday on X"); the object of a
//     light verb controls its to-infinitive through the verb's subject ("took action to
//     impose", Mel'čuk's Oper1).
//   - (integbeam) a verb of approval (CAMEO 05 default) keeps SUPPORTS when its pattern codes the
//     object's event as intent to cooperate (03: "SUPPORT * TALKS", "WELCOME * OFFER"); "need"
//     with its own subject's to-infinitive and no object is a marginal modal (modality.txt
//     semimodal), no demand; a finite verb the parser conjoined to a noun conjoins with the
//     verb whose object the noun is (Quirk 13.5); a finite verb hung on a noun before it under
//     any relation takes the noun for subject, and after the comma closing a non-restrictive
//     relative clause, the noun that clause modifies (Quirk 17.22); a past participle with an
//     object after a comma is a past tense (Quirk 3.64); a non-finite adjunct takes its
//     governor's scope (Quirk 15.58); the possessive clitic is never a copula.
//   - (frames3) a verb of wanting, intending or expecting (modality.txt volition) has no stance
//     of its own: CAMEO's 030 default holds only through the cue of the act intended or a pattern;
//     a support verb's evaluative default (EXPRESS 110) only through a pattern; negated can/could
//     is inability, not refusal; an act under must/should or need to/have to is an obligation
//     (Content), its speaker's demand only when reported; "expects X to V" and "means that" scope
//     as beliefs however parsed; a gerund after a preposition is its complement ("committed to
//     opening"); in + stance noun + of/against takes the governing verb's subject ("voted in
//     support of"); a verb of acknowledging over an indicative clause is a claim; for + NP + to-V
//     makes NP the infinitive's subject; "along with" is no target; a gerund charge after an
//     evaluating verb's object ("accused X of expelling") and an infinitive after a noun that
//     takes one ("dropped its threat to veto") are Content; a stance noun that is the object of
//     another's stance verb is that stance's content; a request for sanctions (CALL FOR 1312) is
//     CAMEO 113 rallying opposition; a sanction noun made public by announce/detail/unveil keeps
//     its asserted type; a threat with an unless clause naming an agent demands that agent's
//     act; a copula-read be + participle with a by-phrase is passive, and a by-phrase on a time
//     noun its agent; a verb after the comma closing a non-restrictive relative clause takes the
//     antecedent as subject; a participle on a text that its governor adopts or issues speaks
//     for the issuer; free-choice "any" names no source; a sanction verb with two objects aims
//     at the named indirect object; refer/point cite only without an object.
//   - (frames6) a main clause under must/should/ought with a third-party subject (a passive's
//     by-agent) is clause-obligation, a demand whose speaker the loader finds (the words'
//     quotation, turn or statement; a verb of saying after the clause); a measure kept in force
//     (modality.txt continuation: keep, maintain, uphold, retain, ContOper1) is the keeper's
//     sanction, never a threat; a sanction noun naming no one hit, as the object of a verb that
//     neither imposes, keeps nor ends it ("violate Security Council sanctions"), is no sanction;
//     "vote for" supports (cue-classes.txt); a VBD tag on a form equal to its lemma not ending in
//     -t/-d is the base form, so a mandative clause stays one ("demanded that the Council
//     designate …").
//   - (frames15) the last surface rules of the loader as frames: a hope that another will act
//     appeals to it (hope.go, CAMEO HOPE 020); a mandative adjective over anticipatory it and a
//     subjunctive or for-to clause demands the act of the clause's subject (mandative.go, Quirk
//     16.32); the by-agent of a verb of drafting or sponsoring a text supports it (sponsor.go);
//     Judgements (judgement.go) reads an evaluative word, from the caller's polarity lexicon, as
//     a copula's predicate, a verb of naming's object complement or a verb of describing's
//     as-complement, also when the parser hung the complement on the object noun.
//   - (frames17) the obligation frames carry what the loader's surface must-clause did
//     (obligation.go): "have to" and "ought to" oblige as must does, not under another modal;
//     the perfect after the modal is epistemic in reported speech too; a first- or second-person
//     subject is no third party; "that if P, then Q" has Q as content; a verb of opinion
//     (modality.txt opinion) states the believer's obligation, not when negated; "X's response
//     should be to V" obliges X; an agentless passive in own words demands the act (Target -1);
//     a verb with a copula child is no predicative judgement.
//   - (frames21) wire constructions that put the cue away from its actor: a by-phrase after a
//     comma-closed supplement behind a passive verb is its agent (supplement.go); a participle
//     conjoined to a passive verb with no subject, auxiliary or object of its own shares the
//     passive, its by-phrase its agent (conjPassive); a dictionary pattern on a noun of attempt
//     with a to-infinitive ("launched a bid to") names no act, the infinitive's act is the
//     subject's, and a noun of attempt controls no infinitive (attempt.go); a verb of obtaining
//     under an attempt ("a bid to secure the extradition", "tried to obtain") seeks its object,
//     coded by the SEEK block's patterns, frame suffix "-attempt"; a noun cue as the object of a
//     verb of receiving or eliciting ("faced opposition from", "drew criticism from", "came
//     under pressure from") is the act of its from-phrase's actor aimed at the verb's subject,
//     with the verb's modality (noun-received, nouns.go undergoVerb); a past participle clause
//     set off by commas is passive, the noun or matrix subject its patient (participlePatient).
//   - (frames24) a subjectless gerund marked "rather than" / "instead of" takes the subject of
//     the clause it contrasts with (verb-alternative; it stays negated); a sanction whose
//     target is an act of trading aims at the other party of the exchange ("barred firms from
//     selling chips to X", "banned imports from X": trade.go, modality.txt trade-to/-from/-with;
//     a named party barred stays the target); a cue noun before or in the of-phrase of a unit
//     noun ("sanctions package", "a round of sanctions") is the cue (unit.go); a verb of carrying
//     out a measure (modality.txt realize) makes its subject the measure's actor over its
//     possessor; a coercion-object pattern keeps an approval verb's SUPPORTS only in a block with
//     a 051 verb; a preposition's -ing clause on a noun is its complement ("in favour of
//     joining"); a gift's to-recipient is the offer's target before the verb's for-purpose
//     (money.go); a general act noun with a hostile premodifier ("military action") is hostile
//     (classedNoun); class lines may need a named object (named-object).
//   - (cues18) a noun of intent whose for/of-phrase or infinitive is a cue is that act announced,
//     and the generic pattern on the plan names none (intent.go, noun-intended: "announced plans
//     for tariffs" threatens); a cue noun in the with-phrase of a verb of striking or striking
//     back is the act (instrument.go, noun-instrument: "hit Beijing with tariffs"); an adjective
//     of willingness over a general verb of acting offers nothing, against a party it threatens
//     (readiness.go); a pattern naming only the subject's agent noun on a verb of saying ("-
//     CRITICS *") aims at the noun's of-phrase, not at what is said; offer in the state present
//     with no recipient or proposal affords, offers nothing (statePresent, modality.txt afford).
//   - (cond18) conditional coercion (PLOVER THREATEN "if you do X we will do Y"): a threat under
//     an if/unless-clause is aimed at the clause's agent — its subject, or a passive's by-agent;
//     never an agentless passive's subject, an unaccusative or bare aspectual subject, or the
//     agent of an "even if" clause (conditionAgent) — for a verb of force, a coercive measure
//     noun with no one it hits, a defence (else the defence itself), and, as a second match
//     "<frame>-condition:modality/condition/<if|unless>", a threat whose target is the act
//     threatened (condition.go); inverted should/had/were clauses are if-clauses
//     (inversion.go, Quirk 15.36); a final ", X said" hung inside a conditional sentence reports
//     the whole of it (finalReport).
package frames
