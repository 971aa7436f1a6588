package discourse

import (
	"strings"
	"testing"
)

// TestDashSignature (author18): a statement, letter or op-ed that speaks in the first person and
// closes with its author's name after a dash ("— Anna Lipska, Minister of Foreign Affairs") is
// that author's: every paragraph before the sign-off takes the name as its title speaker, the
// sign-off line is furniture. Near misses: a dash line right under a quotation alone signs that
// quotation (quote:dash-line); a story with no first person outside quotation marks has no
// author; a quotation that names its own speaker ("“…,” Y told reporters.") is not the dash
// line's. Invented wordings.
func TestDashSignature(t *testing.T) {
	for _, doc := range []string{
		"Statement on the Closure of the Border\n\nI strongly oppose the closure of the northern border.\n\nWe call on the government to reopen the crossings.\n\n\u2014 Anna Lipska, Minister of Foreign Affairs",
		"Letter to the Fishing Communities\n\nMy government will not abandon the coastal towns.\n\n\u201cI will not resign,\u201d the interior minister, Tomas Berg, told reporters.\n\n\u2014 Erik Dahl, Prime Minister",
	} {
		got := describe(doc)
		if !strings.Contains(got[1], "title title:speaker [") || !strings.HasSuffix(got[len(got)-1], "*") {
			t.Errorf("%q: got %q", doc[:30], got)
		}
		for _, g := range got[:len(got)-1] {
			if strings.Contains(g, "dash-line") {
				t.Errorf("%q: the sign-off signs a quotation: %q", doc[:30], got)
			}
		}
	}
	for _, doc := range []string{
		// a quotation alone above the dash line: the line names its speaker
		"Envoys meet in Geneva\n\nThe envoys met for three hours on Monday.\n\n\u201cWe will not back down.\u201d\n\n\u2014 Deputy Envoy Rina Solk",
		// a story: no first person outside quotation marks
		"Border closes\n\nThe government closed the northern border on Monday.\n\nTraders said the queues reached ten kilometres.\n\n\u2014 Anna Lipska, Minister of Foreign Affairs",
	} {
		for _, g := range describe(doc) {
			if strings.HasPrefix(g, "title ") {
				t.Errorf("%q: a title speaker: %q", doc[:20], describe(doc))
				break
			}
		}
	}
	if got := describe("Envoys meet in Geneva\n\nThe envoys met for three hours on Monday.\n\n\u201cWe will not back down.\u201d\n\n\u2014 Deputy Envoy Rina Solk"); !strings.Contains(got[2], "quote:dash-line") {
		t.Errorf("the quotation alone is not the dash line's: %q", got)
	}
	if got := describe("Border talks\n\nThe envoys met on Monday.\n\n\u201cWe will not back down,\u201d the interior minister, Tomas Berg, told reporters.\n\n\u2014 Anna Lipska, Minister of Foreign Affairs"); strings.Contains(got[2], "dash-line") {
		t.Errorf("a quotation with its own attribution is signed by the dash line: %q", got)
	}
}

// TestDashBylineHeading (author18): a heading noun set off by a dash from the author's byline on
// the same line ("Press Statement — Helena Marsh, Minister of Trade") names the speaker of a
// text in the first person. Near misses: the same header over a text with no first person
// outside quotation marks (a report of the statement), and a heading noun with a colon before a
// headline ("Statement: The Ministry of Energy rejects …"). Invented wordings.
func TestDashBylineHeading(t *testing.T) {
	got := describe("Press Statement \u2014 Helena Marsh, Minister of Trade\n\nI condemn the new duties on salmon. We will not accept quotas.")
	if len(got) != 2 || got[0] != "- title:speaker [Helena Marsh] *" || got[1] != "title title:speaker [Helena Marsh]" {
		t.Errorf("dash byline: got %q", got)
	}
	for _, doc := range []string{
		"Press Statement \u2014 Helena Marsh, Minister of Trade\n\nThe minister condemned the new duties on salmon.",
		"Statement: The Ministry of Energy Rejects the Tariff\n\nThe ministry condemned the new duties on salmon.",
	} {
		for _, g := range describe(doc) {
			if strings.Contains(g, "title:speaker [Helena") || strings.Contains(g, "title:speaker [The Ministry") {
				t.Errorf("%q: a title speaker: %q", doc[:25], describe(doc))
				break
			}
		}
	}
}

// TestBylineAboveHeading (author18): a person's byline right above a heading noun alone
// ("Antonia Reyes, Foreign Minister" over "Press Statement", as a plain-text copy's header puts
// its longest line first) names the speaker of a first-person text; a body's letterhead there
// stays the issuer, and with no first person the byline names no one. Invented wordings.
func TestBylineAboveHeading(t *testing.T) {
	got := describe("Antonia Reyes, Foreign Minister\n\nPress Statement\n\nI call on the government to return to the table.")
	if got[len(got)-1] != "title title:speaker [Antonia Reyes]" {
		t.Errorf("byline above the heading: got %q", got)
	}
	got = describe("Antonia Reyes, Foreign Minister\n\nPress Statement\n\nThe minister called on the government to return to the table.")
	if strings.HasPrefix(got[len(got)-1], "title ") {
		t.Errorf("a third-person text has a title speaker: %q", got)
	}
	got = describe("AFRICAN UNION\n\nPRESS STATEMENT\n\nThe Commission condemns the attack.")
	if got[len(got)-1] != "title title:speaker [AFRICAN UNION]" {
		t.Errorf("the letterhead is no longer the issuer: %q", got)
	}
}
