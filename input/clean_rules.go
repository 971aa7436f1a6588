package input

// Line rules for page furniture. Each rule describes news pages in general (advertising slugs,
// navigation, share buttons, photo captions and credits, bylines, reporting credits, print-edition
// notes, press-release headers), not one article; clean_test.go has a case for each from more than
// one outlet's wording.

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/text"
)

// furnitureLines are whole lines (compared case-insensitively, without trailing ":" or ".") that
// are page chrome on news and government sites.
var furnitureLines = map[string]bool{}

func init() {
	for _, s := range []string{
		"advertisement", "skip advertisement", "advertisement - scroll to continue", "ad", "sponsored",
		"sponsored content", "supported by", "accessibility links", "skip to main content",
		"skip to content", "skip navigation", "breaking news", "live", "listen", "listen to this article",
		"share", "share this", "share this article", "share this story", "share this page", "tweet",
		"email", "e-mail", "print", "print this page", "print this article", "print page", "save",
		"save article", "comments", "comment", "show comments", "view comments", "facebook",
		"twitter", "linkedin", "whatsapp", "reddit", "pinterest", "copy link", "link copied",
		"back to top", "top", "menu", "search", "close", "sign in", "log in", "sign up", "subscribe",
		"subscribe now", "newsletter", "more", "see more", "read more", "related", "related news",
		"related articles", "related stories", "related content", "related coverage", "recommended",
		"most popular", "most read", "trending", "you may also like", "suggest to a friend",
		"email this", "email to a friend", "order reprints", "reprints", "today's paper",
		"continue reading", "continue reading the main story", "story continues below advertisement",
		"article continues below advertisement", "enlarge this image", "toggle caption",
		"hide caption", "toggle navigation", "full screen", "expand", "loading", "loading...",
		"gift this article", "give this article", "font size", "text size", "play video",
		"watch video", "video player", "embed", "permalink", "download", "download pdf",
		"back to index", "previous", "next", "previous article", "next article",
	} {
		furnitureLines[s] = true
	}
}

// shareWords are the words of share bars and page tools; a line made only of them, with at least
// one strong one, is a button row ("Share on Facebook Share on Twitter Email Print").
var shareWords = map[string]int{
	"share": 2, "print": 2, "tweet": 2, "facebook": 2, "twitter": 2, "email": 2, "e-mail": 2,
	"linkedin": 2, "whatsapp": 2, "reddit": 2, "pinterest": 2, "telegram": 2, "messenger": 2,
	"reprints": 2, "subscribe": 2, "advertisement": 2, "suggest": 2, "bookmark": 2,
	"this": 1, "article": 1, "story": 1, "page": 1, "on": 1, "via": 1, "to": 1, "a": 1, "friend": 1,
	"copy": 1, "link": 1, "save": 1, "comments": 1, "comment": 1, "x": 1, "more": 1, "options": 1,
	"order": 1, "gift": 1, "the": 1, "and": 1, "or": 1, "|": 1, "sign": 1, "up": 1, "in": 1,
	"log": 1, "menu": 1, "search": 1, "close": 1, "home": 1, "top": 1, "back": 1,
}

// Date expression: "July 10, 2015", "Jul. 10 2015", "Tuesday, July 10, 2015", "10 July 2015",
// "2015-07-10", "2015/7/10", optionally with a time ("5:07 PM ET", "11:07 A.M. EDT", "14.05 BST").
const (
	monthExpr = `(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`
	dayExpr   = `(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+)?`
	dateExpr  = dayExpr + `(?:` + monthExpr + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+` + monthExpr + `,?\s+\d{4}|\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?|\d{4}/\d{1,2}/\d{1,2})`
	timeExpr  = `(?:,?\s*(?:at\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[AaPp]\.?\s?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?`
)

var (
	reDateOnly = regexp.MustCompile(`(?i)^(?:(?:updated|published|posted|last updated|first published|date|released?|dated)\s*:?\s*(?:on\s+)?)?(` + dateExpr + `)` + timeExpr + `\s*\.?$`)
	// "China.org.cnUpdated: April 6, 2018", "Reuters Published: 10 July 2015": a site name glued
	// to a date label.
	reDateTail   = regexp.MustCompile(`(?i)(?:updated|published|posted)\s*:?\s*(?:on\s+)?(` + dateExpr + `)` + timeExpr + `\s*\.?$`)
	reBylineDate = regexp.MustCompile(`(?i)[\s,|·•—–-]*(?:(?:updated|published|posted)\s*:?\s*)?(` + dateExpr + `)` + timeExpr + `\s*$`)
	reImmediate  = regexp.MustCompile(`(?i)^for immediate release\b[\s:,]*(.*)$`)
	reTimeOnly   = regexp.MustCompile(`(?i)^\d{1,2}:\d{2}\s*(?:[ap]\.?\s?m\.?)?\s*(?:[a-z]{2,4})?$`)
	// reRecordingClock: a line that is only a recording's clock in brackets, "(01:09)",
	// "[00:14:02]": Rev's transcripts mark so each new paragraph of one speaker's turn (the turn's
	// own label carries the clock of its first: "Laura Whitcomb (00:03):"); the clock is no
	// words of the speaker and, left in, would open his sentence.
	reRecordingClock = regexp.MustCompile(`^[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]$`)
	reImageLabel     = regexp.MustCompile(`(?i)^(?:\d+x\d+\s+)?(?:image|images|photo|photos|picture|video|gallery|graphic|audio|slideshow)(?:\s+\d+(?:\s+of\s+\d+)?)?$`)
	reCreditTail     = regexp.MustCompile(`Credit(?:\.{2,}|…)\s*\S.{0,150}$`)
	rePhotoTail      = regexp.MustCompile(`(?:^|[\s.;,])(?:Photo|PHOTO|Photograph|PHOTOGRAPH|Image|IMAGE|Picture|Photo [Cc]redit|Photos)\s*:\s*([^.:]{1,100})\.?$`)
	rePhotoParen     = regexp.MustCompile(`(?i)\((?:[a-z]+\s+)?(?:photo|photograph|image|picture|file photo|photo by)\b[^)]*\)\.?$`)
	// reCaptionLead: a line opened by a caption label and a colon ("Photo: …", "FILE PHOTO: …",
	// "Image caption: …", "Caption: …", "Picture: …", "Pictured: …"), the way wire services and
	// news sites set a photo caption apart from the story (Reuters and AP caption style: a label or
	// a "FILE PHOTO" slug before the caption sentence, the credit after it).
	reCaptionLead     = regexp.MustCompile(`^(?i:file\s+photo|photo\s+caption|image\s+caption|caption|photo|photograph|picture|pictured|image)\s*:\s+\S`)
	reCreditColon     = regexp.MustCompile(`(?:^|[\s.;,])(?:Credit|Credits|CREDIT)\s*:\s*([^.:]{1,80})\.?$`)
	reUpdatedTime     = regexp.MustCompile(`(?i)^(?:updated|published|posted|last updated)\b.{0,40}\d{1,2}:\d{2}`)
	rePrintEdition    = regexp.MustCompile(`(?i)^a version of this (?:article|story|review|column) appears? in print\b`)
	reBreadcrumbStart = regexp.MustCompile(`(?i)^home\s*[>»›]`)
	reBreadcrumbSep   = regexp.MustCompile(`\s[>»›]\s|\S[>»›]\s`)
	reCopyright       = regexp.MustCompile(`(?i)^(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved`)
	reContactUs       = regexp.MustCompile(`(?i)^contact us\b`)
	// reSiteNotice: a site's notice about itself ("The Office of Website Management ... manages
	// this site as a portal for ...", "This site is maintained by ..."), a government-page footer.
	reSiteNotice  = regexp.MustCompile(`(?i)\b(?:manages?|maintains?|operates?|administers?)\s+this\s+(?:web\s?)?site\b|^this\s+(?:web\s?)?site\s+is\s+(?:managed|maintained|operated|administered)\b|\bexternal\s+links?\s+to\s+other\s+internet\s+sites\b`)
	reBracketLine = regexp.MustCompile(`^\[.*\]$`)
	rePromo       = regexp.MustCompile(`(?i)^(?:read more|read next|see also|also read|related(?: coverage| stories| articles| news| content)?|more on this story|more from|click here|sign up|subscribe|download the app|listen to this article|watch)\b`)
	reEndMark     = regexp.MustCompile(`^(?:#{3,}|-+\s*(?i:end)\s*-+|-30-|\*{3,}|-*\s*ENDS?\s*-*\.?)$`)
	reEmailOrURL  = regexp.MustCompile(`^(?:\S+@\S+\.\w+|(?:https?://|www\.)\S+)$`)
	reFollow      = regexp.MustCompile(`(?i)^follow\s+(.+?)\s+on\s+(?:twitter|x|facebook|instagram|linkedin|threads|bluesky|mastodon)\b`)
	reFollowUs    = regexp.MustCompile(`(?i)^follow\s+(?:us\b|@\w+|.{1,60}?\s+on\s+social\s+media\b)`)
	reContributed = regexp.MustCompile(`(?i)^(?:additional reporting by\s+)?(.{3,200}?)\s+(?:also\s+)?contributed\s+(?:reporting|research|to this (?:report|article|story)|from\s+(?-i:\p{Lu}[\p{L}.'’-]*)(?:\.|$))`)
	// reReportedFrom: the tagline that names where the byline's reporter filed from, with the
	// wire's other credits after a semicolon ("Ana Ruiz reported from Bogota; additional reporting
	// by Li Wei in Lima."; AP and NYT taglines).
	reReportedFrom = regexp.MustCompile(`^(.{3,80}?)\s+reported\s+from\s+\p{Lu}[\p{L}.'’-]*(?:(?:,\s*|\s+)\p{Lu}[\p{L}.'’-]*){0,3}\.?(?:;\s*(.*))?$`)
	// reReachedAt: the reporter's contact line ("Ana Ruiz can be reached at ana@example.com").
	reReachedAt     = regexp.MustCompile(`(?i)^(.{3,80}?)\s+(?:can|may)\s+be\s+(?:reached|contacted)\s+at\s+\S+@\S+`)
	reReportingBy   = regexp.MustCompile(`(?i)^\(?\s*(?:additional\s+)?(?:reporting|writing|editing|research)\s+by\s+`)
	reCreditSegment = regexp.MustCompile(`(?i)^(?:and\s+)?(additional\s+reporting|reporting|writing|editing|research|additional\s+research|compiled)\s+by\s+(.+)$`)
	rePlaceTail     = regexp.MustCompile(`\s+(?:in|from|at)\s+\p{Lu}.*$`)
	reByline        = regexp.MustCompile(`(?i)^(?:(?:written|compiled|story|text|words|interview|photos?|pictures|video)\s+)?by\s+(\S.*)$`)
	reSpeakerTurn   = regexp.MustCompile(`^(?:\p{Lu}[\p{L}.'’-]*\s?){1,6}:\s+\S`)
	reBullet        = regexp.MustCompile(`^(?:[-*+]\s+|[•·▪◦‣●○■□►▸]\s*)`)
	reMDHeading     = regexp.MustCompile(`^#{1,6}\s+`)
	reMDEscape      = regexp.MustCompile(`\\([\\` + "`" + `*_{}\[\]()#+\-.!|>])`)
	// Inline HTML left in scraped Markdown ("<u>Steel and Aluminum</u>").
	reInlineTag = regexp.MustCompile(`(?i)</?(?:u|b|i|s|em|strong|span|a|sup|sub|small|mark|font|br)(?:\s[^<>]*)?/?>`)
)

// functionWords may be lower case in a title-case line ("Ministry of Foreign Affairs").
var functionWords = map[string]bool{
	"a": true, "an": true, "the": true, "of": true, "and": true, "or": true, "for": true, "to": true,
	"in": true, "on": true, "at": true, "by": true, "with": true, "from": true, "about": true,
	"over": true, "under": true, "as": true, "vs": true, "vs.": true, "de": true, "la": true,
	"du": true, "van": true, "von": true, "der": true, "into": true, "up": true, "&": true, "-": true,
	"—": true, "–": true, "is": true, "are": true, "its": true, "after": true, "before": true,
}

// line is one input line during cleaning.
type cleanLine struct {
	s     string
	blank bool
	item  bool // began with a list bullet
	words int
}

// verdict is what the line rules decide about one line.
type verdict struct {
	drop    bool
	authors []string
	date    string
}

// classifyLine applies the per-line furniture rules.
func classifyLine(s string) verdict {
	low := strings.ToLower(strings.TrimRight(s, " :."))
	words := strings.Fields(s)
	n := len(words)
	switch {
	case furnitureLines[low] || furnitureLines[strings.ReplaceAll(low, "’", "'")]:
		return verdict{drop: true}
	case rePrintEdition.MatchString(s), reBracketLine.MatchString(s), isCaption(s), captionCredit(s), readerNotice(s),
		n <= 12 && sourceCredit(s), signOff(s):
		return verdict{drop: true}
	case n > 40:
		// Long lines are story text; the rules below are for short lines.
		return verdict{}
	// reEndMark: the line that ends a wire story or a press release: "###", "-30-", "- end -",
	// "***", and the British and Commonwealth "ENDS" / "END" in capitals, alone or between dashes
	// (Wikipedia, "News release", format: "###", "-30-" or "ENDS" below the body).
	case reImageLabel.MatchString(s), reTimeOnly.MatchString(s), reRecordingClock.MatchString(s), reEndMark.MatchString(s),
		reEmailOrURL.MatchString(s), reContactUs.MatchString(s), reSiteNotice.MatchString(s),
		(strings.Contains(low, "copyright") || strings.Contains(low, "©") || strings.Contains(low, "(c)") ||
			strings.Contains(low, "rights reserved")) && reCopyright.MatchString(s),
		n <= 12 && reFollowUs.MatchString(s), n <= 10 && reUpdatedTime.MatchString(s),
		n <= 25 && reBreadcrumbStart.MatchString(s),
		n <= 25 && strings.ContainsAny(s, ">»›") && len(reBreadcrumbSep.FindAllStringIndex(s, 2)) >= 2,
		n <= 12 && !endsWithSentencePunct(s) && rePromo.MatchString(s):
		return verdict{drop: true}
	case isShareRow(words), isPipeMenu(s), pageFurniture(s, words):
		return verdict{drop: true}
	}
	if v, ok := storyTailLine(s, n); ok {
		return v
	}
	hasContributed := strings.Contains(low, "contributed")
	if n > 16 {
		if n <= 30 && hasContributed {
			return contributed(s)
		}
		if reReportingBy.MatchString(s) {
			return reportingCredits(s)
		}
		return verdict{}
	}
	if m := reDateOnly.FindStringSubmatch(s); m != nil {
		return verdict{drop: true, date: m[1]}
	}
	if n <= 8 {
		if m := reDateTail.FindStringSubmatch(s); m != nil {
			return verdict{drop: true, date: m[1]}
		}
	}
	if m := reImmediate.FindStringSubmatch(s); m != nil && n <= 12 {
		v := verdict{drop: true}
		if d := reBylineDate.FindStringSubmatch(m[1]); d != nil {
			v.date = d[1]
		}
		return v
	}
	if m := reFollow.FindStringSubmatch(s); m != nil && n <= 14 {
		v := verdict{drop: true}
		if looksLikeNames(m[1]) && !strings.HasPrefix(m[1], "@") {
			v.authors = appendNames(nil, m[1])
		}
		return v
	}
	if reReportingBy.MatchString(s) {
		return reportingCredits(s)
	}
	if m := reReportedFrom.FindStringSubmatch(s); m != nil && looksLikeNames(m[1]) {
		v := verdict{drop: true, authors: namesWithoutPlaces(m[1])}
		if m[2] != "" && reReportingBy.MatchString(m[2]) {
			v.authors = append(v.authors, reportingCredits(m[2]).authors...)
		}
		return v
	}
	if m := reReachedAt.FindStringSubmatch(s); m != nil && looksLikeNames(m[1]) {
		return verdict{drop: true, authors: namesWithoutPlaces(m[1])}
	}
	if hasContributed {
		if v := contributed(s); v.drop {
			return v
		}
	}
	if m := reByline.FindStringSubmatch(s); m != nil && n <= 16 {
		if v, ok := parseByline(m[1]); ok {
			return v
		}
	}
	return verdict{}
}

// parseByline reads "Lina Marsh and Jo Blogs", optionally followed by a date ("Lina Marsh July 10,
// 2015", "Lina Marsh | Updated July 10, 2015"), into names and a date kept apart.
func parseByline(rest string) (verdict, bool) {
	v := verdict{drop: true}
	if loc := reBylineDate.FindStringSubmatchIndex(rest); loc != nil {
		v.date = rest[loc[2]:loc[3]]
		rest = rest[:loc[0]]
	}
	rest = strings.Trim(rest, " ,|·•—–-")
	// "By Lina Marsh, Reuters" / "By Lina Marsh, Staff Writer" / "By Lina Marsh | Reuters" / "By
	// Lina Marsh for AFP": keep the part naming people (bylineOutletCut, clean_credits.go).
	if !looksLikeNames(rest) || outletAfterComma(rest) {
		rest = bylineOutletCut(rest)
	}
	rest = capsNamesOutlet(rest)
	if rest == "" || !looksLikeNames(rest) {
		return verdict{}, false
	}
	v.authors = appendNames(nil, rest)
	return v, true
}

// reportingCredits reads a wire-service credit line: "Reporting by A in Beijing and B; Additional
// reporting by C; Editing by D". Reporters, writers and researchers go to the authors; editors are
// not authors of the reporting and are dropped with the line.
func reportingCredits(s string) verdict {
	v := verdict{drop: true}
	s = strings.Trim(s, " ()[].")
	for k, seg := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' }) {
		m := reCreditSegment.FindStringSubmatch(strings.TrimSpace(seg))
		if k == 0 && m == nil && strings.TrimSpace(reReportingBy.ReplaceAllString(seg, "")) == "" {
			continue // the label alone, its names on the next line
		}
		if k == 0 && (m == nil || !creditNames(m[2])) {
			// the credit names people or a desk (creditNames, clean_tails.go): "Reporting by
			// state media said the talks stalled." is the story's sentence
			return verdict{}
		}
		if m == nil || strings.EqualFold(m[1], "editing") || strings.EqualFold(m[1], "compiled") {
			continue
		}
		for _, n := range namesWithoutPlaces(m[2]) {
			v.authors = appendNames(v.authors, n)
		}
	}
	return v
}

// namesWithoutPlaces splits a list of names and drops " in Beijing" / " from Washington".
func namesWithoutPlaces(s string) []string {
	var out []string
	for _, n := range splitNames(strings.Trim(s, " .")) {
		n = rePlaceTail.ReplaceAllString(strings.TrimSpace(n), "")
		if looksLikeNames(n) {
			out = appendNames(out, n)
		}
	}
	return out
}

// looksLikeNames reports whether s is a short list of capitalized names: every word starts with an
// upper-case letter or is a connector ("and", "de", "van") or an initial; at most 16 words.
func looksLikeNames(s string) bool {
	words := strings.Fields(strings.NewReplacer(",", " ", ";", " ").Replace(s))
	if len(words) == 0 || len(words) > 16 {
		return false
	}
	caps := 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case text.IsNameConnector(strings.ToLower(w)):
		default:
			return false
		}
	}
	return caps > 0
}

// isShareRow reports a row of share/tool buttons: only tool words, at least one strong.
func isShareRow(words []string) bool {
	if len(words) == 0 || len(words) > 16 {
		return false
	}
	strong := false
	for _, w := range words {
		k := strings.ToLower(strings.Trim(w, ".,:;!?()[]"))
		switch shareWords[k] {
		case 0:
			return false
		case 2:
			strong = true
		}
	}
	return strong
}

// isPipeMenu reports "Order Reprints | Today's Paper | Subscribe": three or more short parts
// separated by pipes.
func isPipeMenu(s string) bool {
	parts := strings.Split(s, "|")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if text.WordCount(p) > 5 {
			return false
		}
	}
	return true
}

// endsWithSentencePunct reports whether s ends with sentence-final punctuation, closing quotes and
// brackets aside.
func endsWithSentencePunct(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || closingQuote(r) || r == ')' || r == ']'
	})
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == '.' || r == '?' || r == '!' || r == '…'
}

// endsClause is endsWithSentencePunct plus ":" and ";" — a line that ends a unit of text.
func endsClause(s string) bool {
	if endsWithSentencePunct(s) {
		return true
	}
	s = strings.TrimRightFunc(s, func(r rune) bool { return unicode.IsSpace(r) || closingQuote(r) })
	r, _ := utf8.DecodeLastRuneInString(s)
	return r == ':' || r == ';'
}

func closingQuote(r rune) bool {
	return r == '"' || r == '\'' || r == '’' || r == '”' || r == '»' || r == '›'
}

func openingQuote(r rune) bool {
	return r == '"' || r == '\'' || r == '‘' || r == '“' || r == '«' || r == '‹'
}

// titleLike reports a short line in title case with no end punctuation: a menu entry, heading or
// headline ("Chinese Missions to International Organizations", "عربي", "Countries and Regions").
func titleLike(s string, maxWords int) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > maxWords {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	if strings.ContainsRune(".?!;:,", last) || closingQuote(last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	if openingQuote(first) {
		return false
	}
	for _, w := range words {
		if functionWords[strings.ToLower(w)] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(w, "(\"'“‘["))
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// foldLine is the comparison key of a line: lower case, plain quotes, single spaces, no end
// punctuation.
func foldLine(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	s = quoteFolder.Replace(s)
	return strings.TrimRight(s, " .:;,!?")
}

var quoteFolder = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// prepareLines trims each line, drops Markdown heading marks and list bullets (remembering the
// bullet), and collapses white space.
func prepareLines(raw []string, plain bool) []cleanLine {
	out := make([]cleanLine, 0, len(raw))
	dialogue := hyphenDialogue(raw)
	for _, r := range raw {
		s := strings.Join(strings.Fields(r), " ")
		if s == "" {
			out = append(out, cleanLine{blank: true})
			continue
		}
		item := false
		if plain {
			if strings.IndexByte(s, '\\') >= 0 {
				s = reMDEscape.ReplaceAllString(s, "$1")
			}
			s = reMDHeading.ReplaceAllString(s, "")
			if strings.IndexByte(s, '<') >= 0 {
				s = strings.Join(strings.Fields(reInlineTag.ReplaceAllString(s, "")), " ")
			}
		}
		if loc := reBullet.FindStringIndex(s); loc != nil && loc[1] < len(s) && !(dialogue && s[0] == '-') {
			s = s[loc[1]:]
			item = true
		}
		if s == "" {
			out = append(out, cleanLine{blank: true})
			continue
		}
		out = append(out, cleanLine{s: s, item: item, words: text.WordCount(s)})
	}
	return out
}

// cleanLines runs the line rules and builds paragraphs. title is the known title ("" if none);
// plain selects the plain-text rules (headline detection, hard-wrap joining). It returns the body
// paragraphs (title excluded) and what it learned: the headline, bylines, dates.
func cleanLines(raw []string, title string, plain bool, outlets []string) ([]string, pageMeta) {
	var found pageMeta
	lines := prepareLines(raw, plain)

	// 1. Furniture, line by line. A dropped line becomes a paragraph break. The line right under a
	// byline that only names the outlet ("Atlantic News Service", "The Harbor Ledger") goes with it.
	afterByline := false
	header := len(lines) // the first line of story text: a sentence of four words or more
	for i, l := range lines {
		if !l.blank && l.words >= 4 && endsWithSentencePunct(l.s) {
			header = i
			break
		}
	}
	promoItems := -1      // after a promo label ("Related coverage:"): how many of its items were cut
	contactItems := false // under a contact block's label (clean_contact.go)
	bio := false          // under a writer's note's label (clean_contact.go)
	for i := range lines {
		if lines[i].blank {
			afterByline, contactItems, bio = false, false, false
			if promoItems > 0 && !tailListContinues(lines, i) {
				promoItems = -1
			}
			continue
		}
		if promoItems >= 0 && (promoItem(lines[i].s) || classifyLine(lines[i].s).drop) {
			// "Related coverage:" / "Read more:" and the headlines listed under it, one a line,
			// until a blank line or a sentence: links to other stories, no part of this one
			lines[i] = cleanLine{blank: true}
			promoItems++
			continue
		}
		promoItems = -1
		if bio || i > header && authorBioLabel(lines[i].s) {
			lines[i] = cleanLine{blank: true}
			bio = true
			continue
		}
		if contactItems && contactBlockItem(lines[i].s) {
			lines[i] = cleanLine{blank: true}
			continue
		}
		contactItems = i > header && contactLabel(lines[i].s)
		if promoLabel(lines[i].s) || i > header && listHeading(lines[i].s) || indexHeading(lines[i].s) {
			promoItems = 0
		}
		if isOutletLine(lines[i].s) && (afterByline || i < header && namesOutlet(lines[i].s, outlets)) ||
			afterByline && bylineDeskLine(lines[i].s) {
			// the outlet's name on a line of its own: under a byline, or in the header when it is
			// the page's own outlet ("VOA News" on voanews.com); at the end, dropOutletFooter cuts
			// it with what follows
			lines[i] = cleanLine{blank: true}
			afterByline = false
			continue
		}
		if i > header && standaloneCredit(lines[i].s) {
			// a picture credit on a line of its own in the story ("REUTERS/Jane Doe",
			// "Xinhua/Li Ming"); above the story it may be a headline ("US/China Talks")
			lines[i] = cleanLine{blank: true}
			continue
		}
		v := classifyLine(lines[i].s)
		afterByline = v.drop && len(v.authors) > 0 && reByline.MatchString(strings.TrimSpace(lines[i].s))
		if !v.drop {
			continue
		}
		for _, a := range v.authors {
			found.authors = appendNames(found.authors, a)
		}
		if found.holder == "" {
			found.holder = copyrightHolder(lines[i].s)
		}
		if found.credited == "" {
			found.credited = creditedBody(lines[i].s)
		}
		if len(v.authors) > 0 {
			found.addDate(v.date, DateFromByline)
		} else {
			found.addDate(v.date, DateFromDateline)
		}
		lines[i] = cleanLine{blank: true}
	}

	// 2. The header: title, and page chrome before it.
	found.title = takeTitle(lines, title, plain)

	// 3. Navigation menus: long runs of title-case entries.
	dropMenus(lines)
	dropPageFurniture(lines, header, &found)

	// 4. Repeats: a caption printed twice (alt text and caption) goes entirely; a repeated short
	// line keeps its first copy.
	prev, prevKey := -1, ""
	for i := range lines {
		if lines[i].blank {
			continue
		}
		key := foldLine(lines[i].s)
		if prev >= 0 && prevKey == key {
			if endsWithSentencePunct(lines[i].s) && lines[i].words >= 6 {
				lines[prev] = cleanLine{blank: true}
			}
			lines[i] = cleanLine{blank: true}
			continue
		}
		prev, prevKey = i, key
	}

	paras := buildParagraphs(lines, plain)

	paras = dropOutletFooter(paras, outlets)
	paras = dropEndNotes(paras)

	// 5. A label left at the end with nothing after it ("Read more:", "Appendix:").
	for len(paras) > 0 {
		last := paras[len(paras)-1]
		if strings.HasSuffix(last, ":") && text.WordCount(last) <= 6 {
			paras = paras[:len(paras)-1]
			continue
		}
		break
	}
	return paras, found
}

// headerEnd returns the index of the first line of the body: a sentence of 8 words or more, any
// line of 25 words or more, and when strict also a transcript turn ("Q: …", "MODERATOR: …") or the
// first line of a hard-wrapped paragraph (the next line of the same block starts in lower case).
// The header is searched no further than maxHeader lines.
const maxHeader = 250

func headerEnd(lines []cleanLine, strict bool) int {
	for i := 0; i < len(lines) && i < maxHeader; i++ {
		l := lines[i]
		if l.blank {
			continue
		}
		if l.words >= 25 || (l.words >= 8 && endsWithSentencePunct(l.s)) {
			return i
		}
		if !strict {
			continue
		}
		if l.words >= 6 && isSpeakerTurn(l.s) {
			return i
		}
		if i+1 < len(lines) && !lines[i+1].blank && l.words >= 5 {
			r, _ := utf8.DecodeRuneInString(lines[i+1].s)
			if unicode.IsLower(r) {
				return i
			}
		}
	}
	return min(len(lines), maxHeader)
}

// isSpeakerTurn reports a transcript turn: a speaker label and text ("Q: Do you…", "MODERATOR:
// Thanks…", "Gao Feng: China has…"). The label is at most six capitalized words, and at most three
// unless it is in capitals, so that a headline with a colon ("Enforcing U.S. Trade Laws: Section
// 301") is not one.
func isSpeakerTurn(s string) bool {
	if !reSpeakerTurn.MatchString(s) {
		return false
	}
	label := s[:strings.IndexByte(s, ':')]
	return text.WordCount(label) <= 3 || allCapsWord(label)
}

// takeTitle finds the title in the header and removes it with the page chrome printed before it.
//   - Known title: header lines equal to it are removed, and everything before the last of them
//     (site header, section labels) too, since a page prints its headline right above the story.
//   - Plain text without a title: a line printed twice in the header (page <title> and <h1>) is
//     the headline; otherwise the longest header line of 3–25 words with no final punctuation,
//     not a speaker label, list item or place-and-date line. Only that line is removed.
func takeTitle(lines []cleanLine, title string, plain bool) string {
	end := headerEnd(lines, false)
	removeThrough := func(last int) {
		for i := 0; i <= last; i++ {
			lines[i] = cleanLine{blank: true}
		}
	}
	if title != "" {
		key := foldLine(title)
		last := -1
		for i := 0; i < end; i++ {
			if !lines[i].blank && foldLine(lines[i].s) == key {
				last = i
			}
		}
		if last >= 0 {
			removeThrough(last)
			dropTitlePrefixes(lines, key, end)
			return title
		}
		// The story may open with the headline even when the body starts at once.
		for i := range lines {
			if !lines[i].blank {
				if foldLine(lines[i].s) == key {
					lines[i] = cleanLine{blank: true}
				}
				break
			}
		}
		return title
	}
	if !plain {
		return ""
	}
	seen := map[string]int{}
	for i := 0; i < end; i++ {
		if lines[i].blank || lines[i].words < 3 {
			continue
		}
		k := foldLine(lines[i].s)
		if j, ok := seen[k]; ok {
			t := lines[j].s
			removeThrough(i)
			dropTitlePrefixes(lines, k, end)
			return t
		}
		seen[k] = i
	}
	if f := headlineCaseFirstLine(lines); f >= 0 {
		t := lines[f].s
		lines[f] = cleanLine{blank: true}
		return t
	}
	end = headerEnd(lines, true)
	best := -1
	for i := 0; i < end; i++ {
		l := lines[i]
		if l.blank || l.item || l.words < 3 || l.words > 25 || endsClause(l.s) || strings.HasSuffix(l.s, ",") {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(l.s); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
			continue
		}
		if i+1 < len(lines) && !lines[i+1].blank && isLabelFragment(lines[i+1]) {
			continue // "Secretary of the Treasury Scott" / "Bessent:" is a speaker label
		}
		if rePlaceDateLine.MatchString(strings.TrimSpace(l.s)) {
			continue // "Palais des Nations, Geneva, 6 June 2027" is the date line, not the headline (dates.go)
		}
		if best < 0 || l.words > lines[best].words {
			best = i
		}
	}
	if best < 0 {
		return ""
	}
	t := lines[best].s
	lines[best] = cleanLine{blank: true}
	dropTitlePrefixes(lines, foldLine(t), end)
	return t
}

// headlineCaseFirstLine returns the index of a plain-text story's first line when it is a headline
// by its capitals alone, or -1: 3–25 words in headline style (every word capitalized but the
// short function words, AP Stylebook "composition titles" and "headlines"; or all in capitals),
// with a blank line under it, not a speaker turn or place-and-date line. Its final punctuation
// does not matter ("Senator Endorses Rival Ahead Of Primary."): a body sentence never capitalizes
// its verbs and common nouns, so such a line is the headline whatever its last character, which
// takeTitle's longest-line rule (no final punctuation) would miss.
func headlineCaseFirstLine(lines []cleanLine) int {
	f := 0
	for f < len(lines) && lines[f].blank {
		f++
	}
	if f >= len(lines) || f+1 >= len(lines) || !lines[f+1].blank {
		return -1
	}
	l := lines[f]
	if l.item || l.words < 3 || l.words > 25 || isSpeakerTurn(l.s) || rePlaceDateLine.MatchString(l.s) {
		return -1
	}
	if !endsClause(l.s) || !headlineCase(l.s) {
		return -1 // no final punctuation: the longest-line rule below decides, as before
	}
	return f
}

// headlineCase reports a line whose words all start with a capital letter or a digit, except the
// function words a headline keeps in lower case; at least two words start with a capital.
func headlineCase(s string) bool {
	caps := 0
	for _, w := range strings.Fields(s) {
		w = strings.TrimLeft(w, "(\"'“‘[#$")
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case w == "" || !unicode.IsLetter(r):
		case unicode.IsUpper(r):
			caps++
		case functionWords[strings.ToLower(strings.TrimRight(w, ".,:;!?"))]:
		default:
			return false
		}
	}
	return caps >= 2
}

// dropTitlePrefixes removes header lines that are the title cut short (a page's second, truncated
// copy of its headline), at least four words long.
func dropTitlePrefixes(lines []cleanLine, key string, end int) {
	for i := 0; i < end && i < len(lines); i++ {
		if lines[i].blank || lines[i].words < 4 {
			continue
		}
		if k := foldLine(lines[i].s); strings.HasPrefix(key, k) {
			lines[i] = cleanLine{blank: true}
		}
	}
}

// minMenuRun is the shortest run of title-case lines taken for a navigation menu. A story's
// header has at most four such lines (section, headline, deck, byline); site menus and "Related"
// lists have many more.
const minMenuRun = 5

// dropMenus removes runs of minMenuRun or more title-case lines of at most 14 words, blank lines
// between them allowed. Bulleted lines do not count: a bulleted list of names is content.
func dropMenus(lines []cleanLine) {
	var run []int
	flush := func() {
		if len(run) >= minMenuRun {
			for _, i := range run {
				lines[i] = cleanLine{blank: true}
			}
		}
		run = run[:0]
	}
	for i := range lines {
		if lines[i].blank {
			continue
		}
		if titleLike(lines[i].s, 14) && !lines[i].item {
			run = append(run, i)
			continue
		}
		flush()
	}
	flush()
}

// wrapWidth detects hard-wrapped text (lines cut at a fixed width, as in e-mail, transcripts and
// text exported from PDF): lines followed by another line of the same block have a median length
// of at most 100 characters. It returns the wrap width (90th percentile of those lengths), or 0
// when the text is not hard-wrapped.
func wrapWidth(lines []cleanLine) int {
	var lens []int
	for i := 0; i+1 < len(lines); i++ {
		if !lines[i].blank && !lines[i+1].blank {
			lens = append(lens, utf8.RuneCountInString(lines[i].s))
		}
	}
	if len(lens) < 3 {
		return 0
	}
	sort.Ints(lens)
	if lens[len(lens)/2] > 100 || lens[len(lens)/2] < 30 {
		return 0
	}
	return lens[len(lens)*9/10]
}

// buildParagraphs joins lines into paragraphs. Without hard wrapping every line is a paragraph. In
// hard-wrapped plain text a line break is kept only where the writer chose it: the next word would
// have fit on the line and the line ends a sentence or is a heading; before a list item or a
// transcript turn; otherwise lines are joined, "non-\nmarket" without a space. A short label split
// over two lines ("Secretary of the Treasury Scott\nBessent:") is joined.
func buildParagraphs(lines []cleanLine, plain bool) []string {
	w := 0
	if plain {
		w = wrapWidth(lines)
	}
	var paras []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			paras = append(paras, cur.String())
			cur.Reset()
		}
	}
	for i := range lines {
		l := lines[i]
		if l.blank {
			flush()
			continue
		}
		if cur.Len() == 0 {
			cur.WriteString(l.s)
			continue
		}
		prev := lines[i-1].s // not blank: cur is non-empty only after a non-blank line
		if isDashAttribution(prev, l.s) {
			cur.WriteByte(' ')
			cur.WriteString(l.s)
			continue
		}
		if w == 0 || !softBreak(prev, l, w) {
			flush()
			cur.WriteString(l.s)
			continue
		}
		r, _ := utf8.DecodeRuneInString(l.s)
		if strings.HasSuffix(prev, "-") && !strings.HasSuffix(prev, " -") && unicode.IsLower(r) {
			cur.WriteString(l.s)
		} else {
			cur.WriteByte(' ')
			cur.WriteString(l.s)
		}
	}
	flush()
	return paras
}

// isDashAttribution reports a line that attributes the quotation on the line before it: "—
// Commerce Minister Wang Wentao" under "“We will not back down.”". It belongs to the quotation's
// paragraph.
func isDashAttribution(prev, next string) bool {
	rest, ok := strings.CutPrefix(next, "— ")
	if !ok {
		if rest, ok = strings.CutPrefix(next, "– "); !ok {
			rest, ok = strings.CutPrefix(next, "-- ")
		}
	}
	if !ok || text.WordCount(rest) > 12 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	last, _ := utf8.DecodeLastRuneInString(prev)
	return unicode.IsUpper(r) && closingQuote(last)
}

// softBreak reports whether the break between prev and next (hard-wrapped at width w) is only a
// wrap.
func softBreak(prev string, next cleanLine, w int) bool {
	if next.item || (isSpeakerTurn(next.s) && !isLabelFragment(next)) {
		return false
	}
	if isLabelFragment(next) && !endsClause(prev) {
		return true
	}
	if r, _ := utf8.DecodeRuneInString(next.s); opensQuotation(r) && isLeadInLine(cleanLine{s: prev, words: text.WordCount(prev)}) {
		// a whole introducing line ending in a colon, then a line that opens a quotation ("From
		// Foreign Minister X:" / "\"We reject …\""): the colon introduces the quotation and the
		// writer broke the line before it, however short the line above (Chicago Manual of Style
		// 6.63 and 13.22: a colon introduces a quotation, which may start on its own line)
		return false
	}
	if endsClause(prev) && isLeadInLine(next) {
		// a sentence ended at the break and the next line is one whole introducing line ("From
		// Foreign Minister X:", "The ministry said in a statement:"): the writer's break before a
		// lead-in, however long the line above (a quotation of a list of reactions)
		return false
	}
	first := next.s
	if i := strings.IndexByte(first, ' '); i > 0 {
		first = first[:i]
	}
	plen := utf8.RuneCountInString(prev)
	fits := plen+1+utf8.RuneCountInString(first) <= w
	r, _ := utf8.DecodeRuneInString(next.s)
	if fits && endsClause(prev) {
		return false
	}
	if fits && titleLike(prev, 14) && !unicode.IsLower(r) {
		// A heading, unless it is a long heading wrapped onto a title-case remainder
		// ("Batteries, Battery Components and Parts, and Critical" / "Minerals").
		return plen*10 >= w*6 && titleLike(next.s, 14)
	}
	return true
}

// opensQuotation reports an opening quotation mark: straight, curly, low-9 or guillemet.
func opensQuotation(r rune) bool {
	return r == '"' || r == '\u201c' || r == '\u201e' || r == '\u00ab' || r == '\u2018' || r == '\''
}

// isLeadInLine: a line of at most sixteen words that opens with a capital and ends with a colon, a
// line that introduces what follows it (a lead-in or a label alone on its line).
func isLeadInLine(l cleanLine) bool {
	r, _ := utf8.DecodeRuneInString(l.s)
	return l.words <= 16 && unicode.IsUpper(r) && strings.HasSuffix(strings.TrimSpace(l.s), ":")
}

// isLabelFragment: a line of at most three words ending in ":", as a speaker's name cut from the
// title before it.
func isLabelFragment(l cleanLine) bool {
	return l.words <= 3 && strings.HasSuffix(l.s, ":")
}
