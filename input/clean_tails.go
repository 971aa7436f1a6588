package input

import (
	"regexp"
	"strings"

	"github.com/claimgraph/claimgraph/text"
)

// The closing lines of wire stories and news releases that name people and bodies who are no
// actors of the story (issue 14: junk nodes from page furniture).
//
// Wire tails. Bloomberg closes a story with "--With assistance from A and B." (the reporters who
// helped) and two contact lines, "To contact the reporter on this story: A in Quito at
// a@…" and "To contact the editors responsible for this story: B at b@…, C"; Reuters with
// "Reporting by A; Editing by B" (clean_rules.go, reportingCredits); syndicated copy with a
// publication note, "This article was originally published on The Conversation", "This story
// was first published by …" (the Bloomberg, Reuters and Associated Press story-end
// conventions; AP Stylebook, "credit line"). Each is cut whole; reporters named in them are the
// article's authors, not actors.
//
// Release sign-offs. Electoral and political material carries an authorisation statement ("an
// imprint"): "Authorised by P. Ruiz, Green Party, 12 Main St, Asuncion." (Australia,
// Commonwealth Electoral Act 1918 s. 321D; UK, Elections Act 2022 digital imprints "Promoted by
// … on behalf of …"; the US FEC disclaimer "Paid for by …"), and a release closes with its
// contact, often on one line after a label: "Contact: Head of the Press Office, +000 …",
// "Media contact: A, Communications Director, a@…" (AP Stylebook, "news release"; PR
// Newswire's "Media Contact:" block; clean_contact.go has the block with the label alone on its
// line). The person or office named is whom reporters call or who is legally answerable for
// the leaflet, not the release's speaker.

var (
	// reAssistance: Bloomberg's assisting reporters, "--With assistance from A and B."
	reAssistance = regexp.MustCompile(`^(?:-{1,2}|[–—])?\s*(?i:with\s+(?:the\s+)?assistance\s+(?:from|of|by))\s+(.{2,160}?)\.?$`)
	// reContactTail: Bloomberg's contact lines, "To contact the reporter on this story: …", "To
	// contact the editors responsible for this story: …".
	reContactTail = regexp.MustCompile(`(?i)^to\s+contact\s+the\s+(?:reporters?|editors?|authors?|writers?|correspondents?)\b[^:]{0,60}:\s*(.*)$`)
	// rePublishedNote: a syndication note, "This article was originally published on The
	// Conversation.", "This report by The Nordic Wire was first published May 3.", "This story
	// first appeared in …".
	rePublishedNote = regexp.MustCompile(`(?i)^this\s+(?:article|story|report|piece|post|column|interview)\b(?:\s+by\s+[^.]{2,60}?)?\s+(?:was\s+|has\s+been\s+|is\s+)?(?:(?:first|originally)\s+(?:published|appeared|ran)|(?:re)?published\s+(?:with\s+permission|courtesy|under)|republished)\b`)
	// reEditorsLine: Bloomberg's older tail naming the desk's editors, "--Editors: A, B".
	reEditorsLine = regexp.MustCompile(`^(?:-{1,2}|[–—])?\s*(?i:editors?)\s*:\s*(.+?)\.?$`)
	// reReachLine: a reporter's contact line after the story, "Contact Jane Doe at
	// jdoe@example.com", "Reach Jane Doe at jdoe@example.com or on X @janedoe." (AP and
	// newspaper taglines; "can be reached at" is reReachedAt in clean_rules.go).
	reReachLine = regexp.MustCompile(`^(?i:contact|reach|e-?mail|write\s+to)\s+(.{3,60}?)\s+at\s+\S+@\S+`)
	// reDashCredit: a credit line after a dash, "— Reporting by A; editing by B".
	reDashCredit = regexp.MustCompile(`^(?:-{1,2}|[–—])\s*`)
	// reContactSentence: a release's contact as a sentence, "For media inquiries, contact A at
	// a@…", "Media inquiries should be directed to A at +1 …"; cut only with an address or a
	// telephone number in it (reAddress).
	reContactSentence = regexp.MustCompile(`(?i)^(?:for\s+(?:media|press|further|more)\s+(?:inquiries|enquiries|queries|information)(?:\s+\w+){0,3},?\s+(?:please\s+)?(?:contact|call|e-?mail|write\s+to|reach)\b|(?:media|press)\s+(?:inquiries|enquiries|queries)\s+(?:should|can|may)\s+be\s+(?:directed|addressed|sent)\s+to\b)`)
	// reAddress: an e-mail address or a telephone number of seven digits or more.
	reAddress = regexp.MustCompile(`\S+@\S+\.\w+|\+?\d[\d\s().\-/]{6,}\d`)
	// reParenAddress: an address or number in brackets after a contact's name.
	reParenAddress = regexp.MustCompile(`\s*\(([^()]*(?:@|\d{3})[^()]*)\)`)
	// reImprint: an authorisation statement, "Authorised by …", "Authorized and paid for by …",
	// "Promoted by … on behalf of …", "Paid for by …", "Printed and published by …".
	reImprint = regexp.MustCompile(`(?i)^(?:authori[sz]ed(?:\s+and\s+(?:paid\s+for|printed|published|promoted))?|promoted|paid\s+for|printed\s+and\s+published|published\s+and\s+promoted)\s+by\s+(.+?)\.?$`)
	// reInlineContact: a contact label and its items on one line, "Contact: …", "Media contact:
	// …", "Press enquiries: …", "For more information, contact: …".
	reInlineContact = regexp.MustCompile(`(?i)^(?:(?:(?:media|press|news|public\s+affairs)\s+)?(?:contacts?|inquiries|enquiries)|media\s+relations|press\s+office)\s*:\s*(\S.*)$|^(?i:for\s+(?:further|more)\s+information,?\s+(?:please\s+)?contact)\s*:?\s+(\S.*)$`)
)

// storyTailLine reports a closing line of a wire story or a release that names no actor of the
// story (the package comment above), with the reporters it credits as authors. n is the
// line's word count. Each shape is held to what the convention writes: the names after "with
// assistance from" and after an imprint's "by" are capitalized words (creditLike), a contact
// line's items are names, titles and desks in title case, telephone numbers and e-mail addresses, so "With
// assistance from the IMF, Ghana cut its deficit." and "Contact between the sides resumed."
// are story text.
func storyTailLine(s string, n int) (verdict, bool) {
	s = strings.TrimSpace(s)
	if n > 40 || strings.ContainsAny(s, "\"\u201c\u201d") {
		return verdict{}, false
	}
	if promoLine(s) {
		return verdict{drop: true}, true
	}
	if m := reAssistance.FindStringSubmatch(s); m != nil && creditList(m[1]) {
		return verdict{drop: true, authors: namesWithoutPlaces(m[1])}, true
	}
	if m := reEditorsLine.FindStringSubmatch(s); m != nil && creditList(strings.Replace(m[1], " and ", ", ", -1)) {
		return verdict{drop: true}, true
	}
	if m := reReachLine.FindStringSubmatch(s); m != nil && looksLikeNames(m[1]) {
		return verdict{drop: true, authors: namesWithoutPlaces(m[1])}, true
	}
	if loc := reDashCredit.FindStringIndex(s); loc != nil && reReportingBy.MatchString(s[loc[1]:]) {
		if v := reportingCredits(s[loc[1]:]); v.drop {
			return v, true
		}
	}
	if m := reContactTail.FindStringSubmatch(s); m != nil {
		v := verdict{drop: true}
		if strings.HasPrefix(strings.ToLower(strings.Fields(s)[3]), "reporter") {
			v.authors = contactNames(m[1])
		}
		return v, true
	}
	if loc := rePublishedNote.FindStringIndex(s); loc != nil && n <= 20 && noteTail(s[loc[1]:]) {
		return verdict{drop: true}, true
	}
	if m := reImprint.FindStringSubmatch(s); m != nil && n <= 30 && creditList(strings.Replace(m[1], " on behalf of ", ", ", 1)) {
		return verdict{drop: true}, true
	}
	if n <= 30 && reContactSentence.MatchString(s) && reAddress.MatchString(s) {
		return verdict{drop: true}, true
	}
	if m := reInlineContact.FindStringSubmatch(s); m != nil && n <= 30 {
		items := strings.TrimRight(strings.TrimSpace(reParenAddress.ReplaceAllString(m[1]+m[2], ", $1")), ".")
		for _, it := range strings.FieldsFunc(items, func(r rune) bool { return r == ',' || r == ';' || r == '|' }) {
			it = strings.TrimSpace(it)
			if !titleLike(it, 10) && !reMailLine.MatchString(it) && !rePhoneLine.MatchString(it) {
				return verdict{}, false
			}
		}
		return verdict{drop: true}, true
	}
	return verdict{}, false
}

// creditList reports a comma-separated list whose parts are each creditLike (capitalized words,
// digits and connectors: "P. Ruiz, Green Party, Palacio Legislativo, Asuncion", "Tomas Varga and
// Ana Ruiz"), a final full stop aside.
func creditList(s string) bool {
	parts := strings.Split(strings.TrimRight(strings.TrimSpace(s), "."), ",")
	for _, p := range parts {
		if p = strings.TrimSpace(p); p == "" || !creditLike(p) {
			return false
		}
	}
	return len(parts) > 0
}

// contactNames reads the reporters of Bloomberg's contact line, "A in Quito at a@example.com, B
// at b@example.com", dropping places and addresses.
func contactNames(s string) []string {
	var out []string
	for _, p := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' }) {
		p = strings.TrimSpace(p)
		if i := strings.Index(p, " at "); i > 0 {
			p = p[:i]
		}
		for _, n := range namesWithoutPlaces(p) {
			out = appendNames(out, n)
		}
	}
	return out
}

// noteWords are the lower-case words a publication note's tail may hold besides the outlet and
// the date: "on The Conversation", "in the Nordic Review on May 3", "with permission".
var noteWords = map[string]bool{"on": true, "in": true, "by": true, "at": true, "the": true, "of": true,
	"and": true, "with": true, "permission": true, "under": true, "a": true, "licence": true, "license": true}

// noteTail reports the rest of a publication note after "first published": only the outlet, the
// date and noteWords ("on The Conversation.", "May 3."), so that a story's sentence about a
// report ("… was first published by the ministry in 2019 and criticised by auditors") is kept.
func noteTail(s string) bool {
	for _, w := range strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s)) {
		if !noteWords[w] && !creditLike(w) {
			return false
		}
	}
	return true
}

// minRelatedRun is how many headline items make a closing list of other stories.
const minRelatedRun = 2

// dropRelatedRun cuts a list of other stories' headlines left at the end of a story without its
// label ("Related:", "More from …" are cut with their items by the promo rule): a run of at
// least minRelatedRun list items after the body, each a headline in title case (titleLike, four
// to fifteen words: Reuters and AP headline style capitalizes every major word), with nothing
// but blank lines after it. A run inside the story, a list of demands in sentence case ("- Cut
// fuel subsidies by half") and a short list of names and posts ("- Maria Lopez, Chair") are kept.
func dropRelatedRun(lines []cleanLine, header int) {
	end := len(lines)
	for end > 0 && lines[end-1].blank {
		end--
	}
	start := end
	for start > header+1 && !lines[start-1].blank && lines[start-1].item && lines[start-1].words >= 4 &&
		titleLike(lines[start-1].s, 15) {
		start--
	}
	if end-start < minRelatedRun {
		return
	}
	for i := start; i < end; i++ {
		lines[i] = cleanLine{blank: true}
	}
}

// rePromoLabel is a label of a list of links to other stories, alone on its line with or
// without a colon: "Related stories", "Read more:", "Also read", "More from Nordic Wire",
// "You may also like" (the "related" boxes of news sites; Indian outlets' "Also Read").
var rePromoLabel = regexp.MustCompile(`(?i)^(?:read more|read next|see also|also read|related(?:\s+(?:coverage|stories|articles|news|content|links|reading))?|more on this story|more from\s+[^.:|]{1,30}|you may also like|recommended(?:\s+(?:stories|reading))?)\s*:?$`)

// promoLabel reports the label line of a list of other stories' headlines (rePromoLabel, or
// any rePromo opener of at most four words ending in a colon); the headlines on the lines right
// under it go (promoItem).
func promoLabel(s string) bool {
	t := strings.TrimSpace(s)
	return strings.HasSuffix(t, ":") && text.WordCount(t) <= 4 && rePromo.MatchString(t) || rePromoLabel.MatchString(t)
}

// rePromoInline is a promo label followed by one linked headline on the same line: "Read more:
// …", "ALSO READ | …", "More from Nordic Wire: …".
var rePromoInline = regexp.MustCompile(`(?i)^(?:read more(?:\s+about\s+this)?|read next|see also|also read|related(?:\s+(?:coverage|stories|articles|news|content))?|more on this story|more from\s+[^.:|]{1,30})\s*[:|]\s*(\S.*)$`)

// promoLine reports a promo label with its headline on one line: the headline (after the colon
// or pipe) at most fifteen words and not ending as a sentence does, so "Read more: the
// ministry said the figures were wrong." is kept.
func promoLine(s string) bool {
	m := rePromoInline.FindStringSubmatch(strings.TrimSpace(s))
	return m != nil && promoItem(m[1])
}

// reDeskTail is a wire desk's noun after its place or service, "Beijing newsroom", "Reuters
// staff", "Cairo bureau" (the Reuters credit line's desks).
var reDeskTail = regexp.MustCompile(`(?i)\s+(?:newsroom|staff|bureau|desk|team)$`)

// creditNames reports the names part of a credit line's first credit: people or a desk ("Ana
// Ruiz in Lima and Li Wei", "the Beijing newsroom", "Reuters staff"), places, a leading "the"
// and a desk noun aside.
func creditNames(s string) bool {
	s = rePlaceTail.ReplaceAllString(strings.TrimSpace(s), "")
	s = reDeskTail.ReplaceAllString(strings.TrimPrefix(strings.TrimPrefix(s, "the "), "The "), "")
	return looksLikeNames(s)
}
