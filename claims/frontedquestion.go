package claims

import (
	"github.com/claimgraph/claimgraph/doc"
	"github.com/claimgraph/claimgraph/surface"
)

// questionParticiples are the past participles that open a fronted non-finite clause reporting a
// journalist's question in a briefing summary ("Asked whether …, the spokesman said …", "Put to
// her that …, the spokeswoman said …", "Pressed on …, she said …"): verbs of asking and of
// putting a point to someone (Quirk et al. 1985, 15.6 and 15.58: the -ed supplementive clause,
// whose implied subject is the matrix subject as the one asked; its content is the questioner's).
var questionParticiples = map[string]bool{"asked": true, "put": true, "pressed": true, "questioned": true, "challenged": true}

// frontedQuestionEnd returns the index of the comma that closes a sentence-initial question
// clause of a briefing summary — a question participle (questionParticiples) followed by a
// clause or object opener ("whether", "if", "that", "to", "about", "on", wh-words) — and that is
// followed by the matrix clause's subject and its speech verb; -1 when the sentence has no such
// clause. What the clause reports ("Put that the mayor had said the ferry was unsafe") ends at
// that comma: the answer after it is the matrix subject's, never the question's.
func frontedQuestionEnd(d *doc.Doc, st *doc.Sent) int {
	toks := st.Toks
	if len(toks) < 6 || !questionParticiples[toks[0].Lower] {
		return -1
	}
	switch toks[1].Lower {
	case "whether", "if", "that", "to", "about", "on", "why", "what", "how", "when", "where", "who":
	default:
		return -1
	}
	for k := len(toks) - 1; k > 2; k-- {
		if _, ok := doc.AttitudeAt(d.Lx, st, k); !ok || st.InQuote[k] {
			continue
		}
		// the matrix subject, after the last comma before the verb: a mention, a pronoun, or a
		// spokesperson of a body ("the spokesman for Spain")
		src, s0, _ := surface.SubjectOf(d, st, k)
		if e, at := spokespersonOfBody(d, st, k); e != nil {
			src, s0 = e, at
		}
		if src == nil {
			continue
		}
		for c := k - 1; c > 1 && c >= s0-2; c-- {
			if toks[c].Text == "," {
				if c < s0 {
					return c
				}
				break
			}
		}
	}
	return -1
}
