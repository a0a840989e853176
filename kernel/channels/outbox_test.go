package channels

import (
	"errors"
	"testing"
)

func TestOutbox(t *testing.T) {
	lim := limits{queueMsgs: 3, queueBytes: 100}
	msg := func(n int) [][]byte { return [][]byte{make([]byte, n)} }
	cases := []struct {
		name string
		run  func(o *outbox) error // the last step's result is checked
		want error
	}{
		{"accepts up to the message limit", func(o *outbox) error {
			o.push(msg(1))
			o.push(msg(1))
			return o.push(msg(1))
		}, nil},
		{"refuses past the message limit", func(o *outbox) error {
			for range 3 {
				o.push(msg(1))
			}
			return o.push(msg(1))
		}, ErrQueueFull},
		{"refuses past the byte limit", func(o *outbox) error {
			o.push(msg(60))
			return o.push(msg(41))
		}, ErrQueueFull},
		{"accepts an oversized message when empty", func(o *outbox) error {
			return o.push(msg(1000))
		}, nil},
		{"messages being written still count", func(o *outbox) error {
			o.push(msg(60))
			o.take()
			return o.push(msg(41))
		}, ErrQueueFull},
		{"written messages free their room", func(o *outbox) error {
			o.push(msg(60))
			b, _ := o.take()
			o.done(b)
			return o.push(msg(100))
		}, nil},
		{"refuses after close", func(o *outbox) error {
			o.close()
			return o.push(msg(1))
		}, ErrClosed},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := tc.run(newOutbox(lim)); !errors.Is(got, tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}

	o := newOutbox(lim)
	o.push(msg(1))
	o.push(msg(2))
	if b, ok := o.take(); !ok || len(b) != 2 || len(b[1][0]) != 2 {
		t.Errorf("take: got %d messages, %v; want both, in order", len(b), ok)
	}
	o.close()
	if _, ok := o.take(); ok {
		t.Errorf("take after close: got ok, want false")
	}
}
