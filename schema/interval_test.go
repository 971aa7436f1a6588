package schema

import (
	"slices"
	"strings"
	"testing"
)

// TestTimelineYearAndAllowedIntervals: timeline(interval: YEAR) and QUARTER answer; an interval
// close to no value is BAD_ARGUMENT listing the allowed values (extensions.allowed), not
// graphql-go's bare "Expected type Interval" (nu20 finding A3).
func TestTimelineYearAndAllowedIntervals(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	var y struct {
		Timeline struct {
			Buckets []struct {
				Period string `json:"period"`
			} `json:"buckets"`
		} `json:"timeline"`
	}
	ts.query(t, `{ timeline(interval: YEAR, types: [SANCTIONS]) { buckets { period } } }`, nil).decode(t, &y)
	if len(y.Timeline.Buckets) != 1 || y.Timeline.Buckets[0].Period != "2018-01-01" {
		t.Errorf("yearly sanctions: %+v", y.Timeline.Buckets)
	}
	ts.query(t, `{ timeline(interval: QUARTER, types: [SANCTIONS]) { buckets { period } } }`, nil).decode(t, &y)
	if len(y.Timeline.Buckets) != 1 || y.Timeline.Buckets[0].Period != "2018-04-01" {
		t.Errorf("quarterly sanctions: %+v", y.Timeline.Buckets)
	}
	r := ts.query(t, `{ timeline(interval: FORTNIGHT) { undated } }`, nil)
	if len(r.Errors) != 1 {
		t.Fatalf("errors %+v, want one", r.Errors)
	}
	e := r.Errors[0]
	if !strings.Contains(e.Message, "Allowed values: DAY, MONTH, QUARTER, WEEK, YEAR.") || e.Extensions["code"] != CodeBadArgument {
		t.Errorf("message %q, code %v", e.Message, e.Extensions["code"])
	}
	var allowed []string
	for _, v := range e.Extensions["allowed"].([]any) {
		allowed = append(allowed, v.(string))
	}
	if !slices.Equal(allowed, []string{"DAY", "MONTH", "QUARTER", "WEEK", "YEAR"}) {
		t.Errorf("extensions.allowed %v", allowed)
	}
}
