//go:build ignore

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Age    int
}

type BySalary []Employee

func (s BySalary) Len() int           { return len(s) }
func (s BySalary) Less(i, j int) bool { return s[i].Salary < s[j].Salary }
func (s BySalary) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type lessFunc func(a, b *Employee) bool

type multiSorter struct {
	people []Employee
	less   []lessFunc
}

func OrderedBy(less ...lessFunc) *multiSorter { return &multiSorter{less: less} }

func (ms *multiSorter) Sort(people []Employee) {
	ms.people = people
	sort.Sort(ms)
}

func (ms *multiSorter) Len() int      { return len(ms.people) }
func (ms *multiSorter) Swap(i, j int) { ms.people[i], ms.people[j] = ms.people[j], ms.people[i] }
func (ms *multiSorter) Less(i, j int) bool {
	p, q := &ms.people[i], &ms.people[j]
	var k int
	for k = 0; k < len(ms.less)-1; k++ {
		less := ms.less[k]
		switch {
		case less(p, q):
			return true
		case less(q, p):
			return false
		}
	}
	return ms.less[k](p, q)
}

type CaseInsensitive []string

func (c CaseInsensitive) Len() int           { return len(c) }
func (c CaseInsensitive) Less(i, j int) bool { return strings.ToLower(c[i]) < strings.ToLower(c[j]) }
func (c CaseInsensitive) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

func names(es []Employee) string {
	var parts []string
	for _, e := range es {
		parts = append(parts, fmt.Sprintf("%s(%s,%d,%d)", e.Name, e.Dept, e.Salary, e.Age))
	}
	return strings.Join(parts, " ")
}

func main() {
	staff := []Employee{
		{"Alice", "eng", 120, 34}, {"Bob", "ops", 90, 45}, {"Carol", "eng", 120, 29},
		{"Dan", "sales", 70, 38}, {"Eve", "ops", 90, 31}, {"Frank", "eng", 100, 50},
	}
	sort.Sort(BySalary(staff))
	fmt.Println(names(staff))
	sort.Sort(sort.Reverse(BySalary(staff)))
	fmt.Println(sort.IsSorted(sort.Reverse(BySalary(staff))))

	dept := func(a, b *Employee) bool { return a.Dept < b.Dept }
	salaryDesc := func(a, b *Employee) bool { return a.Salary > b.Salary }
	age := func(a, b *Employee) bool { return a.Age < b.Age }
	OrderedBy(dept, salaryDesc, age).Sort(staff)
	fmt.Println(names(staff))
	OrderedBy(age).Sort(staff)
	fmt.Println(names(staff))

	words := CaseInsensitive{"banana", "Apple", "cherry", "apple", "Banana"}
	sort.Stable(words)
	fmt.Println(words)
	i := sort.Search(len(staff), func(i int) bool { return staff[i].Age >= 40 })
	fmt.Println("first 40+:", staff[i].Name)
	sort.SliceStable(staff, func(i, j int) bool { return staff[i].Dept < staff[j].Dept })
	fmt.Println(names(staff))
}
