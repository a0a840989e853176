//go:build ignore

// const and iota: skips, expressions, typed constants with String,
// bit flags, several constants per line, implicit repetition.
package main

import (
	"fmt"
	"strings"
)

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
)

func (b ByteSize) String() string {
	switch {
	case b >= TB:
		return fmt.Sprintf("%.2fTB", b/TB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= MB:
		return fmt.Sprintf("%.2fMB", b/MB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.0fB", float64(b))
}

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	_
	Thursday
	Friday = iota + 100
	Saturday
)

type Perm uint8

const (
	Read Perm = 1 << iota
	Write
	Exec
	All = Read | Write | Exec
)

func (p Perm) String() string {
	var parts []string
	for _, f := range []struct {
		p Perm
		s string
	}{{Read, "r"}, {Write, "w"}, {Exec, "x"}} {
		if p&f.p != 0 {
			parts = append(parts, f.s)
		} else {
			parts = append(parts, "-")
		}
	}
	return strings.Join(parts, "")
}

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x = "s"
	y
	z = len(x + y)
)

type Level int

const (
	Debug Level = iota - 1
	Info
	Warn
	Error
)

var levelNames = [...]string{Debug + 1: "DEBUG", Info + 1: "INFO", Warn + 1: "WARN", Error + 1: "ERROR"}

func (l Level) String() string { return levelNames[l+1] }

func main() {
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(ByteSize(1500), ByteSize(3*MB+MB/2), ByteSize(12))
	fmt.Println(Sunday, Monday, Tuesday, Thursday, Friday, Saturday)
	fmt.Println(Read, Write, Exec, All, Read|Exec)
	fmt.Printf("%d %d %d %v\n", Read, Write|Exec, All, Perm(6))
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(x, y, z)
	fmt.Println(Debug, Info, Warn, Error)
	fmt.Printf("%v %d %s\n", Warn, Warn, Error)
	const big = 1 << 100
	fmt.Println(big>>98, float64(big) > 1e30)
	const typed int8 = 100
	fmt.Println(typed/3, -typed)
}
