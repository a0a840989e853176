package channels

import (
	"time"

	"github.com/go-zeromq/zmq4"
)

// heartbeatWriteTimeout is how long an echo may wait for a peer to read;
// a peer slower than that is disconnected.
const heartbeatWriteTimeout = 10 * time.Second

// serveHeartbeat echoes every message on one heartbeat connection back to
// it, envelope included, so that REQ and DEALER clients both get their
// ping back. It shares no state with the other channels, so it keeps
// answering while the kernel is busy. It returns when the connection fails
// or is closed.
func serveHeartbeat(c *conn) {
	defer c.nc.Close()
	for {
		msg, err := recvMsg(c.zc)
		if err != nil {
			c.log.Debug("read ended", "err", err)
			return
		}
		if msg.Type == zmq4.CmdMsg {
			continue
		}
		if err := c.nc.SetWriteDeadline(time.Now().Add(heartbeatWriteTimeout)); err != nil {
			c.log.Debug("set write deadline", "err", err)
			return
		}
		bufs := encode(nil, msg.Frames)
		if _, err := bufs.WriteTo(c.nc); err != nil {
			c.log.Debug("echo failed", "err", err)
			return
		}
	}
}
