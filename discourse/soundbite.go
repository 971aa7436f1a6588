package discourse

import "strings"

// productionCodes are the cue words of broadcast news scripts that mark a paragraph as a piece of
// tape or a read, set in capitals before the label of the speaker heard on it: "SOT Ahmed Karimi,
// Foreign Minister (Farsi): …", "VO The ministers met in Geneva." They name the kind of audio,
// never who speaks. Sources: R. A. Papper, Broadcast News and Writing Stylebook (script terms
// SOT "sound on tape", VO "voice-over", VO/SOT, NATS "natural sound", SOUNDBITE, BITE); the AP
// Broadcast News Handbook (radio ACTUALITY, CLIP; ACT is left out, being also a party's name);
// BBC script style (SYNC, a clip with synchronised sound; UPSOT).
var productionCodes = map[string]bool{
	"sot": true, "vo": true, "vosot": true, "nats": true, "soundbite": true, "bite": true,
	"actuality": true, "clip": true, "sync": true, "upsot": true,
}

// productionCodeEnd returns the index of the first token after the production code opening ts at
// k ("SOT", "VO/SOT", "(SOT)", "SOT:", "CLIP -"), or k when none does. The code is in capitals and
// a capitalized word follows it: the label of the speaker heard. "VO" is also a Vietnamese
// surname (Vo Van Kiet), so it counts only before a word not in capitals ("VO The ministers …",
// "VO Ahmed Karimi, …"), never in a label set all in capitals ("VO VAN KIET:").
func productionCodeEnd(ts []tok, k int) int {
	j := k
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
	if j < len(ts) && (ts[j].text == ":" || isDash(ts[j].text)) {
		j++
	}
	if j >= len(ts) || !isWord(ts[j]) || !upperFirst(ts[j].text) {
		return k
	}
	return j
}
