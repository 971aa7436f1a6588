package loader

import "testing"

// TestVisitNoOffer (issue 13, nu15 B8): a visit or a meeting at a third location, held or
// announced, is CAMEO 042/044 and PLOVER CONSULT ("all consultations and meetings: this includes
// visiting and hosting visits, as well as meeting at a neutral location"), an event with no
// stance; an itinerary ("will visit", "will attend", "will travel to") offers the host nothing
// (cameo-types.txt 042, 044). The intent to meet is an offer when a word of intent says so
// (CAMEO 036 "offer, promise, agree to, or otherwise indicate willingness ... to meet, visit"),
// and a meeting or talks announced between parties keeps CAMEO 036 (cameo-types.txt 04); so is
// a trip whose to-infinitive of purpose offers ("to mediate", "to offer aid": Quirk 15.48,
// frames/visit.go purposeTrip), the trip's object its target.
func TestVisitNoOffer(t *testing.T) {
	mustNotFire(t, []struct{ text, not string }{
		{"Peru's foreign minister will visit Chile next week.", "found: OFFERS"},
		{"The Ghanaian president will attend the African Union summit in Addis Ababa.", "found: OFFERS"},
		{"Kenya's trade minister will travel to Tanzania on Monday for consultations.", "found: OFFERS"},
		{"Norway's prime minister said she would visit Vietnam in the spring.", "found: OFFERS"},
		{"Peru's foreign minister will visit Chile to attend the Pacific Alliance summit.", "found: OFFERS"},
		{"Peru's foreign minister will visit Chile to study its pension system.", "found: OFFERS"},
	})
	frames19Cases(t, []struct{ text, want string }{
		{"Portugal offered to host talks between Angola and Mozambique.", "OFFERS Portugal"},
		{"Egypt's president will meet with Ethiopia's prime minister at the summit.", "OFFERS Egypt -> Ethiopia"},
		{"The Kenyan president will visit Ethiopia and Eritrea to mediate in their border dispute.", "OFFERS Kenyan president -> Ethiopia"},
		{"Norway's envoy will visit Colombia to offer aid to the flood victims.", "OFFERS Norway -> Colombia"},
		{"Colombia said it was willing to resume negotiations with the rebels.", "OFFERS Colombia"},
	})
}
