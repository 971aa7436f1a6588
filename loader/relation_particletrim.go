package loader

import "github.com/claimgraph/claimgraph/frames"

// particleStart moves the start lo of the target phrase of verb cue m past the verb's particle
// when the parser hung the particle on the object noun ("brushed [aside opposition calls]":
// frames particleBeforeObject re-reads it as the verb's, since an adverb premodifies no noun,
// Quirk et al. 1985, 7.46): the particle is the phrasal verb's word, not the object's. h is the
// target's head.
func (fs *frameSentence) particleStart(m frames.Match, h, lo int) int {
	if m.Kind != "verb" || lo != m.Cue+1 || lo >= h || fs.toks[lo].UPOS != "ADV" || !frames.IsParticleWord(fs.toks[lo].Form) {
		return lo
	}
	return lo + 1
}
