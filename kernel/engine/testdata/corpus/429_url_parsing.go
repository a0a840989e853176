//go:build ignore

// net/url: parsing, query values, escaping, resolving references,
// building URLs; net/netip and mail address parsing.
package main

import (
	"fmt"
	"net/mail"
	"net/netip"
	"net/url"
)

func main() {
	u, err := url.Parse("https://user:p%40ss@example.com:8443/a/b%20c/?q=go+lang&tag=x&tag=y#frag")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(u.Scheme, u.Host, u.Hostname(), u.Port())
	pw, ok := u.User.Password()
	fmt.Println(u.User.Username(), pw, ok, u.User)
	fmt.Println(u.Path, u.RawPath, u.EscapedPath(), u.Fragment)
	q := u.Query()
	fmt.Println(q.Get("q"), q["tag"], q.Has("none"), q.Encode())

	v := url.Values{}
	v.Set("name", "Ann & Bob")
	v.Add("lang", "go")
	v.Add("lang", "c++")
	v.Set("empty", "")
	fmt.Println(v.Encode())
	v.Del("empty")
	fmt.Println(len(v), v.Get("lang"))

	fmt.Println(url.QueryEscape("a b/c?d=é"), url.PathEscape("a b/c?d=é"))
	s, err := url.QueryUnescape("a%20b+c%zz")
	fmt.Printf("%q %v\n", s, err)

	base, _ := url.Parse("http://example.com/dir/page.html?x=1")
	for _, ref := range []string{"other.html", "../up", "/root", "?y=2", "#top", "//cdn.net/lib.js", "https://x.org"} {
		r, _ := url.Parse(ref)
		fmt.Println(ref, "->", base.ResolveReference(r))
	}

	built := &url.URL{Scheme: "https", Host: "api.example.com", Path: "/v1/search items", RawQuery: url.Values{"q": {"x y"}, "n": {"10"}}.Encode()}
	fmt.Println(built.String(), built.RequestURI())
	fmt.Println(built.JoinPath("more", "../final").String())

	for _, bad := range []string{"http://[::1", "ht tp://x", ":nope", "mailto:ann@example.com"} {
		p, err := url.Parse(bad)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println(p.Scheme, p.Opaque, p.IsAbs())
	}

	addr, _ := netip.ParseAddr("192.168.1.10")
	pfx := netip.MustParsePrefix("192.168.0.0/16")
	fmt.Println(addr, pfx.Contains(addr), addr.Is4(), addr.Next(), pfx.Masked())
	ap, err := netip.ParseAddrPort("[::1]:8080")
	fmt.Println(ap.Addr(), ap.Port(), err)

	a, err := mail.ParseAddress("Ann Lee <ann@example.com>")
	fmt.Println(a.Name, a.Address, err)
	list, err := mail.ParseAddressList("a@x.org, Bob <b@y.org>")
	fmt.Println(len(list), list[1].Name, err)
}
