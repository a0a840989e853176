package install

import (
	"fmt"
	"strings"
)

// ParseEnv turns KEY=VALUE pairs, as given to repeated --env flags, into
// the env map of a kernel spec. The value may be empty ("K="); a pair
// without "=" or with an empty key is an error. A later pair for the same
// key replaces an earlier one. It returns nil when pairs is empty.
func ParseEnv(pairs []string) (map[string]string, error) {
	if len(pairs) == 0 {
		return nil, nil
	}
	m := make(map[string]string, len(pairs))
	for _, p := range pairs {
		k, v, ok := strings.Cut(p, "=")
		if !ok {
			return nil, fmt.Errorf("install: env %q: want KEY=VALUE", p)
		}
		if k == "" {
			return nil, fmt.Errorf("install: env %q: empty key", p)
		}
		m[k] = v
	}
	return m, nil
}
