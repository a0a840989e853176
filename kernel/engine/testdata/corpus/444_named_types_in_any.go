//go:build ignore

package main

import "fmt"

type Meters int
type Name string
type Ints []int
type Env map[string]int

func main() {
	var x any = Meters(1)
	_, ok := x.(int)
	fmt.Println(ok)
	switch x.(type) {
	case int:
		fmt.Println("int")
	case Meters:
		fmt.Println("Meters")
	}
	fmt.Println(x == any(1), x == any(Meters(1)))
	vals := []any{Name("n"), "s", Ints{1}, []int{2}, Env{"a": 1}}
	for _, v := range vals {
		switch t := v.(type) {
		case string:
			fmt.Println("string", t)
		case Name:
			fmt.Println("Name", t)
		case []int:
			fmt.Println("[]int", t)
		case Ints:
			fmt.Println("Ints", t, len(t))
		case Env:
			fmt.Println("Env", t["a"])
		}
	}
	fmt.Printf("%v %T %+v\n", vals, vals[0], vals)
}
