package export

import "testing"

// TestFilterDates: from and to must be calendar dates; a month 13, a 30 February or letters are
// refused, as the GraphQL API refuses them, instead of filtering by string comparison.
func TestFilterDates(t *testing.T) {
	for _, c := range []struct {
		from, to string
		ok       bool
	}{
		{"2018-01-01", "2018-12-31", true},
		{"", "2024-02-29", true},
		{"2018-13-45", "", false},
		{"", "2018-02-30", false},
		{"2018-ab-cd", "", false},
		{"May 2018", "", false},
		{"2018-06-01", "2018-05-01", false},
	} {
		f := Filter{From: c.from, To: c.to}
		if err := f.Validate(); (err == nil) != c.ok {
			t.Errorf("from %q to %q: err = %v, want ok %v", c.from, c.to, err, c.ok)
		}
	}
}

// TestFilterMonthYear: a month or year is accepted and becomes its first day in From and its
// last in To, as in the GraphQL API (graph.DateBound).
func TestFilterMonthYear(t *testing.T) {
	f := Filter{From: "2018-05", To: "2019"}
	if err := f.Validate(); err != nil || f.From != "2018-05-01" || f.To != "2019-12-31" {
		t.Errorf("month/year: %q %q %v", f.From, f.To, err)
	}
	f = Filter{From: "2018-06", To: "2018-05"}
	if err := f.Validate(); err == nil {
		t.Error("June before May accepted")
	}
}
