// A test program for the node: `probe connect HOST PORT` resolves HOST with the pod's DNS
// settings, prints the addresses and connects to PORT (exit 1 on any failure); `probe serve PORT`
// accepts connections and answers each with "probe\n". Built into an image by build-images.sh.
package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"time"
)

func main() {
	if len(os.Args) == 4 && os.Args[1] == "connect" {
		connect(os.Args[2], os.Args[3])
		return
	}
	if len(os.Args) == 3 && os.Args[1] == "serve" {
		serve(os.Args[2])
		return
	}
	fmt.Fprintln(os.Stderr, "usage: probe connect HOST PORT | probe serve PORT")
	os.Exit(2)
}

func connect(host, port string) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	addrs, err := net.DefaultResolver.LookupHost(ctx, host)
	if err != nil {
		fmt.Println("resolve failed:", err)
		os.Exit(1)
	}
	fmt.Println("resolved", host, "to", addrs)
	conn, err := net.DialTimeout("tcp", net.JoinHostPort(host, port), 10*time.Second)
	if err != nil {
		fmt.Println("connect failed:", err)
		os.Exit(1)
	}
	conn.Close()
	fmt.Println("connected to", net.JoinHostPort(host, port))
}

func serve(port string) {
	ln, err := net.Listen("tcp", ":"+port)
	if err != nil {
		fmt.Println(err)
		os.Exit(1)
	}
	for {
		conn, err := ln.Accept()
		if err != nil {
			continue
		}
		fmt.Fprintln(conn, "probe")
		conn.Close()
	}
}
