// Package speakers is the speakers stage (issue 12; docs/layout/plan.md steps 4, 5 and 8): it
// resolves the speaker of a turn, statement block, titled text or quotation to an actor
// (UnitSpeaker: a label's name, title or office, a release's issuer, a briefing's office, the
// transcript's voice), the voice of "we" and "I" (FirstPerson, SentenceVoice), a document's
// author, a hearing's legislature and members, and the speakers' home countries. Speakers are
// resolved on first use, in whichever later phase asks (coreference, claims, relations, codes),
// and memoized in the fields of doc.Doc whose comments name them (Speakers, HearingL,
// CoSpeakerCache, SelfC, TalkSents, SuperiorSents). It reads the text, the segmentation (units,
// quotes), the lexicons, the Phoenix dictionaries (Doc.Phx) and the actors' entities and
// mentions, and asks coreference and the surface subject only through Doc.Resolve (doc.Resolver,
// which the loader sets: step 5's session-23 note); it imports only the floors below it
// (TestFloor). Moved out of loader/ by tools/splitfloor (tools/splitfloor/speakers.sh, branch
// restructs23), run on main at the end of session 23.
package speakers
