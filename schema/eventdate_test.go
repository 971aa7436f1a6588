package schema

import (
	"testing"

	"github.com/claimgraph/claimgraph/graph"
)

// TestEventDateBasis: Evidence.eventDate and eventDatePrecision show the date of the event a
// sentence reports; relations(dateBasis: EVENT, from:, to:) and timeline(dateBasis: EVENT) read
// it, while the default (PUBLISHED) keeps the publication dates (nu20 finding A14).
func TestEventDateBasis(t *testing.T) {
	f := newFixture(t)
	ts := newTestServer(t, f, Options{})
	a := newArticle(t, "https://example.org/mfa-2019-05-14", "Press conference", "2019-05-14",
		"In April last year, the US declared it would raise tariffs on Chinese goods.")
	us := a.actor(graph.Country, "United States", 0, "US")
	cn := a.actor(graph.Country, "China", 0)
	a.rel(graph.Relation{Type: graph.Threatens, Source: us, Target: cn}, 0, "raise tariffs")
	a.g.Relations[0].Evidence[0].EventDate, a.g.Relations[0].Evidence[0].EventDatePrecision = "2018-04-01", "MONTH"
	f.merge(t, a)

	type rels struct {
		Relations struct {
			Nodes []struct {
				Type     string
				Evidence []struct {
					EventDate          *string
					EventDatePrecision *string
				}
			}
		}
	}
	var d rels
	ts.query(t, `{ relations(dateBasis: EVENT, from: "2018-04", to: "2018-04") { nodes { type evidence { eventDate eventDatePrecision } } } }`, nil).decode(t, &d)
	n := d.Relations.Nodes
	if len(n) != 1 || n[0].Type != "THREATENS" || len(n[0].Evidence) != 1 || n[0].Evidence[0].EventDate == nil ||
		*n[0].Evidence[0].EventDate != "2018-04-01" || *n[0].Evidence[0].EventDatePrecision != "MONTH" {
		t.Errorf("EVENT April 2018: %+v", n)
	}
	d = rels{}
	ts.query(t, `{ relations(from: "2018-04", to: "2018-04") { nodes { type } } }`, nil).decode(t, &d)
	if len(d.Relations.Nodes) != 0 {
		t.Errorf("PUBLISHED April 2018: %+v, want none", d.Relations.Nodes)
	}
	d = rels{}
	ts.query(t, `{ relations(types: [SANCTIONS]) { nodes { type evidence { eventDate eventDatePrecision } } } }`, nil).decode(t, &d)
	if n := d.Relations.Nodes; len(n) != 1 || n[0].Evidence[0].EventDate != nil || n[0].Evidence[0].EventDatePrecision != nil {
		t.Errorf("a sentence without an event date: %+v", n)
	}

	var tl struct {
		Timeline struct {
			Buckets []struct{ Period, Type string }
			Coarse  int
		}
	}
	ts.query(t, `{ timeline(dateBasis: EVENT, interval: MONTH, types: [THREATENS]) { buckets { period type } coarse } }`, nil).decode(t, &tl)
	if b := tl.Timeline.Buckets; len(b) != 1 || b[0].Period != "2018-04-01" || tl.Timeline.Coarse != 0 {
		t.Errorf("EVENT timeline: %+v", tl.Timeline)
	}
	ts.query(t, `{ timeline(dateBasis: EVENT, interval: DAY, types: [THREATENS]) { buckets { period type } coarse } }`, nil).decode(t, &tl)
	if len(tl.Timeline.Buckets) != 0 || tl.Timeline.Coarse != 1 {
		t.Errorf("EVENT DAY timeline: %+v", tl.Timeline)
	}
	ts.query(t, `{ timeline(interval: MONTH, types: [THREATENS]) { buckets { period type } } }`, nil).decode(t, &tl)
	if b := tl.Timeline.Buckets; len(b) != 1 || b[0].Period != "2019-05-01" {
		t.Errorf("PUBLISHED timeline: %+v", tl.Timeline)
	}
}
