// Cancellation of an extraction: the stages check the document's context once per sentence.

package doc

// Stopped is the panic value checkStop unwinds the stages with; ExtractContext recovers it.
type Stopped struct{ Err error }

// CheckStop unwinds the extraction when the context is done. Stages call it once per sentence:
// threading an error return through every rule would cost more than the check saves.
func (d *Doc) CheckStop() {
	if d.Ctx == nil {
		return
	}
	if err := d.Ctx.Err(); err != nil {
		panic(Stopped{err})
	}
}
