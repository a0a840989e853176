//go:build ignore

package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y int
}

type Named struct {
	Name  string
	Tags  []string
	Inner *point
	M     map[string]int
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Secret string

func (Secret) GoString() string { return "Secret(***)" }

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("pointer is a pointer: %t\n", fmt.Sprintf("%p", &p)[:2] == "0x")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stdout, "io: an %s\n", "error")

	fmt.Printf("%8.2f|%-8.3f|%08.3f|%+d|% d\n", 3.14159, 2.5, -1.5, 5, 7)
	fmt.Printf("%v %+v\n", &p, &p)
	fmt.Printf("%#v\n", &p)
	n := Named{"n", []string{"a", "b"}, &point{3, 4}, map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%v\n", n.Tags)
	fmt.Printf("%+v\n", n.M)
	fmt.Printf("%#v\n", n.Tags)
	fmt.Printf("%#v\n", n.M)
	fmt.Printf("%v %+v\n", *n.Inner, []point{{1, 2}, {3, 4}})
	fmt.Printf("%#v\n", []point{{5, 6}})
	fmt.Printf("%v %s %d\n", Celsius(21.5), Celsius(-3), 42)
	fmt.Printf("%#v %v\n", Secret("x"), Secret("y"))
	fmt.Printf("%q %v %d %U\n", 'G', 'G', 'G', 'G')
	fmt.Printf("%x %X %o %#x %#o %08b\n", 255, 255, 8, 255, 8, 5)
	fmt.Printf("%5t|%-5t|\n", true, false)
	fmt.Printf("%3c|%-4q|\n", 'x', 'y')
	fmt.Printf("%.3s|%.0f|%.1e\n", "abcdef", 2.5, 12345.678)
	fmt.Printf("%g %g %g %G\n", 1e6, 1e21, 0.000012, 1e-10)
	fmt.Printf("%v %v\n", []byte("hi"), [3]bool{true})
	fmt.Printf("%s %x % x %X\n", []byte("hi"), []byte("hi"), []byte("hi"), "hi")
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%v %v %v\n", nil, error(nil), []any{nil, 1})
	fmt.Printf("%t %v\n", 1 == 1, struct {
		A int
		B string
	}{1, "x"})
	fmt.Printf("%6.2f%%\n", 99.5)
	fmt.Printf("%T %T %T %T %T\n", 1, 2.0, "s", 'r', nil)
	fmt.Printf("%T %T %T\n", []any{}, map[string][]int{}, func(int) string { return "" })
	fmt.Printf("%v|%s\n", Celsius(0), []Celsius{1, 2})
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0), fmt.Sprintln("x", 1))
	var ip *int
	fmt.Printf("%v %+v\n", ip, struct{ P *int }{nil})
	fmt.Printf("%v\n", struct {
		N Named
	}{Named{Name: "inner"}})
	fmt.Printf("%x %X\n", -255, "Zz")
	fmt.Printf("%08.3f|%-8d|%+.2e\n", 3.14159, 42, 12345.6789)
	fmt.Printf("%c%c%c\n", 0x4E16, 0x754C, '!')
	fmt.Printf("%q\n", []string{"a b", "c"})
	fmt.Printf("%5.1f|%-7s|%07d\n", 9.96, "ab", -42)
	err := fmt.Errorf("wrapped %d: %w", 1, os.ErrNotExist)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Printf("%v %.2v %10.4v|\n", 1.0/3, 1.0/3, "abcdefgh")
	fmt.Printf("%v %v\n", complex(1, -2), float32(0.1))
	fmt.Printf("%d %v\n", []int{1, 2}, map[int]string{2: "b", 1: "a"})
}
