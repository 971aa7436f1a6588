package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// A "From X:" lead-in whose X names nobody ends the block before it: the paragraphs after it are
// not the previous lead-in's speaker's (colonLineBetween, speaker_quotes.go; fromLine,
// discourse/leadin.go), in plain text and in HTML, quoted or not. Invented sentences.
func TestUnresolvedLeadInInheritsNothing(t *testing.T) {
	const quoted = "Ministers met in Tarvo on Monday.\n\nFrom Harbour Minister Ines Valtari:\n\n\u201cWe reject the dredging levy.\u201d\n\nFrom our correspondent:\n\n\u201cWe oppose the salmon quota and we condemn the port closure.\u201d\n"
	const plain = "Ministers met in Tarvo on Monday.\n\nFrom Harbour Minister Ines Valtari:\n\nWe reject the dredging levy.\n\nFrom the usual sources, late:\n\nWe oppose the salmon quota and we condemn the port closure.\n"
	const page = `<html><head><title>Reactions to the port plan</title></head><body><article>
<h1>Reactions to the port plan</h1>
<p>Ministers met in Tarvo on Monday.</p>
<p>From Harbour Minister Ines Valtari:</p>
<p>We reject the dredging levy.</p>
<p>From our correspondent:</p>
<p>&ldquo;We oppose the salmon quota and we condemn the port closure.&rdquo;</p>
<p>From the Coastal Fishermen's Association:</p>
<p>&ldquo;We support the dredging levy.&rdquo;</p>
</article></body></html>`
	want := []string{"OPPOSES Ines Valtari -> dredging levy", "!OPPOSES Ines Valtari -> salmon quota", "!OPPOSES Ines Valtari -> port closure",
		"!CLAIMS Ines Valtari -> salmon quota"}
	for _, c := range []struct {
		name string
		doc  input.Document
		more []string
	}{
		{"text, quoted blocks", input.Document{Source: "q.txt", Text: quoted}, nil},
		{"text, plain blocks", input.Document{Source: "p.txt", Text: plain}, nil},
		// the third lead-in names a body with a descriptive genitive inside its name
		{"html", input.Document{Source: "r.html", HTML: page}, []string{"SUPPORTS Coastal Fishermen's Association -> dredging levy", "!SUPPORTS Ines Valtari -> dredging levy"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			checkExpect(t, extractDoc(t, c.doc), append(append([]string{}, want...), c.more...))
		})
	}
}
