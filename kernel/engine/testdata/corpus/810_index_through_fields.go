//go:build ignore

// Index panics of indexes into fields of indexed structs
// (confs[i].Ports[0], s.Confs[0].Ports[i]) read as Go's.
package main

import "fmt"

type Conf struct {
	Name  string
	Ports []int
}

type Sys struct{ Confs []Conf }

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, r)
		}
	}()
	f()
}

func main() {
	confs := []Conf{{"a", []int{80}}, {"b", nil}}
	i := 1
	fmt.Println(confs[0].Ports[0])
	try("a", func() { fmt.Println(confs[i].Ports[0]) })
	try("b", func() { fmt.Println(confs[2].Ports[0]) })
	s := &Sys{confs}
	try("c", func() { s.Confs[0].Ports[i] = 3 })
	try("d", func() { fmt.Println(s.Confs[i+1].Name) })
	pc := &confs[0]
	try("e", func() { fmt.Println((*pc).Ports[i]) })
	var np *Sys
	try("f", func() { fmt.Println(np.Confs[0]) })
}
