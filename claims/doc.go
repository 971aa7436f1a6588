// Package claims is the claims floor of the extraction (issue 13; docs/layout/plan.md step 8):
// who said what. Find (the loader's findClaims before the move) attributes each quotation to its
// speaker (a lead-in or tail verb of saying, a dash or colon line, a continuation of the last
// speaker's quotation, a cataphoric speaker in the next sentence), finds reported speech around
// verbs of saying and belief (speech.txt, modality.txt: "said that", "according to", inverted
// and participle reports, belief adjectives, denied reports, positions, accusations, "made
// clear"), makes the claims of a transcript's turns and blocks and of a readout's narration, and
// turns every claim into a CLAIM node with a CLAIMS relation from its speaker.
//
// Input, as the stages below left the doc.Doc: Sents (tokens, InQuote), Quotes and QBySent and
// Units (segment), Ents, Mentions and BySent (actors, with coreference's resolutions), the
// speakers' memos (Speakers, TalkSents, SuperiorSents), Lx and Frames (the lexicons, the frames
// lexicon and tagger), and Parse (the relations stage's parse, read for a conjunct's finite verb:
// doc.Parses). It asks the surface grammar for subjects and attributions (surface.SubjectOf,
// SpeakerAround) and coreference for pronouns.
//
// Output: Claims (each claim's speaker, text, cue and offsets — code points into the cleaned
// text — rule and score, in the order it makes them, which coreference's resolvePronoun reads
// backwards), ClaimRels (the CLAIMS relations in that order), StanceTurns and HeldTalk (a
// turn's talk about the talk, held back until the relations stage decides on it:
// dropUncodedTalk), the quotations' Speaker, Rule and cue fields, and the CLAIM entities it adds
// (actors.Entity). It stands above the surface grammar and beside the relations, its peer on
// floor 9, which reads what it publishes; it imports only the floors below it (TestFloor).
// Moved out of loader/ by tools/splitfloor (tools/splitfloor/claims.sh, branch layout26).
package claims
