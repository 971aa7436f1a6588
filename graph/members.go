package graph

import (
	"slices"

	"github.com/dgraph-io/badger/v4"
)

// maxMembers bounds withMembers: a body with more members than this is a hub (a country whose
// every official is MEMBER_OF its government's bodies), and the walk stops there rather than
// read the whole graph.
const maxMembers = 10000

// withMembers returns body and its members, sorted: every actor with a MEMBER_OF relation to
// body, to one of those, and so on (a department MEMBER_OF a ministry, its spokesperson MEMBER_OF
// the department), each once. The MEMBER_OF relations are read from the adjacency index (the
// source end of an In adjacency key is its value).
func withMembers(txn *badger.Txn, body string) []string {
	seen := map[string]bool{body: true}
	queue := []string{body}
	for len(queue) > 0 && len(seen) < maxMembers {
		n := queue[0]
		queue = queue[1:]
		for _, adj := range adjacency(txn, n, In, []RelType{MemberOf}, true) {
			if adj.other != "" && !seen[adj.other] {
				seen[adj.other] = true
				queue = append(queue, adj.other)
			}
		}
	}
	out := make([]string, 0, len(seen))
	for id := range seen {
		out = append(out, id)
	}
	slices.Sort(out)
	return out
}
