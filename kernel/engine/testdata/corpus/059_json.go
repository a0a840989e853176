//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type response1 struct {
	Page   int
	Fruits []string
}

type response2 struct {
	Page   int      `json:"page"`
	Fruits []string `json:"fruits"`
}

type User struct {
	ID       int               `json:"id"`
	Name     string            `json:"name"`
	Email    string            `json:"email,omitempty"`
	Admin    bool              `json:"admin,omitempty"`
	password string            // unexported: ignored
	Ignored  string            `json:"-"`
	Tags     []string          `json:"tags"`
	Meta     map[string]string `json:"meta,omitempty"`
	Score    float64           `json:"score,string"`
	Manager  *User             `json:"manager,omitempty"`
}

func main() {
	bolB, _ := json.Marshal(true)
	fmt.Println(string(bolB))
	intB, _ := json.Marshal(1)
	fmt.Println(string(intB))
	fltB, _ := json.Marshal(2.34)
	fmt.Println(string(fltB))
	strB, _ := json.Marshal("gopher")
	fmt.Println(string(strB))
	slcD := []string{"apple", "peach", "pear"}
	slcB, _ := json.Marshal(slcD)
	fmt.Println(string(slcB))
	mapD := map[string]int{"apple": 5, "lettuce": 7}
	mapB, _ := json.Marshal(mapD)
	fmt.Println(string(mapB))

	res1D := &response1{
		Page:   1,
		Fruits: []string{"apple", "peach", "pear"}}
	res1B, _ := json.Marshal(res1D)
	fmt.Println(string(res1B))
	res2D := &response2{
		Page:   1,
		Fruits: []string{"apple", "peach", "pear"}}
	res2B, _ := json.Marshal(res2D)
	fmt.Println(string(res2B))

	byt := []byte(`{"num":6.13,"strs":["a","b"]}`)
	var dat map[string]interface{}
	if err := json.Unmarshal(byt, &dat); err != nil {
		panic(err)
	}
	fmt.Println(dat)
	num := dat["num"].(float64)
	fmt.Println(num)
	strs := dat["strs"].([]interface{})
	str1 := strs[0].(string)
	fmt.Println(str1)

	str := `{"page": 1, "fruits": ["apple", "peach"]}`
	res := response2{}
	json.Unmarshal([]byte(str), &res)
	fmt.Println(res)
	fmt.Println(res.Fruits[0])

	enc := json.NewEncoder(os.Stdout)
	d := map[string]int{"apple": 5, "lettuce": 7}
	enc.Encode(d)

	dec := json.NewDecoder(strings.NewReader(str))
	res1 := response2{}
	dec.Decode(&res1)
	fmt.Println(res1)

	u := User{ID: 1, Name: "Ada", password: "secret", Ignored: "x", Score: 9.5,
		Manager: &User{ID: 2, Name: "Grace", Tags: []string{}}}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)
	var back User
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v %q\n", back.Manager.Name, err, back.password)
	fmt.Println(back.ID, back.Name, back.Score, back.Tags == nil, back.Manager.Tags != nil)
	err = json.Unmarshal([]byte(`{"id":"x"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{bad json}`), &back)
	fmt.Println(err)
	var anyV any
	json.Unmarshal([]byte(`[1, "two", null, true, {"k": [3.5]}]`), &anyV)
	fmt.Printf("%v %T\n", anyV, anyV.([]any)[0])
	ind, _ := json.MarshalIndent(map[string]any{"b": []int{1, 2}, "a": map[string]bool{"x": true}}, "", "  ")
	fmt.Println(string(ind))
	var raw struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal([]byte(`{"kind":"point","data":{"x":1,"y":2}}`), &raw)
	fmt.Println(raw.Kind, string(raw.Data))
	h, _ := json.Marshal("<tag> & 'quote'")
	fmt.Println(string(h))
	dec2 := json.NewDecoder(strings.NewReader(`{"id":1} {"id":2} {"id":3}`))
	for dec2.More() {
		var x struct{ ID int }
		if err := dec2.Decode(&x); err != nil {
			break
		}
		fmt.Print(x.ID, " ")
	}
	fmt.Println()
	strict := json.NewDecoder(strings.NewReader(`{"id":1,"unknown":2}`))
	strict.DisallowUnknownFields()
	fmt.Println(strict.Decode(&back))
}
