//go:build ignore

package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

func main() {
	out, err := exec.Command("echo", "hello", "from", "echo").Output()
	if err != nil {
		panic(err)
	}
	fmt.Print("> ", string(out))

	_, err = exec.Command("sh", "-c", "exit 3").Output()
	var exitErr *exec.ExitError
	if errors.As(err, &exitErr) {
		fmt.Println("exit code:", exitErr.ExitCode())
	}

	grepCmd := exec.Command("grep", "hello")
	grepIn, _ := grepCmd.StdinPipe()
	grepOut, _ := grepCmd.StdoutPipe()
	grepCmd.Start()
	grepIn.Write([]byte("hello grep\ngoodbye grep\nhello again"))
	grepIn.Close()
	grepBytes, _ := io.ReadAll(grepOut)
	grepCmd.Wait()
	fmt.Println("> grep hello")
	fmt.Print(string(grepBytes))
	fmt.Println()

	lsCmd := exec.Command("sh", "-c", "printf 'b\\na\\nc\\n' | sort")
	lsOut, err := lsCmd.Output()
	fmt.Print(string(lsOut), err, "\n")

	cmd := exec.Command("tr", "a-z", "A-Z")
	cmd.Stdin = strings.NewReader("shout this")
	var buf bytes.Buffer
	cmd.Stdout = &buf
	fmt.Println(cmd.Run(), buf.String())

	both, err := exec.Command("sh", "-c", "echo out; echo err 1>&2").CombinedOutput()
	fmt.Printf("%q %v\n", both, err)

	_, err = exec.LookPath("definitely-not-a-command-xyz")
	fmt.Println(err != nil)

	c := exec.Command("sh", "-c", "echo $GREETING")
	c.Env = append(os.Environ(), "GREETING=hi from env")
	o, _ := c.Output()
	fmt.Print(string(o))

	direct := exec.Command("echo", "child writes to our stdout")
	direct.Stdout = os.Stdout
	direct.Run()
	fmt.Println("after child")
}
