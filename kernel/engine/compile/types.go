package compile

import (
	"go/constant"
	"go/scanner"
	"go/token"
	"go/types"
	"strconv"
	"strings"
)

// constLiteral writes a constant as Go source of the same type and value.
func constLiteral(tv types.TypeAndValue) string {
	v := tv.Value
	var lit string
	switch v.Kind() {
	case constant.Bool:
		lit = strconv.FormatBool(constant.BoolVal(v))
	case constant.String:
		lit = strconv.Quote(constant.StringVal(v))
	case constant.Int:
		lit = v.ExactString()
	case constant.Float:
		f, _ := constant.Float64Val(v)
		lit = strconv.FormatFloat(f, 'g', -1, 64)
		if !strings.ContainsAny(lit, ".eEnI") {
			lit += ".0"
		}
	case constant.Complex:
		re, _ := constant.Float64Val(constant.Real(v))
		im, _ := constant.Float64Val(constant.Imag(v))
		lit = "complex(" + strconv.FormatFloat(re, 'g', -1, 64) + ", " + strconv.FormatFloat(im, 'g', -1, 64) + ")"
	default:
		lit = v.String()
	}
	if b, ok := tv.Type.(*types.Basic); ok && b.Info()&types.IsUntyped != 0 {
		if b.Kind() == types.UntypedRune {
			// Still an untyped rune constant (rune(44) would be typed:
			// a later cell's s[i] == sep with a byte would not compile).
			return "('\\x00' + " + lit + ")"
		}
		return lit
	}
	return lit
}

// typeString writes t in Go source as the interpreter knows it: packages by
// their imported names (via qual), and the cell package's types by their
// current interpreter names (via gen).
func typeString(t types.Type, qual types.Qualifier, gen func(name string) string) string {
	s := types.TypeString(t, qual)
	return renameIdents(s, gen)
}

// renameIdents replaces unqualified identifiers of s (a type in Go source
// form) for which gen returns a different name.
func renameIdents(s string, gen func(name string) string) string {
	if gen == nil {
		return s
	}
	fset := token.NewFileSet()
	f := fset.AddFile("", -1, len(s))
	var sc scanner.Scanner
	sc.Init(f, []byte(s), nil, 0)
	var b strings.Builder
	last := 0
	prev := token.ILLEGAL
	for {
		pos, tok, lit := sc.Scan()
		if tok == token.EOF {
			break
		}
		if tok == token.IDENT && prev != token.PERIOD {
			if n := gen(lit); n != "" && n != lit {
				off := f.Offset(pos)
				b.WriteString(s[last:off])
				b.WriteString(n)
				last = off + len(lit)
			}
		}
		prev = tok
	}
	b.WriteString(s[last:])
	return b.String()
}
