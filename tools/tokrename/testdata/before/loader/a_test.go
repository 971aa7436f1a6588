package loader

import (
	"errors"
	"testing"
)

func TestX(t *testing.T) {
	c, err := testCleaner(t).Clean(Document{Source: "t", Text: "The talks ended."})
	if err != nil || errors.Is(err, ErrNoContent) {
		t.Fatal(err)
	}
	_ = c
}
