package compile

import (
	"go/token"
	"go/types"
	"strings"
)

// Types as reflect (and so fmt's %T) names them.

// goTypeName writes a type as %T prints it: packages by name, no space
// after the commas of type arguments ("main.Pair[string,int]"), and
// struct and interface types spaced as reflect spells them
// ("struct { C main.Celsius }", "interface {}" for any).
func goTypeName(typ types.Type) string {
	typ = unaliasElems(typ)
	if sig, ok := typ.(*types.Signature); ok {
		typ = unnamedSig(sig) // func(main.Celsius), as reflect prints it
	}
	s := types.TypeString(typ, func(p *types.Package) string { return p.Name() })
	var b strings.Builder
	var stack []byte // open brackets: 't' for type arguments, 's' for struct/interface bodies, others as is
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '[':
			kind := byte('[')
			if i > 0 && (isIdentByte(s[i-1])) {
				kind = 't'
			}
			stack = append(stack, kind)
		case '{':
			if strings.HasSuffix(b.String(), "struct") || strings.HasSuffix(b.String(), "interface") {
				if i+1 < len(s) && s[i+1] == '}' {
					b.WriteString(" {}")
					i++
					continue
				}
				b.WriteString(" { ")
				stack = append(stack, 's')
				continue
			}
			stack = append(stack, c)
		case '(':
			stack = append(stack, c)
		case ']', ')', '}':
			if len(stack) > 0 {
				top := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				if c == '}' && top == 's' {
					b.WriteString(" }")
					continue
				}
			}
		case ' ':
			if i > 0 && s[i-1] == ',' && len(stack) > 0 && stack[len(stack)-1] == 't' {
				continue
			}
		case 'a', 'b', 'r':
			// The predeclared any, byte and rune are interface {}, uint8
			// and int32 to reflect.
			if w, ok := predeclaredAt(s, i); ok {
				b.WriteString(reflectNames[w])
				i += len(w) - 1
				continue
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

// reflectNames are reflect's names of the predeclared aliases.
var reflectNames = map[string]string{"any": "interface {}", "byte": "uint8", "rune": "int32"}

// predeclaredAt returns the predeclared alias named at s[i:], if a whole
// identifier (not a package's) is one.
func predeclaredAt(s string, i int) (string, bool) {
	if i > 0 && (isIdentByte(s[i-1]) || s[i-1] == '.') {
		return "", false
	}
	for w := range reflectNames {
		if strings.HasPrefix(s[i:], w) && (i+len(w) == len(s) || !isIdentByte(s[i+len(w)])) {
			return w, true
		}
	}
	return "", false
}

// unnamedSig returns sig without the names of its parameters and results.
func unnamedSig(sig *types.Signature) *types.Signature {
	strip := func(t *types.Tuple) *types.Tuple {
		vars := make([]*types.Var, t.Len())
		for i := range vars {
			vars[i] = types.NewParam(token.NoPos, nil, "", t.At(i).Type())
		}
		return types.NewTuple(vars...)
	}
	return types.NewSignatureType(nil, nil, nil, strip(sig.Params()), strip(sig.Results()), sig.Variadic())
}

func isIdentByte(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// unaliasElems writes the aliases of typ and of the element types of its
// pointers, slices, arrays, maps and channels as the types they stand for
// ([]P of type P = Point is []Point, as reflect prints it).
func unaliasElems(typ types.Type) types.Type {
	switch t := types.Unalias(typ).(type) {
	case *types.Pointer:
		return types.NewPointer(unaliasElems(t.Elem()))
	case *types.Slice:
		return types.NewSlice(unaliasElems(t.Elem()))
	case *types.Array:
		return types.NewArray(unaliasElems(t.Elem()), t.Len())
	case *types.Map:
		return types.NewMap(unaliasElems(t.Key()), unaliasElems(t.Elem()))
	case *types.Chan:
		return types.NewChan(t.Dir(), unaliasElems(t.Elem()))
	default:
		return t
	}
}
