//go:build ignore

package main

import "fmt"

func main() {
	messages := make(chan string)
	go func() { messages <- "ping" }()
	msg := <-messages
	fmt.Println(msg)

	ch := make(chan int)
	go func() {
		for i := range 3 {
			ch <- i * 10
		}
		close(ch)
	}()
	v, ok := <-ch
	fmt.Println(v, ok)
	for v := range ch {
		fmt.Println("got", v)
	}
	v, ok = <-ch
	fmt.Println(v, ok)

	var nilCh chan int
	fmt.Println(nilCh == nil, len(ch), cap(ch))

	type result struct {
		id  int
		val string
	}
	rc := make(chan result)
	go func() { rc <- result{1, "one"} }()
	fmt.Printf("%+v\n", <-rc)

	chOfCh := make(chan chan string, 1)
	inner := make(chan string, 1)
	chOfCh <- inner
	(<-chOfCh) <- "nested"
	fmt.Println(<-inner)

	fch := make(chan func() int, 1)
	fch <- func() int { return 7 }
	fmt.Println((<-fch)())
	es := make(chan struct{})
	go func() { close(es) }()
	<-es
	fmt.Println("closed signal received")
}
