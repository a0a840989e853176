//go:build ignore

package main

import (
	"fmt"
	"sync"
)

type base struct {
	num int
}

func (b base) describe() string {
	return fmt.Sprintf("base with num=%v", b.num)
}

type container struct {
	base
	str string
}

type Logger struct{ prefix string }

func (l *Logger) Log(s string) { fmt.Println(l.prefix + s) }

type Service struct {
	*Logger
	Name string
}

type SafeCounter struct {
	sync.Mutex
	n map[string]int
}

type Animal struct{ Name string }

func (a Animal) Speak() string { return a.Name + " makes a sound" }
func (a Animal) Who() string   { return "animal " + a.Name }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type describer interface {
	describe() string
}

func main() {
	co := container{
		base: base{num: 1},
		str:  "some name",
	}
	fmt.Printf("co={num: %v, str: %v}\n", co.num, co.str)
	fmt.Println("also num:", co.base.num)
	fmt.Println("describe:", co.describe())
	var d describer = co
	fmt.Println("describer:", d.describe())

	s := Service{&Logger{"[svc] "}, "api"}
	s.Log("started " + s.Name)

	c := SafeCounter{n: map[string]int{}}
	c.Lock()
	c.n["k"]++
	c.Unlock()
	fmt.Println(c.n)

	dog := Dog{Animal{"Rex"}, "lab"}
	fmt.Println(dog.Speak())
	fmt.Println(dog.Animal.Speak())
	fmt.Println(dog.Who())
	fmt.Printf("%+v\n", dog)
	co.num = 5
	fmt.Println(co.describe())
}
