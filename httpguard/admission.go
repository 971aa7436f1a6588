package httpguard

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// Class is the admission class of a request: what share of the server it may take.
type Class int

const (
	// Light requests (a node by ID, a small page, a static page) may use every execution slot,
	// including the ones reserved for them, and wait in their own queue, served first.
	Light Class = iota
	// Heavy requests (deep neighborhoods, large pages, exports) may use at most
	// Config.MaxHeavy slots, so some slots always stay free for light requests.
	Heavy
	// Deferred routes decide their class themselves once they know the request (GraphQL: after
	// parsing, from the query's estimated cost) and call Guard.Acquire; the wrapper adds the
	// budget, deadline and metrics only.
	Deferred
)

func (c Class) String() string {
	switch c {
	case Light:
		return "light"
	case Heavy:
		return "heavy"
	}
	return "deferred"
}

// ErrOverloaded is returned by Acquire when a request can be neither run nor queued, or waited
// longer than Config.QueueWait. The HTTP wrappers answer it with 503 and Retry-After.
var ErrOverloaded = errors.New("server is busy")

// OverloadError says why a request was refused and when to retry.
type OverloadError struct {
	Class      Class
	Reason     string        // "queue full" or "waited too long"
	RetryAfter time.Duration // a hint for the Retry-After header (whole seconds, at least 1)
}

func (e *OverloadError) Error() string {
	return fmt.Sprintf("server is busy (%s %s); retry in %d s", e.Class, e.Reason, int(e.RetryAfter/time.Second))
}

func (e *OverloadError) Unwrap() error { return ErrOverloaded }

// admission is a two-class counting semaphore with bounded FIFO queues. Light waiters are woken
// before heavy ones, and heavy requests never hold more than maxHeavy slots, so a cheap request
// waits at most for one light request to finish, however many heavy ones are queued.
type admission struct {
	mu        sync.Mutex
	slots     int // total slots
	maxHeavy  int // slots heavy requests may hold
	maxQueue  int // waiters per class
	wait      time.Duration
	used      int
	heavyUsed int
	queues    [2][]*waiter

	observe func(event string, c Class) // metrics hook: "admit", "queue", "dequeue", "reject", "release"
}

type waiter struct {
	ready chan struct{} // closed when the slot is granted
	done  bool          // granted (under mu)
}

func (a *admission) fits(c Class) bool {
	if a.used >= a.slots {
		return false
	}
	return c == Light || a.heavyUsed < a.maxHeavy
}

func (a *admission) take(c Class) {
	a.used++
	if c == Heavy {
		a.heavyUsed++
	}
}

// acquire takes a slot of class c, waiting in c's queue up to a.wait (or ctx's end). It returns a
// release function to call exactly once, or an *OverloadError, or ctx's error.
func (a *admission) acquire(ctx context.Context, c Class) (func(), error) {
	if c != Heavy {
		c = Light
	}
	a.mu.Lock()
	if len(a.queues[c]) == 0 && a.fits(c) {
		a.take(c)
		a.mu.Unlock()
		a.observe("admit", c)
		return a.releaser(c), nil
	}
	if len(a.queues[c]) >= a.maxQueue {
		a.mu.Unlock()
		a.observe("reject", c)
		return nil, &OverloadError{Class: c, Reason: "queue full", RetryAfter: a.retryAfter()}
	}
	w := &waiter{ready: make(chan struct{})}
	a.queues[c] = append(a.queues[c], w)
	a.mu.Unlock()
	a.observe("queue", c)

	timer := time.NewTimer(a.wait)
	defer timer.Stop()
	var err error
	select {
	case <-w.ready:
		a.observe("dequeue", c)
		a.observe("admit", c)
		return a.releaser(c), nil
	case <-timer.C:
		err = &OverloadError{Class: c, Reason: "waited too long", RetryAfter: a.retryAfter()}
	case <-ctx.Done():
		err = ctx.Err()
	}
	a.mu.Lock()
	if w.done { // granted while timing out: keep the slot
		a.mu.Unlock()
		a.observe("dequeue", c)
		a.observe("admit", c)
		return a.releaser(c), nil
	}
	q := a.queues[c]
	for i, x := range q {
		if x == w {
			a.queues[c] = append(q[:i:i], q[i+1:]...)
			break
		}
	}
	a.mu.Unlock()
	a.observe("dequeue", c)
	a.observe("reject", c)
	return nil, err
}

func (a *admission) releaser(c Class) func() {
	var once sync.Once
	return func() {
		once.Do(func() {
			a.mu.Lock()
			a.used--
			if c == Heavy {
				a.heavyUsed--
			}
			a.grant()
			a.mu.Unlock()
			a.observe("release", c)
		})
	}
}

// grant hands free slots to waiters, light first. Called with mu held.
func (a *admission) grant() {
	for _, c := range []Class{Light, Heavy} {
		for len(a.queues[c]) > 0 && a.fits(c) {
			w := a.queues[c][0]
			a.queues[c] = a.queues[c][1:]
			a.take(c)
			w.done = true
			close(w.ready)
		}
	}
}

// retryAfter is the Retry-After hint: the queue wait, rounded up to whole seconds.
func (a *admission) retryAfter() time.Duration {
	s := (a.wait + time.Second - 1) / time.Second
	if s < 1 {
		s = 1
	}
	return s * time.Second
}
