package org.zhaoshang.crm.reminder;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A WeCom (企业微信) group robot: the message's recipient is the robot's webhook URL, the text goes out as
 * markdown. WeCom answers HTTP 200 even when it refuses a message, so only {@code errcode 0} counts as sent.
 */
@Component
class WeComRobotChannel implements NotificationChannel {

    /** WeCom refuses markdown content longer than this many UTF-8 bytes (errcode 40058). */
    static final int MAX_CONTENT_BYTES = 4096;
    private static final String ELLIPSIS = "…";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    // One client for all deliveries: it pools connections to qyapi.weixin.qq.com across the sender's batch.
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    private final JsonMapper json = JsonMapper.shared();

    @Override
    public Channel channel() {
        return Channel.WECOM;
    }

    @Override
    public void deliver(OutgoingMessage message) throws DeliveryException {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(message.recipient()))
                    .timeout(REQUEST_TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body(message.text()), StandardCharsets.UTF_8))
                    .build();
        } catch (IllegalArgumentException e) {
            // The URL itself is not repeated: its key= parameter is the robot's secret and errors end up in the outbox page.
            throw new DeliveryException("WeCom: the webhook address is not a valid URL", e);
        }
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DeliveryException("WeCom: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryException("WeCom: interrupted while sending", e);
        }
        if (response.statusCode() != 200) {
            throw new DeliveryException("WeCom: HTTP " + response.statusCode() + " " + abbreviate(response.body()), null);
        }
        JsonNode answer;
        try {
            answer = json.readTree(response.body());
        } catch (JacksonException e) {
            throw new DeliveryException("WeCom: unreadable answer " + abbreviate(response.body()), e);
        }
        JsonNode errcode = answer.path("errcode");
        if (!errcode.isIntegralNumber() || errcode.asLong() != 0) {
            throw new DeliveryException("WeCom: errcode=" + (errcode.isMissingNode() ? "none" : errcode.toString())
                    + " errmsg=" + answer.path("errmsg").asString(""), null);
        }
    }

    /** The robot's markdown message; Jackson does the JSON escaping of quotes, backslashes and control characters. */
    String body(String text) {
        return json.writeValueAsString(Map.of("msgtype", "markdown", "markdown", Map.of("content", fit(text))));
    }

    /**
     * The text cut to WeCom's limit at a character boundary, with "…" showing that something was left out.
     * Counts code points, so that neither a multi-byte character nor a surrogate pair is split.
     */
    static String fit(String text) {
        String content = text == null ? "" : text;
        if (content.getBytes(StandardCharsets.UTF_8).length <= MAX_CONTENT_BYTES) {
            return content;
        }
        int budget = MAX_CONTENT_BYTES - ELLIPSIS.getBytes(StandardCharsets.UTF_8).length;
        int bytes = 0;
        int end = 0;
        while (end < content.length()) {
            int codePoint = content.codePointAt(end);
            int size = utf8Length(codePoint);
            if (bytes + size > budget) {
                break;
            }
            bytes += size;
            end += Character.charCount(codePoint);
        }
        return content.substring(0, end) + ELLIPSIS;
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }

    private static String abbreviate(String body) {
        if (body == null) {
            return "";
        }
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }
}
