package org.zhaoshang.crm.reminder;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import java.util.Properties;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail through SMTP (Spring Mail): plain text and HTML alternatives, UTF-8, Message-ID from the key. */
@Component
class EmailChannel implements NotificationChannel {

    private final JavaMailSender mail;
    private final ReminderSettings settings;

    EmailChannel(JavaMailSender mail, ReminderSettings settings) {
        this.mail = mail;
        this.settings = settings;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public void deliver(OutgoingMessage message) throws DeliveryException {
        try {
            Session session = mail instanceof JavaMailSenderImpl impl ? impl.getSession() : Session.getInstance(new Properties());
            MimeMessage mime = new KeyedMimeMessage(session, message.key());
            MimeMessageHelper helper = new MimeMessageHelper(mime, message.html() != null, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            if (message.html() != null) {
                helper.setText(message.text(), message.html());
            } else {
                helper.setText(message.text());
            }
            mail.send(mime);
        } catch (MessagingException | MailException e) {
            throw new DeliveryException("SMTP: " + e.getMessage(), e);
        }
    }

    /** Keeps our Message-ID (JavaMail would otherwise generate a new one on every attempt). */
    private static final class KeyedMimeMessage extends MimeMessage {
        private final String key;

        KeyedMimeMessage(Session session, String key) {
            super(session);
            this.key = key;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + key.replaceAll("[^A-Za-z0-9._-]", "-") + "@zhaoshang-crm>");
        }
    }
}
