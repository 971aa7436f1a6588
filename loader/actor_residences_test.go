package loader

import "testing"

// TestResidenceIssuer: a statement headed only by the seat or residence of a government
// ("the Blue House", "Casa Rosada", "the Élysée", "Palazzo Chigi": data/lexicons/actors.txt,
// metonymy of place for institution, Lakoff & Johnson 1980 ch. 8) is that government's: its
// "we" and "I", in any tense or mood, are the seat's, of its state. Near misses: the seat named
// in a story's body, a visitor's quoted "we", a third-person story under such a heading.
func TestResidenceIssuer(t *testing.T) {
	runCases(t, []exCase{
		{"seat heading, present", "Statement from the Blue House on the missile launch\n\nSEOUL, March 3, 2031\n\n" +
			"We strongly condemn the launch of a ballistic missile by Veldland this morning.",
			[]string{"OPPOSES Blue House -> launch of a ballistic missile", "CLAIMS Blue House -> We strongly condemn"}},
		{"seat before noun, modal and coordinated we", "Casa Rosada statement on the fisheries dispute\n\n" +
			"We reject the naval exercises of Veldland near the islands, and we would demand that Veldland return to negotiations.",
			[]string{"OPPOSES Casa Rosada -> naval exercises", "DEMANDS Casa Rosada -> return"}},
		{"accented seat, future", "Communiqué from the Élysée\n\nPARIS, 4 May 2031\n\n" +
			"We will support the ceasefire agreed between Veldland and Ostmark. We call on both parties to respect it.",
			[]string{"SUPPORTS Elysee Palace -> ceasefire", "DEMANDS Elysee Palace -> respect"}},
		{"first person singular, perfect", "Press release of Palazzo Chigi\n\nROME, 9 June 2031\n\n" +
			"Today I spoke with the President of Ostmark, and I have urged Brussels to fund the new migration agreement.",
			[]string{"DEMANDS Palazzo Chigi -> fund"}},
	})
	runCases(t, []exCase{
		{"seat in a story's body", "Tourists flock to former palace\n\nSEOUL, March 3, 2031\n\n" +
			"Thousands of visitors toured the Blue House on Sunday. \"We reject the idea that it should close again,\" said Kim Min-ji, a teacher.",
			[]string{"!OPPOSES Blue House", "!CLAIMS Blue House"}},
		{"third person story under a seat heading", "Casa Rosada statement on the fisheries dispute\n\n" +
			"The minister rejected the naval exercises of Veldland, officials said on Monday.",
			[]string{"!OPPOSES Casa Rosada", "!CLAIMS Casa Rosada"}},
	})
}
