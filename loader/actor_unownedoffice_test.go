package loader

import (
	"testing"

	"github.com/claimgraph/claimgraph/input"
)

// TestUnownedOfficeName: a bare "Defense Secretary X" in a story that does not make the title the
// United States' (titles.txt ties it to the Pentagon) holds a generic "Department of Defense", no
// member of the Pentagon (bodyEntity, unownedOfficeName); near miss: a Washington story that names
// the United States keeps the Pentagon.
func TestUnownedOfficeName(t *testing.T) {
	checkExpect(t, extractDoc(t, input.Document{Source: "a.txt", Text: "NAIROBI, June 3 (Reuters) - Defense Secretary Amina Odhiambo said on Monday that Kenya would send more troops to the border with Somalia."}),
		[]string{"MEMBER_OF Amina Odhiambo -> Department of Defense", "!MEMBER_OF Amina Odhiambo -> Pentagon"})
	checkExpect(t, extractDoc(t, input.Document{Source: "b.txt", Text: "SEOUL, June 3 - Defense Secretary Lee Jun-ho said on Monday that South Korea would hold joint drills with Japan."}),
		[]string{"!MEMBER_OF Lee Jun-ho -> Pentagon"})
	checkExpect(t, extractDoc(t, input.Document{Source: "c.txt", Text: "WASHINGTON, June 3 - Defense Secretary John Harlan said on Monday that the United States would send more ships to the Red Sea."}),
		[]string{"MEMBER_OF John Harlan -> Pentagon"})
}
