package discourse

import "strings"

// dropCommaParen removes from a label's tokens a parenthesis set right before its comma: "SEN.
// ROBERT HAYES (R), OHIO:", "GEN. ALAN BRODY (RET.), SECRETARY OF DEFENSE:", CNN's transcript
// convention for a guest's first turn — the name, the party initial or "RET." (a retired
// officer's rank, AP Stylebook "military titles") in parentheses, then after the comma the state
// or office. The parenthesis qualifies the name; the label is the name and its appositive (the
// loader reads the name before the comma). A parenthesis anywhere else is left to label.
func dropCommaParen(in []tok) []tok {
	for k := 1; k+2 < len(in); k++ {
		if in[k].text != "(" {
			continue
		}
		for j := k + 1; j < len(in) && j <= k+4; j++ {
			if in[j].text == ")" {
				if j+1 < len(in) && in[j+1].text == "," {
					out := make([]tok, 0, len(in))
					out = append(out, in[:k]...)
					return append(out, in[j+1:]...)
				}
				return in
			}
		}
		return in
	}
	return in
}

// interpreterLabel reports a label that names the interpreter's voice ("Interpreter:", "Voice of
// Interpreter:", "INTERPRETER:"), the Canadian Prime Minister's Office's and CPAC's transcript
// convention for the English rendering of a turn given in French ("[speaking French]", then
// "Voice of Interpreter: …"). An interpreter speaks the words of the speaker he renders, in the
// first person: the words are that speaker's (AP Stylebook, "quotations": a translated quotation
// is attributed to its speaker), and the turn before is his.
func interpreterLabel(norm string) bool {
	f := strings.Fields(norm)
	return len(f) > 0 && len(f) <= 3 && (f[len(f)-1] == "interpreter" || f[len(f)-1] == "interpretation")
}
