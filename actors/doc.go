// Package actors is the actors stage (issue 13; docs/layout/plan.md steps 5 and 8): Find reads
// the name phrases of every sentence (dictionary names, titles, offices, bodies, acronyms,
// appositives, groups) into the document's entities and mentions (doc.Doc.Ents, Mentions,
// BySent; Sent.Ment) and the structural relations between them (Doc.Structure: MEMBER_OF,
// PART_OF). It reads the text, the segmentation (quotes, units, datelines), the lexicons, the
// Phoenix dictionaries (Doc.Phx) and the parser's questions through Doc.Frames; it writes only
// the fields whose comments name the actors; it imports only the floors below it (TestFloor).
// Moved out of loader/ by tools/splitfloor (branch restruct22); until that move this package
// holds only its floor test.
package actors
