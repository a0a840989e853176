//go:build ignore

// reflect.DeepEqual of values of named non-struct types held in any and
// written directly.

package main

import (
	"fmt"
	"reflect"
)

type K int
type S string

func (s S) String() string { return "S" }

func main() {
	var x any = K(3)
	fmt.Println(reflect.DeepEqual(x, K(3)), reflect.DeepEqual(x, 3), reflect.DeepEqual(K(3), K(3)))
	xs := []any{K(2), S("a")}
	fmt.Println(reflect.DeepEqual(xs[0], K(2)), reflect.DeepEqual(xs[1], S("a")), reflect.DeepEqual(xs, []any{K(2), S("a")}))
	fmt.Println(reflect.DeepEqual(xs, []any{2, "a"}))
	m := map[string]any{"a": K(5)}
	fmt.Println(reflect.DeepEqual(m, map[string]any{"a": K(5)}), reflect.DeepEqual(m["a"], K(5)))
}
