package discourse

import (
	"strings"
	"unicode"
)

// Headings behind a reference code or a record noun (issuer22).
//
// A ministry numbers its releases and sets the number, often with the date, before the title
// on the same line: "No: 214, 3 March 2025, Press Release Regarding …", "No:77/31, Statement of
// the Ministry of Trade of …", "Nr. 45/2029 - Press Statement of the Office of …" (the serial
// numbers of the Turkish, Azerbaijani and Central Asian foreign ministries' releases; AP
// Stylebook, "No.": the abbreviation of number before a figure). The code identifies the text in
// the issuer's series; it is no part of the title, whose speaker titleSpeaker reads after it.
// And a transcript's title may name the text as the record of the event ("Record of the Press
// Conference of the Press Secretary", "Minutes of the News Conference by the Cabinet
// Secretary"): Merriam-Webster, "minutes": the official record of the proceedings of a meeting;
// "transcript": a written copy of recorded material; the heading noun after "of [the]" still
// names the event and its speaker, as after "Transcript of the" (headingSpeakerAt).

// refWords are the abbreviations and nouns that open a reference code: "No", "Nr" (German and
// Nordic "Nummer"), "Ref", "Reference", "Number".
var refWords = map[string]bool{"no": true, "nr": true, "ref": true, "reference": true, "number": true, "num": true}

// recordNouns are the nouns of a written record of an event before "of [the] <heading>"
// (Merriam-Webster: "transcript", "record", "minutes", "text": the words of a speech as
// written).
var recordNouns = map[string]bool{"transcript": true, "record": true, "minutes": true, "text": true}

// dropReference returns ts without a leading reference code: a refWord (with its "." or ":"),
// one or more groups of figures joined by "/", "-" or "." ("77/31", "214", "45/2029"), then a
// comma, colon, bar or dash; then, as the Turkish releases write it, a date (figures and month
// names) closed by a comma or dash. What remains must open with a heading noun (headingAt), else
// ts is returned unchanged: "No comment on the talks" and "Number of refugees rises" keep their
// words.
func dropReference(ts []tok) []tok {
	if len(ts) < 4 {
		return ts
	}
	k := 0
	w := strings.ToLower(ts[0].text)
	if head, num, ok := strings.Cut(w, "."); ok && refWords[head] && num != "" && hasDigit(num) {
		k = 1 // "No.77/31": the tokenizer keeps "No.77" one word
	} else {
		if !refWords[w] {
			return ts
		}
		k = 1
		if k < len(ts) && (ts[k].text == "." || ts[k].text == ":") {
			k++
		}
		if k >= len(ts) || !hasDigit(ts[k].text) {
			return ts
		}
		k++
	}
	for k+1 < len(ts) && (ts[k].text == "/" || ts[k].text == "-" || ts[k].text == ".") && hasDigit(ts[k+1].text) {
		k += 2
	}
	if k >= len(ts) || !refSeparator(ts[k].text) {
		return ts
	}
	k++
	// the date after the code: "3 March 2025," / "12.05.2031 -"
	j := k
	for j < len(ts) && (hasDigit(ts[j].text) || months[strings.ToLower(ts[j].text)] || ts[j].text == "." || ts[j].text == "/") {
		j++
	}
	if j > k && j < len(ts) && refSeparator(ts[j].text) {
		k = j + 1
	}
	if k >= len(ts) || headingAt(ts, k) == 0 {
		return ts
	}
	return ts[k:]
}

// refSeparator reports the punctuation that closes a reference code or date before the title.
func refSeparator(s string) bool {
	return s == "," || s == ":" || s == "|" || s == "-" || isDash(s)
}

func hasDigit(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return false
}
