package stdgen_test

import (
	"crypto/hkdf"
	"crypto/md5"
	"crypto/pbkdf2"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"hash"
	"strings"
	"testing"
	"time"
)

// hashes are the hash constructors tried, with the type argument the
// compiler infers for them.
var hashes = []struct {
	name, typ string
	fn        func() hash.Hash
}{
	{"sha256.New", "hash.Hash", sha256.New},
	{"sha512.New", "hash.Hash", sha512.New},
	{"sha1.New", "hash.Hash", sha1.New},
	{"md5.New", "hash.Hash", md5.New},
	{"sha3.New256", "*sha3.SHA3", func() hash.Hash { return sha3.New256() }},
}

const cryptoImports = `import (
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha3"
	"crypto/sha512"
	"hash"
)

var _ = md5.New
var _ = sha1.New
var _ = sha256.New
var _ = sha3.New256
var _ = sha512.New
var _ hash.Hash
`

func TestHKDF(t *testing.T) {
	h := newHarness(t, "crypto/hkdf")
	if err := h.eval(cryptoImports); err != nil {
		t.Fatal(err)
	}
	// call runs one of the generic functions with the hash h.
	type args struct {
		secret, salt []byte
		info         string
		n            int
	}
	cases := []args{
		{[]byte("secret"), nil, "", 32},
		{[]byte("secret"), []byte{}, "ctx", 1},
		{[]byte("input key material"), []byte("salt"), "info", 100},
		{nil, []byte("s"), "x", 0},
		{[]byte("k"), nil, "", 255 * 20},
		{[]byte("k"), nil, "", 255*64 + 1},
		{[]byte("k"), nil, "", -1},
	}
	for _, hs := range hashes {
		for n, a := range cases {
			name := fmt.Sprintf("%s/%d", hs.name, n)
			bl := func(b []byte) string {
				if b == nil {
					return "nil"
				}
				return fmt.Sprintf("[]byte(%q)", b)
			}
			key := inst("crypto/hkdf", "Key", hs.typ)
			ext := inst("crypto/hkdf", "Extract", hs.typ)
			exp := inst("crypto/hkdf", "Expand", hs.typ)
			h.checkBounds("Key/"+name, fmt.Sprintf("k, err := %s(%s, %s, %s, %q, %d)\nreturn []any{k, err}", key, hs.name, bl(a.secret), bl(a.salt), a.info, a.n),
				func() any {
					k, err := hkdf.Key(hs.fn, a.secret, a.salt, a.info, a.n)
					return []any{k, err}
				})
			h.check("Extract/"+name, fmt.Sprintf("k, err := %s(%s, %s, %s)\nreturn []any{k, err}", ext, hs.name, bl(a.secret), bl(a.salt)),
				func() any {
					k, err := hkdf.Extract(hs.fn, a.secret, a.salt)
					return []any{k, err}
				})
			h.checkBounds("Expand/"+name, fmt.Sprintf("k, err := %s(%s, %s, %q, %d)\nreturn []any{k, err}", exp, hs.name, bl(a.secret), a.info, a.n),
				func() any {
					k, err := hkdf.Expand(hs.fn, a.secret, a.info, a.n)
					return []any{k, err}
				})
		}
	}
}

func TestPBKDF2(t *testing.T) {
	h := newHarness(t, "crypto/pbkdf2")
	if err := h.eval(cryptoImports); err != nil {
		t.Fatal(err)
	}
	for _, hs := range hashes {
		for _, tc := range []struct {
			password, salt string
			iter, n        int
		}{
			{"password", "salt", 1, 20},
			{"password", "salt", 2, 32},
			{"passwordPASSWORDpassword", "saltSALTsaltSALTsaltSALTsaltSALTsalt", 4096, 25},
			{"", "", 3, 100},
			{"p", "s", 1, 0},
			{"p", "s", 1, -3},
			{"p", "s", 0, 5},
		} {
			name := fmt.Sprintf("%s/%s/%d/%d", hs.name, tc.password, tc.iter, tc.n)
			h.check(name, fmt.Sprintf("k, err := %s(%s, %q, []byte(%q), %d, %d)\nreturn []any{k, err}",
				inst("crypto/pbkdf2", "Key", hs.typ), hs.name, tc.password, tc.salt, tc.iter, tc.n),
				func() any {
					k, err := pbkdf2.Key(hs.fn, tc.password, []byte(tc.salt), tc.iter, tc.n)
					return []any{k, err}
				})
		}
	}
}

// TestMaphash checks the contract of Comparable and WriteComparable (the
// values themselves are the interpreter's own: see the source).
func TestMaphash(t *testing.T) {
	h := newHarness(t, "hash/maphash")
	if err := h.eval(`import "hash/maphash"`); err != nil {
		t.Fatal(err)
	}
	c := func(typ string) string { return inst("hash/maphash", "Comparable", typ) }
	for _, tc := range []struct {
		name, body string
		want       any
	}{
		{"int", "s := maphash.MakeSeed()\nreturn " + c("int") + "(s, 42) == " + c("int") + "(s, 40+2)", true},
		{"int differs", "s := maphash.MakeSeed()\nreturn " + c("int") + "(s, 1) == " + c("int") + "(s, 2)", false},
		{"seed", "return " + c("string") + "(maphash.MakeSeed(), \"a\") == " + c("string") + "(maphash.MakeSeed(), \"a\")", false},
		{"string", "s := maphash.MakeSeed()\nreturn " + c("string") + "(s, \"go\") == " + c("string") + "(s, strings.Repeat(\"g\", 1)+\"o\")", true},
		{"string prefix", "s := maphash.MakeSeed()\nreturn " + c("[2]string") + "(s, [2]string{\"ab\", \"\"}) == " + c("[2]string") + "(s, [2]string{\"a\", \"b\"})", false},
		{"zeros", "s := maphash.MakeSeed()\nreturn " + c("float64") + "(s, 0) == " + c("float64") + "(s, math.Copysign(0, -1))", true},
		{"NaN", "s := maphash.MakeSeed()\nreturn " + c("float64") + "(s, math.NaN()) == " + c("float64") + "(s, math.NaN())", false},
		{"struct", "s := maphash.MakeSeed()\nreturn " + c("P") + "(s, P{1, 2}) == " + c("P") + "(s, P{1, 2})", true},
		{"struct differs", "s := maphash.MakeSeed()\nreturn " + c("P") + "(s, P{1, 2}) == " + c("P") + "(s, P{2, 1})", false},
		{"pointer", "s := maphash.MakeSeed()\np, q := new(int), new(int)\nreturn []bool{" + c("*int") + "(s, p) == " + c("*int") + "(s, p), " + c("*int") + "(s, p) == " + c("*int") + "(s, q)}", []bool{true, false}},
		{"any", "s := maphash.MakeSeed()\nreturn []bool{" + c("any") + "(s, 1) == " + c("any") + "(s, 1), " + c("any") + "(s, 1) == " + c("any") + "(s, int64(1)), " + c("any") + "(s, nil) == " + c("any") + "(s, nil)}", []bool{true, false, true}},
		{"unhashable", "s := maphash.MakeSeed()\nreturn " + c("any") + "(s, []int{1})", "panic: runtime error: hash of unhashable type []int"},
		{"WriteComparable", "var a, b maphash.Hash\nb.SetSeed(a.Seed())\n" +
			inst("hash/maphash", "WriteComparable", "P") + "(&a, P{1, 2})\n" + inst("hash/maphash", "WriteComparable", "P") + "(&b, P{1, 2})\n" +
			"x := a.Sum64() == b.Sum64()\n" + inst("hash/maphash", "WriteComparable", "int") + "(&b, 3)\nreturn []bool{x, a.Sum64() == b.Sum64()}", []bool{true, false}},
	} {
		// The comparisons are made by the snippet: put them in variables
		// first (the interpreter fails on a comparison in return).
		body := strings.Replace(tc.body, "return ", "v := ", 1) + "\nreturn v"
		if strings.HasSuffix(tc.body, "[]int{1})") {
			body = tc.body
		}
		h.check(tc.name, body, func() any { return tc.want })
	}
}

func TestNull(t *testing.T) {
	h := newHarness(t, "database/sql")
	if err := h.eval("import (\n\t\"database/sql\"\n\t\"database/sql/driver\"\n)\n\nvar _ driver.Value\nvar _ sql.NullString"); err != nil {
		t.Fatal(err)
	}
	when := time.Date(2024, 2, 29, 12, 0, 0, 5, time.UTC)
	srcs := []struct {
		lit string
		v   any
	}{
		{"nil", nil},
		{"int64(42)", int64(42)},
		{`"42"`, "42"},
		{`[]byte("17")`, []byte("17")},
		{"3.5", 3.5},
		{"true", true},
		{`"x"`, "x"},
		{`"300"`, "300"},
		{"when", when},
	}
	scan := func(typ string, scanner func(v any) any) {
		for _, src := range srcs {
			h.check("Scan/"+typ+"/"+src.lit, fmt.Sprintf("when := time.Date(2024, 2, 29, 12, 0, 0, 5, time.UTC)\n_ = when\nvar n %s\nerr := n.Scan(%s)\nreturn []any{n.V, n.Valid, err}",
				inst("database/sql", "Null", typ), src.lit), func() any { return scanner(src.v) })
		}
	}
	scan("int64", func(v any) any { var n sql.Null[int64]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("string", func(v any) any { var n sql.Null[string]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("float64", func(v any) any { var n sql.Null[float64]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("bool", func(v any) any { var n sql.Null[bool]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("time.Time", func(v any) any { var n sql.Null[time.Time]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("byte", func(v any) any { var n sql.Null[byte]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("int", func(v any) any { var n sql.Null[int]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("int8", func(v any) any { var n sql.Null[int8]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("uint", func(v any) any { var n sql.Null[uint]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("float32", func(v any) any { var n sql.Null[float32]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("any", func(v any) any { var n sql.Null[any]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("[]byte", func(v any) any { var n sql.Null[[]byte]; err := n.Scan(v); return []any{n.V, n.Valid, err} })
	scan("MyInt", func(v any) any { var n sql.Null[MyInt]; err := n.Scan(v); return []any{n.V, n.Valid, err} })

	for _, tc := range []struct {
		typ, lit string
		want     func() any
	}{
		{"int64", "int64(5)", func() any { return value(sql.Null[int64]{V: 5, Valid: true}) }},
		{"int", "7", func() any { return value(sql.Null[int]{V: 7, Valid: true}) }},
		{"MyInt", "MyInt(8)", func() any { return value(sql.Null[MyInt]{V: 8, Valid: true}) }},
		{"uint8", "uint8(9)", func() any { return value(sql.Null[uint8]{V: 9, Valid: true}) }},
		{"float32", "float32(1.5)", func() any { return value(sql.Null[float32]{V: 1.5, Valid: true}) }},
		{"string", `"s"`, func() any { return value(sql.Null[string]{V: "s", Valid: true}) }},
		{"[]byte", `[]byte{'b'}`, func() any { return value(sql.Null[[]byte]{V: []byte("b"), Valid: true}) }},
		{"time.Time", "time.Unix(0, 0).UTC()", func() any { return value(sql.Null[time.Time]{V: time.Unix(0, 0).UTC(), Valid: true}) }},
		{"sql.NullString", `sql.NullString{String: "v", Valid: true}`, func() any {
			return value(sql.Null[sql.NullString]{V: sql.NullString{String: "v", Valid: true}, Valid: true})
		}},
		{"sql.NullInt64", `sql.NullInt64{}`, func() any { return value(sql.Null[sql.NullInt64]{Valid: true}) }},
		{"*sql.NullInt64", `(*sql.NullInt64)(nil)`, func() any { return value(sql.Null[*sql.NullInt64]{Valid: true}) }},
		{"uint64", "uint64(1<<63)", func() any { return value(sql.Null[uint64]{V: 1 << 63, Valid: true}) }},
	} {
		n := inst("database/sql", "Null", tc.typ)
		h.check("Value/"+tc.typ, "n := "+n+"{V: "+tc.lit+", Valid: true}\nv, err := n.Value()\nreturn []any{v, err}", tc.want)
		h.check("Value/invalid/"+tc.typ, "var n "+n+"\nv, err := n.Value()\nreturn []any{v, err}", func() any { return []any{nil, nil} })
	}
}

func value(v driver.Valuer) any {
	x, err := v.Value()
	return []any{x, err}
}
