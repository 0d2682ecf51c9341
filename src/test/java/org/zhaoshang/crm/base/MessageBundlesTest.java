package org.zhaoshang.crm.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Chinese is the base bundle and English its complete twin: no screen shows a raw key in either language. */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Properties chinese = load("i18n/messages.properties");
        Properties english = load("i18n/messages_en.properties");
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
    }

    @Test
    void everyChineseTextIsFilledAndTheTitleIsChinese() throws IOException {
        Properties chinese = load("i18n/messages.properties");
        assertThat(chinese.stringPropertyNames()).allSatisfy(key -> assertThat(chinese.getProperty(key)).isNotBlank());
        assertThat(chinese.getProperty("app.title")).isEqualTo("二七区招商引资管理平台");
        assertThat(chinese.getProperty("nav.home")).isEqualTo("工作台");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
