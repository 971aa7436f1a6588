package graph

import "strings"

// headOfficeWords are the titles of a head of state or government as news writes them before a
// name (AP Stylebook, "titles": President, Prime Minister, Chancellor, King …; the heads'
// titles of data/lexicons/titles.txt class state).
var headOfficeWords = []string{"president", "prime minister", "premier", "chancellor", "king", "queen", "emperor", "emir", "sultan"}

// headOfficeTimes are the words that place a formal title in time ("former President", "the late
// King"; AP Stylebook, "former", "titles").
var headOfficeTimes = []string{"", "former ", "then ", "late ", "the late ", "ex "}

// headOfficeTitle reports a formal head-of-state title as a whole ("President", "former Prime
// Minister"), not a description holding the word ("president of the think tank", "Clinton
// supporter and president").
func headOfficeTitle(title string) bool {
	l := strings.Join(strings.Fields(strings.ToLower(strings.ReplaceAll(title, "-", " "))), " ")
	for _, w := range headOfficeWords {
		for _, p := range headOfficeTimes {
			if l == p+w {
				return true
			}
		}
	}
	return false
}

// headOfficeLine reports a role title that holds a head-of-state word anywhere ("Vice President",
// "President-elect", "president of the think tank"): an office of that line or of that name,
// which a head-of-state title written elsewhere does not contradict.
func headOfficeLine(title string) bool {
	l := " " + strings.ToLower(strings.ReplaceAll(title, "-", " ")) + " "
	for _, w := range headOfficeWords {
		if strings.Contains(l, " "+w+" ") {
			return true
		}
	}
	return false
}

// officesContradict reports two persons whose role titles cannot be one person's: one was given
// a formal head-of-state title ("President Ford") and the other holds roles, none of them naming
// such an office ("former American ambassador"). A person named by surname alone is identified by
// the title written with it (AP Stylebook, "titles": a formal title before a name), so a namesake
// who never held the office is another person. Roles may be missing on either side: then
// nothing contradicts.
func officesContradict(a, b *Node) bool {
	if a.Kind != Person || b.Kind != Person || len(a.Roles) == 0 || len(b.Roles) == 0 {
		return false
	}
	return holds(a, headOfficeTitle) && !holds(b, headOfficeLine) || holds(b, headOfficeTitle) && !holds(a, headOfficeLine)
}

func holds(n *Node, f func(string) bool) bool {
	for _, r := range n.Roles {
		if f(r.Title) {
			return true
		}
	}
	return false
}
