package schema

import (
	"errors"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/graphql-go/graphql/gqlerrors"
	golexer "github.com/graphql-go/graphql/language/lexer"
	"github.com/graphql-go/graphql/language/location"
	"github.com/graphql-go/graphql/language/source"
	gqlast "github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"github.com/vektah/gqlparser/v2/lexer"
	"github.com/vektah/gqlparser/v2/parser"
)

// graphql-go v0.8.1 locates every error by running a regular expression over the whole query
// (about 100 ns a byte, per error), and formats a syntax error in time quadratic in its column: a
// 1 MiB query with a syntax error at its end took minutes of CPU, and 500 unknown fields after a
// 1 MiB comment took 49 s. So graphql-go's parser only ever sees documents that gqlparser (whose
// lexer counts lines as it goes) has accepted, it parses them without attaching the source to
// the AST, and locations are computed here from byte offsets, once per request.

// checkSyntax reports the first syntax error in q as BAD_REQUEST with its line and column. It
// also refuses what gqlparser accepts and graphql-go v0.8.1 does not, or reads otherwise: invalid
// UTF-8, null literals, descriptions on operations, fragments and variables, directives on
// variable definitions, literals its lexer ends elsewhere, block strings over several lines. So
// graphql-go's parser never fails on a document that passed, nor reads another one
// (FuzzSyntaxAgreement checks both). Nesting must have been bounded by scanNesting first.
func checkSyntax(q string) error {
	// GraphQL documents are Unicode text, and the two parsers repair bad bytes differently. A
	// JSON body cannot carry them (encoding/json repairs strings); GET and Execute can.
	for i := 0; i < len(q); {
		r, n := utf8.DecodeRuneInString(q[i:])
		if r == utf8.RuneError && n == 1 {
			e := errorf(CodeBadRequest, "the query is not valid UTF-8 (byte %d)", i)
			e.locations = []location.SourceLocation{newLineIndex(q).at(i)}
			return e
		}
		i += n
	}
	src := &gqlast.Source{Name: "GraphQL request", Input: q}
	doc, err := parser.ParseQuery(src)
	if err != nil {
		var ge *gqlerror.Error
		if errors.As(err, &ge) {
			e := errorf(CodeBadRequest, "Syntax Error: %s", ge.Message)
			for _, l := range ge.Locations {
				e.locations = append(e.locations, location.SourceLocation{Line: l.Line, Column: l.Column})
			}
			return e
		}
		return errorf(CodeBadRequest, "Syntax Error: %v", err)
	}
	for _, op := range doc.Operations {
		for _, v := range op.VariableDefinitions {
			if len(v.Directives) > 0 {
				return located(errorf(CodeBadRequest, "directives on variable definitions are not supported"), v.Position)
			}
			if err := nulls(v.DefaultValue); err != nil {
				return err
			}
		}
		if err := nullsIn(op.Directives, op.SelectionSet); err != nil {
			return err
		}
	}
	for _, fr := range doc.Fragments {
		if err := nullsIn(fr.Directives, fr.SelectionSet); err != nil {
			return err
		}
	}
	return scanTokens(src)
}

// nullsIn refuses null literals in the arguments of ds and of everything in ss. graphql-go
// v0.8.1 has no null literal: its parser fails on one.
func nullsIn(ds gqlast.DirectiveList, ss gqlast.SelectionSet) error {
	for _, d := range ds {
		for _, a := range d.Arguments {
			if err := nulls(a.Value); err != nil {
				return err
			}
		}
	}
	for _, sel := range ss {
		var err error
		switch s := sel.(type) {
		case *gqlast.Field:
			for _, a := range s.Arguments {
				if err := nulls(a.Value); err != nil {
					return err
				}
			}
			err = nullsIn(s.Directives, s.SelectionSet)
		case *gqlast.FragmentSpread:
			err = nullsIn(s.Directives, nil)
		case *gqlast.InlineFragment:
			err = nullsIn(s.Directives, s.SelectionSet)
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func nulls(v *gqlast.Value) error {
	if v == nil {
		return nil
	}
	if v.Kind == gqlast.NullValue {
		return located(errorf(CodeBadRequest, "null literals are not supported: leave the argument out"), v.Position)
	}
	for _, c := range v.Children {
		if err := nulls(c.Value); err != nil {
			return err
		}
	}
	return nil
}

// maxLiteralBytes bounds a string or number literal in the query text. Longer values belong in
// variables; the bound keeps crossCheck's work on one literal small even where graphql-go fails.
const maxLiteralBytes = 8 << 10

// scanTokens walks q's tokens as gqlparser reads them. It refuses a string where graphql-go expects
// none (a String or BlockString is a value only after ':' or '=' or inside a list value; elsewhere
// gqlparser reads it as a description), literals over maxLiteralBytes, and literals graphql-go's
// lexer reads differently (see crossCheck).
func scanTokens(src *gqlast.Source) error {
	q := src.Input
	lx := lexer.New(src)
	var open []lexer.Type // enclosing ( [ {
	prev := lexer.Invalid
	runes, bytePos := 0, 0 // a cursor converting gqlparser's rune offsets to byte offsets
	byteAt := func(r int) int {
		for runes < r && bytePos < len(q) {
			_, n := utf8.DecodeRuneInString(q[bytePos:])
			bytePos += n
			runes++
		}
		return bytePos
	}
	// A literal is checked when the next token arrives: gqlparser's end offset for a block string
	// ending in """" leaves out a quote, so the literal's text is taken up to the next token.
	var lit *lexer.Token
	checkLit := func(next int) error {
		if lit == nil {
			return nil
		}
		raw := strings.TrimRight(q[byteAt(lit.Pos.Start):byteAt(next)], " \t\r\n,\ufeff")
		if len(raw) > maxLiteralBytes {
			return located(errorf(CodeBadRequest, "a literal of %d bytes in the query; at most %d are allowed: pass long values as variables", len(raw), maxLiteralBytes), &lit.Pos)
		}
		if lit.Kind == lexer.BlockString && strings.ContainsAny(raw, "\r\n") {
			// graphql-go v0.8.1 gets the indentation rule wrong: """0\n 0""" reads as "0".
			return located(errorf(CodeBadRequest, "block strings over several lines are not supported: use a string with \\n escapes, or a variable"), &lit.Pos)
		}
		if !crossCheck(raw, lit.Kind) {
			return located(errorf(CodeBadRequest, "Syntax Error: malformed %s literal", strings.ToLower(lit.Kind.Name())), &lit.Pos)
		}
		lit = nil
		return nil
	}
	for {
		tok, err := lx.ReadToken()
		if err != nil {
			return nil // the parser has accepted this input; it cannot fail here
		}
		if err := checkLit(tok.Pos.Start); err != nil {
			return err
		}
		switch tok.Kind {
		case lexer.EOF:
			return nil
		case lexer.Comment:
			continue
		case lexer.ParenL, lexer.BracketL, lexer.BraceL:
			open = append(open, tok.Kind)
		case lexer.ParenR, lexer.BracketR, lexer.BraceR:
			if len(open) > 0 {
				open = open[:len(open)-1]
			}
		case lexer.String, lexer.BlockString, lexer.Int, lexer.Float:
			if tok.Kind == lexer.String || tok.Kind == lexer.BlockString {
				inList := len(open) > 0 && open[len(open)-1] == lexer.BracketL
				if !inList && prev != lexer.Colon && prev != lexer.Equals {
					return located(errorf(CodeBadRequest, "descriptions on operations, fragments and variables are not supported"), &tok.Pos)
				}
			}
			lit = &tok
		}
		prev = tok.Kind
	}
}

// crossCheck reports whether graphql-go's lexer reads raw, one literal as gqlparser read it, as
// one token of the same kind. The two lexers differ at the edges (graphql-go ends a block string
// at the first """ of """"), and a document gqlparser accepts must not fail in graphql-go's parser.
func crossCheck(raw string, kind lexer.Type) bool {
	want := map[lexer.Type]golexer.TokenKind{
		lexer.String: golexer.STRING, lexer.BlockString: golexer.BLOCK_STRING,
		lexer.Int: golexer.INT, lexer.Float: golexer.FLOAT,
	}[kind]
	tok, err := golexer.Lex(source.NewSource(&source.Source{Body: []byte(raw)}))(0)
	return err == nil && tok.Kind == want && tok.Start == 0 && tok.End == len(raw)
}

// asciiIgnored returns q with every non-ASCII byte in comments, and every byte-order mark outside
// strings, replaced by a space, so that byte offsets stay put. graphql-go v0.8.1's lexer counts
// code points where it means bytes after such characters and reads the names that follow from the
// wrong offset: "{ # é\n articles { totalCount } }" parsed as "{ articles s { totalCount } }".
// q must have passed checkSyntax, so that strings end where graphql-go's lexer ends them.
func asciiIgnored(q string) string {
	var b []byte // a copy, made at the first change
	blank := func(i, n int) {
		if b == nil {
			b = []byte(q)
		}
		for j := i; j < i+n; j++ {
			b[j] = ' '
		}
	}
	for i := 0; i < len(q); i++ {
		switch c := q[i]; {
		case c == '#':
			for i++; i < len(q) && q[i] != '\n' && q[i] != '\r'; i++ {
				if q[i] >= utf8.RuneSelf {
					blank(i, 1)
				}
			}
		case strings.HasPrefix(q[i:], `"""`):
			for i += 3; i < len(q) && !strings.HasPrefix(q[i:], `"""`); i++ {
				if strings.HasPrefix(q[i:], `\"""`) {
					i += 3
				}
			}
			i += 2
		case c == '"':
			for i++; i < len(q) && q[i] != '"'; i++ {
				if q[i] == '\\' {
					i++
				}
			}
		case strings.HasPrefix(q[i:], "\ufeff"):
			blank(i, 3)
			i += 2
		}
	}
	if b == nil {
		return q
	}
	return string(b)
}

func located(e *Error, p *gqlast.Position) *Error {
	if p != nil {
		e.locations = []location.SourceLocation{{Line: p.Line, Column: p.Column}}
	}
	return e
}

// lineIndex maps byte offsets in a query to GraphQL locations as graphql-go computes them: lines
// end at "\r\n", "\n" or "\r"; columns count bytes from 1.
type lineIndex struct {
	starts []int // byte offset where each line starts
}

func newLineIndex(q string) *lineIndex {
	ix := &lineIndex{starts: []int{0}}
	for i := 0; i < len(q); i++ {
		switch q[i] {
		case '\r':
			if i+1 < len(q) && q[i+1] == '\n' {
				i++
			}
			ix.starts = append(ix.starts, i+1)
		case '\n':
			ix.starts = append(ix.starts, i+1)
		}
	}
	return ix
}

// at returns the location of byte offset pos.
func (ix *lineIndex) at(pos int) location.SourceLocation {
	// The last line start at or before pos. graphql-go counts a terminator as ending a line only
	// when it starts before pos; for pos inside "\r\n" this differs by one column, harmlessly.
	line := sort.Search(len(ix.starts), func(i int) bool { return ix.starts[i] > pos })
	if line == 0 {
		line = 1
	}
	return location.SourceLocation{Line: line, Column: pos + 1 - ix.starts[line-1]}
}

// relocate rewrites the locations graphql-go computed for an AST parsed without its source (line
// 1, column = byte offset + 1) into real lines and columns.
func relocate(errs []gqlerrors.FormattedError, q string) {
	var ix *lineIndex
	for i := range errs {
		for j, l := range errs[i].Locations {
			if l.Line != 1 || l.Column < 1 {
				continue
			}
			if ix == nil {
				if !strings.ContainsAny(q, "\r\n") {
					return
				}
				ix = newLineIndex(q)
			}
			errs[i].Locations[j] = ix.at(l.Column - 1)
		}
	}
}
