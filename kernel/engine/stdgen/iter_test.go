package stdgen_test

import (
	"fmt"
	"iter"
	"runtime"
	"strings"
	"testing"
)

// pullProgram is a scenario run both with iter.Pull (compiled) and
// __gk_iter_Pull (interpreted); it logs events in order.
type pullProgram struct {
	name string
	// body is the interpreted code: pull is the Pull function, the log is
	// ev, and seq3 a sequence of 0, 1, 2 that logs what it does.
	body string
	want func(pull func(iter.Seq[int]) (func() (int, bool), func())) []string
}

const pullPrelude = `var ev []string
log := func(a ...any) { ev = append(ev, strings.TrimSpace(fmt.Sprintln(a...))) }
seq3 := func(yield func(int) bool) {
	defer log("seq returns")
	for i := 0; i < 3; i++ {
		log("yield", i)
		if !yield(i) {
			log("yield false")
			return
		}
	}
}
`

func seq3(log func(...any)) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer log("seq returns")
		for i := range 3 {
			log("yield", i)
			if !yield(i) {
				log("yield false")
				return
			}
		}
	}
}

func logger(ev *[]string) func(...any) {
	return func(a ...any) { *ev = append(*ev, strings.TrimSpace(fmt.Sprintln(a...))) }
}

func TestPull(t *testing.T) {
	h := newHarness(t, "iter")
	pull := inst("iter", "Pull", "int")
	programs := []pullProgram{{
		name: "all",
		body: `next, stop := PULL(seq3)
for i := 0; i < 5; i++ {
	v, ok := next()
	log("next", v, ok)
}
stop()
return ev`,
		want: func(pull func(iter.Seq[int]) (func() (int, bool), func())) []string {
			var ev []string
			log := logger(&ev)
			next, stop := pull(seq3(log))
			for range 5 {
				v, ok := next()
				log("next", v, ok)
			}
			stop()
			return ev
		},
	}, {
		name: "stop",
		body: `next, stop := PULL(seq3)
v, ok := next()
log("next", v, ok)
stop()
log("stopped")
v, ok = next()
log("next", v, ok)
stop()
return ev`,
		want: func(pull func(iter.Seq[int]) (func() (int, bool), func())) []string {
			var ev []string
			log := logger(&ev)
			next, stop := pull(seq3(log))
			v, ok := next()
			log("next", v, ok)
			stop()
			log("stopped")
			v, ok = next()
			log("next", v, ok)
			stop()
			return ev
		},
	}, {
		name: "stop first",
		body: `next, stop := PULL(seq3)
stop()
v, ok := next()
log("next", v, ok)
return ev`,
		want: func(pull func(iter.Seq[int]) (func() (int, bool), func())) []string {
			var ev []string
			log := logger(&ev)
			next, stop := pull(seq3(log))
			stop()
			v, ok := next()
			log("next", v, ok)
			return ev
		},
	}, {
		name: "panic",
		body: `next, stop := PULL(func(yield func(int) bool) {
	yield(1)
	panic("boom")
})
v, ok := next()
log("next", v, ok)
func() {
	defer func() { log("recovered", recover()) }()
	next()
}()
v, ok = next()
log("next", v, ok)
stop()
return ev`,
		want: func(pull func(iter.Seq[int]) (func() (int, bool), func())) []string {
			var ev []string
			log := logger(&ev)
			next, stop := pull(func(yield func(int) bool) {
				yield(1)
				panic("boom")
			})
			v, ok := next()
			log("next", v, ok)
			func() {
				defer func() { log("recovered", recover()) }()
				next()
			}()
			v, ok = next()
			log("next", v, ok)
			stop()
			return ev
		},
	}, {
		name: "panic(nil)",
		body: `next, stop := PULL(func(yield func(int) bool) { panic(nil) })
func() {
	defer func() { log("recovered", recover()) }()
	next()
}()
stop()
return ev`,
		want: func(pull func(iter.Seq[int]) (func() (int, bool), func())) []string {
			var ev []string
			log := logger(&ev)
			next, stop := pull(func(yield func(int) bool) { panic(nil) })
			func() {
				defer func() { log("recovered", recover()) }()
				next()
			}()
			stop()
			return ev
		},
	}, {
		name: "panic in stop",
		body: `next, stop := PULL(func(yield func(int) bool) {
	if !yield(1) {
		panic("after stop")
	}
})
next()
func() {
	defer func() { log("recovered", recover()) }()
	stop()
}()
stop()
return ev`,
		want: func(pull func(iter.Seq[int]) (func() (int, bool), func())) []string {
			var ev []string
			log := logger(&ev)
			next, stop := pull(func(yield func(int) bool) {
				if !yield(1) {
					panic("after stop")
				}
			})
			next()
			func() {
				defer func() { log("recovered", recover()) }()
				stop()
			}()
			stop()
			return ev
		},
	}, {
		name: "next inside seq",
		body: `var next func() (int, bool)
next, stop := PULL(func(yield func(int) bool) {
	next()
})
func() {
	defer func() { log("recovered", recover()) }()
	next()
}()
stop()
return ev`,
		want: func(pull func(iter.Seq[int]) (func() (int, bool), func())) []string {
			var ev []string
			log := logger(&ev)
			var next func() (int, bool)
			next, stop := pull(func(yield func(int) bool) {
				next()
			})
			func() {
				defer func() { log("recovered", recover()) }()
				next()
			}()
			stop()
			return ev
		},
	}, {
		name: "Goexit",
		body: `done := make(chan bool)
go func() {
	defer func() { done <- true }()
	next, _ := PULL(func(yield func(int) bool) {
		defer log("seq defer")
		runtime.Goexit()
	})
	log("before")
	next()
	log("after (not reached)")
}()
<-done
return ev`,
		want: func(pull func(iter.Seq[int]) (func() (int, bool), func())) []string {
			var ev []string
			log := logger(&ev)
			done := make(chan bool)
			go func() {
				defer func() { done <- true }()
				next, _ := pull(func(yield func(int) bool) {
					defer log("seq defer")
					runtime.Goexit()
				})
				log("before")
				next()
				log("after (not reached)")
			}()
			<-done
			return ev
		},
	}}
	for _, p := range programs {
		h.check(p.name, pullPrelude+strings.ReplaceAll(p.body, "PULL", pull), func() any {
			return p.want(iter.Pull[int])
		})
	}
}

func TestPull2(t *testing.T) {
	h := newHarness(t, "iter")
	body := `seq := func(yield func(string, P) bool) {
	defer log("seq returns")
	for i := 0; i < 3; i++ {
		if !yield(fmt.Sprint("k", i), P{i, -i}) {
			log("yield false")
			return
		}
	}
}
next, stop := ` + inst("iter", "Pull2", "string", "P") + `(seq)
for i := 0; i < 4; i++ {
	k, v, ok := next()
	log("next", k, v, ok)
}
stop()
next2, stop2 := ` + inst("iter", "Pull2", "string", "P") + `(seq)
k, v, ok := next2()
log("next2", k, v, ok)
stop2()
k, v, ok = next2()
log("next2", k, v, ok)
return ev`
	h.check("Pull2", pullPrelude+body, func() any {
		var ev []string
		log := logger(&ev)
		seq := func(yield func(string, P) bool) {
			defer log("seq returns")
			for i := range 3 {
				if !yield(fmt.Sprint("k", i), P{i, -i}) {
					log("yield false")
					return
				}
			}
		}
		next, stop := iter.Pull2(seq)
		for range 4 {
			k, v, ok := next()
			log("next", k, v, ok)
		}
		stop()
		next2, stop2 := iter.Pull2(seq)
		k, v, ok := next2()
		log("next2", k, v, ok)
		stop2()
		k, v, ok = next2()
		log("next2", k, v, ok)
		return ev
	})
	_ = runtime.Goexit
}
