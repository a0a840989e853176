//go:build ignore

package main

import (
	"fmt"
	"net"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme)
	fmt.Println(u.User)
	fmt.Println(u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p)
	fmt.Println(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host)
	fmt.Println(port)
	fmt.Println(u.Hostname(), u.Port())
	fmt.Println(u.Path)
	fmt.Println(u.Fragment)
	fmt.Println(u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m)
	fmt.Println(m["k"][0])

	v := url.Values{}
	v.Set("q", "go lang")
	v.Add("tag", "a&b")
	v.Add("tag", "c")
	fmt.Println(v.Encode())
	fmt.Println(v.Get("tag"), v["tag"], v.Has("x"))
	b := &url.URL{Scheme: "https", Host: "example.com", Path: "/a b/c", RawQuery: v.Encode()}
	fmt.Println(b.String())
	fmt.Println(url.QueryEscape("a b/c?"), url.PathEscape("a b/c?"))
	un, err := url.QueryUnescape("a%20b+c")
	fmt.Println(un, err)
	_, err = url.Parse("http://[::1]:namedport")
	fmt.Println(err)
	base, _ := url.Parse("https://example.com/dir/page.html")
	ref, _ := url.Parse("../other?x=1")
	fmt.Println(base.ResolveReference(ref))
	fmt.Println(base.JoinPath("sub", "file.txt"))
	fmt.Println(u.Query().Get("k"), u.IsAbs(), u.RequestURI(), u.Redacted())
}
