package main

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"
)

// onceValue wraps the value of a single-value flag (a string, a number, a duration) so that
// giving the flag twice is an error: pflag's own String and Int values keep the last of
// "--url A --url B" without a word (finding A2 of new-user trial 15), and a user who repeats a
// flag expects either both values to count or to be told. Flags that take lists (stringSlice,
// stringArray, …) and counts keep pflag's behaviour; boolean switches may repeat, as the same
// switch twice says nothing new.
type onceValue struct {
	pflag.Value
	name  string
	first string // the first value given; set once Set has succeeded
	set   bool
}

func (v *onceValue) Set(s string) error {
	if v.set {
		return fmt.Errorf("already given as %q: --%s takes one value", v.first, v.name)
	}
	if err := v.Value.Set(s); err != nil {
		return err
	}
	v.first, v.set = s, true
	return nil
}

// singleValueFlags wraps every single-value flag of cmd and its subcommands (local and persistent)
// in onceValue.
func singleValueFlags(cmd *cobra.Command) {
	wrap := func(f *pflag.Flag) {
		if _, done := f.Value.(*onceValue); done || !singleValued(f.Value.Type()) {
			return
		}
		f.Value = &onceValue{Value: f.Value, name: f.Name}
	}
	cmd.LocalNonPersistentFlags().VisitAll(wrap)
	cmd.PersistentFlags().VisitAll(wrap)
	cmd.Flags().VisitAll(wrap)
	for _, c := range cmd.Commands() {
		singleValueFlags(c)
	}
}

// singleValued reports whether a pflag value type holds one value that a second Set replaces.
func singleValued(typ string) bool {
	switch {
	case typ == "bool" || typ == "count":
		return false
	case strings.HasSuffix(typ, "Slice") || strings.HasSuffix(typ, "Array") || strings.HasSuffix(typ, "ToString") || strings.HasSuffix(typ, "ToInt") || strings.HasSuffix(typ, "ToInt64"):
		return false
	}
	return true
}
