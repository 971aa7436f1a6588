package discourse

import (
	"regexp"
	"strings"
)

// clockTime matches a time of day written with a colon ("3:12", "14:05"), the form transcripts
// use in their closing and recess notes (AP Stylebook, "time of day").
var clockTime = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)

// transcriberNote reports a paragraph that is wholly a parenthesised or bracketed note holding a
// clock time: "(The briefing concluded at 3:12 p.m.)", "[Recess at 11:40 a.m.]". Official
// transcripts set the transcriber's notes on the proceedings, never a speaker's words, in
// parentheses or square brackets (US Government Publishing Office Style Manual 2016, 12.11,
// transcripts: bracketed editorial notes; Hansard's time notes); the clock time marks the note as
// one about the proceedings, not a speaker's aside. Such a note is furniture: no part of the turn
// before it, and it ends that turn.
func transcriberNote(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) < 3 {
		return false
	}
	open, close := t[0], t[len(t)-1]
	if !(open == '(' && close == ')' || open == '[' && close == ']') {
		return false
	}
	inner := t[1 : len(t)-1]
	if strings.ContainsAny(inner, "()[]") {
		return false // "(a) … (b)": more than one parenthesis, no single note
	}
	return clockTime.MatchString(inner)
}

// skipNote returns where paragraph i's words start when the turn's body at body opens with a
// transcriber's note in parentheses or brackets ("PRESIDENT X: (Interpreted from Portuguese) That
// decision …", "(As interpreted)", "[In English]", "(Laughter)"): the note is the transcriber's,
// never the speaker's words (US Government Publishing Office Style Manual 2016, 12.11, bracketed
// editorial notes in transcripts; the White House's "(As interpreted.)"). A note is at most six
// words, the first capitalized, with nothing but words and periods inside; body is returned
// unchanged otherwise, and when nothing follows the note.
func (a *analyzer) skipNote(i, body int) int {
	ts := a.toks[i]
	k := 0
	for k < len(ts) && ts[k].start < body {
		k++
	}
	if k+2 >= len(ts) || ts[k].text != "(" && ts[k].text != "[" || !isWord(ts[k+1]) || !upperFirst(ts[k+1].text) {
		return body
	}
	closer := ")"
	if ts[k].text == "[" {
		closer = "]"
	}
	words := 0
	for j := k + 1; j < len(ts) && j <= k+8; j++ {
		switch {
		case ts[j].text == closer:
			if j+1 < len(ts) && words <= 6 {
				return ts[j+1].start
			}
			return body
		case isWord(ts[j]):
			words++
		case ts[j].text != ".":
			return body
		}
	}
	return body
}

// recordingCue reports a paragraph that is wholly a broadcast transcript's cue, in capitals, for a
// recording played or a break ("(BEGIN VIDEOTAPE)", "(END VIDEO CLIP)", "(BEGIN AUDIO CLIP)",
// "(SOUNDBITE OF ARCHIVED RECORDING)", "(COMMERCIAL BREAK)"): the CNN and NPR transcripts' notes
// on the broadcast, never a speaker's words. Such a cue is furniture and ends the turn before
// it: what the recording says is the recorded speaker's, whom a label of its own names, not the
// host's who played it. An aside in the turn ("(LAUGHTER)", "(CROSSTALK)") is no such cue.
func recordingCue(text string) bool {
	t := strings.TrimSpace(text)
	if len(t) < 5 || !(t[0] == '(' && t[len(t)-1] == ')' || t[0] == '[' && t[len(t)-1] == ']') {
		return false
	}
	inner := t[1 : len(t)-1]
	if strings.ToUpper(inner) != inner || strings.ContainsAny(inner, "()[]") {
		return false
	}
	f := strings.Fields(inner)
	if len(f) < 2 || len(f) > 6 {
		return false
	}
	switch f[0] {
	case "BEGIN", "END", "START":
		return true
	case "SOUNDBITE":
		return true
	case "COMMERCIAL":
		return f[1] == "BREAK"
	}
	return false
}

// dropStrongMarks removes the Markdown marks of strong emphasis, runs of two or more "*" or "_"
// ("**Lin Yuan:** The fishing ban …", "__Q:__"), from a paragraph's tokens: a page converted to
// text keeps the bold of its labels and headings as these marks (CommonMark 0.31, §6.2
// "Emphasis and strong emphasis"), which are typography, not words, as a bold run in HTML is.
// A single "*" (a footnote's mark) stays.
func dropStrongMarks(ts []tok) []tok {
	mark := func(k int) bool { return ts[k].text == "*" || ts[k].text == "_" }
	out := ts[:0:0]
	for k := 0; k < len(ts); k++ {
		if mark(k) && (k+1 < len(ts) && mark(k+1) && ts[k+1].start == ts[k].end || k > 0 && mark(k-1) && ts[k-1].end == ts[k].start) {
			continue
		}
		out = append(out, ts[k])
	}
	return out
}
