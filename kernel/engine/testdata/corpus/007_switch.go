//go:build ignore

package main

import (
	"fmt"
	"time"
)

func main() {
	i := 2
	fmt.Print("Write ", i, " as ")
	switch i {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	case 3:
		fmt.Println("three")
	}

	day := time.Date(2024, 3, 16, 12, 0, 0, 0, time.UTC).Weekday()
	switch day {
	case time.Saturday, time.Sunday:
		fmt.Println("It's the weekend:", day)
	default:
		fmt.Println("It's a weekday:", day)
	}

	hour := 15
	switch {
	case hour < 12:
		fmt.Println("It's before noon")
	default:
		fmt.Println("It's after noon")
	}

	for n := 0; n < 4; n++ {
		switch n {
		case 0:
			fmt.Println(n, "zero")
			fallthrough
		case 1:
			fmt.Println(n, "zero or one")
		case 2:
			fmt.Println(n, "two")
			break
			fmt.Println("unreachable")
		default:
			fmt.Println(n, "other")
		}
	}

	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 100:
		fmt.Println("fell through into x > 100")
	case x > 1:
		fmt.Println("not reached")
	}

	grade := func(score int) string {
		switch {
		case score >= 90:
			return "A"
		case score >= 80:
			return "B"
		case score >= 70:
			return "C"
		}
		return "F"
	}
	fmt.Println(grade(95), grade(85), grade(71), grade(10))

	switch s := "go"; s + "pher" {
	case "gopher":
		fmt.Println("gopher!")
	}
}
