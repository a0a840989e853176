//go:build ignore

// Method sets through embedding: embedded pointers, promoted methods,
// interface satisfaction of T and *T.
package main

import (
	"fmt"
	"sync"
)

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Log(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

func (l Logger) Count() int { return len(l.lines) }

type Service struct {
	*Logger
	Name string
}

type Counter struct {
	sync.Mutex
	n map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.n[k]++
}

type Animal interface {
	Sound() string
	Name() string
}

type Base struct{ name string }

func (b Base) Name() string     { return b.name }
func (b *Base) Rename(n string) { b.name = n }

type Dog struct {
	Base
	breed string
}

func (Dog) Sound() string { return "woof" }

type Cat struct{ *Base }

func (Cat) Sound() string { return "meow" }

type Renamer interface{ Rename(string) }

func main() {
	shared := &Logger{prefix: "[svc] "}
	a := Service{shared, "a"}
	b := Service{shared, "b"}
	a.Log("start %s", a.Name)
	b.Log("start %s", b.Name)
	fmt.Println(shared.Count(), a.Count(), b.lines)

	c := Counter{n: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Inc([]string{"even", "odd"}[i%2])
		}()
	}
	wg.Wait()
	fmt.Println(c.n)

	d := Dog{Base{"rex"}, "lab"}
	kitty := Cat{&Base{"tom"}}
	animals := []Animal{d, &d, kitty}
	for _, an := range animals {
		fmt.Printf("%s says %s\n", an.Name(), an.Sound())
	}

	var r Renamer = &d
	r.Rename("max")
	fmt.Println(d.Name(), animals[0].Name(), animals[1].Name())

	r = kitty // Cat embeds *Base, so Cat's method set has Rename
	r.Rename("felix")
	fmt.Println(kitty.Name(), animals[2].Name())

	_, dogRenames := any(d).(Renamer)
	_, ptrRenames := any(&d).(Renamer)
	_, catRenames := any(kitty).(Renamer)
	fmt.Println(dogRenames, ptrRenames, catRenames)

	d.Base.name = "direct"
	fmt.Println(d.name, d.Name())
}
