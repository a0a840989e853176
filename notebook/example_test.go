package notebook_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"time"

	"gokernel/kernel"
	"gokernel/notebook"
)

// shout is an Executor that prints each cell's code in capitals.
type shout struct{}

func (shout) Execute(ctx context.Context, req kernel.ExecuteRequest, out kernel.Output) kernel.ExecuteResult {
	out.Stream("stdout", []byte(strings.ToUpper(req.Code)+"\n"))
	return kernel.ExecuteResult{}
}

func ExampleRun() {
	nb, err := notebook.Unmarshal([]byte(`{"nbformat": 4, "nbformat_minor": 5, "metadata": {},
		"cells": [{"cell_type": "code", "id": "c1", "metadata": {}, "source": "hello", "outputs": [], "execution_count": null}]}`))
	if err != nil {
		fmt.Println(err)
		return
	}
	sum, err := notebook.Run(context.Background(), shout{}, nb, notebook.Options{Timeout: time.Minute})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d cell run, failed: %v\n", sum.Cells, sum.Failed())
	data, err := notebook.Marshal(nb)
	if err != nil {
		fmt.Println(err)
		return
	}
	os.Stdout.Write(data)
	// Output:
	// 1 cell run, failed: false
	// {
	//  "cells": [
	//   {
	//    "cell_type": "code",
	//    "execution_count": 1,
	//    "id": "c1",
	//    "metadata": {},
	//    "outputs": [
	//     {
	//      "name": "stdout",
	//      "output_type": "stream",
	//      "text": [
	//       "HELLO\n"
	//      ]
	//     }
	//    ],
	//    "source": [
	//     "hello"
	//    ]
	//   }
	//  ],
	//  "metadata": {
	//   "kernelspec": {
	//    "display_name": "Go",
	//    "language": "go",
	//    "name": "gokernel"
	//   }
	//  },
	//  "nbformat": 4,
	//  "nbformat_minor": 5
	// }
}
