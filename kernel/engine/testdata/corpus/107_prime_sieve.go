//go:build ignore

package main

import "fmt"

func generate(ch chan<- int, quit <-chan struct{}) {
	for i := 2; ; i++ {
		select {
		case ch <- i:
		case <-quit:
			return
		}
	}
}

func filter(in <-chan int, out chan<- int, prime int, quit <-chan struct{}) {
	for {
		var i int
		select {
		case i = <-in:
		case <-quit:
			return
		}
		if i%prime != 0 {
			select {
			case out <- i:
			case <-quit:
				return
			}
		}
	}
}

func sieve(n int) []int {
	if n <= 0 {
		return nil
	}
	quit := make(chan struct{})
	defer close(quit)
	ch := make(chan int)
	go generate(ch, quit)
	var primes []int
	for range n {
		prime := <-ch
		primes = append(primes, prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime, quit)
		ch = ch1
	}
	return primes
}

func eratosthenes(limit int) []int {
	composite := make([]bool, limit+1)
	var ps []int
	for i := 2; i <= limit; i++ {
		if composite[i] {
			continue
		}
		ps = append(ps, i)
		for j := i * i; j <= limit; j += i {
			composite[j] = true
		}
	}
	return ps
}

func main() {
	ps := sieve(25)
	fmt.Println(ps)
	fmt.Println(len(eratosthenes(10000)), eratosthenes(100)[20:])
	same := true
	for i, p := range eratosthenes(ps[len(ps)-1]) {
		if p != ps[i] {
			same = false
		}
	}
	fmt.Println("concurrent sieve agrees:", same)
}
