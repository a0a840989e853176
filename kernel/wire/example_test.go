package wire_test

import (
	"encoding/json"
	"fmt"
	"log"

	"gokernel/kernel/wire"
)

func ExampleCodec() {
	// The scheme and key come from the connection file.
	codec, err := wire.NewCodec("hmac-sha256", []byte("secret-key"))
	if err != nil {
		log.Fatal(err)
	}

	// A client sends an execute_request through a ROUTER socket, which
	// prefixes the client's identity.
	request := &wire.Message{
		Identities: [][]byte{[]byte("client-1")},
		Header:     wire.NewHeader("execute_request", "client-session"),
		Content:    json.RawMessage(`{"code":"fmt.Println(42)","silent":false}`),
	}
	frames, err := codec.Encode(request)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%d frames: identity %q, delimiter %q, %d-byte signature\n",
		len(frames), frames[0], frames[1], len(frames[2]))

	// The kernel verifies and decodes them...
	msg, err := codec.Decode(frames)
	if err != nil {
		log.Fatal(err)
	}
	var content struct {
		Code string `json:"code"`
	}
	if err := json.Unmarshal(msg.Content, &content); err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s: %s\n", msg.Header.MsgType, content.Code)

	// ...and answers on the same route, with the request as parent.
	reply, err := wire.Reply(msg, "execute_reply", "kernel-session",
		map[string]any{"status": "ok", "execution_count": 1})
	if err != nil {
		log.Fatal(err)
	}
	parent, err := reply.ParentHeader()
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("%s to %q, parent is the request: %v\n",
		reply.Header.MsgType, reply.Identities[0], parent.MsgID == request.Header.MsgID)

	// A message changed in transit is rejected.
	frames[len(frames)-1] = []byte(`{"code":"os.RemoveAll(\"/\")"}`)
	_, err = codec.Decode(frames)
	fmt.Println(err)
	// Output:
	// 7 frames: identity "client-1", delimiter "<IDS|MSG>", 64-byte signature
	// execute_request: fmt.Println(42)
	// execute_reply to "client-1", parent is the request: true
	// wire: decode: bad signature: hmac-sha256 mismatch
}
