package discourse

import "strings"

// productionCodes are the cue words of broadcast news scripts that mark a paragraph as a piece of
// tape or a read, set in capitals before the label of the speaker heard on it: "SOT Ahmed Karimi,
// Foreign Minister (Farsi): …", "VO The ministers met in Geneva." They name the kind of audio,
// never who speaks. Sources: R. A. Papper, Broadcast News and Writing Stylebook (script terms
// SOT "sound on tape", VO "voice-over", VO/SOT, NATS "natural sound", SOUNDBITE, BITE); the AP
// Broadcast News Handbook (radio ACTUALITY, CLIP; ACT is left out, being also a party's name);
// BBC script style (SYNC, a clip with synchronised sound; UPSOT); the shot lists of AP and
// Reuters video scripts (UPSOUND, natural sound brought up full, with its speakers heard).
var productionCodes = map[string]bool{
	"sot": true, "vo": true, "vosot": true, "nats": true, "soundbite": true, "bite": true,
	"actuality": true, "clip": true, "sync": true, "upsot": true, "upsound": true,
}

// productionCodeEnd returns the index of the first token after the production code opening ts at
// k ("SOT", "VO/SOT", "(SOT)", "SOT:", "CLIP -", "SOUNDBITE,"), or k when none does. The code is
// in capitals and a capitalized word follows it: the label of the speaker heard. A video
// script's shot list numbers its shots ("4. SOUNDBITE, Olena Kravets, …": AP and Reuters video
// scripts), and may give the language of the bite in parentheses after the code ("SOUNDBITE
// (English) Antony Blinken, …"): the number and the tag are no part of the label either. "VO" is also a Vietnamese
// surname (Vo Van Kiet), so it counts only before a word not in capitals ("VO The ministers …",
// "VO Ahmed Karimi, …"), never in a label set all in capitals ("VO VAN KIET:").
func productionCodeEnd(ts []tok, k int) int {
	j := k
	if j+2 < len(ts) && allDigits(ts[j].text) && ts[j+1].text == "." {
		j += 2 // the shot's number
	}
	open := j < len(ts) && (ts[j].text == "(" || ts[j].text == "[")
	if open {
		j++
	}
	codes := 0
	for j < len(ts) && isWord(ts[j]) && productionCodes[strings.ToLower(ts[j].text)] && strings.ToUpper(ts[j].text) == ts[j].text {
		vo := strings.EqualFold(ts[j].text, "vo")
		j++
		codes++
		if vo && j < len(ts) && isWord(ts[j]) && strings.ToUpper(ts[j].text) == ts[j].text && !productionCodes[strings.ToLower(ts[j].text)] {
			return k
		}
		if j+1 < len(ts) && ts[j].text == "/" {
			j++ // "VO/SOT"
		}
	}
	if codes == 0 {
		return k
	}
	if open {
		if j >= len(ts) || ts[j].text != ")" && ts[j].text != "]" {
			return k
		}
		j++
	}
	if j < len(ts) && (ts[j].text == ":" || ts[j].text == "," || isDash(ts[j].text)) {
		j++
	}
	if j+2 < len(ts) && ts[j].text == "(" && isWord(ts[j+1]) && upperFirst(ts[j+1].text) && ts[j+2].text == ")" {
		j += 3 // "(English)", the language of the bite
	}
	if j >= len(ts) || !isWord(ts[j]) || !upperFirst(ts[j].text) {
		return k
	}
	return j
}

// allDigits reports a token of digits only ("4").
func allDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return s != ""
}

// shotNumber reports a paragraph that opens a numbered shot of a video script's shot list ("3.
// Cutaway of delegates listening", "4. SOUNDBITE, …": AP and Reuters number each shot): a new
// shot, so the soundbite before it has ended.
func shotNumber(ts []tok) bool {
	return len(ts) >= 3 && allDigits(ts[0].text) && ts[1].text == "." && isWord(ts[2]) && upperFirst(ts[2].text)
}

// wholeQuote reports a paragraph whose words from body on are one quotation: a quotation mark
// opens them and one closes them, before a final period at most ("SOUNDBITE, Mehmet Aydin,
// Turkish Foreign Minister (Turkish): "Turkey rejects …"": the AP and Reuters scripts give the
// words heard on tape in quotation marks after the label that names who speaks them).
func wholeQuote(ts []tok, body int) bool {
	k := 0
	for k < len(ts) && ts[k].start < body {
		k++
	}
	n := len(ts)
	if n > 0 && ts[n-1].text == "." {
		n--
	}
	return n-k >= 3 && isQuoteMark(ts[k].text) && isQuoteMark(ts[n-1].text)
}
