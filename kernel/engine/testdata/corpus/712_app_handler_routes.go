//go:build ignore

// Error-returning handlers of a named func type with ServeHTTP, registered
// on a ServeMux from a map in a loop: each route keeps its own handler.
package main

import (
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
)

type HTTPError struct {
	Code int
	Err  error
}

func (e HTTPError) Error() string { return fmt.Sprintf("%d: %v", e.Code, e.Err) }
func (e HTTPError) Unwrap() error { return e.Err }

type AppHandler func(http.ResponseWriter, *http.Request) error

func (h AppHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := h(w, r); err != nil {
		var he HTTPError
		if errors.As(err, &he) {
			http.Error(w, he.Error(), he.Code)
			return
		}
		http.Error(w, "internal: "+err.Error(), 500)
	}
}

var ErrNotFound = errors.New("not found")

type Routes map[string]AppHandler

func (rs Routes) Register(mux *http.ServeMux) {
	for p, h := range rs {
		mux.Handle(p, h)
	}
}

func getUser(w http.ResponseWriter, r *http.Request) error {
	id := r.PathValue("id")
	switch id {
	case "1":
		_, err := io.WriteString(w, "user one")
		return err
	case "0":
		return errors.New("db down")
	}
	return HTTPError{404, fmt.Errorf("user %s: %w", id, ErrNotFound)}
}

func main() {
	mux := http.NewServeMux()
	Routes{
		"GET /users/{id}": getUser,
		"GET /panic": func(w http.ResponseWriter, r *http.Request) error {
			return HTTPError{Code: http.StatusTeapot, Err: errors.New("short and stout")}
		},
	}.Register(mux)
	var h http.Handler = AppHandler(getUser)
	_, isFunc := h.(http.HandlerFunc)
	fmt.Println(isFunc)
	for _, p := range []string{"/users/1", "/users/0", "/users/9", "/panic"} {
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, httptest.NewRequest("GET", p, nil))
		fmt.Println(p, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	srv := httptest.NewServer(mux)
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/users/7")
	if err == nil {
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		fmt.Println(resp.Status, strings.TrimSpace(string(b)))
	}
}
