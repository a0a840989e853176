package dap_test

import (
	"fmt"

	"gokernel/kernel/engine/dap"
)

func Example() {
	var seq dap.Seq
	req, err := dap.Decode([]byte(`{"type":"request","seq":1,"command":"dumpCell","arguments":{"code":"x := 1\n"}}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	var args dap.DumpCellArguments
	if err := req.Args(&args); err != nil {
		fmt.Println(err)
		return
	}
	path := dap.SourcePath("/tmp/gokernel_1/", args.Code, ".go")
	fmt.Println(string(seq.Reply(req, dap.DumpCellBody{SourcePath: path})))
	// Output:
	// {"seq":1,"type":"response","request_seq":1,"success":true,"command":"dumpCell","body":{"sourcePath":"/tmp/gokernel_1/3921949413.go"}}
}
