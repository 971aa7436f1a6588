package frames

import "strings"

// infinitiveComplement reports a to-infinitive complement of noun i: a clausal child (acl or
// xcomp) whose "to" mark precedes it ("a duty to preserve the records"). A noun so complemented
// takes the infinitival complementation of its related adjective or verb (Quirk et al. 1985,
// 17.31: "obligation to", "duty to"): the sense of obligation, not the sense that takes a
// prepositional target ("a duty on imports"). Read by the no-infinitive need of cue-classes.txt
// for noun lines (classCands).
func (tr *tree) infinitiveComplement(i int) bool {
	for _, r := range []string{"acl", "xcomp"} {
		for _, a := range tr.children(i, r) {
			if m := tr.child(a, "mark"); m >= 0 && strings.EqualFold(tr.t[m].Form, "to") && m < a {
				return true
			}
		}
	}
	return false
}
