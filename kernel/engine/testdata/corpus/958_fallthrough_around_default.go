//go:build ignore

// fallthrough into and out of a default clause that is not the last one:
// expression switches with init statements, tagless switches, switches on
// interfaces, case lists, nested switches and loops.

package main

import "fmt"

func grade(score int) {
	switch {
	case score >= 90:
		fmt.Print("A ")
		fallthrough
	default:
		fmt.Print("pass ")
		fallthrough
	case score < 0:
		fmt.Print("checked")
	}
	fmt.Println()
}

func kind(v any) string {
	out := ""
	switch v {
	case "x", "y":
		out += "letter "
		fallthrough
	default:
		out += "default "
	case 3:
		out += "three "
	}
	return out
}

func count(n int) (steps []string) {
	for i := range n {
		switch r := i % 4; r {
		default:
			steps = append(steps, fmt.Sprint("d", r))
			fallthrough
		case 1:
			steps = append(steps, fmt.Sprint("one", r))
			if i == 2 {
				break
			}
			fallthrough
		case 2:
			steps = append(steps, "two")
			continue
		}
		steps = append(steps, "after")
	}
	return steps
}

func first(x int) {
	switch x {
	default:
		fmt.Println("def", x)
	case 3:
		fmt.Println("3")
		fallthrough
	case 4:
		fmt.Println("4")
	}
}

func main() {
	first(3)
	first(4)
	first(5)
	grade(95)
	grade(50)
	grade(-1)
	fmt.Printf("%q %q %q\n", kind("x"), kind(3), kind(1.5))
	fmt.Println(count(6))
	x := 0
	switch x++; x {
	case 5:
		fmt.Println("five")
	default:
		fmt.Println("default", x)
		switch y := x * 2; {
		case y > 10:
			fmt.Println("big")
		default:
			fmt.Println("inner default", y)
			fallthrough
		case y < 0:
			fmt.Println("inner fell")
		}
		fallthrough
	case 1, 2:
		fmt.Println("fell into 1, 2")
	}
}
