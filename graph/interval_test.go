package graph

import (
	"slices"
	"testing"
)

// TestTimelineQuarterAndYear: QUARTER buckets start on the first day of a calendar quarter
// (January, April, July, October), YEAR buckets on January 1; the research store's relations of
// May and June 2019 fall into one quarter (2019-04-01) and one year (2019-01-01).
func TestTimelineQuarterAndYear(t *testing.T) {
	r := newResearchStore(t)
	for iv, want := range map[Interval]string{Quarter: "2019-04-01", Year: "2019-01-01"} {
		tl, err := r.s.Timeline(ctx, RelationFilter{Node: r.cn}, iv)
		if err != nil {
			t.Fatalf("%s: %v", iv, err)
		}
		var periods []string
		for _, b := range tl.Buckets {
			if !slices.Contains(periods, b.Period) {
				periods = append(periods, b.Period)
			}
		}
		if !slices.Equal(periods, []string{want}) {
			t.Errorf("%s: periods %v, want [%s]", iv, periods, want)
		}
	}
	if _, err := r.s.Timeline(ctx, RelationFilter{}, "DECADE"); err == nil {
		t.Error("an unknown interval was accepted")
	}
}
