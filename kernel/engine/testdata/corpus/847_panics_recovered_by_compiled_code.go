//go:build ignore

// A panic in the program's code that the standard library recovers
// (net/http, text/template) hands it the value itself: sentinel errors
// keep their identity, and error types of the program their Error method.
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"text/template"
)

var errBoom = errors.New("boom")

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprint("code ", e.Code) }

type VErr struct{ Msg string }

func (e VErr) Error() string { return "v " + e.Msg }

func execFunc(f func() string) error {
	t := template.New("x").Funcs(template.FuncMap{"f": f})
	return template.Must(t.Parse("{{f}}")).Execute(io.Discard, nil)
}

func serve(h http.HandlerFunc) string {
	var logbuf bytes.Buffer
	srv := httptest.NewUnstartedServer(h)
	srv.Config.ErrorLog = log.New(&logbuf, "", 0)
	srv.Start()
	_, err := http.Get(srv.URL)
	srv.Close()
	if logbuf.Len() == 0 {
		return fmt.Sprint("nothing logged, get failed: ", err != nil)
	}
	l := strings.SplitN(logbuf.String(), "\n", 2)[0]
	return l[strings.LastIndex(l, ": ")+2:]
}

func try(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func main() {
	err := execFunc(func() string { panic(errBoom) })
	fmt.Println(errors.Is(err, errBoom))
	e := errBoom
	err = execFunc(func() string { panic(e) })
	fmt.Println(errors.Is(err, errBoom))
	err = execFunc(func() string { panic(&MyErr{7}) })
	var me *MyErr
	fmt.Println(err, errors.As(err, &me), me.Code)
	fmt.Println(execFunc(func() string { panic(VErr{"x"}) }))
	fmt.Println(execFunc(func() string { panic("text") }))

	fmt.Println(serve(func(w http.ResponseWriter, r *http.Request) { panic(http.ErrAbortHandler) }))
	fmt.Println(serve(func(w http.ResponseWriter, r *http.Request) { panic(&MyErr{8}) }))

	r := try(func() { panic(&MyErr{9}) })
	p, ok := r.(*MyErr)
	fmt.Println(p, ok, p.Code)
	err, ok = r.(error)
	fmt.Println(err, ok, errors.As(err, &me), me.Code)
	r = try(func() { panic(VErr{"y"}) })
	switch x := r.(type) {
	case *MyErr:
		fmt.Println("myerr", x)
	case VErr:
		fmt.Println("verr", x.Msg)
	}
	fmt.Printf("%v %T\n", r, r)
}
