//go:build ignore

package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

type ctxKey string

const (
	requestIDKey ctxKey = "requestID"
	userKey      ctxKey = "user"
)

type User struct {
	Name  string
	Admin bool
}

func WithUser(ctx context.Context, u *User) context.Context {
	return context.WithValue(ctx, userKey, u)
}

func UserFrom(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey).(*User)
	return u, ok
}

var ErrForbidden = errors.New("forbidden")

func handle(ctx context.Context, action string) error {
	id, _ := ctx.Value(requestIDKey).(string)
	u, ok := UserFrom(ctx)
	if !ok {
		return fmt.Errorf("[%s] %s: no user", id, action)
	}
	if action == "delete" && !u.Admin {
		return fmt.Errorf("[%s] %s by %s: %w", id, action, u.Name, ErrForbidden)
	}
	return slowOp(ctx, action)
}

func slowOp(ctx context.Context, action string) error {
	d := 5 * time.Millisecond
	if action == "report" {
		d = time.Second
	}
	select {
	case <-time.After(d):
		fmt.Println("  done:", action)
		return nil
	case <-ctx.Done():
		return fmt.Errorf("%s: %w", action, ctx.Err())
	}
}

func main() {
	base := context.WithValue(context.Background(), requestIDKey, "req-42")
	fmt.Println(handle(base, "read"))
	alice := WithUser(base, &User{Name: "alice"})
	root := WithUser(base, &User{Name: "root", Admin: true})
	for _, tc := range []struct {
		ctx    context.Context
		action string
	}{{alice, "read"}, {alice, "delete"}, {root, "delete"}} {
		err := tc.ctx.Err()
		if err == nil {
			err = handle(tc.ctx, tc.action)
		}
		fmt.Println(tc.action, "->", err, errors.Is(err, ErrForbidden))
	}

	ctx, cancel := context.WithTimeout(root, 20*time.Millisecond)
	defer cancel()
	err := handle(ctx, "report")
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	_, hasDeadline := ctx.Deadline()
	fmt.Println("deadline:", hasDeadline, "value survives:", ctx.Value(requestIDKey))

	ctx2, cancel2 := context.WithCancel(context.Background())
	stop := context.AfterFunc(ctx2, func() { fmt.Println("after func ran") })
	cancel2()
	time.Sleep(5 * time.Millisecond)
	fmt.Println("stop after run:", stop())
	fmt.Println(context.WithoutCancel(ctx2).Err())
}
