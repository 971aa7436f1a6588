package actors

import (
	"strings"
	"unicode"

	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/lexicon"
	"github.com/claimgraph/claimgraph/text"
)

// pollNouns are the count nouns of an opinion poll (data/wordclasses/pollnouns.txt: WordNet 3.0
// poll.n.01, survey.n.01).
var pollNouns = lexicon.WordClass("pollnouns")

// jointPollName reports an organization whose name joins two names with a slash or a hyphen
// ("CNN/ORC", "NBC-Wall Street Journal", "Washington Post-ABC News") and every mention of which
// premodifies a lower-case poll noun ("a CNN-ORC poll", "the NBC-Wall Street Journal survey"): the
// slash and the hyphen (en dash) between two names join the poll's joint sponsors (Chicago Manual
// of Style, 17th ed., 6.80 and 6.106), and the whole premodifies the poll as a classifying noun
// does (Quirk et al. 1985, 17.104-17.108); it names the poll, not one organization, and each
// sponsor's own name stays whatever else the article makes of it. A name of one organization with
// a hyphen ("WNBC-TV", "University of Wisconsin-Milwaukee") is no joint of two names of two
// letters or more each that open in capitals, or is written somewhere without a poll noun after it.
func jointPollName(d *doc.Doc, e *doc.Entity, ms []*doc.Mention) bool {
	if len(ms) == 0 || !jointName(e.Name) {
		return false
	}
	return allMentions(d, ms, func(st *doc.Sent, _, te int) bool {
		return te < len(st.Toks) && st.Toks[te].Kind == text.Word && !st.Toks[te].Cap && pollNouns.Has(st.Toks[te].Lower)
	})
}

// jointName reports a name holding a slash, or a hyphen or en dash between two capitalized
// words, whose two sides are each a name of two letters or more opening in a capital ("CNN/ORC",
// "USA TODAY/Suffolk University", "Washington Post-ABC News"); a side of one letter ("P&G", "G-III")
// or of a single all-capitals suffix word ("WNBC-TV") is no name of its own.
func jointName(name string) bool {
	i := strings.IndexAny(name, "/-\u2013")
	if i <= 0 {
		return false
	}
	left, right := strings.TrimSpace(name[:i]), strings.TrimSpace(name[i+len(string([]rune(name[i:])[0])):])
	for _, side := range []string{left, right} {
		r := []rune(side)
		if len(r) < 2 || !unicode.IsUpper(r[0]) {
			return false
		}
	}
	// "WNBC-TV", "KING-TV": a station's call letters and the medium's suffix
	return !mediumSuffix[strings.ToUpper(right)]
}

// mediumSuffix are the suffixes of a US broadcast station's call sign (FCC, 47 CFR 73.3550:
// a call sign may carry the suffix -TV, -FM, -LP or -CD).
var mediumSuffix = map[string]bool{"TV": true, "FM": true, "LP": true, "CD": true}
