package actors

import (
	"strings"

	"github.com/claimgraph/claimgraph/doc"
)

// headlineClause reports a run [ts, te) of a headline that may be a whole clause rather than a
// name: "Ruling Party Vows Reform After Defeat", "Turkish Parliament Extends Troop Mandate".
// Headline style capitalizes every content word (AP Stylebook, "headlines", which also end
// without a period), so a long run (four words or more) with an organization word and no name
// connector (of, for, and, the) in a headline, that is no generic or known name, is a name only
// when the article writes it so again, as for persons in nameChunk.
func headlineClause(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if !st.Headline || proseFinalPeriod(d, st) || te-ts < 3 || te-ts == 3 && !headBeforeLast(d.Lx, st, ts, te) {
		return false
	}
	name := d.SpanText(st, ts, te)
	generic := GenericName(d.Lx, name)
	if generic {
		// a generic body's name ends in its head ("Central Bank", "Supreme Court": English
		// premodification, Quirk et al. 17.2); common words after the head are the headline's
		// predicate ("Central Bank Holds Rates")
		_, headLast := d.Lx.OrgWords[strings.TrimSuffix(st.Toks[te-1].Lower, "'s")]
		generic = headLast
	}
	return !generic && KnownByName(d, name) == nil && strings.Count(d.C.Article.Text, name) < 2 && !connectorInside(st, ts, te)
}

// headlineOnlyRun reports a capitalized run [ts, te) of a headline that the article never writes
// again: headline style capitalizes every content word (AP Stylebook, "headlines"), so "Kyiv
// Threatens Trade Complaint" may be a capital and the rest of its clause; the run is a name only
// when the article writes it so elsewhere (as orgChunk and nameChunk require of headline runs).
func headlineOnlyRun(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if !st.Headline && !subheadLine(d, st) {
		return false
	}
	name := d.SpanText(st, ts, te)
	return KnownByName(d, name) == nil && strings.Count(d.C.Article.Text, name) < 2
}

// headlineVerbBefore is ts+1 for a headline's run [ts, te) that opens the headline or follows
// its comma with a common word, when the article never writes the whole run again but writes the
// run without that word ("NLC Rejects Tariff, Gives Federal Government 14-Day Ultimatum" and "the
// Federal Government" in the body): headline style capitalizes every word and strings predicates
// with commas (AP Stylebook, "headlines"), so the word is the headline's verb, no part of the
// name. A run inside a longer name ("House of Commons Defence Committee") is left alone. It
// returns ts otherwise.
func headlineVerbBefore(d *doc.Doc, st *doc.Sent, ts, te int) int {
	if !st.Headline || te-ts < 3 || proseFinalPeriod(d, st) || KnownByName(d, d.SpanText(st, ts, te)) != nil ||
		ts > 0 && st.Toks[ts-1].Text != "," || !d.Lx.Common[st.Toks[ts].Lower] || connectorWord(st.Toks[ts+1].Lower) ||
		strings.Count(d.C.Article.Text, d.SpanText(st, ts, te)) >= 2 || strings.Count(d.C.Article.Text, d.SpanText(st, ts+1, te)) < 2 {
		return ts
	}
	return ts + 1
}

// headlineCommonPhrase reports a headline's run [ts, te) after its comma that opens with a common
// word (the headline's verb, as in headlineVerbBefore) when the article never writes the run again
// but writes the rest of it in lower case ("HRCP Alarmed by …, Demands Judicial Commission" over
// "an independent judicial commission" in the body): headline style capitalizes every word (AP
// Stylebook, "headlines"), and the body's lower case says the words are a common noun phrase,
// no name, so the run names no actor.
func headlineCommonPhrase(d *doc.Doc, st *doc.Sent, ts, te int) bool {
	if !st.Headline || te-ts < 3 || ts == 0 || st.Toks[ts-1].Text != "," || proseFinalPeriod(d, st) ||
		!d.Lx.Common[st.Toks[ts].Lower] || connectorWord(st.Toks[ts+1].Lower) || KnownByName(d, d.SpanText(st, ts, te)) != nil {
		return false
	}
	text := d.C.Article.Text
	rest := d.SpanText(st, ts+1, te)
	return strings.Count(text, d.SpanText(st, ts, te)) < 2 && strings.Count(text, rest) < 2 && strings.Contains(text, strings.ToLower(rest))
}

// connectorWord reports a name's inner connector (of, for, and, the, on).
func connectorWord(w string) bool {
	return w == "of" || w == "for" || w == "and" || w == "the" || w == "on" || w == "&"
}

// proseFinalPeriod reports a headline-case sentence that ends with a period and is not the
// article's title. Headlines take no final period (AP Stylebook, "headlines"), so a period marks a
// line of prose made of names ("Ministers Met Officials."); but the title line input took as the
// headline by its capitals (input.headlineCaseFirstLine: plain-text archives such as PolNeAR end
// every headline with a period) is a headline whatever its last character.
func proseFinalPeriod(d *doc.Doc, st *doc.Sent) bool {
	return st.Toks[len(st.Toks)-1].Text == "." && !(d.C.Article.Title != "" && st.S.Paragraph == 0)
}
