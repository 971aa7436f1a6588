// The document's text: spans of the cleaned article by code-point offsets or token ranges.

package loader

func (d *doc) text(start, end int) string { return string(d.runes[start:end]) }

// spanText is the article text of tokens [ts, te) of st.
func (d *doc) spanText(st *sent, ts, te int) string {
	if ts >= te {
		return ""
	}
	return d.text(st.Toks[ts].Start, st.Toks[te-1].End)
}
