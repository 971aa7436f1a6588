package graph

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/dgraph-io/badger/v4"
)

// DateBasis says which date of an evidence sentence a RelationFilter's From/To and a Timeline's
// buckets read.
type DateBasis string

const (
	// PublishedBasis (the default, also "") dates every sentence by its article's publication
	// date (Article.PublishedAt).
	PublishedBasis DateBasis = "PUBLISHED"
	// EventBasis dates a sentence by the event it reports when it says when (Evidence.EventDate:
	// "on 8 November 2018", "last week"), else by its article's publication date: a statement in
	// the news is dated by the day it is reported unless the sentence says otherwise.
	EventBasis DateBasis = "EVENT"
)

// precisionRank orders EventDatePrecision values from the finest; "" (a publication date) is a
// day.
func precisionRank(p string) int {
	switch p {
	case "WEEK":
		return 1
	case "MONTH":
		return 2
	case "YEAR":
		return 4
	}
	return 0
}

// intervalRank is the rank of the finest precision a bucket of iv holds whole: a day fits any
// bucket, a week a WEEK bucket or wider (filed under its Monday), a month a MONTH, QUARTER or
// YEAR bucket, a year only a YEAR bucket.
func intervalRank(iv Interval) int {
	switch iv {
	case Week:
		return 1
	case Month:
		return 2
	case Quarter:
		return 3
	case Year:
		return 4
	}
	return 0
}

// sentenceDate is the date of evidence e on basis b: its EventDate on the EventBasis when it has
// one (with its precision), else its article's publication date (a day).
func sentenceDate(e *Evidence, b DateBasis, dates *dateCache) (date, precision string, err error) {
	if b == EventBasis && e.EventDate != "" {
		return e.EventDate, e.EventDatePrecision, nil
	}
	d, err := dates.get(e.ArticleID)
	return d, "", err
}

// checkDateBasis rejects an unknown basis with ErrInvalidKey.
func checkDateBasis(b DateBasis) error {
	switch b {
	case "", PublishedBasis, EventBasis:
		return nil
	}
	return fmt.Errorf("graph: no date basis %q: %w", b, ErrInvalidKey)
}

// relationWindow is windowed for a RelationFilter: on the EventBasis with a From or To, the
// window keeps the evidence sentences whose sentenceDate is in range (inRange compares the first
// day of an event date's period), and f.Article still keeps that article's alone.
//
// With f.NearDuplicates false, the window also leaves out the articles stored as near-duplicates.
func relationWindow(o readOptions, f RelationFilter, dates *dateCache) readOptions {
	if f.DateBasis != EventBasis || f.From == "" && f.To == "" {
		o = windowed(o, f.From, f.To, f.Article, dates)
	} else {
		o = windowed(o, "", "", f.Article, dates)
		o.evWindow = func(e *Evidence) (bool, error) {
			d, _, err := sentenceDate(e, EventBasis, dates)
			return err == nil && inRange(d, f.From, f.To), err
		}
	}
	if f.NearDuplicates == nil || *f.NearDuplicates {
		return o
	}
	inner := o.window
	dup := nearDupCheck(dates)
	o.window = func(article string) (bool, error) {
		if inner != nil {
			if in, err := inner(article); err != nil || !in {
				return false, err
			}
		}
		d, err := dup(article)
		return !d, err
	}
	return o
}

// nearDupCheck returns a function that reports whether an article is stored as a near-duplicate
// (Article.NearDuplicateOf), reading each article once.
func nearDupCheck(dates *dateCache) func(article string) (bool, error) {
	dup := map[string]bool{}
	return func(article string) (bool, error) {
		if d, ok := dup[article]; ok {
			return d, nil
		}
		var a struct {
			NearDuplicateOf string `json:"near_duplicate_of"`
		}
		if err := getJSON(dates.txn, ArticleKey(article), &a); err != nil && !errors.Is(err, ErrNotFound) {
			return false, err
		}
		dup[article] = a.NearDuplicateOf != ""
		return dup[article], nil
	}
}

// skipNearDup returns a function that reports whether f leaves an article's statements out of
// a timeline: f.NearDuplicates false and the article a near-duplicate.
func skipNearDup(f RelationFilter, dates *dateCache) func(article string) (bool, error) {
	if f.NearDuplicates == nil || *f.NearDuplicates {
		return func(string) (bool, error) { return false, nil }
	}
	return nearDupCheck(dates)
}

// admitted is ev without the sentences o.evWindow leaves out.
func (o readOptions) admitted(ev []Evidence) ([]Evidence, error) {
	if o.evWindow == nil {
		return ev, nil
	}
	out := ev[:0]
	for i := range ev {
		ok, err := o.evWindow(&ev[i])
		if err != nil {
			return nil, err
		}
		if ok {
			out = append(out, ev[i])
		}
	}
	return out, nil
}

// eventInRange reports whether relation rel has an evidence sentence (of article only, when not
// "") whose EventBasis date is in [from, to].
func eventInRange(txn *badger.Txn, rel, only, from, to string, dates *dateCache) (bool, error) {
	o := relationWindow(readOptions{}, RelationFilter{DateBasis: EventBasis, From: from, To: to, Article: only}, dates)
	n, err := windowEvidence(txn, rel, o)
	return n > 0, err
}

// eachEvidence calls fn with every evidence sentence of relation rel.
func eachEvidence(txn *badger.Txn, rel string, fn func(e *Evidence) error) error {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: EvidencePrefix(rel), PrefetchValues: true})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		pk, err := Parse(item.Key())
		if err != nil {
			return err
		}
		var ev []Evidence
		if err := item.Value(func(v []byte) (err error) { ev, err = decodeEvidence(v, pk.Article); return err }); err != nil {
			return err
		}
		for i := range ev {
			if err := fn(&ev[i]); err != nil {
				return err
			}
		}
	}
	return nil
}

// eventTimeline is Timeline on the EventBasis: each evidence sentence is dated by sentenceDate
// (its event date, else its article's publication date) and filed under bucket of the first day
// of that period; Articles counts (relation, article) pairs per period, so an article that
// reports one relation's events in two months counts in both. A sentence whose event date is
// coarser than iv is counted in Coarse, one without any date in Undated; f.From/f.To bound the
// sentences counted (inRange on the first day of the period).
func (s *Store) eventTimeline(ctx context.Context, f RelationFilter, iv Interval, bucket func(time.Time) time.Time) (*Timeline, error) {
	tally := newTimelineTally()
	tl := &Timeline{}
	err := s.view(ctx, func(txn *badger.Txn) error {
		dates := newDateCache(txn)
		skip := skipNearDup(f, dates)
		return eachRelation(ctx, txn, f, dates, func(_ []byte, rec *relationRecord) error {
			seen := map[string]bool{}      // periods of this relation
			pairs := map[[2]string]bool{}  // (period, article) pairs of this relation
			undated := map[string]bool{}   // articles of this relation counted in Undated
			coarse := map[[2]string]bool{} // (event date, article) pairs counted in Coarse
			return eachEvidence(txn, rec.ID, func(e *Evidence) error {
				if s, err := skip(e.ArticleID); err != nil || s {
					return err
				}
				d, prec, err := sentenceDate(e, EventBasis, dates)
				if err != nil {
					return err
				}
				if len(d) > 10 {
					d = d[:10]
				}
				day, perr := time.Parse(time.DateOnly, d)
				if !isoDate(d) || perr != nil {
					if !undated[e.ArticleID] {
						undated[e.ArticleID] = true
						tl.Undated++
					}
					return nil
				}
				if !inRange(d, f.From, f.To) {
					return nil
				}
				if precisionRank(prec) > intervalRank(iv) {
					if k := [2]string{d + prec, e.ArticleID}; !coarse[k] {
						coarse[k] = true
						tl.Coarse++
					}
					return nil
				}
				c := timelineCell{bucket(day).Format(time.DateOnly), rec.Type}
				if k := [2]string{c.period, e.ArticleID}; pairs[k] {
					return nil
				} else {
					pairs[k] = true
				}
				tally.add(c, e.ArticleID, seen)
				return nil
			})
		})
	})
	if err != nil {
		return nil, fmt.Errorf("graph: timeline: %w", err)
	}
	tl.Buckets = tally.buckets()
	return tl, nil
}
