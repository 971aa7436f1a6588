package loader

import "testing"

// TestWholeDocID24 loads the id24 whole documents (testdata/wholedoc24/id24: demonym + agent
// nouns, three-part names beside a dictionary namesake, procedures named after a city, "his/her
// government", pronoun objects of stance verbs, "Its president" after a region; session 24) and
// checks their gold.
func TestWholeDocID24(t *testing.T) { wholeDocOpenGoldDir(t, "testdata/wholedoc24/id24") }
