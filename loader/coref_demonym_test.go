package loader

import "testing"

// Descriptions restricted by a nationality, "the country's", or a numeral compound, the head of a
// state body's name and subject salience among descriptions' candidates (coref_demonym.go,
// coref_descriptions.go); each on invented sentences, with near misses.
func TestNationalDescriptions(t *testing.T) {
	runCases(t, []exCase{
		{"the <Demonym> leader: the head of state of that country, not the other one named", "Chilean President Rosa Fuentes met Peruvian President Tomas Ayala in Lima. The Peruvian leader accused Chile of blocking the port.",
			[]string{"OPPOSES Tomas Ayala -> Chile", "!OPPOSES Rosa Fuentes"}},
		{"a demonym of two words: South, not North", "North Korean Premier Pak Chol met South Korean President Han Min-jun at the border. The South Korean leader urged Pyongyang to halt missile tests.",
			[]string{"DEMANDS Han Min-jun -> halting missile tests", "!DEMANDS Chol"}},
		{"near miss: a leader of another country takes no one", "Chilean President Rosa Fuentes visited Lima on Monday. The Bolivian leader rejected the water plan.",
			[]string{"!OPPOSES Rosa Fuentes"}},
		{"near miss: a minister is no leader", "Chilean Trade Minister Rosa Fuentes visited Lima on Monday. The Chilean leader rejected the water plan.",
			[]string{"!OPPOSES Rosa Fuentes"}},
		{"the <Demonym> bank: the body of that country", "Egypt's central bank raised its main rate on Thursday. The Egyptian bank said inflation would ease by June.",
			[]string{"CLAIMS Central Bank (Egypt) -> inflation would ease"}},
		{"near miss: a bank of another nationality is not the one named", "Egypt's central bank raised its main rate on Thursday. The Moroccan bank said inflation would ease by June.",
			[]string{"!CLAIMS Central Bank (Egypt)"}},
		{"the country's <body>", "Ghana's central bank raised its policy rate on Friday. The country's central bank said the cedi would recover.",
			[]string{"CLAIMS Central Bank (Ghana) -> cedi would recover"}},
		{"the <head> of a state body's name", "Egypt's central bank raised its main rate on Thursday. The bank said the pound would stay stable.",
			[]string{"CLAIMS Central Bank (Egypt) -> pound would stay stable"}},
		{"the company: the subject outranks a company inside the object", "Nordwind Shipping rejected a complaint from Baltic Freight Ltd on Monday. The company said the contract was void.",
			[]string{"CLAIMS Nordwind Shipping -> contract was void", "!CLAIMS Baltic Freight"}},
		{"the <N>-nation bloc: a numeral compound neither names nor blocks", "The Economic Community of West African States suspended Guinea on Friday. The 15-nation bloc urged the junta to hold elections.",
			[]string{"DEMANDS Economic Community of West African States -> holding elections"}},
		{"the league after a league", "The Arab League met in Cairo on Sunday. The league urged Sudan's generals to accept a truce.",
			[]string{"DEMANDS Arab League -> accepting a truce"}},
	})
}
