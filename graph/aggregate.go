package graph

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// GroupBy names what RelationCounts groups relations by.
type GroupBy string

// Groupings.
const (
	GroupByType   GroupBy = "TYPE"
	GroupBySource GroupBy = "SOURCE"
	GroupByTarget GroupBy = "TARGET"
)

// RelationCount is one group of RelationCounts: Key is the relation type (GroupByType) or the
// node ID (GroupBySource, GroupByTarget).
type RelationCount struct {
	Key       string
	Relations int // relations in the group
	Evidence  int // their evidence sentences, over all articles
}

// RelationCounts counts the relations matching f (f.Order is ignored) by type, source or target,
// largest group first (ties by key). Errors: ErrInvalidKey for an unknown grouping, ErrClosed,
// the context's error.
func (s *Store) RelationCounts(ctx context.Context, f RelationFilter, by GroupBy) ([]RelationCount, error) {
	key := map[GroupBy]func(r *relationRecord) string{
		GroupByType:   func(r *relationRecord) string { return string(r.Type) },
		GroupBySource: func(r *relationRecord) string { return r.Source },
		GroupByTarget: func(r *relationRecord) string { return r.Target },
	}[by]
	if key == nil {
		return nil, fmt.Errorf("graph: relations cannot be grouped by %q: %w", by, ErrInvalidKey)
	}
	groups := map[string]*RelationCount{}
	err := s.view(ctx, func(txn *badger.Txn) error {
		return eachRelation(ctx, txn, f, newDateCache(txn), func(_ []byte, rec *relationRecord) error {
			k := key(rec)
			g := groups[k]
			if g == nil {
				g = &RelationCount{Key: k}
				groups[k] = g
			}
			g.Relations++
			g.Evidence += rec.Evidence
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("graph: relation counts: %w", err)
	}
	out := make([]RelationCount, 0, len(groups))
	for _, g := range groups {
		out = append(out, *g)
	}
	slices.SortFunc(out, func(a, b RelationCount) int {
		return cmp.Or(cmp.Compare(b.Relations, a.Relations), cmp.Compare(a.Key, b.Key))
	})
	return out, nil
}

// Interval is the width of a timeline bucket.
type Interval string

// Intervals. A WEEK starts on Monday (ISO 8601); a QUARTER is a calendar quarter (January,
// April, July, October: ISO 8601-2's quarter divisions of the year), a YEAR a calendar year.
const (
	Day     Interval = "DAY"
	Week    Interval = "WEEK"
	Month   Interval = "MONTH"
	Quarter Interval = "QUARTER"
	Year    Interval = "YEAR"
)

// TimelineBucket counts the relations of one type stated in articles published in one period.
type TimelineBucket struct {
	Period    string  // first day of the period, YYYY-MM-DD
	Type      RelType // relation type
	Relations int     // distinct relations stated in the period's articles
	Articles  int     // (relation, article) pairs: how many article statements of them there are
	// DistinctArticles counts the period's articles that state at least one of them, each once:
	// an article stating three OPPOSES relations counts 3 in Articles and 1 here.
	DistinctArticles int
}

// Timeline is the result of Store.Timeline.
type Timeline struct {
	Buckets []TimelineBucket // by period, then type in RelTypes order; empty periods are absent
	// Undated counts (relation, article) pairs whose article has no publication date: they are
	// in no bucket.
	Undated int
	// Coarse, on the EventBasis, counts (relation, article, period) statements whose event date
	// is coarser than the interval ("in 2019" on a MONTH timeline): they are in no bucket.
	Coarse int
}

// Timeline counts the relations matching f by type over the publication dates of the articles
// that state them: a relation stated in three articles of one month counts once in Relations and
// three times in Articles; stated in two months, it counts in both. f.From/f.To also bound the
// articles counted, not only which relations are. On f.DateBasis EventBasis each evidence
// sentence is dated by the event it reports (eventTimeline). With f.NearDuplicates false the
// statements of near-duplicate articles are not counted. Errors: ErrInvalidKey for an unknown
// interval or date basis, ErrClosed, the context's error.
func (s *Store) Timeline(ctx context.Context, f RelationFilter, iv Interval) (*Timeline, error) {
	var bucket func(d time.Time) time.Time
	switch iv {
	case Day:
		bucket = func(d time.Time) time.Time { return d }
	case Week:
		bucket = func(d time.Time) time.Time { return d.AddDate(0, 0, -((int(d.Weekday()) + 6) % 7)) }
	case Month:
		bucket = func(d time.Time) time.Time { return time.Date(d.Year(), d.Month(), 1, 0, 0, 0, 0, time.UTC) }
	case Quarter:
		bucket = func(d time.Time) time.Time {
			return time.Date(d.Year(), d.Month()-(d.Month()-1)%3, 1, 0, 0, 0, 0, time.UTC)
		}
	case Year:
		bucket = func(d time.Time) time.Time { return time.Date(d.Year(), time.January, 1, 0, 0, 0, 0, time.UTC) }
	default:
		return nil, fmt.Errorf("graph: no timeline interval %q: %w", iv, ErrInvalidKey)
	}
	if err := checkDateBasis(f.DateBasis); err != nil {
		return nil, err
	}
	if f.DateBasis == EventBasis {
		return s.eventTimeline(ctx, f, iv, bucket)
	}
	tally := newTimelineTally()
	tl := &Timeline{}
	err := s.view(ctx, func(txn *badger.Txn) error {
		dates := newDateCache(txn)
		skip := skipNearDup(f, dates)
		return eachRelation(ctx, txn, f, dates, func(_ []byte, rec *relationRecord) error {
			arts, err := evidenceArticles(txn, rec.ID)
			if err != nil {
				return err
			}
			seen := map[string]bool{}
			for _, a := range arts {
				if s, err := skip(a); err != nil {
					return err
				} else if s {
					continue // f.NearDuplicates false: each statement once
				}
				d, err := dates.get(a)
				if err != nil {
					return err
				}
				if len(d) > 10 {
					d = d[:10]
				}
				day, perr := time.Parse(time.DateOnly, d)
				if !isoDate(d) || perr != nil {
					tl.Undated++
					continue
				}
				if !inRange(d, f.From, f.To) {
					continue
				}
				c := timelineCell{bucket(day).Format(time.DateOnly), rec.Type}
				tally.add(c, a, seen)
			}
			return nil
		})
	})
	if err != nil {
		return nil, fmt.Errorf("graph: timeline: %w", err)
	}
	tl.Buckets = tally.buckets()
	return tl, nil
}

// timelineCell is a timeline bucket's key: its period (first day) and relation type.
type timelineCell struct {
	period string
	t      RelType
}

// timelineTally counts statements into timeline buckets, for Timeline and eventTimeline alike.
type timelineTally struct {
	counts     map[timelineCell]*TimelineBucket
	articlesOf map[timelineCell]map[string]bool // for DistinctArticles
}

func newTimelineTally() *timelineTally {
	return &timelineTally{counts: map[timelineCell]*TimelineBucket{}, articlesOf: map[timelineCell]map[string]bool{}}
}

// add counts one statement of a relation by article in cell c: Articles always, DistinctArticles
// for the cell's first statement by that article, Relations for the relation's first statement
// in c's period (seen holds the periods the relation is already counted in).
func (tt *timelineTally) add(c timelineCell, article string, seen map[string]bool) {
	b := tt.counts[c]
	if b == nil {
		b = &TimelineBucket{Period: c.period, Type: c.t}
		tt.counts[c] = b
	}
	b.Articles++
	if tt.articlesOf[c] == nil {
		tt.articlesOf[c] = map[string]bool{}
	}
	if !tt.articlesOf[c][article] {
		tt.articlesOf[c][article] = true
		b.DistinctArticles++
	}
	if !seen[c.period] {
		seen[c.period] = true
		b.Relations++
	}
}

// buckets returns the counted buckets by period, then in the order of RelTypes.
func (tt *timelineTally) buckets() []TimelineBucket {
	var out []TimelineBucket
	for _, b := range tt.counts {
		out = append(out, *b)
	}
	slices.SortFunc(out, func(a, b TimelineBucket) int {
		return cmp.Or(cmp.Compare(a.Period, b.Period), cmp.Compare(slices.Index(RelTypes, a.Type), slices.Index(RelTypes, b.Type)))
	})
	return out
}
