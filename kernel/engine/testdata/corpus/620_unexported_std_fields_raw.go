//go:build ignore

// Unexported fields of standard-library types with a String method
// (time.Duration, os.FileMode, time.Month) print their raw values, as fmt
// calls no methods on them.
package main

import (
	"fmt"
	"os"
	"time"
)

type job struct {
	Name    string
	timeout time.Duration
	Every   time.Duration
	mode    os.FileMode
	month   time.Month
}

type wrap struct {
	j job
}

func main() {
	j := job{"a", 2 * time.Second, time.Minute, 0644, time.March}
	fmt.Println(j)
	fmt.Printf("%v|%+v\n", j, j)
	fmt.Printf("%#v\n", j)
	fmt.Println(wrap{j}, []job{j})
	fmt.Printf("%x %d\n", j, j)
}
