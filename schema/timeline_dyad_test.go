package schema

import "testing"

// TestTimelineDyad: timeline takes source, target, sourceCountry and targetCountry as
// relations does, so one dyad over time ("what the US did to China per month") is one query
// (nu21 finding A9: "Unknown argument target on field timeline").
func TestTimelineDyad(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	type tl struct {
		Timeline struct {
			Buckets []struct {
				Period    string `json:"period"`
				Type      string `json:"type"`
				Relations int    `json:"relations"`
			} `json:"buckets"`
		} `json:"timeline"`
	}
	for _, tc := range []struct {
		name, args string
		want       []string // period/type of each bucket
	}{
		{"US to China by name", `source: "United States", target: "China"`, []string{"2018-06-01/SANCTIONS"}},
		{"China to the US by name: none", `source: "China", target: "United States"`, nil},
		{"to China's actors, by country (the fixture's US node has no code)", `targetCountry: "chn"`, []string{"2018-06-01/SANCTIONS"}},
		{"China's actors to the US, by country and name: none", `sourceCountry: "CHN", target: "United States"`, nil},
		{"from China's actors, by country", `sourceCountry: "CHN"`, []string{"2018-05-01/SUPPORTS", "2018-06-01/OPPOSES"}},
		{"target only", `target: "China", types: [SANCTIONS]`, []string{"2018-06-01/SANCTIONS"}},
		{"source only", `source: "China"`, []string{"2018-05-01/SUPPORTS", "2018-06-01/OPPOSES"}},
	} {
		var got tl
		ts.query(t, `{ timeline(`+tc.args+`) { buckets { period type relations } } }`, nil).decode(t, &got)
		var periods []string
		for _, b := range got.Timeline.Buckets {
			periods = append(periods, b.Period+"/"+b.Type)
		}
		if len(periods) != len(tc.want) {
			t.Errorf("%s: %v, want %v", tc.name, periods, tc.want)
			continue
		}
		for i := range periods {
			if periods[i] != tc.want[i] {
				t.Errorf("%s: %v, want %v", tc.name, periods, tc.want)
				break
			}
		}
	}
	if r := ts.query(t, `{ timeline(targetCountry: "ZZZ") { undated } }`, nil); r.code() != CodeBadArgument {
		t.Errorf("targetCountry ZZZ: %s", r.raw)
	}
	if r := ts.query(t, `{ timeline(target: "Atlantis") { undated } }`, nil); r.code() != CodeNotFound {
		t.Errorf("target Atlantis: %s", r.raw)
	}
}
