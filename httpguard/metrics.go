package httpguard

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// metrics are the Guard's Prometheus series, all prefixed claimgraph_http_.
type metrics struct {
	requests *prometheus.CounterVec   // route, code, outcome
	latency  *prometheus.HistogramVec // route
	bytes    *prometheus.HistogramVec // route
	inFlight *prometheus.GaugeVec     // class
	queued   *prometheus.GaugeVec     // class
	rejected *prometheus.CounterVec   // class
}

func newMetrics(reg *prometheus.Registry) *metrics {
	m := &metrics{
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimgraph_http_requests_total",
			Help: "Requests served, by route, HTTP status and outcome (ok, client_error, unavailable, timeout, too_large, error).",
		}, []string{"route", "code", "outcome"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "claimgraph_http_request_duration_seconds",
			Help: "Time from the request reaching the route to the end of the response, queueing included.",
			// 5 ms to 20 s: a node by ID takes about a millisecond, a depth-3 neighborhood
			// most of a second, the default time limit is 10 s.
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 20},
		}, []string{"route"}),
		bytes: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "claimgraph_http_response_bytes",
			Help:    "Response body sizes in bytes.",
			Buckets: prometheus.ExponentialBuckets(256, 4, 10), // 256 B to 64 MiB
		}, []string{"route"}),
		inFlight: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "claimgraph_http_in_flight",
			Help: "Requests holding an execution slot, by admission class.",
		}, []string{"class"}),
		queued: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "claimgraph_http_queued",
			Help: "Requests waiting for an execution slot, by admission class.",
		}, []string{"class"}),
		rejected: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "claimgraph_http_rejected_total",
			Help: "Requests refused by admission control (queue full or waited too long), by class.",
		}, []string{"class"}),
	}
	reg.MustRegister(m.requests, m.latency, m.bytes, m.inFlight, m.queued, m.rejected,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	for _, c := range []Class{Light, Heavy} {
		m.inFlight.WithLabelValues(c.String())
		m.queued.WithLabelValues(c.String())
		m.rejected.WithLabelValues(c.String())
	}
	return m
}

// init creates a route's series so they are exported (as zero) before its first request.
func (m *metrics) init(route string) {
	m.latency.WithLabelValues(route)
	m.bytes.WithLabelValues(route)
}

func (m *metrics) admission(event string, c Class) {
	l := c.String()
	switch event {
	case "admit":
		m.inFlight.WithLabelValues(l).Inc()
	case "release":
		m.inFlight.WithLabelValues(l).Dec()
	case "queue":
		m.queued.WithLabelValues(l).Inc()
	case "dequeue":
		m.queued.WithLabelValues(l).Dec()
	case "reject":
		m.rejected.WithLabelValues(l).Inc()
	}
}

func (m *metrics) done(route string, code int, n int64, d time.Duration) {
	m.requests.WithLabelValues(route, strconv.Itoa(code), outcome(code)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
	m.bytes.WithLabelValues(route).Observe(float64(n))
}

// outcome groups statuses: 503 is a refusal by admission control or a request out of time (the
// body's code, OVERLOADED or TIMEOUT, tells which; claimgraph_http_rejected_total counts the
// former), 413 and 422 a request or response over its size limit, other 4xx the client's error.
func outcome(code int) string {
	switch {
	case code < 400:
		return "ok"
	case code == http.StatusServiceUnavailable || code == http.StatusTooManyRequests:
		return "unavailable"
	case code == http.StatusGatewayTimeout:
		return "timeout"
	case code == http.StatusRequestEntityTooLarge || code == http.StatusUnprocessableEntity:
		return "too_large"
	case code < 500:
		return "client_error"
	}
	return "error"
}

// MetricsHandler serves the registry in the Prometheus text format. Mount it directly (never
// behind Route): scrapes are never queued.
func (g *Guard) MetricsHandler() http.Handler {
	return promhttp.HandlerFor(g.cfg.Registry, promhttp.HandlerOpts{Registry: g.cfg.Registry})
}
