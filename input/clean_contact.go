package input

import (
	"regexp"
	"strings"

	"github.com/claimgraph/claimgraph/text"
)

// A news release's contact block: a label alone on its line ("Media Contact", "Press contacts:",
// "Media enquiries", "For further information contact:") and, on the lines right under it, the
// person or desk to call, their title, e-mail and telephone. The block is the closing matter of
// a release (AP Stylebook, "news release"; PR Newswire's "Media Contact:" block; gov.uk's "Media
// enquiries" block; the African Union Commission's "For further information contact:"): the
// person it names is whom reporters call, no actor of the story (issue 14: contact blocks are
// furniture). The label stays, as the discourse layer's mark of the closing matter
// (discourse.closingBoilerplate); the items under it go.

// reContactLabel matches a contact block's label alone on its line.
var reContactLabel = regexp.MustCompile(`(?i)^(?:(?:media|press)\s+(?:contacts?|inquiries|enquiries)|for\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact|contacts?)\s*:?$`)

// rePhoneLine matches a line that is a telephone number, with or without its label ("+91 22 5555
// 0100", "Tel: (020) 7008 5000", "Phone: +1 202-555-0100").
var rePhoneLine = regexp.MustCompile(`(?i)^(?:(?:tel|telephone|phone|mobile|mob|fax)\.?\s*:?\s*)?\+?[\d\s().\-/]{7,}$`)

// reMailLine matches a line that is an e-mail address, with or without its label.
var reMailLine = regexp.MustCompile(`(?i)^(?:e-?mail\s*:?\s*)?\S+@\S+\.\w+$`)

// contactLabel reports a contact block's label line.
func contactLabel(s string) bool {
	return reContactLabel.MatchString(strings.TrimSpace(s))
}

// contactBlockItem reports a line of a contact block under its label: an e-mail or telephone
// line, or a short line without a sentence's final punctuation (a name, a title, a desk: "Priya
// Nair", "Head of Communications", "Mr. Abebe Tesfaye, Directorate of Information").
func contactBlockItem(s string) bool {
	t := strings.TrimSpace(s)
	if reMailLine.MatchString(t) || rePhoneLine.MatchString(t) {
		return true
	}
	n := text.WordCount(t)
	return n >= 1 && n <= 10 && !endsWithSentencePunct(t) && !strings.HasSuffix(t, ":")
}

// reAuthorBioLabel matches the label of an opinion or analysis page's note on its writer ("About
// the Author", "About the authors"), alone on its line: the lines under it to a blank line
// describe the writer ("X is a senior fellow at …"), who is no actor of the story, and the
// institution named there is the writer's affiliation (the bio boxes of op-ed and think-tank
// pages: Project Syndicate, Brookings, The Conversation's "About the author").
var reAuthorBioLabel = regexp.MustCompile(`(?i)^about\s+the\s+authors?\s*:?$`)

// authorBioLabel reports the label of a writer's note.
func authorBioLabel(s string) bool {
	return reAuthorBioLabel.MatchString(strings.TrimSpace(s))
}
