package discourse

// timestampBeforeColon finds a recording's timestamp set between a speaker's label and its colon,
// "Laura Whitcomb (00:03):", "Speaker 1 (01:45:10):": the transcription services' convention of
// Rev (rev.com transcripts of press briefings and hearings), which clock each turn after the
// speaker's name where Otter and podcast transcripts clock it before ("[00:00:31] Name:",
// timestampEnd). It returns the index of the timestamp's opening bracket among ts and the number
// of its tokens (brackets included) when the first token after it is the label's colon, within
// the eight words a label may have after t0; else (0, 0). A parenthesis of words ("Q (Reuters):")
// or a time of day is no such timestamp (timestampEnd wants digits joined by colons).
func timestampBeforeColon(ts []tok, t0 int) (int, int) {
	for k := t0 + 1; k < len(ts) && k < t0+10; k++ {
		if ts[k].text == ":" {
			return 0, 0 // the label's own colon comes first: no clock inside it
		}
		if ts[k].text != "(" && ts[k].text != "[" {
			continue
		}
		if m := timestampEnd(ts[k:]); m > 0 && k+m < len(ts) && ts[k+m].text == ":" {
			return k, m
		}
		return 0, 0
	}
	return 0, 0
}

// dropTimestamp returns ts without the m tokens of the timestamp at k, in a new slice (the
// analyzer's tokens stay as they are).
func dropTimestamp(ts []tok, k, m int) []tok {
	out := make([]tok, 0, len(ts)-m)
	out = append(out, ts[:k]...)
	return append(out, ts[k+m:]...)
}

// clockAfterColon returns the number of tokens of a recording's timestamp that opens ts, the
// words after a label's colon ("Dmitry Peskov: (09:51)", "Speaker 2: (03:40)"), with or without
// words after it on the line; else 0. Rev's transcripts of press conferences set the clock after
// the colon, the turn's words on the next line (rev.com, "Vladimir Putin Annual Press Conference
// Transcript 2020"; the older layout clocks before the colon, timestampBeforeColon). The clock
// is no part of the turn's words, nor is a label followed by a clock alone a tally ("Hillary
// Clinton: 1,769.").
func clockAfterColon(ts []tok) int {
	if len(ts) < 5 || ts[0].text != "(" && ts[0].text != "[" {
		return 0
	}
	// timestampEnd wants a word after the clock; give it the clock with a sentinel token
	probe := append(append([]tok{}, ts...), tok{text: "x"})
	m := timestampEnd(probe)
	if m == 0 || m > len(ts) {
		return 0
	}
	return m
}
