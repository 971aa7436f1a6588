package loader

import "testing"

// Actor-layer rules for names and collectives that English news takes from other languages and
// from political reporting, each on invented sentences (no eval or held-out wording).
func TestActorForeignNamesAndCollectives(t *testing.T) {
	runCases(t, []exCase{
		// name particles in persons (several in a row) and connectors inside organizations
		{"runs of name particles in a person's name", "Dutch lawmaker Pieter van den Berg rejected the proposal. Former minister María de los Ángeles Ruiz said the deal was fair.",
			[]string{"PERSON Pieter van den Berg", "OPPOSES Pieter van den Berg -> proposal", "PERSON María de los Ángeles Ruiz"}},
		{"connectors inside Spanish, Portuguese and French organization names", "The Federación Nacional de Cafeteros criticized the tariff. The Partido dos Trabalhadores rejected the budget. The Confédération générale du Travail called for a strike.",
			[]string{"ORGANIZATION Federación Nacional de Cafeteros", "OPPOSES Federación Nacional de Cafeteros -> tariff", "ORGANIZATION Partido dos Trabalhadores", "OPPOSES Partido dos Trabalhadores -> budget"}},
		{"a place is not an organization with a connector", "Flights from Charles de Gaulle Airport were cancelled.",
			[]string{"!actor Charles de Gaulle Airport", "!actor Charles de Gaulle"}},
		// org:acronym-expansion
		{"a run of names before its acronym is an organization", "The Coastal Ferry Workers Association (CFWA) said it opposed the new timetable. The Asociación Nacional de Empresarios (ANDE) backed the reform.",
			[]string{"ORGANIZATION Coastal Ferry Workers Association", "alias Coastal Ferry Workers Association = CFWA", "ORGANIZATION Asociación Nacional de Empresarios", "alias Asociación Nacional de Empresarios = ANDE"}},
		{"initials that differ make no organization", "Rain in Northern Valley (NX) delayed the harvest.",
			[]string{"!actor Northern Valley", "!actor NX"}},
		// a portfolio list inside a ministry's name
		{"portfolio lists in a body's name", "Canada's Department of Fisheries, Oceans and the Coast Guard rejected the quota. The Ministry of Environment, Forests and Climate Change said it supported the ban.",
			[]string{"GOVERNMENT Department of Fisheries, Oceans and the Coast Guard (Canada)", "OPPOSES Department of Fisheries, Oceans and the Coast Guard -> quota",
				"GOVERNMENT Ministry of Environment, Forests and Climate Change", "!actor Forests", "!actor Climate Change"}},
		{"a list of actors after a body is not its portfolios", "The Ministry of Finance, Spain and Italy opposed the levy.",
			[]string{"GOVERNMENT Ministry of Finance", "COUNTRY Spain", "COUNTRY Italy", "OPPOSES Spain -> levy"}},
		// group:collective
		{"the opposition is an actor", "The opposition rejected the budget on Monday. In Caracas, opposition parties said they would boycott the vote.",
			[]string{"GROUP opposition", "mention opposition = group:collective", "OPPOSES opposition -> budget", "GROUP opposition parties"}},
		{"a country's opposition", "Belarus's opposition called for new elections. Talks between the opposition and the government broke down.",
			[]string{"GROUP Belarus opposition", "DEMANDS Belarus opposition -> elections", "!MEMBER_OF Belarus opposition -> Belarus"}},
		{"opposition as a stance or a modifier is no actor", "The farmers voiced strong opposition to the tariffs. The opposition Green Party welcomed the ruling. The opposition leader, Ana Ruiz, resigned.",
			[]string{"!actor opposition", "ORGANIZATION Green Party"}},
		// gov:administration with "regime" and an unread surname
		{"a ruler's surname with regime or government", "The Lukashenko regime dismissed the report. The Ortega government rejected the sanctions.",
			[]string{"GOVERNMENT Lukashenko regime", "GOVERNMENT Ortega government", "OPPOSES Ortega government -> sanctions"}},
		// appositive:possessor with "its"
		{"its title, Name: the body or country named before", "The Dockworkers' Federation threatened a strike. Its president, Marta Quiroga, said talks had failed. Chile stayed silent. Its finance minister, Rafael Soto, declined to comment.",
			[]string{"MEMBER_OF Marta Quiroga -> Dockworkers' Federation", "role Marta Quiroga = president", "MEMBER_OF Rafael Soto -> Chile"}},
		// a known name inside a longer one; "Community" names an organization
		{"a known name as the tail of a longer name", "The plan was approved by the National Security Council on Monday. The Supreme Security Council rejected it.",
			[]string{"actor National Security Council", "!actor UN Security Council", "actor Supreme Security Council"}},
		{"regional communities", "The Caribbean Community urged calm. The Economic Community of Central African States rejected the plan.",
			[]string{"ORGANIZATION Caribbean Community", "ORGANIZATION Economic Community of Central African States", "OPPOSES Economic Community of Central African States -> plan"}},
		// "Cabinet Secretary": Kenya's ministers, Japan's chief government spokesperson
		{"cabinet secretary titles", "Energy Cabinet Secretary Joseph Mwangi rejected the tariff. Japan's Chief Cabinet Secretary Kenji Sato said talks would resume.",
			[]string{"PERSON Joseph Mwangi", "!actor Energy Cabinet", "OPPOSES Joseph Mwangi -> tariff", "MEMBER_OF Kenji Sato -> Japan"}},
		// venues, document labels and place lines are not actors
		{"venues and document labels", "Readout\n\nOffice of the Spokesperson\n\nWashington, DC\n\nThe Roosevelt Room meeting ended early. Press Statement: the minister welcomed the decision.",
			[]string{"!actor DC", "!actor Roosevelt Room", "!actor Press Statement", "!actor Readout"}},
		{"a state code after a city is a place", "AUSTIN, TX — The Texas Farm Bureau opposed the rule. Reporters in Denver, CO said little.",
			[]string{"!actor TX", "!actor CO", "actor Texas Farm Bureau"}},
	})
}
