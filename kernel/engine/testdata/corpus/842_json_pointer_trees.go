//go:build ignore

// json decoding of trees of pointers ([]*Node, map[string]*Node) with
// UnmarshalJSON fields, through a Decoder; an empty array is a non-nil
// empty slice.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Status int

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	*s = Status(len(str))
	return nil
}

type Node struct {
	ID       int              `json:"id"`
	St       Status           `json:"st"`
	Children []*Node          `json:"children"`
	Index    map[string]*Node `json:"index,omitempty"`
	When     time.Duration    `json:"when"`
}

func (n *Node) walk(depth int) {
	if n == nil {
		fmt.Println(strings.Repeat("  ", depth) + "nil")
		return
	}
	fmt.Printf("%s%d %d %v\n", strings.Repeat("  ", depth), n.ID, n.St, n.When)
	for _, c := range n.Children {
		c.walk(depth + 1)
	}
}

type Comment struct {
	Text    string
	Replies []Comment
	Score   Status
}

func main() {
	dec := json.NewDecoder(strings.NewReader(`{"id":1,"st":"ab","children":[{"id":2,"st":"abc","children":[{"id":3,"st":"x"}]},null],"index":{"z":{"id":9,"st":"zzzz"}}}
{"id":5,"children":[{"id":6,"st":7}]}`))
	var root Node
	fmt.Println(dec.Decode(&root))
	root.walk(0)
	fmt.Println(root.Index["z"].ID, root.Index["z"].St)
	var second Node
	err := dec.Decode(&second)
	fmt.Println(err != nil)
	var cs []Comment
	err = json.Unmarshal([]byte(`[{"Text":"hi","Score":"xx","Replies":[{"Text":"yo","Score":"yyy","Replies":[]}]}]`), &cs)
	fmt.Println(err, len(cs), cs[0].Score, cs[0].Replies[0].Text, cs[0].Replies[0].Score, cs[0].Replies[0].Replies != nil)
	var bad Node
	err = json.Unmarshal([]byte(`{"id":1,"children":[{"id":"two"}]}`), &bad)
	fmt.Println(err)
}
