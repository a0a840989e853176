//go:build ignore

package main

import "fmt"

type person struct {
	name string
	age  int
}

func newPerson(name string) *person {
	p := person{name: name}
	p.age = 42
	return &p
}

type Address struct {
	Street, City string
}

type Employee struct {
	Name    string
	Salary  float64
	Address Address
	Tags    []string
	Manager *Employee
}

func main() {
	fmt.Println(person{"Bob", 20})
	fmt.Println(person{name: "Alice", age: 30})
	fmt.Println(person{name: "Fred"})
	fmt.Println(&person{name: "Ann", age: 40})
	fmt.Println(newPerson("Jon"))
	s := person{name: "Sean", age: 50}
	fmt.Println(s.name)
	sp := &s
	fmt.Println(sp.age)
	sp.age = 51
	fmt.Println(sp.age, s.age)

	dog := struct {
		name   string
		isGood bool
	}{"Rex", true}
	fmt.Println(dog)

	boss := &Employee{Name: "Ada", Salary: 100}
	e := Employee{Name: "Bo", Salary: 50.5, Address: Address{"Main St", "Springfield"}, Tags: []string{"x"}, Manager: boss}
	fmt.Println(e.Address.City, e.Manager.Name)
	fmt.Printf("%+v\n", e.Address)
	e2 := e
	e2.Address.City = "Shelbyville"
	e2.Tags[0] = "shared"
	fmt.Println(e.Address.City, e2.Address.City, e.Tags[0])
	fmt.Println(person{"a", 1} == person{"a", 1}, person{"a", 1} == person{"a", 2})
	var zero Employee
	fmt.Printf("%q %v %v %v\n", zero.Name, zero.Salary, zero.Tags == nil, zero.Manager == nil)
	people := []person{{"x", 1}, {"y", 2}}
	for i := range people {
		people[i].age *= 10
	}
	fmt.Println(people)
	pm := map[string]*person{"z": {"z", 3}}
	pm["z"].age++
	fmt.Println(*pm["z"])
	type point struct{ X, Y int }
	pts := map[point]int{{1, 2}: 3}
	fmt.Println(pts)
}
