//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

func main() {
	point := struct {
		X, Y int
	}{1, 2}
	fmt.Println(point, point.X)
	fmt.Printf("%+v %T\n", point, point)

	tests := []struct {
		name string
		in   int
		want int
	}{
		{"zero", 0, 0},
		{"one", 1, 1},
		{"big", 10, 100},
	}
	for _, tc := range tests {
		got := tc.in * tc.in
		fmt.Printf("%-5s got %3d want %3d ok=%v\n", tc.name, got, tc.want, got == tc.want)
	}
	config := struct {
		Server struct {
			Host string `json:"host"`
			Port int    `json:"port"`
		} `json:"server"`
		Debug bool `json:"debug"`
	}{}
	json.Unmarshal([]byte(`{"server":{"host":"localhost","port":8080},"debug":true}`), &config)
	fmt.Printf("%+v\n", config)
	b, _ := json.Marshal(struct {
		A int    `json:"a"`
		B string `json:"b,omitempty"`
	}{A: 1})
	fmt.Println(string(b))
	var s1 struct{ A int }
	s2 := struct{ A int }{5}
	s1 = s2
	fmt.Println(s1 == s2)
	counts := map[string]struct{ n, total int }{}
	for _, w := range []string{"a", "b", "a"} {
		c := counts[w]
		c.n++
		c.total += len(w)
		counts[w] = c
	}
	keys := []string{}
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	set := map[string]struct{}{"x": {}}
	_, has := set["x"]
	fmt.Println(has, len(set))
	nested := []struct {
		Name string
		Sub  []struct{ V int }
	}{{"a", []struct{ V int }{{1}, {2}}}}
	fmt.Printf("%+v\n", nested)
}
