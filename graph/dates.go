package graph

import (
	"errors"
	"time"
)

// ErrDate is returned by DateBound for a value that is no day, month or year.
var ErrDate = errors.New("want a date as YYYY-MM-DD, or a month (YYYY-MM) or year (YYYY)")

// DateBound is v as a YYYY-MM-DD day, the form Article.PublishedAt takes and date windows compare
// as strings: v itself when it is a calendar day, or the first day (the last, when end is set) of
// the month "YYYY-MM" or year "YYYY" v names, as ISO 8601 writes dates of reduced precision — so
// a window from "2018-05" to "2018-05" is all of May 2018. "" stays "". Errors: ErrDate for any
// other value ("2018-13", "2018-02-30", "May 2018").
func DateBound(v string, end bool) (string, error) {
	if v == "" {
		return "", nil
	}
	if _, err := time.Parse(time.DateOnly, v); err == nil {
		return v, nil
	}
	for _, p := range []struct {
		layout      string
		years, mons int // the period's length, to step to its last day
	}{{"2006-01", 0, 1}, {"2006", 1, 0}} {
		t, err := time.Parse(p.layout, v)
		if err != nil {
			continue
		}
		if end {
			t = t.AddDate(p.years, p.mons, -1)
		}
		return t.Format(time.DateOnly), nil
	}
	return "", ErrDate
}
