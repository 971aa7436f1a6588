// Document helpers over one sentence's tokens and the lexicon tables: word classes that need the
// lexicons (speech and belief verbs). speechAt also reads sent.ment, the actors stage's mentions.

package loader

// speechAt reports a speech or belief verb at token i that is used as a verb (not after a
// determiner: "the report", "a statement").
func (d *doc) speechAt(st *sent, i int) (lexEntry, bool) {
	t := st.toks[i]
	e, ok := d.lx.speech[t.lower]
	if !ok || t.cap && i > 0 || st.ment[i] >= 0 {
		return e, false
	}
	if i > 0 {
		switch st.toks[i-1].lower {
		case "a", "an", "the", "this", "that", "its", "his", "her", "their", "our", "'s", "any", "no", "further", "new":
			return e, false
		}
	}
	return e, true
}
