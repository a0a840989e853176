//go:build ignore

package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, errors.New("can't work with 42")
	}
	return arg + 3, nil
}

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

func main() {
	for _, i := range []int{7, 42} {
		if r, e := f(i); e != nil {
			fmt.Println("f failed:", e)
		} else {
			fmt.Println("f worked:", r)
		}
	}
	for i := range 5 {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.", err)
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrPower))
	fmt.Println(wrapped)
	fmt.Println(errors.Unwrap(wrapped))
	fmt.Println(errors.Unwrap(errors.Unwrap(wrapped)) == ErrPower)
	joined := errors.Join(ErrOutOfTea, nil, ErrPower)
	fmt.Println(joined)
	fmt.Println(errors.Is(joined, ErrPower))
	multi := fmt.Errorf("both: %w and %w", ErrOutOfTea, ErrPower)
	fmt.Println(multi, errors.Is(multi, ErrOutOfTea), errors.Is(multi, ErrPower))
	_, err := strconv.Atoi("abc")
	fmt.Println(err)
	var numErr *strconv.NumError
	if errors.As(err, &numErr) {
		fmt.Println("func:", numErr.Func, "num:", numErr.Num, "err:", numErr.Err)
	}
	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pathErr *fs.PathError
	if errors.As(err, &pathErr) {
		fmt.Println("op:", pathErr.Op, "path:", pathErr.Path)
	}
	var nilErr error
	fmt.Println(nilErr == nil, fmt.Sprint(nilErr))
}
