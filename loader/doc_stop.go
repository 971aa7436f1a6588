// Cancellation of an extraction: the stages check the document's context once per sentence.

package loader

// stopped is the panic value checkStop unwinds the stages with; ExtractContext recovers it.
type stopped struct{ err error }

// checkStop unwinds the extraction when the context is done. Stages call it once per sentence:
// threading an error return through every rule would cost more than the check saves.
func (d *doc) checkStop() {
	if d.ctx == nil {
		return
	}
	if err := d.ctx.Err(); err != nil {
		panic(stopped{err})
	}
}
