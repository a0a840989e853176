//go:build ignore

// Named recovering functions deferred in function literals and goroutines.
package main

import (
	"fmt"
	"sync"
)

func main() {
	func() {
		defer cleanup("anon")
		panic("boom")
	}()
	var wg sync.WaitGroup
	results := make([]string, 3)
	for i := range 3 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			defer recoverWorker(i, results)
			if i == 1 {
				panic(fmt.Sprint("worker ", i, " failed"))
			}
			results[i] = "ok"
		}()
	}
	wg.Wait()
	fmt.Println(results)
	safe(func() {
		defer cleanup("nested")
		var m map[string]int
		m["x"] = 1
	})
	fmt.Println("after")
}

func cleanup(name string) {
	if r := recover(); r != nil {
		fmt.Println(name, "recovered", r)
	}
}

func recoverWorker(i int, results []string) {
	if r := recover(); r != nil {
		results[i] = fmt.Sprint("recovered: ", r)
	}
}

func safe(f func()) {
	defer cleanup("outer")
	f()
	fmt.Println("f returned")
}
