//go:build ignore

// Struct types whose only field is an embedded interface (type NotFound
// struct{ error }), handed to fmt.Errorf with %w, errors.Join, maps.

package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type NotFound struct{ error }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type RC struct{ io.Reader }

type Named struct {
	fmt.Stringer
}

type S string

func (s S) String() string { return "S" + string(s) }

func main() {
	nf := NotFound{errors.New("a")}
	fmt.Println(fmt.Errorf("w: %w", nf))
	fmt.Println(errors.Join(NotFound{errors.New("d")}))
	fmt.Println(fmt.Errorf("w: %w", any(nf)))
	var t NotFound
	fmt.Println(errors.As(fmt.Errorf("w: %w", nf), &t), t.error)
	fmt.Printf("%v|%+v|%T|%s\n", nf, nf, nf, nf)
	b, err := json.Marshal(nf)
	fmt.Println(string(b), err)
	xs := []int{3, 1, 2}
	sort.Sort(reverse{sort.IntSlice(xs)})
	fmt.Println(xs)
	r := RC{strings.NewReader("hello")}
	data, _ := io.ReadAll(r)
	fmt.Println(string(data))
	fmt.Printf("%v %+v\n", Named{S("x")}, []any{Named{S("y")}})
	fmt.Println(nf == NotFound{nf.error}, []NotFound{nf})
	m := map[string]any{"k": nf}
	fmt.Println(m)
}
