package org.zhaoshang.crm.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The WeCom robot channel against a local HTTP server standing in for qyapi.weixin.qq.com. */
class WeComRobotChannelTest {

    private final WeComRobotChannel channel = new WeComRobotChannel();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private HttpServer robot;
    private volatile int status = 200;
    private volatile String answer = "{\"errcode\":0,\"errmsg\":\"ok\"}";

    record Received(String method, String contentType, String body) {
    }

    @BeforeEach
    void startRobot() throws IOException {
        robot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        robot.createContext("/cgi-bin/webhook/send", exchange -> {
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Content-Type"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        robot.start();
    }

    @AfterEach
    void stopRobot() {
        robot.stop(0);
    }

    @Test
    void theRobotReceivesOneMarkdownPostWithTheChineseTextIntact() throws Exception {
        String text = "**每周简报**\n逾期跟进 3 项，\"停滞\"洽谈 1 个 \\ 完";

        channel.deliver(message(webhook(), text));

        assertThat(received).hasSize(1);
        Received post = received.getFirst();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.contentType()).isEqualToIgnoringCase("application/json; charset=utf-8");
        JsonNode json = JsonMapper.shared().readTree(post.body());
        assertThat(json.path("msgtype").asString()).isEqualTo("markdown");
        assertThat(json.path("markdown").path("content").asString()).isEqualTo(text);
    }

    @Test
    void aRefusalWithHttp200IsADeliveryFailureNamingErrcodeAndErrmsg() {
        answer = "{\"errcode\":93000,\"errmsg\":\"invalid webhook url, hint: [1700000000_1_abc]\"}";

        assertThatThrownBy(() -> channel.deliver(message(webhook(), "测试")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("errcode=93000")
                .hasMessageContaining("invalid webhook url");
    }

    @Test
    void aServerErrorIsADeliveryFailure() {
        status = 500;
        answer = "internal error";

        assertThatThrownBy(() -> channel.deliver(message(webhook(), "测试")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageContaining("500");
    }

    @Test
    void anAnswerThatIsNotJsonIsADeliveryFailure() {
        answer = "<html>gateway</html>";

        assertThatThrownBy(() -> channel.deliver(message(webhook(), "测试")))
                .isInstanceOf(DeliveryException.class);
    }

    @Test
    void nobodyListeningIsADeliveryFailureRatherThanAnUncheckedException() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }

        assertThatThrownBy(() -> channel.deliver(message("http://127.0.0.1:" + closedPort + "/cgi-bin/webhook/send?key=k", "测试")))
                .isInstanceOf(DeliveryException.class)
                .hasMessageStartingWith("WeCom:");
    }

    @Test
    void aMalformedWebhookAddressIsADeliveryFailureThatDoesNotRepeatTheSecretKey() {
        assertThatThrownBy(() -> channel.deliver(message("http://exa mple/send?key=secret", "测试")))
                .isInstanceOf(DeliveryException.class)
                .message().doesNotContain("secret");
    }

    @Test
    void longContentIsCutToWeComsLimitAtACharacterBoundaryWithAnEllipsis() throws Exception {
        String text = "招商".repeat(1000) + "😀".repeat(200); // 6,000 + 800 bytes

        channel.deliver(message(webhook(), text));

        String content = JsonMapper.shared().readTree(received.getFirst().body()).path("markdown").path("content").asString();
        assertThat(content.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(WeComRobotChannel.MAX_CONTENT_BYTES);
        assertThat(content).endsWith("…").doesNotContain("\uFFFD");
        assertThat(text).startsWith(content.substring(0, content.length() - 1));
        assertThat(content.length()).isGreaterThan(1300);
    }

    @Test
    void contentWithinTheLimitIsLeftAlone() {
        String exactly = "a".repeat(WeComRobotChannel.MAX_CONTENT_BYTES);

        assertThat(WeComRobotChannel.fit(exactly)).isEqualTo(exactly);
        assertThat(WeComRobotChannel.fit(exactly + "b")).hasSize(WeComRobotChannel.MAX_CONTENT_BYTES - 3 + 1).endsWith("…");
    }

    @Test
    void aCutNeverSplitsAnEmojiSurrogatePair() {
        String text = "a" + "😀".repeat(1100); // 1 + 4,400 bytes; every emoji is two chars

        String fitted = WeComRobotChannel.fit(text);

        assertThat(fitted.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(WeComRobotChannel.MAX_CONTENT_BYTES);
        String kept = fitted.substring(0, fitted.length() - 1);
        assertThat(kept.codePoints().skip(1)).allMatch(cp -> cp == "😀".codePointAt(0));
        assertThat(kept.getBytes(StandardCharsets.UTF_8).length).isEqualTo(1 + 4 * 1023);
    }

    private String webhook() {
        return "http://127.0.0.1:" + robot.getAddress().getPort() + "/cgi-bin/webhook/send?key=test-key";
    }

    private static OutgoingMessage message(String recipient, String text) {
        return new OutgoingMessage(1L, "WEEKLY_DIGEST:wecom:2026-11-23", Channel.WECOM, recipient, "每周简报", text, null);
    }
}
