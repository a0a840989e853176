//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Config struct {
	Retries *int           `json:"retries,omitempty"`
	Name    *string        `json:"name,omitempty"`
	Timeout *time.Duration `json:"timeout,omitempty"`
}

type Level int

func main() {
	p := new(42)
	fmt.Println(*p)
	x := 7
	fmt.Println(*new(x * 2))
	c := Config{Retries: new(3), Name: new("svc"), Timeout: new(2 * time.Second)}
	fmt.Println(*c.Retries, *c.Name, *c.Timeout)
	b, _ := json.Marshal(c)
	fmt.Println(string(b))
	l := new(Level(2))
	*l++
	fmt.Println(*l)
	q := new(int)
	fmt.Println(*q)
}
