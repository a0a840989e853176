//go:build ignore

package main

import "fmt"

func main() {
	messages := make(chan string)
	signals := make(chan bool)

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}

	msg := "hi"
	select {
	case messages <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}

	select {
	case msg := <-messages:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	buf := make(chan int, 3)
	sent := 0
	for i := range 10 {
		select {
		case buf <- i:
			sent++
		default:
		}
	}
	fmt.Println("sent", sent, "of 10")
	drained := []int{}
	for {
		select {
		case v := <-buf:
			drained = append(drained, v)
			continue
		default:
		}
		break
	}
	fmt.Println(drained)
}
