package graph

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"slices"
	"strings"

	"github.com/dgraph-io/badger/v4"
)

// Stored encodings of relations, evidence and mentions (schema version 2). The model structs are
// what callers see; these are what the values hold. See keys.go for the keys.

// relationRecord is the value of a relation record: the relation without its evidence, plus what
// Confidence and Hedged are derived from, so that one article's evidence can be added or removed
// without reading the others'.
type relationRecord struct {
	ID         string       `json:"id"`
	Type       RelType      `json:"type"`
	Source     string       `json:"source"`
	Target     string       `json:"target"`
	Negated    bool         `json:"negated,omitempty"`
	Hedged     bool         `json:"hedged,omitempty"`
	Confidence float64      `json:"confidence"`
	Cameo      string       `json:"cameo,omitempty"`
	Plover     string       `json:"plover,omitempty"`
	Role       string       `json:"role,omitempty"`
	Evidence   int          `json:"evidence_count"`  // evidence sentences over all articles
	Unhedged   int          `json:"unhedged"`        // of which not hedged
	Asked      int          `json:"asked,omitempty"` // of which in a question turn (Evidence.InQuestion)
	Sources    SourceScores `json:"sources"`         // per-article best scores
}

func recordOf(r *Relation) relationRecord {
	return relationRecord{ID: r.ID, Type: r.Type, Source: r.Source, Target: r.Target, Negated: r.Negated,
		Cameo: r.Cameo, Plover: r.Plover, Role: r.Role}
}

// relation returns the model relation (without evidence).
func (rec *relationRecord) relation() *Relation {
	return &Relation{ID: rec.ID, Type: rec.Type, Source: rec.Source, Target: rec.Target, Negated: rec.Negated,
		Hedged: rec.Hedged, InQuestion: rec.Evidence > 0 && rec.Asked == rec.Evidence, Confidence: rec.Confidence, Cameo: rec.Cameo, Plover: rec.Plover, Role: rec.Role,
		EvidenceCount: rec.Evidence}
}

// count adds (sign 1) or removes (sign -1) one article's evidence and rederives Hedged (every
// sentence hedged) and Confidence.
func (rec *relationRecord) count(ev []Evidence, sign int) {
	if len(ev) == 0 {
		return
	}
	best := 0.0
	for _, e := range ev {
		rec.Evidence += sign
		if !e.Hedged {
			rec.Unhedged += sign
		}
		if e.InQuestion {
			rec.Asked += sign
		}
		best = max(best, normScore(e.Score))
	}
	if !ev[0].nearDup { // a near-duplicate article's sentences are no independent source
		rec.Sources = rec.Sources.Add(best, sign)
	}
	rec.Hedged = rec.Evidence > 0 && rec.Unhedged == 0
	rec.Confidence = rec.Sources.Confidence()
}

// storedEvidence is one evidence sentence as stored under its (relation, article) key.
type storedEvidence struct {
	Sentence int     `json:"sentence"`
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Cue      string  `json:"cue,omitempty"`
	Rule     string  `json:"rule,omitempty"`
	Score    float64 `json:"score,omitempty"`
	CueStart int     `json:"cue_start,omitempty"`
	CueEnd   int     `json:"cue_end,omitempty"`
	Hedged   bool    `json:"hedged,omitempty"`
	Asked    bool    `json:"in_question,omitempty"`
	Speaker  string  `json:"speaker,omitempty"`
	// Addressee is Evidence.Addressee.
	Addressee string `json:"addressee,omitempty"`
	// EventDate and EventPrecision are Evidence.EventDate and EventDatePrecision; absent in
	// evidence stored before they existed (read as "": no event date).
	EventDate      string `json:"event_date,omitempty"`
	EventPrecision string `json:"event_date_precision,omitempty"`
	// NearDup marks the evidence of an article stored as a near-duplicate of another: counted,
	// but no source of the relation's confidence (relationRecord.count).
	NearDup bool `json:"near_dup,omitempty"`
}

func encodeEvidence(ev []Evidence) ([]byte, error) {
	out := make([]storedEvidence, len(ev))
	for i, e := range ev {
		out[i] = storedEvidence{e.Sentence, e.Start, e.End, e.Text, e.Cue, e.Rule, e.Score, e.CueStart, e.CueEnd, e.Hedged, e.InQuestion, e.Speaker, e.Addressee, e.EventDate, e.EventDatePrecision, e.nearDup}
	}
	return json.Marshal(out)
}

func decodeEvidence(b []byte, article string) ([]Evidence, error) {
	var in []storedEvidence
	if err := json.Unmarshal(b, &in); err != nil {
		return nil, err
	}
	out := make([]Evidence, len(in))
	for i, e := range in {
		out[i] = Evidence{ArticleID: article, Sentence: e.Sentence, Start: e.Start, End: e.End, Text: e.Text, Cue: e.Cue,
			Rule: e.Rule, Score: e.Score, CueStart: e.CueStart, CueEnd: e.CueEnd, Hedged: e.Hedged, InQuestion: e.Asked, Speaker: e.Speaker, Addressee: e.Addressee,
			EventDate: e.EventDate, EventDatePrecision: e.EventPrecision, nearDup: e.NearDup}
	}
	return out, nil
}

// storedMention is a mention without the node, article and start its key holds.
type storedMention struct {
	Sentence int    `json:"sentence"`
	End      int    `json:"end"`
	Text     string `json:"text"`
	Rule     string `json:"rule,omitempty"`
}

func encodeMention(m *Mention) ([]byte, error) {
	return json.Marshal(storedMention{m.Sentence, m.End, m.Text, m.Rule})
}

func decodeMention(key, val []byte) (*Mention, error) {
	pk, err := Parse(key)
	if err != nil {
		return nil, err
	}
	var sm storedMention
	if err := json.Unmarshal(val, &sm); err != nil {
		return nil, err
	}
	return &Mention{NodeID: pk.Node, ArticleID: pk.Article, Start: pk.Start, Sentence: sm.Sentence, End: sm.End,
		Text: sm.Text, Rule: sm.Rule}, nil
}

// getRecord reads a relation record; ErrNotFound when absent. With raw set it also returns a copy
// of the stored bytes, so a writer can skip rewriting an unchanged record.
func getRecord(txn *badger.Txn, id string, raw bool) (*relationRecord, []byte, error) {
	item, err := txn.Get(RelationKey(id))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, nil, ErrNotFound
	}
	if err != nil {
		return nil, nil, err
	}
	var rec relationRecord
	var b []byte
	if raw {
		if b, err = item.ValueCopy(nil); err == nil {
			err = json.Unmarshal(b, &rec)
		}
	} else {
		err = item.Value(func(v []byte) error { return json.Unmarshal(v, &rec) })
	}
	return &rec, b, err
}

// getArticleEvidence reads one article's evidence of a relation, with the stored bytes; ErrNotFound
// when absent.
func getArticleEvidence(txn *badger.Txn, rel, article string) ([]Evidence, []byte, error) {
	item, err := txn.Get(EvidenceKey(rel, article))
	if errors.Is(err, badger.ErrKeyNotFound) {
		return nil, nil, ErrNotFound
	}
	if err != nil {
		return nil, nil, err
	}
	b, err := item.ValueCopy(nil)
	if err != nil {
		return nil, nil, err
	}
	ev, err := decodeEvidence(b, article)
	return ev, b, err
}

// anyEvidence reports whether f holds for a sentence of relation rel, in any article; it stops at
// the first that does, or at f's error.
func anyEvidence(txn *badger.Txn, rel string, f func(e *Evidence) (bool, error)) (bool, error) {
	it := txn.NewIterator(badger.IteratorOptions{Prefix: EvidencePrefix(rel), PrefetchValues: true})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		b, err := it.Item().ValueCopy(nil)
		if err != nil {
			return false, err
		}
		ev, err := decodeEvidence(b, "")
		if err != nil {
			return false, err
		}
		for i := range ev {
			if ok, err := f(&ev[i]); ok || err != nil {
				return ok, err
			}
		}
	}
	return false, nil
}

// addressedTo reports whether a sentence of relation rel, in any article, is addressed to the node
// addressee (Evidence.Addressee), or, with country, to an actor of that country (c.country).
func addressedTo(txn *badger.Txn, rel, addressee, country string, c *dateCache) (bool, error) {
	return anyEvidence(txn, rel, func(e *Evidence) (bool, error) {
		if e.Addressee == "" || addressee != "" && e.Addressee != addressee {
			return false, nil
		}
		if country == "" {
			return true, nil
		}
		got, err := c.country(e.Addressee)
		return got != "" && strings.EqualFold(got, country), err
	})
}

// voicedBy reports whether a sentence of relation rel, in any article, was voiced by the node
// speaker (Evidence.Speaker).
func voicedBy(txn *badger.Txn, rel, speaker string) (bool, error) {
	return anyEvidence(txn, rel, func(e *Evidence) (bool, error) { return e.Speaker == speaker, nil })
}

// sentenceContains reports whether a sentence of relation rel, in any article, contains q,
// case-insensitively (RelationFilter.Search).
func sentenceContains(txn *badger.Txn, rel, q string) (bool, error) {
	q = strings.ToLower(q)
	return anyEvidence(txn, rel, func(e *Evidence) (bool, error) { return strings.Contains(strings.ToLower(e.Text), q), nil })
}

// loadRelation reads a relation with all its evidence (unless o.noEvidence), ordered by article
// ID, then sentence and cue; ErrNotFound when absent.
func loadRelation(txn *badger.Txn, id string, o readOptions) (*Relation, error) {
	rec, _, err := getRecord(txn, id, false)
	if err != nil {
		return nil, err
	}
	return withEvidence(txn, rec, o)
}

// withEvidence turns a record into the model relation with all its evidence (unless
// o.noEvidence).
func withEvidence(txn *badger.Txn, rec *relationRecord, o readOptions) (*Relation, error) {
	r := rec.relation()
	if o.noEvidence {
		return r, nil
	}
	n := rec.Evidence
	if o.maxEvidence > 0 && o.maxEvidence < n {
		n = o.maxEvidence
	}
	r.Evidence = make([]Evidence, 0, n)
	it := txn.NewIterator(badger.IteratorOptions{Prefix: EvidencePrefix(rec.ID), PrefetchValues: true, PrefetchSize: 16})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		if o.maxEvidence > 0 && len(r.Evidence) >= o.maxEvidence {
			r.Evidence = r.Evidence[:o.maxEvidence]
			break
		}
		item := it.Item()
		pk, err := Parse(item.Key())
		if err != nil {
			return nil, err
		}
		if o.window != nil {
			if in, err := o.window(pk.Article); err != nil || !in {
				if err != nil {
					return nil, err
				}
				continue
			}
		}
		err = item.Value(func(v []byte) error {
			ev, err := decodeEvidence(v, pk.Article)
			if err == nil {
				ev, err = o.admitted(ev)
			}
			r.Evidence = append(r.Evidence, ev...)
			return err
		})
		if err != nil {
			return nil, err
		}
	}
	if o.maxEvidence > 0 && len(r.Evidence) > o.maxEvidence {
		r.Evidence = r.Evidence[:o.maxEvidence]
	}
	return r, nil
}

// ReadOption adjusts what Relation, Relations and Neighborhood read.
type ReadOption func(*readOptions)

type readOptions struct {
	noEvidence  bool
	maxEvidence int // > 0: stop after this many evidence items
	// window, when set, keeps only evidence from articles it admits (a RelationFilter's From/To)
	window func(article string) (bool, error)
	// evWindow, when set, keeps only the evidence sentences it admits, after window: a
	// RelationFilter's From/To on the EventBasis (eventdates.go)
	evWindow func(e *Evidence) (bool, error)
}

// WithoutEvidence leaves Relation.Evidence nil (EvidenceCount is still set), for callers that
// show relations without their sentences or read them later with Store.Evidence: a relation
// stated in thousands of articles then costs one small record read.
func WithoutEvidence() ReadOption { return func(o *readOptions) { o.noEvidence = true } }

func readOpts(opts []ReadOption) readOptions {
	var o readOptions
	for _, f := range opts {
		f(&o)
	}
	return o
}

// windowed returns o with a window that keeps only evidence from articles published in
// [from, to] (YYYY-MM-DD, inclusive; inRange's rule) and, when only is set, from that article
// alone (a RelationFilter's Article: nu18 finding A10); with neither it returns o.
func windowed(o readOptions, from, to, only string, dates *dateCache) readOptions {
	if from == "" && to == "" && only == "" {
		return o
	}
	o.window = func(article string) (bool, error) {
		if only != "" && article != only {
			return false, nil
		}
		if from == "" && to == "" {
			return true, nil
		}
		d, err := dates.get(article)
		return err == nil && inRange(d, from, to), err
	}
	return o
}

// windowCount sets rec.Evidence to the number of evidence sentences o.window admits (nothing
// changes without a window): a relation listed for a date window counts, orders by and shows the
// evidence of that window, not of the whole store.
func windowCount(txn *badger.Txn, rec *relationRecord, o readOptions) error {
	if o.window == nil && o.evWindow == nil {
		return nil
	}
	n, err := windowEvidence(txn, rec.ID, o)
	rec.Evidence = n
	return err
}

// windowEvidence counts the evidence sentences of relation rel that o.window and o.evWindow
// admit, decoding only the evidence of the articles o.window admits.
func windowEvidence(txn *badger.Txn, rel string, o readOptions) (int, error) {
	n := 0
	it := txn.NewIterator(badger.IteratorOptions{Prefix: EvidencePrefix(rel)})
	defer it.Close()
	for it.Rewind(); it.Valid(); it.Next() {
		item := it.Item()
		pk, err := Parse(item.Key())
		if err != nil {
			return 0, err
		}
		if o.window != nil {
			if in, err := o.window(pk.Article); err != nil || !in {
				if err != nil {
					return 0, err
				}
				continue
			}
		}
		err = item.Value(func(v []byte) error {
			ev, err := decodeEvidence(v, pk.Article)
			if err == nil {
				ev, err = o.admitted(ev)
			}
			n += len(ev)
			return err
		})
		if err != nil {
			return 0, err
		}
	}
	return n, nil
}

// evidenceArticles lists the articles that give evidence of a relation, in ID order, from the
// evidence keys alone.
func evidenceArticles(txn *badger.Txn, rel string) ([]string, error) {
	var out []string
	for _, k := range collectKeys(txn, EvidencePrefix(rel), 0) {
		pk, err := Parse(k)
		if err != nil {
			return nil, err
		}
		out = append(out, pk.Article)
	}
	return out, nil
}

// sortEvidence orders one article's evidence by sentence, then cue, and drops duplicates of a
// (sentence, cue) pair, keeping the first.
func sortEvidence(ev []Evidence) []Evidence {
	slices.SortStableFunc(ev, func(a, b Evidence) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Sentence, b.Sentence), cmp.Compare(a.Cue, b.Cue))
	})
	return slices.CompactFunc(ev, func(a, b Evidence) bool {
		return a.ArticleID == b.ArticleID && a.Sentence == b.Sentence && a.Cue == b.Cue
	})
}

// sameBytes reports whether a stored value equals a new encoding.
func sameBytes(stored, fresh []byte) bool { return stored != nil && bytes.Equal(stored, fresh) }
