package input

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimgraph/claimgraph/text"
)

// Photo captions and the headlines listed under a promo label: furniture lines the line rules
// (classifyLine, cleanLines) cut. Moved from clean_rules.go unchanged.

// isCaption reports a photo caption line: it opens with a caption label ("Photo: …", "FILE
// PHOTO: …", reCaptionLead; at most 60 words) or ends in a credit ("…Credit...Reuters", "Credit:
// Getty", "(Photo: AP)", "Photograph: Mark Schiefelbein/AP", "(AP Photo/Andy Wong)").
func isCaption(s string) bool {
	if reCaptionLead.MatchString(s) && text.WordCount(s) <= 60 {
		return true // "Photo: Protesters gather outside the court on Wednesday. AGENCY/Name"
	}
	// Every credit pattern is anchored at the end and shorter than 200 bytes.
	if len(s) > 200 {
		i := len(s) - 200
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++
		}
		s = s[i:]
	}
	if !strings.Contains(s, "redit") && !strings.Contains(s, "REDIT") && !strings.Contains(s, "hoto") &&
		!strings.Contains(s, "HOTO") && !strings.Contains(s, "mage") && !strings.Contains(s, "MAGE") &&
		!strings.Contains(s, "icture") {
		return false
	}
	if reCreditTail.MatchString(s) || rePhotoParen.MatchString(s) {
		return true
	}
	for _, re := range []*regexp.Regexp{rePhotoTail, reCreditColon} {
		if m := re.FindStringSubmatch(s); m != nil && creditLike(m[1]) {
			return true
		}
	}
	return false
}

// creditLike reports whether s names a photographer or agency ("Ng Han Guan/AP", "Getty Images",
// "Jane Roe for The Courier"): at most ten words, each capitalized, a number, or a connector —
// so that "tax credits: about $5 million" is not taken for a credit.
func creditLike(s string) bool {
	words := strings.Fields(strings.ReplaceAll(s, "/", " / "))
	if len(words) == 0 || len(words) > 10 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r), unicode.IsDigit(r), w == "/", w == "-", w == "—", w == "&":
		case w == "for" || w == "via" || w == "and" || w == "of" || w == "the" || w == "de" || w == "courtesy":
		default:
			return false
		}
	}
	return true
}

// promoItem reports a line listed under a promo label ("Related coverage:", "Read more:"): a
// linked story's headline, short (at most 15 words) and not ending as a sentence does, with or
// without a list bullet.
func promoItem(s string) bool {
	s = strings.TrimSpace(reBullet.ReplaceAllString(strings.TrimSpace(s), ""))
	n := text.WordCount(s)
	return n >= 2 && n <= 15 && !endsWithSentencePunct(s) && !strings.HasSuffix(s, ":")
}
