//go:build ignore

package main

import (
	"fmt"
	"strings"
)

type Job struct {
	ID   int
	Tags []string
}

type Shape interface{ Area() int }
type Sq int

func (s Sq) Area() int { return int(s * s) }

func main() {
	q := make(chan int, 3)
	q <- 1
	q <- 2
	q <- 3
	n := <-q
	n++
	var k int
	k = <-q
	k += 10
	var m = <-q
	m *= 3
	fmt.Println(n, k, m)
	jc := make(chan Job, 2)
	jc <- Job{1, nil}
	jc <- Job{2, []string{"a"}}
	j := <-jc
	j.ID = 5
	j.Tags = append(j.Tags, "x")
	j2 := <-jc
	j2.Tags[0] = strings.ToUpper(j2.Tags[0])
	fmt.Println(j, j2)
	msgs := make(chan string, 1)
	msgs <- "hi"
	msg := <-msgs
	msg = strings.ToUpper(msg)
	fmt.Println(msg)
	sc := make(chan Shape, 1)
	sc <- Sq(3)
	s := <-sc
	fmt.Println(s.Area())
	pc := make(chan *Job, 1)
	pc <- &Job{ID: 7}
	p := <-pc
	p.ID++
	fmt.Println(p.ID)
}
