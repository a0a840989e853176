//go:build ignore

// A composite literal of another package's named slice of interfaces
// (color.Palette) holding the program's values.
package main

import (
	"fmt"
	"image/color"
)

type Gray struct{ V uint8 }

func (g Gray) RGBA() (r, gg, b, a uint32) { v := uint32(g.V) * 0x101; return v, v, v, 0xffff }

type PC struct{ V uint8 }

func (g *PC) RGBA() (r, gg, b, a uint32) { v := uint32(g.V) * 0x101; return v, v, v, 0xffff }

func main() {
	pal := color.Palette{Gray{0}, Gray{255}}
	fmt.Println(len(pal), pal.Index(color.White), pal.Index(color.Black))
	mixed := color.Palette{color.Black, Gray{255}, &PC{128}}
	fmt.Println(len(mixed), mixed.Index(color.Gray{130}))
	keyed := color.Palette{2: Gray{9}}
	fmt.Println(len(keyed), keyed[0] == nil)
	std := color.Palette{color.Black, color.White}
	fmt.Println(std.Index(color.White))
}
