package org.zhaoshang.crm.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

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

    /** The mails received so far addressed (To) to the given address. */
    public static List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(get().getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getRecipients(Message.RecipientType.TO)).anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                return false;
            }
        }).toList();
    }

    /** Every text part of the mail (plain and HTML alternatives), decoded, as one string to search. */
    public static String decoded(MimeMessage mail) throws MessagingException, IOException {
        Object content = mail.getContent();
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            collect(multipart, text);
            return text.toString();
        }
        return String.valueOf(content);
    }

    private static void collect(Multipart multipart, StringBuilder text) throws MessagingException, IOException {
        for (int i = 0; i < multipart.getCount(); i++) {
            Object part = multipart.getBodyPart(i).getContent();
            if (part instanceof Multipart nested) {
                collect(nested, text);
            } else {
                text.append(part).append('\n');
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
