package loader

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestDebugWireParse prints, for each sentence of the articles in $CLAIMGRAPH_PARSE (a file, or
// the text itself; one article a line, "\n" in it a paragraph break, a line starting with "<"
// HTML), the parse the relations stage sees (after the wire-prose rules of relation_wire.go) and
// the article's relations. A development aid: skipped without the variable.
func TestDebugWireParse(t *testing.T) {
	p := os.Getenv("CLAIMGRAPH_PARSE")
	if p == "" {
		t.Skip("set CLAIMGRAPH_PARSE=file-or-text to print the relations stage's parses")
	}
	text := p
	if b, err := os.ReadFile(p); err == nil {
		text = string(b)
	}
	for _, para := range strings.Split(text, "\n") {
		if strings.TrimSpace(para) == "" {
			continue
		}
		doc := input.Document{Source: "debug", Text: strings.ReplaceAll(para, `\n`, "\n")}
		if strings.HasPrefix(para, "<") {
			doc = input.Document{Source: "debug.html", HTML: para}
		}
		d := resolvedDoc(t, doc)
		for _, st := range d.Sents {
			fmt.Printf("# [p%d] %s\n", st.S.Paragraph, st.S.Text)
			for _, m := range d.Mentions {
				if m.Sent == st.Idx {
					fmt.Printf("  mention %q -> %s %q (%s)\n", d.SpanText(st, m.Ts, m.Te), m.Ent.Final().Kind, m.Ent.Final().Name, m.Rule)
				}
			}
			// forced, so that a sentence the tagger leaves without a cue candidate shows its tags
			fs, tagged := d.parseSentenceFor(st, true)
			if !tagged {
				fmt.Println("  (no tagged cue candidate: the relations stage does not parse it)")
			}
			for i, tk := range fs.toks {
				fmt.Printf("  %2d %-16s %-5s %-4s %2d %s\n", i, tk.Form, tk.UPOS, tk.XPOS, tk.Head, tk.DepRel)
			}
		}
		g := extractDoc(t, doc)
		v := view(g)
		for _, r := range g.Relations {
			fmt.Printf("  => %s %s -> %s\n", r.Type, v.label(r.Source), v.label(r.Target))
		}
	}
}
