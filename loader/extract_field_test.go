package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestFieldCases holds the field cases of issue 7: inputs that broke quote attribution, sentence
// splitting, NER and coreference in other tools (sentences invented, names fictional). One row per
// case; add new field cases as rows.
func TestFieldCases(t *testing.T) {
	runCases(t, []exCase{
		{"multi-paragraph quotation, news style",
			"\u201cWe will not sign,\u201d Envoy Mara Tesh said. \u201cThe draft ignores our fishing rights.\n\n\u201cIt also sets no deadline.\n\n\u201cWe will return when that changes.\u201d",
			[]string{"PERSON Mara Tesh", "CLAIMS Mara Tesh -> We will not sign",
				"CLAIMS Mara Tesh -> fishing rights", "CLAIMS Mara Tesh -> sets no deadline",
				"CLAIMS Mara Tesh -> We will return when that changes"}},
		{"appositive before said: and he added after a paragraph break",
			"Tomas Varga, a senior diplomat, said: \"The border must reopen.\n\n\"If it stays shut, trade will collapse,\" he added.",
			[]string{"PERSON Tomas Varga", "role Tomas Varga = senior diplomat",
				"CLAIMS Tomas Varga -> The border must reopen", "CLAIMS Tomas Varga -> trade will collapse",
				"rule CLAIMS Tomas Varga -> trade will collapse = quote:after"}},
		{"abbreviation at a sentence end",
			"Talks moved to the U.S. Officials in Berlo said nothing.",
			[]string{"COUNTRY United States", "!actor Berlo"}},
		{"dash attribution and a blank-line boundary",
			"'A deal is close.' \u2014 Lina Marsh\n\nThe talks resumed Monday.",
			[]string{"PERSON Lina Marsh", "rule CLAIMS Lina Marsh -> A deal is close = quote:dash", "!actor Monday"}},
		{"party and title before a name",
			"Greenfield Party MP Tessa Korr demanded a recount.",
			[]string{"PERSON Tessa Korr", "ORGANIZATION Greenfield Party", "role Tessa Korr = MP",
				"MEMBER_OF Tessa Korr -> Greenfield Party", "DEMANDS Tessa Korr -> recount"}},
		{"family name first",
			"Ruan Zongze, a former diplomat, said Beijing would respond. Mr. Ruan added that talks were possible.",
			[]string{"PERSON Ruan Zongze", "alias Ruan Zongze = Mr. Ruan", "!actor Zongze", "!actor Mr. Zongze",
				"CLAIMS Ruan Zongze -> Beijing would respond", "CLAIMS Ruan Zongze -> talks were possible"}},
		{"pronoun chains",
			"Ambassador Ruan Zongze rejected the offer. He called it hollow. Envoy Piet Largo defended it. He said it was generous.",
			[]string{"OPPOSES Ruan Zongze -> offer", "CLAIMS Ruan Zongze -> hollow", "CLAIMS Piet Largo -> generous",
				"!CLAIMS Ruan Zongze -> generous", "!CLAIMS Piet Largo -> hollow"}},
		{"target in a prepositional phrase",
			"Marenburg will withdraw its troops from Veloria.",
			[]string{"actor Marenburg", "OFFERS Marenburg -> Veloria"}},
	})
}

// TestFieldCasesHTML: bylines and captions in HTML pages (issue 7, cases 9 and 10).
func TestFieldCasesHTML(t *testing.T) {
	byline := `<html><body><article><h1>Ports reopen</h1><div class="byline">By <a rel="author">Lina Marsh</a> July 10, 2015</div>
<p>The Port Authority of Dalmora said on Tuesday that shipping would resume next week after a two-month strike ended.</p>
<p>Union leaders welcomed the agreement, which raises wages by eight percent over three years.</p></article></body></html>`
	g := extractDoc(t, input.Document{Source: "byline.html", HTML: byline})
	checkExpect(t, g, []string{"!actor Lina Marsh", "!actor Marsh"})
	if len(g.Article.Authors) != 1 || g.Article.Authors[0] != "Lina Marsh" || g.Article.PublishedAt != "2015-07-10" {
		t.Errorf("byline: authors %q, published %q; want [Lina Marsh], 2015-07-10", g.Article.Authors, g.Article.PublishedAt)
	}
	caption := `<html><body><article><h1>Minister visits the north</h1>
<figure><img src="x.jpg"><figcaption>Minister Oren Tal said "We will retaliate" at a rally last year. (Photo: Staff)</figcaption></figure>
<p>Minister Oren Tal toured three northern towns on Friday and met farmers affected by the drought.</p>
<p>The ministry said relief payments would begin next month.</p></article></body></html>`
	g = extractDoc(t, input.Document{Source: "caption.html", HTML: caption})
	checkExpect(t, g, []string{"PERSON Oren Tal", "!actor Staff", "!THREATENS Oren Tal", "!CLAIMS Oren Tal -> retaliate"})
}
