//go:build ignore

package main

import "fmt"

type Point struct{ X, Y int }

type Polygon struct {
	Name   string
	Points []Point
	Origin Point
	Tags   [2]string
}

func (p Polygon) Moved(dx int) Polygon {
	p.Origin.X += dx
	return p
}

func (p *Polygon) Move(dx int) { p.Origin.X += dx }

func modifyArray(a [3]int) { a[0] = 100 }
func modifySlice(s []int)  { s[0] = 100 }

func main() {
	a := Polygon{Name: "a", Points: []Point{{1, 2}}, Tags: [2]string{"x", "y"}}
	b := a
	b.Name = "b"
	b.Points[0].X = 99
	b.Tags[0] = "changed"
	b.Origin.Y = 5
	fmt.Printf("%+v\n%+v\n", a, b)

	c := a.Moved(10)
	fmt.Println(a.Origin, c.Origin)
	a.Move(3)
	fmt.Println(a.Origin)

	arr := [3]int{1, 2, 3}
	modifyArray(arr)
	sl := []int{1, 2, 3}
	modifySlice(sl)
	fmt.Println(arr, sl)

	s1 := make([]int, 3, 10)
	s2 := append(s1, 4)
	s3 := append(s1, 5)
	fmt.Println(s2[3], s3[3], len(s1), cap(s2))
	full := []int{1, 2, 3}
	s4 := append(full[:2:2], 9)
	fmt.Println(full, s4)

	m := map[string]Point{"p": {1, 1}}
	p := m["p"]
	p.X = 50
	fmt.Println(m["p"], p)
	mp := map[string]*Point{"p": {1, 1}}
	mp["p"].X = 50
	fmt.Println(*mp["p"])

	pts := []Point{{1, 1}, {2, 2}}
	for _, pt := range pts {
		pt.X *= 10
	}
	fmt.Println(pts)
	for i := range pts {
		pts[i].X *= 10
	}
	fmt.Println(pts)
	grid := [2][2]Point{}
	g2 := grid
	g2[1][1] = Point{7, 7}
	fmt.Println(grid, g2, grid == [2][2]Point{})
	ptr := &pts[0]
	pts = append(pts, Point{3, 3}, Point{4, 4}, Point{5, 5})
	ptr.Y = -1
	fmt.Println(pts[0].Y, ptr.Y)
	var np *Polygon
	fmt.Println(np == nil, fmt.Sprint(np))
}
