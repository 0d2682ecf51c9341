package org.zhaoshang.crm.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** One real SMTP server (GreenMail) for the test run; the application context is pointed at it. */
public final class TestMail {

    private static GreenMail instance;
    private static int port;

    private TestMail() {
    }

    public static synchronized GreenMail get() {
        if (instance == null) {
            port = freePort();
            instance = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            instance.start();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "greenmail-stop"));
        }
        return instance;
    }

    public static synchronized int port() {
        get();
        return port;
    }

    /** Stops the SMTP server (an outage); {@link #restart()} brings it back on the same port. */
    public static synchronized void stop() {
        get().stop();
    }

    public static synchronized void restart() {
        instance = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        instance.start();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
