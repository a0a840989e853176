//go:build ignore

// A three-clause loop's variable changed through a pointer in the body
// carries into the next iteration (Go 1.22), as one assigned directly.
package main

import "fmt"

func adv(i *int) { *i += 2 }

func skipQuoted(s string, i *int) {
	for *i++; *i < len(s) && s[*i] != '"'; *i++ {
	}
}

func main() {
	for i := 0; i < 6; i++ {
		fmt.Println(i)
		adv(&i)
	}
	s := `a"bc"d"e f"g`
	for i := 0; i < len(s); i++ {
		if s[i] == '"' {
			skipQuoted(s, &i)
			continue
		}
		fmt.Print(string(s[i]), " ")
	}
	fmt.Println()
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
		p := &i
		*p += 10
	}
	for _, p := range ptrs {
		fmt.Print(*p, " ")
	}
	fmt.Println()
}
