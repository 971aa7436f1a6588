package graph

import "strings"

// headOfficeWords are the titles of a head of state or government as news writes them before a
// name (AP Stylebook, "titles": President, Prime Minister, Chancellor, King …; the heads'
// titles of data/lexicons/titles.txt class state). A title holding one of them ("Vice President",
// "former President", "President-elect") belongs to the same line of offices.
var headOfficeWords = []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "emir", "sultan"}

// headOfficeTitle reports a role title of the head-of-state line (headOfficeWords).
func headOfficeTitle(title string) bool {
	l := " " + strings.ToLower(strings.ReplaceAll(title, "-", " ")) + " "
	for _, w := range headOfficeWords {
		if strings.Contains(l, " "+w+" ") {
			return true
		}
	}
	return false
}

// officesContradict reports two persons whose role titles cannot be one person's: one was given
// a head-of-state title ("President Ford") and the other holds roles, none of them of that line
// ("former American ambassador"). A person named by surname alone is identified by the title
// written with it (AP Stylebook, "titles": a formal title before a name on first reference), so
// a namesake who never held the office is another person. Roles may be missing on either side:
// then nothing contradicts.
func officesContradict(a, b *Node) bool {
	if a.Kind != Person || b.Kind != Person || len(a.Roles) == 0 || len(b.Roles) == 0 {
		return false
	}
	ha, hb := holdsHeadOffice(a), holdsHeadOffice(b)
	return ha != hb
}

func holdsHeadOffice(n *Node) bool {
	for _, r := range n.Roles {
		if headOfficeTitle(r.Title) {
			return true
		}
	}
	return false
}
