package lexicon

import (
	"hash/fnv"
	"strings"

	"github.com/claimgraph/claimgraph/graph"
)

// The actor tables are kept free of pointers (offsets into one string, hashes as map keys) so that
// the garbage collector, which marks every pointer of the live heap on each cycle, does not walk
// the ~26,000 dictionary actors and their ~50,000 names on every cycle of a long load; an *Actor is
// built from them when asked for.

// span is a substring of actorStore.blob.
type span struct{ off, n uint32 }

// actorRec is one actor without pointers.
type actorRec struct {
	name, code   span
	kind         uint8 // index into storeKinds
	country      [3]byte
	dated, ndate uint32 // dated[dated:dated+ndate]
}

// datedRec is one dated code without pointers: code and its bounds as YYYYMMDD strings in the blob.
type datedRec struct{ code, from, to span }

// posting chains the actors under one hashed name: rec, and the next posting (0 ends the chain;
// postings are 1-based).
type posting struct{ rec, next uint32 }

var storeKinds = []graph.Kind{graph.Person, graph.Government, graph.Organization, graph.Country, graph.Group}

type actorStore struct {
	b        strings.Builder // while loading
	blob     string
	recs     []actorRec
	dated    []datedRec
	post     []posting         // post[0] unused
	byName   map[uint64]uint32 // hash of a normalized name → first posting
	byFamily map[uint64]uint32
}

func newActorStore() *actorStore {
	return &actorStore{post: make([]posting, 1), byName: map[uint64]uint32{}, byFamily: map[uint64]uint32{}}
}

func (s *actorStore) str(v string) span {
	off := s.b.Len()
	s.b.WriteString(v)
	return span{uint32(off), uint32(len(v))}
}

func (s *actorStore) get(sp span) string { return s.blob[sp.off : sp.off+sp.n] }

func hashName(norm string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(norm))
	return h.Sum64()
}

// add stores a and indexes it under its normalized names (and, for a person, family name).
func (s *actorStore) add(a *Actor, names []string, family string) {
	r := actorRec{name: s.str(a.Name), code: s.str(a.Code), dated: uint32(len(s.dated)), ndate: uint32(len(a.Dated))}
	for i, k := range storeKinds {
		if k == a.Kind {
			r.kind = uint8(i)
		}
	}
	copy(r.country[:], a.Country)
	for _, d := range a.Dated {
		s.dated = append(s.dated, datedRec{code: s.str(d.Code), from: s.str(d.From), to: s.str(d.To)})
	}
	id := uint32(len(s.recs))
	s.recs = append(s.recs, r)
	for _, n := range names {
		s.index(s.byName, n, id)
	}
	if family != "" {
		s.index(s.byFamily, family, id)
	}
}

// index appends rec id to the chain of norm, keeping dictionary order.
func (s *actorStore) index(m map[uint64]uint32, norm string, id uint32) {
	h := hashName(norm)
	s.post = append(s.post, posting{rec: id})
	p := uint32(len(s.post) - 1)
	head, ok := m[h]
	if !ok {
		m[h] = p
		return
	}
	for s.post[head].next != 0 {
		head = s.post[head].next
	}
	s.post[head].next = p
}

// finish freezes the blob after loading.
func (s *actorStore) finish() {
	s.blob = s.b.String()
	s.b = strings.Builder{}
}

// lookup lists the record IDs under norm in m.
func (s *actorStore) lookup(m map[uint64]uint32, norm string) []uint32 {
	p, ok := m[hashName(norm)]
	if !ok {
		return nil
	}
	var out []uint32
	for ; p != 0; p = s.post[p].next {
		out = append(out, s.post[p].rec)
	}
	return out
}

// actor builds the Actor of record id.
func (s *actorStore) actor(id uint32) *Actor {
	r := s.recs[id]
	a := &Actor{Name: s.get(r.name), Kind: storeKinds[r.kind], Code: s.get(r.code)}
	if r.country != [3]byte{} {
		a.Country = string(r.country[:])
	}
	for _, d := range s.dated[r.dated : r.dated+r.ndate] {
		a.Dated = append(a.Dated, Dated{Code: s.get(d.code), From: s.get(d.from), To: s.get(d.to)})
	}
	return a
}
