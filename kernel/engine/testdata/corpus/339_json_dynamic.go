//go:build ignore

package main

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

const payload = `{
  "name": "gokernel",
  "version": 3,
  "stable": true,
  "ratio": 0.75,
  "tags": ["jupyter", "go", 42, null],
  "owner": {"login": "ada", "id": 1815, "roles": ["admin"]},
  "empty": {}
}`

func walk(prefix string, v any, out *[]string) {
	switch x := v.(type) {
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if len(keys) == 0 {
			*out = append(*out, prefix+" = {}")
		}
		for _, k := range keys {
			walk(prefix+"."+k, x[k], out)
		}
	case []any:
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e, out)
		}
	case string:
		*out = append(*out, fmt.Sprintf("%s = %q (string)", prefix, x))
	case float64:
		*out = append(*out, fmt.Sprintf("%s = %v (number)", prefix, x))
	case bool:
		*out = append(*out, fmt.Sprintf("%s = %t (bool)", prefix, x))
	case nil:
		*out = append(*out, prefix+" = null")
	default:
		*out = append(*out, fmt.Sprintf("%s = %T?", prefix, x))
	}
}

func main() {
	var data map[string]any
	if err := json.Unmarshal([]byte(payload), &data); err != nil {
		panic(err)
	}
	var lines []string
	walk("$", data, &lines)
	fmt.Println(strings.Join(lines, "\n"))

	owner := data["owner"].(map[string]any)
	id := int(owner["id"].(float64))
	fmt.Println("owner id:", id+1)
	if tags, ok := data["tags"].([]any); ok {
		fmt.Println("tags:", len(tags), tags)
	}

	data["version"] = 4
	delete(data, "empty")
	data["owner"].(map[string]any)["roles"] = append(owner["roles"].([]any), "dev")
	b, _ := json.Marshal(data)
	fmt.Println(string(b))

	dec := json.NewDecoder(strings.NewReader(`{"big": 12345678901234567890, "small": 1}`))
	dec.UseNumber()
	var nums map[string]any
	dec.Decode(&nums)
	n := nums["big"].(json.Number)
	_, err := n.Int64()
	fmt.Println(n, err != nil, nums["small"])
	fmt.Printf("%T\n", nums["small"])

	var anything any
	json.Unmarshal([]byte(`[1, "two", [3]]`), &anything)
	fmt.Printf("%v %T\n", anything, anything)
}
