package input

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// cp1252Cont maps each character that Windows-1252 (or ISO 8859-1) gives a UTF-8 continuation
// byte 0x80–0xBF to that byte: "¡" → A1, "€" → 80, "™" → 99, and the C1 control U+0080–U+009F
// that ISO 8859-1 reads for the bytes Windows-1252 leaves undefined.
var cp1252Cont = func() map[rune]byte {
	m := map[rune]byte{}
	for b := 0x80; b <= 0xBF; b++ {
		m[charmap.Windows1252.DecodeByte(byte(b))] = byte(b)
		if b < 0xA0 {
			m[rune(b)] = byte(b)
		}
	}
	delete(m, utf8.RuneError)
	return m
}()

// repairCP1252Mojibake undoes the commonest corruption of web text: UTF-8 bytes decoded as
// Windows-1252 (or ISO 8859-1) and saved again as UTF-8, so that each accented letter reads as
// two or three Latin characters: "Peña" becomes "PeÃ±a", "Tomás" "TomÃ¡s", "François"
// "FranÃ§ois". The tokenizer then cuts the name at the symbol ("±") and a person "Enrique PeÃ"
// results. As python-ftfy does for this case (ftfy/fixes.py, fix_encoding: re-encode as the
// sloppy codec, decode as UTF-8), each sequence of a UTF-8 lead byte's character (U+00C2–U+00F4)
// followed by as many characters of continuation bytes as the lead announces is replaced by the
// one character those bytes encode, when it is a printable character from U+00A0 on. Genuine
// Latin text is untouched: an accented letter there is followed by ASCII or by a letter, which
// encodes no continuation byte ("café", "Ångström"); a sequence whose bytes were lost in the
// corruption ("RaÃol", "naÃ ̄ve") is left as it is, and so is one that decodes to a lead byte's
// character again before another Latin-1 character (text corrupted twice, "ÃƒÂ¨" for "è": one
// layer undone would leave mojibake of another shape, and a lost byte often keeps the second
// layer from decoding). It returns the text (s itself when nothing
// was repaired) and the number of characters repaired. The text is read in NFC, as cleaning
// reads it (normalizeText), since a tool that decomposed the corrupted text wrote "Ã" as "A" and a
// combining tilde; the NFC text is returned only when something was repaired.
func repairCP1252Mojibake(orig string) (string, int) {
	if !strings.ContainsFunc(orig, func(r rune) bool { return r >= 0xC2 && r <= 0xF4 || r >= 0x300 && r <= 0x36F }) {
		return orig, 0 // no lead byte's character, composed or decomposed: nothing to repair
	}
	s := norm.NFC.String(orig)
	var sp splicer
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r < 0xC2 || r > 0xF4 {
			i += size
			continue
		}
		need := 1
		switch {
		case r >= 0xF0:
			need = 3
		case r >= 0xE0:
			need = 2
		}
		raw := []byte{byte(r)}
		j := i + size
		for len(raw) <= need && j < len(s) {
			c, n := utf8.DecodeRuneInString(s[j:])
			b, ok := cp1252Cont[c]
			if !ok {
				break
			}
			raw = append(raw, b)
			j += n
		}
		if len(raw) != need+1 {
			i += size
			continue
		}
		fixed, n := utf8.DecodeRune(raw)
		if fixed >= 0xC2 && fixed <= 0xF4 && latinAt(s, j) {
			// corrupted twice: skip the whole run of Latin-1 characters, no layer undone
			for i = j; latinAt(s, i); {
				_, n := utf8.DecodeRuneInString(s[i:])
				i += n
			}
			continue
		}
		if fixed != utf8.RuneError && n == len(raw) && fixed >= 0xA0 {
			sp.put(s, i, j, string(fixed))
			i = j
			continue
		}
		i += size
	}
	if sp.n == 0 {
		return orig, 0
	}
	return sp.done(s)
}

// cp1252Warning is the warning for n characters repaired by repairCP1252Mojibake, or nil.
func cp1252Warning(n int) []string {
	if n == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%d character(s) were UTF-8 read as Windows-1252 (mojibake such as \"Ã±\" for \"ñ\"); repaired", n)}
}

// latinAt reports a character of U+0080–U+00FF at byte offset j of s.
func latinAt(s string, j int) bool {
	if j >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[j:])
	return r >= 0x80 && r <= 0xFF
}
