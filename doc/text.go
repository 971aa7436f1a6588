// The document's text: spans of the cleaned article by code-point offsets or token ranges.

package doc

func (d *Doc) Text(start, end int) string { return string(d.Runes[start:end]) }

// SpanText is the article text of tokens [ts, te) of st.
func (d *Doc) SpanText(st *Sent, ts, te int) string {
	if ts >= te {
		return ""
	}
	return d.Text(st.Toks[ts].Start, st.Toks[te-1].End)
}
