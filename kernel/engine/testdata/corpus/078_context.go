//go:build ignore

package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

func slowOp(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func worker(ctx context.Context, out chan<- int) {
	defer close(out)
	for i := 0; ; i++ {
		select {
		case <-ctx.Done():
			return
		case out <- i:
		}
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	err := slowOp(ctx, time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	ctx2, cancel2 := context.WithCancel(context.Background())
	ch := make(chan int)
	go worker(ctx2, ch)
	sum := 0
	for v := range ch {
		sum += v
		if v == 4 {
			cancel2()
			break
		}
	}
	for range ch {
	}
	fmt.Println("sum", sum, ctx2.Err())

	ctx3 := context.WithValue(context.Background(), ctxKey("user"), "ada")
	fmt.Println(ctx3.Value(ctxKey("user")), ctx3.Value(ctxKey("missing")))

	fmt.Println(slowOp(context.Background(), time.Millisecond))

	ctx4, cancel4 := context.WithCancelCause(context.Background())
	cancel4(errors.New("shutting down"))
	fmt.Println(ctx4.Err(), context.Cause(ctx4))

	parent, pcancel := context.WithCancel(context.Background())
	child, ccancel := context.WithTimeout(parent, time.Hour)
	defer ccancel()
	pcancel()
	<-child.Done()
	fmt.Println("child:", child.Err())
	_, hasDeadline := child.Deadline()
	fmt.Println(hasDeadline)

	ran := make(chan struct{})
	context.AfterFunc(ctx2, func() {
		fmt.Println("AfterFunc ran: ctx2 was already canceled")
		close(ran)
	})
	<-ran
	stop := context.AfterFunc(context.Background(), func() { fmt.Println("never runs") })
	fmt.Println("stopped before running:", stop())
	ctx5, cancel5 := context.WithTimeoutCause(context.Background(), time.Millisecond, errors.New("too slow"))
	defer cancel5()
	<-ctx5.Done()
	fmt.Println(ctx5.Err(), context.Cause(ctx5))
	fmt.Println(context.Background(), context.TODO())
}
