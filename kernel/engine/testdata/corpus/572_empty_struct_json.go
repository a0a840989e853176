//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
)

type Empty struct{}

type Resp struct {
	OK   bool  `json:"ok"`
	Data Empty `json:"data"`
}

func main() {
	b, _ := json.Marshal(Empty{})
	fmt.Println(string(b))
	b, _ = json.Marshal(Resp{OK: true})
	fmt.Println(string(b))
}
