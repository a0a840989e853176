package channels_test

import (
	"context"
	"fmt"
	"io"
	"log"

	"github.com/go-zeromq/zmq4"

	"gokernel/kernel/channels"
)

// A kernel binds its channels, reads requests from shell and replies to
// the identity that sent them.
func Example() {
	ctx := context.Background()
	const anyPort = "tcp://127.0.0.1:0" // a connection file names fixed ports
	ch, err := channels.Open(ctx, channels.Endpoints{Shell: anyPort, Control: anyPort, Stdin: anyPort, IOPub: anyPort, HB: anyPort}, nil)
	if err != nil {
		fmt.Println(err)
		return
	}
	defer ch.Close()

	// A frontend connects.
	client := zmq4.NewDealer(ctx, zmq4.WithID(zmq4.SocketIdentity("frontend")), zmq4.WithLogger(log.New(io.Discard, "", 0)))
	defer client.Close()
	if err := client.Dial(ch.Endpoints().Shell); err != nil {
		fmt.Println(err)
		return
	}
	client.Send(zmq4.NewMsgFromString([]string{"<IDS|MSG>", "kernel_info_request"}))

	req, err := ch.Shell().Recv(ctx)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("from %s: %s\n", req[0], req[2])
	if err := ch.Shell().Send([][]byte{req[0], []byte("<IDS|MSG>"), []byte("kernel_info_reply")}); err != nil {
		fmt.Println(err)
		return
	}
	reply, err := client.Recv()
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("frontend got: %s\n", reply.Frames[1])
	// Output:
	// from frontend: kernel_info_request
	// frontend got: kernel_info_reply
}
