package retag

import "strings"

// modalNouns are the central modals whose form is also a noun ("the will to", "a can of",
// "a must", "might").
var modalNouns = map[string]bool{"will": true, "can": true, "must": true, "might": true}

// ModalBeforeTo re-tags as a singular noun (NOUN, NN) a word the tagger read as a modal
// auxiliary (MD) when "to" (TO) and a base verb follow it: a central modal takes the bare
// infinitive, never the to-infinitive (Quirk et al. 1985, 3.40-3.42; Huddleston & Pullum 2002,
// 3.2.1; "ought to" is the marginal modal that does, and its form is no noun), so "its
// determination and will to defend its rights", "the political will to reform" is the noun
// will with its infinitive complement. Returns the number of words re-tagged.
func ModalBeforeTo(forms, upos, xpos []string) int {
	n := 0
	for i := 0; i+2 < len(forms); i++ {
		if xpos[i] != "MD" || !modalNouns[strings.ToLower(forms[i])] || xpos[i+1] != "TO" || xpos[i+2] != "VB" {
			continue
		}
		upos[i], xpos[i] = "NOUN", "NN"
		n++
	}
	return n
}
