//go:build ignore

// Width and precision from arguments; argument indexes; padding of
// tables built with Sprintf.
package main

import (
	"fmt"
	"strings"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	w := 0
	for _, r := range rows {
		w = max(w, len(r.name))
	}
	for _, r := range rows {
		fmt.Printf("%-*s|%*d|%*.*f|\n", w, r.name, 4, r.qty, 8, 2, r.price*float64(r.qty))
	}
	fmt.Printf("%*d|%-*d|\n", -6, 42, 6, 42)
	fmt.Printf("%.*s|%.*f\n", 3, "abcdef", 1, 2.345)
	fmt.Printf("%[1]*[2]d|%[3]s %[3]q\n", 5, 7, "x")
	fmt.Printf("%[3]v %[1]v %v\n", "a", "b", "c")
	badWidth := "%*d\n"
	fmt.Printf(badWidth, "x", 5)

	var b strings.Builder
	for i := 1; i <= 3; i++ {
		fmt.Fprintf(&b, "%0*d ", i+1, i)
	}
	fmt.Println(b.String())
	fmt.Println(strings.Repeat("=", w+15))
	header := fmt.Sprintf("%-10s%6s%8s", "name", "qty", "total")
	fmt.Println(header, len(header))
	fmt.Printf("%8.3e|%-12g|%12.4g|\n", 123456.789, 0.000012345, 123456.789)
	fmt.Printf("%+.2e %x %X\n", -0.00042, 3.5, -1.0)
	fmt.Printf("[%7.2f] [%-7.2f] [%07.2f]\n", 3.14159, 3.14159, -3.14159)
	fmt.Printf("[%3c] [%-3c] [%q]\n", 'x', 'y', []rune("hé"))
	fmt.Printf("%08.3f|%+08d|%x|%X|% X\n", 3.14159, 42, "Zz", []byte{1, 171}, []byte{1, 171})
	fmt.Printf("%#v %#v %#v\n", 1.0, 1e21, float32(2.5))
	fmt.Printf("%v|%6v|%-6v|\n", nil, true, nil)
	fmt.Printf("%3d%%|%-5s|%5.1s|\n", 50, "ab", "xyz")
	fmt.Println(fmt.Sprintf("%05s|%.0f|%.0f|%.0f", "ab", 0.5, 1.5, 2.5))
	fmt.Printf("%10v|%-10v|\n", []int{1, 2}, map[string]int{"a": 1})
	fmt.Printf("%x|%#x|%#o|%#b\n", -10, 255, 8, 5)
	fmt.Printf("%U|%#U|%08.3d|%.0d|\n", 0x2318, 0x2318, 7, 0)
}
