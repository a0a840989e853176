//go:build ignore

// Locals named after the program's types, imported packages and iota.
package main

import (
	"errors"
	"fmt"
	"strings"
	"time"
)

type dir int

const (
	north dir = iota
	east
	south
	west
)

func (d dir) String() string { return [...]string{"N", "E", "S", "W"}[d] }

func turn(dir dir) dir {
	if dir == west {
		return north
	}
	return dir + 1
}

type node struct {
	val         int
	left, right *node
}

func insert(node *node, v int) *node {
	if node == nil {
		n := new(struct{})
		_ = n
		return insertNew(v)
	}
	if v < node.val {
		node.left = insert(node.left, v)
	} else {
		node.right = insert(node.right, v)
	}
	return node
}

type msg struct{ text string }

const timeout = 2 * time.Second

func validate(s string) []string {
	var errors []string
	if s == "" {
		errors = append(errors, "empty")
	}
	if strings.ToUpper(s) == s {
		errors = append(errors, "shouting")
	}
	return errors
}

func main() {
	fmt.Println(turn(north), turn(west))
	var root *node
	for _, v := range []int{5, 3, 8} {
		root = insert(root, v)
	}
	fmt.Println(root.val, root.left.val, root.right.val)
	ch := make(chan msg, 2)
	ch <- msg{"a"}
	ch <- msg{"b"}
	close(ch)
	msg := ""
	for m := range ch {
		msg += m.text
	}
	fmt.Println(msg)
	time := 3
	fmt.Println(timeout, time)
	fmt.Println(validate("ABC"), errors.New("real"))
	iota := 10
	fmt.Println(iota + 1)
}

func insertNew(v int) *node { return &node{val: v} }
