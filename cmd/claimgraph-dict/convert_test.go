package main

import (
	"strings"
	"testing"
)

func TestParseActors(t *testing.T) {
	src := "CHINA_  [CHN]\n+BEIJING_\n# State institutions\nNATIONAL_PEOPLE'S_CONGRESS\n+NPC\n\t[CHNGOVLEG]\n" +
		"JULIE_BISHOP_  # CountryInfo.txt\n\t[AUSGOV 040801-060430]\n\t[AUSGOVEDU > 060501]\n" +
		"UN_ [IGOUNO]\n"
	as, err := ParseActors("Phoenix.Countries.actors.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	got := FormatActors(MergeActors(as))
	for _, want := range []string{
		"Julie Bishop | PERSON | AUS |  | AUSGOV:20040801-20060430,AUSGOVEDU:20060501- | \n",
		"National People's Congress | GOVERNMENT | CHN | CHNGOVLEG |  | NPC\n",
		"UN | ORGANIZATION |  | IGOUNO |  | \n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "Beijing") {
		t.Errorf("a country record's city synonyms were kept:\n%s", got)
	}
}

func TestParseAgents(t *testing.T) {
	src := "!PERSON! = MAN, MEN\nBUSINESS!PERSON! [~BUS]\nPOLICE {} [~COP]\nCITY {CITIES} [~CVL]\nGOVERNMENT_RUN FIRM [~GOVBUS]\nPARTY [~PTY]\n"
	as, err := ParseAgents("agents", src)
	if err != nil {
		t.Fatal(err)
	}
	got := FormatAgents(as)
	for _, want := range []string{"businessman | businessmen | BUS\n", "police |  | COP\n", "city | cities | CVL\n", "party | parties | PTY\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	if strings.Contains(got, "firm") {
		t.Error("a pattern with words apart was kept")
	}
}

func TestParsePlaces(t *testing.T) {
	src := "SWITZERLAND_  [CHE]\n+SWISS_\n+GENEVA_\n+LAKE_GENEVA_ # a lake\nMICHELINE_CALMY-REY_  # CountryInfo.txt\n+CALMY_REY_\n\t[CHEGOV 030101-111231]\n" +
		"FRANCE_ [FRA]\n+LYON_\n+BASEL_\nGERMANY_ [DEU]\n+BASEL_\n"
	got := FormatPlaces(ParsePlaces(src))
	for _, want := range []string{"Geneva | CHE\n", "Lake Geneva | CHE\n", "Swiss | CHE\n", "Lyon | FRA\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
	for _, not := range []string{"Calmy", "Basel"} {
		if strings.Contains(got, not) {
			t.Errorf("%s listed (a person's synonym, or a name under two countries):\n%s", not, got)
		}
	}
}

func TestDatedBodyIsNoPerson(t *testing.T) {
	OrgHeads["authority"], OrgHeads["party"] = true, true
	defer func() { delete(OrgHeads, "authority"); delete(OrgHeads, "party") }()
	src := "RURITANIAN_AUTHORITY\n\t[RURGOV >19940913]\nGENERAL_SECRETARY_OF_THE_RURITANIAN_PARTY\n\t[RURGOV 19900101-19991231]\nANA_ROSA_\n\t[RURGOV 20010101-20051231]\n"
	as, err := ParseActors("Phoenix.Countries.actors.txt", src)
	if err != nil {
		t.Fatal(err)
	}
	got := FormatActors(MergeActors(as))
	for _, want := range []string{"Ruritanian Authority | GOVERNMENT | RUR |", "General Secretary of the Ruritanian Party | PERSON |", "Ana Rosa | PERSON |"} {
		if !strings.Contains(got, want) {
			t.Errorf("missing %q in\n%s", want, got)
		}
	}
}
