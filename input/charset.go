package input

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// decodeHTML returns an HTML page as UTF-8. The encoding is the one the page declares: a
// byte-order mark, or a <meta charset> or <meta http-equiv="Content-Type"> in its first 1,024
// bytes, found by the HTML standard's prescan (golang.org/x/net/html/charset; labels map as
// the WHATWG Encoding Standard says, so "iso-8859-1" decodes as windows-1252). A page that
// declares nothing, or UTF-8, is returned as it is (checkText repairs bad bytes). So is a page
// whose non-ASCII bytes are valid UTF-8 although its <meta> declares a single-byte charset (a
// page re-saved as UTF-8 without fixing its <meta>: Latin-1 text is valid UTF-8 only by rare
// accident), with a warning. warn is for Document.Warnings; "" when there is nothing to say.
func decodeHTML(data []byte) (out []byte, warn string, err error) {
	enc, name, certain := charset.DetermineEncoding(data, "text/html")
	// certain is set for a byte-order mark only; a <meta> found by the prescan is "tentative" in
	// the standard's terms, and indistinguishable by the result from the windows-1252 guess made
	// for pages that declare nothing. Only a declaration is followed.
	declared := certain || declaresCharset.Match(data[:min(len(data), 1024)])
	if !declared || name == "utf-8" {
		return data, "", nil
	}
	bom := len(data) >= 2 && (data[0] == 0xFF && data[1] == 0xFE || data[0] == 0xFE && data[1] == 0xFF)
	if !bom && hasHighBytes(data) && utf8.Valid(data) {
		return data, "its <meta> declares charset " + name + " but its bytes are UTF-8; read as UTF-8", nil
	}
	out, err = enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, "", fmt.Errorf("%w: decoding it as %s (its declared charset): %v", ErrUnreadable, name, err)
	}
	// A declared single-byte charset decodes any bytes; the result is UTF-8 by construction.
	if !utf8.Valid(out) {
		return nil, "", errors.New("decoding as " + name + " did not give UTF-8")
	}
	return bytes.TrimPrefix(out, []byte("\uFEFF")), "", nil
}

// declaresCharset matches a <meta> tag with a charset, as <meta charset=…> or in the content of
// <meta http-equiv="Content-Type">.
var declaresCharset = regexp.MustCompile(`(?i)<meta\s[^>]*charset\s*=`)

func hasHighBytes(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}
