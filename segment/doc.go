// Package segment is the segmentation stage (issue 13; docs/layout/plan.md steps 3 and 8), the
// first stage over the document the loader builds: Annotate pairs the quotation marks
// (doc.Doc.Quotes, QBySent; Sent.InQuote), flags the title-case lines (Sent.Headline) and gives
// each sentence its paragraph's discourse unit from the package discourse (Doc.Units, Sent.Unit,
// Sent.Question); the wire dateline ("GENEVA (Reuters) -", DatelineEnd) is read here since every
// stage after it asks where a story's lead begins. It reads only the text, the tokens and the
// lexicons, writes only the fields whose comments name segment, and imports only the floors
// below it (TestFloor). Moved out of loader/ by tools/splitfloor (branch restruct21).
package segment
