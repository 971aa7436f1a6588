// Command latency times GraphQL queries against a running `claimgraph serve`: a one-hop
// neighborhood and a relations(source:) page, without and with evidence, each on a sample of
// actors weighted by how many relations they are the source of (so hubs such as "China" appear as often as a user would
// reach them). It sends the requests one at a time after a warm-up and prints one line per query:
// "NAME requests p50_ms p99_ms mean_ms". Usage:
//
//	latency -url http://127.0.0.1:8080/graphql -n 500
//	latency -free-port        # print a free loopback port and exit (for bench/run.sh)
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"slices"
	"time"
)

const neighborhoodQ = `query($id: ID!) { neighborhood(id: $id, depth: 1) {
  nodes { id kind label }
  relations { id type confidence source { id } target { id } } } }`

// relationsQ is what a graph view asks for an actor's outgoing edges.
const relationsQ = `query($id: ID!) { relations(source: $id, first: 50) { totalCount
  pageInfo { hasNextPage endCursor }
  nodes { id type confidence target { id label } } } }`

// relationsEvidenceQ adds every evidence sentence with its article, which the contract returns
// unpaged: for a hub the answer holds thousands of sentences.
const relationsEvidenceQ = `query($id: ID!) { relations(source: $id, first: 50) { totalCount
  nodes { id type confidence target { id label } evidence { text cue article { title publishedAt } } } } }`

// relationsFirstEvidenceQ asks for the first 5 evidence sentences of each relation, as a view
// that shows a few and links to the rest does (Relation.evidence(first:), evidenceCount).
const relationsFirstEvidenceQ = `query($id: ID!) { relations(source: $id, first: 50) { totalCount
  nodes { id type confidence target { id label } evidenceCount evidence(first: 5) { text cue article { title publishedAt } } } } }`

func main() {
	url := flag.String("url", "http://127.0.0.1:8080/graphql", "GraphQL endpoint")
	n := flag.Int("n", 500, "timed requests per query")
	warm := flag.Int("warmup", 50, "untimed requests per query first")
	seed := flag.Uint64("seed", 1, "random seed for the sample of actors")
	freePort := flag.Bool("free-port", false, "print a free TCP port on 127.0.0.1 and exit")
	flag.Parse()
	if *freePort {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			fail(err)
		}
		fmt.Println(l.Addr().(*net.TCPAddr).Port)
		l.Close()
		return
	}
	c := &http.Client{Timeout: 30 * time.Second}
	sources, err := sampleSources(c, *url)
	if err != nil {
		fail(err)
	}
	if len(sources) == 0 {
		fail(fmt.Errorf("the store at %s has no relations", *url))
	}
	rng := rand.New(rand.NewPCG(*seed, 7))
	for _, q := range []struct{ name, query string }{
		{"neighborhood", neighborhoodQ}, {"relations_source", relationsQ}, {"relations_source_evidence", relationsEvidenceQ},
		{"relations_source_evidence5", relationsFirstEvidenceQ},
	} {
		var times []float64
		for i := 0; i < *warm+*n; i++ {
			id := sources[rng.IntN(len(sources))]
			start := time.Now()
			if _, err := post(c, *url, q.query, map[string]any{"id": id}); err != nil {
				fail(fmt.Errorf("%s %s: %w", q.name, id, err))
			}
			if i >= *warm {
				times = append(times, float64(time.Since(start).Microseconds())/1000)
			}
		}
		slices.Sort(times)
		mean := 0.0
		for _, t := range times {
			mean += t
		}
		mean /= float64(len(times))
		fmt.Printf("%s %d %.2f %.2f %.2f\n", q.name, len(times), pct(times, 50), pct(times, 99), mean)
	}
}

// sampleSources lists the source node of every relation (up to 5,000), so drawing from it
// uniformly draws actors in proportion to their out-degree.
func sampleSources(c *http.Client, url string) ([]string, error) {
	var out []string
	after := any(nil)
	for len(out) < 5000 {
		data, err := post(c, url, `query($after: String) { relations(first: 1000, after: $after) {
			pageInfo { hasNextPage endCursor } nodes { source { id } } } }`, map[string]any{"after": after})
		if err != nil {
			return nil, err
		}
		var d struct {
			Relations struct {
				PageInfo struct {
					HasNextPage bool   `json:"hasNextPage"`
					EndCursor   string `json:"endCursor"`
				} `json:"pageInfo"`
				Nodes []struct {
					Source struct{ ID string } `json:"source"`
				} `json:"nodes"`
			} `json:"relations"`
		}
		if err := json.Unmarshal(data, &d); err != nil {
			return nil, err
		}
		for _, r := range d.Relations.Nodes {
			out = append(out, r.Source.ID)
		}
		if !d.Relations.PageInfo.HasNextPage {
			break
		}
		after = d.Relations.PageInfo.EndCursor
	}
	return out, nil
}

func post(c *http.Client, url, query string, vars map[string]any) (json.RawMessage, error) {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	resp, err := c.Post(url, "application/json", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		return nil, err
	}
	var r struct {
		Data   json.RawMessage   `json:"data"`
		Errors []json.RawMessage `json:"errors"`
	}
	if err := json.Unmarshal(b, &r); err != nil {
		return nil, fmt.Errorf("HTTP %d: %.200s", resp.StatusCode, b)
	}
	if len(r.Errors) > 0 {
		return nil, fmt.Errorf("GraphQL errors: %s", r.Errors[0])
	}
	return r.Data, nil
}

// pct is the p-th percentile (nearest rank) of sorted values.
func pct(sorted []float64, p float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	i := int(float64(len(sorted))*p/100+0.5) - 1
	return sorted[max(0, min(i, len(sorted)-1))]
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "latency:", err)
	os.Exit(1)
}
