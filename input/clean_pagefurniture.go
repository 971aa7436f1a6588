package input

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/text"
)

// Page furniture of real news and government pages as scrapers leave it in text (issue 14 "no
// junk"; the shapes are collected in bench/dev29furn/README.md). Each rule is a shape the page
// templates print around every story, none a wording of one page:
//
//   - list headings over other stories' headlines: "Next In Nation", "Trending in News", "Others
//     Also Read", "Most Viewed", "Popular", "More Stories", "Related press releases". The
//     headlines under them carry names and stance verbs of other stories ("X slams Y"), so they
//     must make no node and no relation. After the story's first sentence the heading opens a
//     list, cut with its headline-shaped items (promoItem) as the "Related:" list is.
//   - teasers of linked stories, closed by the link's label: "… urged all parties to exercise
//     restraint. Full Story" (news-agency lists).
//   - tag and keyword lines ("Tags / Keywords: A , B", "Filed under: A, B"), a label with only a
//     web address ("Address of this article: http://…"), the editor line of Chinese state media
//     ("(Web editor: A, B)", "(Editor: A)").
//   - consent and sign-up notices that address the reader: cookie banners ("We use cookies …
//     you agree to our use of cookies", the consent the EU ePrivacy Directive 2002/58/EC art. 5(3)
//     requires sites to ask for), newsletter forms ("… delivered to your inbox", "Enter your email
//     address", "By signing up, you agree to our Terms of Service …"), app and channel appeals
//     ("Download The X App …", "Follow us on our official WhatsApp channel …").
//   - subscription offers: a price per period ("RM 13.90/month", "$4.99 per week"), its billing
//     line ("Billed as RM 13.90 for the 1st month …"), "Save 30% OFF …", and the plan words
//     around them ("Monthly Plan", "Best Value").
//   - navigation: a one-line menu that opens with "Home" ("Home About the Ministry Foreign Policy
//     Press Room …"; the home link is the first entry of a site's global navigation, Krug, "Don't
//     Make Me Think", ch. 6), a breadcrumb with slashes ("Home / Economy / …"), a footer row of
//     site links ("About X Contact Us Site Map Advertise With Us"), a tab bar ("Day|Week"), a row
//     of player and page controls ("Back to top button", "Video PlayerClose").
//   - a site's disclaimer ("Disclaimer: The views expressed in comments do not represent …") and
//     the relative timestamps of listed stories ("3 hours ago", "Yesterday").
//   - a reporter's name on its own line over a desk role ("Hannah Briggs" / "Political
//     Correspondent"): a byline without "By".
//
// Boilerplate-removal work backs the general shape of these rules: short blocks without
// sentence punctuation in a run of such blocks, after the main text, are furniture (Kohlschütter,
// Frankhauser and Nejdl 2010, "Boilerplate detection using shallow text features": word count and
// the features of neighbouring blocks decide; jusText, Pomikálek 2011: short blocks take the class
// of their neighbours). A story's own sentences, its subheadings and a list of demands after a
// lead-in ending in a colon are none of these shapes and stay.

// reListHeading is the heading of a list of other stories' headlines: an adjective of ranking or
// relation ("Most Viewed", "Top Stories", "Related press releases", "Latest News"), "Next In
// Nation", "Trending in News", "Others Also Read", "Read More", "Sponsored Stories", "You might
// like", "Editor's Picks", "Don't Miss", "Up Next", with an optional section after "in", "on",
// "from" or "for".
var reListHeading = regexp.MustCompile(`(?i)^(?:(?:most\s+(?:read|viewed|visited|popular|shared|commented|watched|emailed|recent)|popular(?:\s+now)?|trending(?:\s+now)?|top|latest|recent|related|more|other|recommended|similar|featured|sponsored|editor'?s'?\s+(?:picks|choice)|what\s+to\s+read\s+next|also\s+read|others\s+also\s+read|people\s+also\s+read|readers\s+also\s+read|you\s+(?:may|might)\s+(?:also\s+)?like|read\s+(?:more|next)|up\s+next|next|don'?t\s+miss|must\s+read|in\s+case\s+you\s+missed\s+it)(?:\s+(?:news|stories|articles|press\s+releases|releases|posts|items|reads|videos|content|coverage|links|topics|headlines|updates|statements|from\s+us))?(?:\s+(?:in|on|from|for)\s+[\p{L}&' -]{1,30})?)\s*:?$`)

// listHeading reports a heading of a list of other stories (reListHeading), at most six words.
func listHeading(s string) bool {
	s = strings.TrimSpace(s)
	return text.WordCount(s) <= 6 && reListHeading.MatchString(s)
}

// reIndexHeading is the label of a list of topics or keywords, alone on its line: "INDEX:" over a
// briefing's topic lines (US State Department briefing transcripts), "Topics", "Key Words",
// "Tags", "Contents", "In this issue".
var reIndexHeading = regexp.MustCompile(`(?i)^(?:index|contents|table\s+of\s+contents|topics|key\s*words|tags|in\s+this\s+(?:issue|briefing|article|story))\s*:?$`)

// indexHeading reports a label of a list of topics (reIndexHeading); the topics under it are
// promoItem-shaped and go with it, in the header too.
func indexHeading(s string) bool {
	return reIndexHeading.MatchString(strings.TrimSpace(s))
}

var (
	// reTeaser: a teaser sentence closed by its link's label.
	reTeaser = regexp.MustCompile(`[.!?"”’]\s*(?:Full [Ss]tory|Read [Mm]ore|Continue [Rr]eading|More)\s*[»›>…]*$`)
	// reTagLine: a tag, keyword or topic line with its terms.
	reTagLine = regexp.MustCompile(`(?i)^(?:tags?(?:\s*/\s*keywords?)?|keywords?|key\s+words|topics?|related\s+topics|filed\s+under|categor(?:y|ies)|more\s+on)\s*:\s*\S`)
	// reLabelURL: a label of at most four words with only a web address after it ("Address of
	// this article: http://…", "Short URL: …"); "A summary of the results is here: http://…" is a
	// story's sentence.
	reLabelURL = regexp.MustCompile(`(?i)^\p{L}[\p{L}']*(?:\s+[\p{L}']+){0,3}\s*:\s*(?:https?://|www\.)\S+$`)
	// reEditorLine: "(Web editor: A, B)", "(Editor: A)", "[Editor: A]".
	reEditorLine = regexp.MustCompile(`(?i)^[(\[]\s*(?:web\s+|responsible\s+|chief\s+)?editors?\s*:[^)\]]{1,80}[)\]]$`)
	// reCookie: a notice about cookies that speaks to the reader or for the site.
	reCookie = regexp.MustCompile(`(?i)\bcookies?\b`)
	// reSupport: a reader appeal for money, "Your support helps us …", "Support our journalism",
	// "Donate", "we choose not to put our journalism behind a paywall".
	reSupport = regexp.MustCompile(`(?i)\byour\s+(?:support|donation|contribution)\b|\bsupport\s+(?:us|our\s+(?:journalism|work|reporting|newsroom))\b|\bdonate\b|\bbecome\s+a\s+(?:member|supporter|subscriber)\b|\bpaywall\b`)
	// reJournalism: what an outlet's appeal asks support for; a minister's "We thank you for your
	// support" names none of it.
	reJournalism = regexp.MustCompile(`(?i)\b(?:journalism|journalists|reporting|reporters|newsroom|paywall|subscribers?|subscriptions?)\b`)
	reWeOur      = regexp.MustCompile(`(?i)\b(?:we|our|us)\b`)
	reYouYour    = regexp.MustCompile(`(?i)\b(?:you|your)\b`)
	// reReported: a reporting verb; a line with one reports someone's words and is story text.
	reReported = regexp.MustCompile(`(?i)\b(?:said|says|told|tells|asked|added|wrote|according\s+to)\b`)
	// reHelpful: a page-feedback prompt, "Was this page helpful?".
	reHelpful = regexp.MustCompile(`(?i)^(?:was|is)\s+this\s+(?:page|article|information|content|story)\s+(?:helpful|useful)\s*\??$`)
	// reSignUp: newsletter and registration forms.
	reSignUp = regexp.MustCompile(`(?i)\b(?:to|in)\s+your\s+inbox\b|^enter\s+your\s+e-?mail(?:\s+address)?\b|^by\s+(?:signing\s+up|subscribing|registering|clicking|continuing)\b[^.]{0,40}\byou\s+(?:agree|accept|consent)\b`)
	// reAppeal: an app or channel appeal in the imperative.
	reAppeal = regexp.MustCompile(`(?:^|[.!]\s+)(?:Download|Install|Get)\s+(?i:the|our)\s+[^.!]{0,40}\b[Aa]pp\b|(?i:^follow\s+us\s+on\b|^join\s+(?:us\s+on|our)\b[^.!]{0,40}\b(?:channel|group|community)\b)`)
	// reRelativeTime: an item's relative timestamp, "3 hours ago", "5h ago", "Yesterday".
	reRelativeTime = regexp.MustCompile(`(?i)^(?:\d+\s*(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|weeks?|months?)\s+ago|yesterday|just\s+now)$`)
	// reDisclaimer: a site's disclaimer about its content, "Disclaimer: The views expressed …".
	reDisclaimer = regexp.MustCompile(`(?i)^disclaimer\s*:`)
	// rePricePeriod: a line that opens with a price per period, "RM 13.90/month", "$4.99 per
	// week", "Only £1 a month".
	rePricePeriod = regexp.MustCompile(`(?i)^(?:(?:from|only|just|then)\s+)?(?:rm|rs\.?|usd|us\$|s\$|a\$|c\$|hk\$|inr|eur|gbp|[$£€¥₹])\s?\d[\d,.]*\s*(?:/\s*|per\s+|a\s+)(?:month|mo|year|yr|week|wk|day|issue)\b`)
	// reBilled: the billing line of an offer.
	reBilled = regexp.MustCompile(`(?i)^(?:billed|renews\s+at)\b`)
	// reSaveOff: "Save 30% OFF …", "30% off your first year".
	reSaveOff = regexp.MustCompile(`(?i)^(?:save\s+(?:up\s+to\s+)?\d+%|\d+%\s+off\b)`)
	// reHomeMenu: a one-line menu opening with the home link.
	reHomeMenu = regexp.MustCompile(`^Home\s+\p{Lu}`)
	// reSlashCrumb: a breadcrumb with slashes, "Home / Economy / …".
	reSlashCrumb = regexp.MustCompile(`(?i)^home\s*/\s*\S`)
	// reTabBar: single words joined by pipes, "Day|Week".
	reTabBar = regexp.MustCompile(`^\pL+(?:\s?\|\s?\pL+)+$`)
	// reGlued: a control label glued to the next one by a scraper, "PlayerClose".
	reGlued = regexp.MustCompile(`(\p{Ll})(\p{Lu})`)
)

// offerWords are the words of a subscription offer's plan lines ("Monthly Plan", "Best Value",
// "Subscribe Now", "Digital Access").
var offerWords = map[string]bool{
	"monthly": true, "annual": true, "annually": true, "yearly": true, "weekly": true, "plan": true,
	"plans": true, "best": true, "value": true, "offer": true, "subscribe": true, "subscription": true,
	"now": true, "digital": true, "access": true, "premium": true, "basic": true, "standard": true,
	"trial": true, "free": true, "limited": true, "time": true, "unlimited": true, "popular": true,
	"most": true, "save": true, "off": true, "deal": true, "special": true, "all": true, "print": true,
	"cancel": true, "anytime": true, "month": true, "year": true, "week": true, "per": true,
}

// siteLinks are the entries of a site's footer or utility row.
var siteLinks = []string{"contact us", "site map", "sitemap", "privacy policy", "terms of use",
	"terms of service", "advertise with us", "about us", "cookie policy", "accessibility", "careers",
	"rss", "faq", "help center", "subscribe", "newsletters"}

// controlWords are the words of a row of player and page controls; a row needs a control noun.
var controlWords = map[string]int{
	"back": 1, "to": 1, "top": 1, "video": 1, "player": 1, "audio": 1, "play": 1, "pause": 1,
	"mute": 1, "unmute": 1, "full": 1, "screen": 1, "fullscreen": 1, "close": 2, "button": 2,
	"menu": 1, "search": 1, "skip": 1, "open": 1, "toggle": 1, "next": 1, "previous": 1,
}

// pageFurniture reports a line of page furniture (the comment at the top of this file); words
// are its fields.
func pageFurniture(s string, words []string) bool {
	n := len(words)
	s = strings.TrimSpace(s)
	if n == 0 {
		return false
	}
	quoted := strings.ContainsAny(s, "\"“”")
	sentence := endsWithSentencePunct(s)
	if sentence && n > 8 {
		// Most lines of a story: only the sign-up and appeal shapes end as sentences do. The
		// cheap tests before each expression keep cleaning a long story fast.
		low := strings.ToLower(s)
		return n <= 60 && reDisclaimer.MatchString(s) || !quoted && (n <= 30 && (strings.Contains(low, "inbox") || strings.HasPrefix(low, "by ") ||
			strings.HasPrefix(low, "enter ")) && reSignUp.MatchString(s) ||
			n <= 40 && (strings.Contains(low, "app") || strings.HasPrefix(low, "follow us")) && reAppeal.MatchString(s))
	}
	switch {
	case n <= 40 && !quoted && reTeaser.MatchString(s):
		return true
	case n <= 30 && !sentence && reTagLine.MatchString(s):
		return true
	case n <= 8 && reLabelURL.MatchString(s), reEditorLine.MatchString(s):
		return true
	case n <= 30 && !quoted && reSignUp.MatchString(s), n <= 40 && !quoted && reAppeal.MatchString(s):
		return true
	case n <= 12 && reSaveOff.MatchString(s), n <= 3 && reRelativeTime.MatchString(s), reDisclaimer.MatchString(s):
		return true
	case n <= 6 && (listHeading(s) || indexHeading(s)), reHelpful.MatchString(s):
		return true
	case n <= 25 && !sentence && (reSlashCrumb.MatchString(s) || reTabBar.MatchString(s)):
		return true
	case n >= 5 && n <= 30 && reHomeMenu.MatchString(s) && titleLike(s, 30):
		return true
	case n <= 20 && titleLike(s, 20) && siteLinkCount(s) >= 2:
		return true
	}
	return controlRow(s)
}

// readerNotice reports a notice that the site addresses to its reader, of at most 80 words,
// without quotation marks or a reporting verb: a cookie banner (cookies, and "we"/"our" or
// "you"/"your": "We use cookies …", "… you agree to our use of cookies") or an appeal for
// support of its journalism ("Your support helps us to tell the story. … our reporters …"), which
// speaks both for the site ("we", "our", "us") and to the reader ("you", "your").
func readerNotice(s string) bool {
	low := strings.ToLower(s)
	if !strings.Contains(low, "cookie") && !strings.Contains(low, "your support") && !strings.Contains(low, "support us") &&
		!strings.Contains(low, "support our") && !strings.Contains(low, "your donation") && !strings.Contains(low, "your contribution") &&
		!strings.Contains(low, "donate") && !strings.Contains(low, "paywall") && !strings.Contains(low, "become a") {
		return false
	}
	if n := text.WordCount(s); n == 0 || n > 80 || strings.ContainsAny(s, "\"“”") || reReported.MatchString(s) {
		return false
	}
	we, you := reWeOur.MatchString(s), reYouYour.MatchString(s)
	return reCookie.MatchString(s) && (we || you) || reSupport.MatchString(s) && we && you && reJournalism.MatchString(s)
}

// priceLine reports an offer's price line of n words: a price per period opening a line of at
// most eight words, or a billing line (billedPrice).
func priceLine(s string, n int) bool {
	return n <= 8 && rePricePeriod.MatchString(s) || n <= 25 && billedPrice(s)
}

// billedPrice reports a billing line that names an amount in a currency ("Billed as RM 13.90 for
// the 1st month, RM 39.90 thereafter.").
func billedPrice(s string) bool {
	return reBilled.MatchString(s) && reCurrencyAmount.MatchString(s)
}

// reCurrencyAmount: an amount with its currency before it.
var reCurrencyAmount = regexp.MustCompile(`(?i)(?:^|\s)(?:rm|rs\.?|usd|us\$|s\$|a\$|c\$|hk\$|inr|eur|gbp|[$£€¥₹])\s?\d`)

// siteLinkCount counts the footer entries (siteLinks) named in s.
func siteLinkCount(s string) int {
	low, c := strings.ToLower(s), 0
	for _, l := range siteLinks {
		if strings.Contains(low, l) {
			c++
		}
	}
	return c
}

// controlRow reports a row of player and page controls, labels glued by the scraper split
// ("Video PlayerClose" → "Video Player Close"): two to six control words, one a control noun.
func controlRow(s string) bool {
	words := strings.Fields(reGlued.ReplaceAllString(s, "$1 $2"))
	if len(words) < 2 || len(words) > 6 {
		return false
	}
	strong := false
	for _, w := range words {
		switch controlWords[strings.ToLower(strings.Trim(w, ".,:;!?()[]"))] {
		case 0:
			return false
		case 2:
			strong = true
		}
	}
	return strong
}

// offerLine reports a line of a subscription offer: a price per period, a billing line, a
// "Save N%" line, or a short line of offerWords only ("Monthly Plan", "Best Value").
func offerLine(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 25 {
		return false
	}
	if priceLine(s, len(words)) || len(words) <= 12 && reSaveOff.MatchString(s) {
		return true
	}
	if len(words) > 4 || endsWithSentencePunct(s) {
		return false
	}
	for _, w := range words {
		if !offerWords[strings.ToLower(strings.Trim(w, ".,:;!?()"))] {
			return false
		}
	}
	return true
}

// dropPageFurniture runs the rules of this file that look at more than one line: subscription
// offer blocks (the plan-word lines next to a price line) and name-over-desk bylines in the
// header (before line header, the first sentence), whose names go to found.authors. Then
// dropRelatedRun.
func dropPageFurniture(lines []cleanLine, header int, found *pageMeta) {
	for i := range lines {
		if lines[i].blank || !priceLine(lines[i].s, lines[i].words) {
			continue
		}
		for _, step := range []int{-1, 1} {
			for j := i + step; j >= 0 && j < len(lines); j += step {
				if lines[j].blank {
					continue
				}
				if !offerLine(lines[j].s) {
					break
				}
				lines[j] = cleanLine{blank: true}
			}
		}
		lines[i] = cleanLine{blank: true}
	}
	for i, end := 0, headerEnd(lines, false); i+1 < len(lines) && i < end; i++ {
		l := lines[i]
		if l.blank || l.words < 2 || l.words > 4 || !looksLikeNames(l.s) ||
			strings.ContainsAny(l.s, ",;:0123456789") || !personLike(l.s) {
			continue
		}
		// the role on the next line, or after one blank line (text extracted from HTML)
		j := i + 1
		if lines[j].blank && j+1 < len(lines) {
			j++
		}
		if !deskRoleLine(lines[j].s) {
			continue
		}
		found.authors = appendNames(found.authors, l.s)
		lines[i], lines[j] = cleanLine{blank: true}, cleanLine{blank: true}
	}
	dropRelatedRun(lines, header)
}

// deskRoleLine reports a reporter's desk role alone on a line: at most four capitalized words
// ending in a deskRoles noun ("Political Correspondent", "Senior Reporter", "Staff Writer").
func deskRoleLine(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 || !deskRoles[strings.ToLower(words[len(words)-1])] {
		return false
	}
	return titleLike(s, 4)
}

// personLike reports a name of two to four capitalized words none of which is a function word
// or a connector of a body's name ("Hannah Briggs", not "Ministry of Defence").
func personLike(s string) bool {
	for _, w := range strings.Fields(s) {
		if functionWords[strings.ToLower(w)] {
			return false
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

// qualifiedOutlet reports a folded site name that is the folded outlet o after a country's
// abbreviation of two letters ("U.S. Department of State" on a page whose outlet is "Department
// of State": "us" + "departmentofstate"), as government sites print their names.
func qualifiedOutlet(k, o string) bool {
	return len(o) >= 8 && len(k) == len(o)+2 && strings.HasSuffix(k, o)
}

// tailListContinues reports, at the blank line i inside a list of other stories' headlines,
// that the list goes on after it: the next line is headline-shaped (promoItem) and no line of
// story text follows (a sentence of eight words or more that no furniture rule drops). Text
// extracted from HTML sets every list item apart with a blank line; at the end of a page the
// items after a list heading are furniture however they are spaced (Kohlschütter et al. 2010:
// short blocks after the main text), while inside the story a blank line still ends the list, so
// that a subheading after a mid-story "Related:" list stays.
func tailListContinues(lines []cleanLine, i int) bool {
	j := i + 1
	for j < len(lines) && lines[j].blank {
		j++
	}
	if j == len(lines) || !promoItem(lines[j].s) {
		return false
	}
	for k := j; k < len(lines); k++ {
		if !lines[k].blank && lines[k].words >= 8 && endsWithSentencePunct(lines[k].s) && !classifyLine(lines[k].s).drop {
			return false
		}
	}
	return true
}
