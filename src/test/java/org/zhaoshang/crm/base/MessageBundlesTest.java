package org.zhaoshang.crm.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Chinese is the base of every bundle and English its complete twin: no screen shows a raw key in either
 * language. The bundles are the ones application.properties names, so a new feature bundle is checked too.
 */
class MessageBundlesTest {

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        for (String bundle : bundles()) {
            Properties chinese = load(bundle + ".properties");
            Properties english = load(bundle + "_en.properties");
            assertThat(english.stringPropertyNames()).as(bundle)
                    .containsExactlyInAnyOrderElementsOf(chinese.stringPropertyNames());
        }
    }

    @Test
    void everyChineseTextIsFilledAndTheTitleIsChinese() throws IOException {
        for (String bundle : bundles()) {
            Properties chinese = load(bundle + ".properties");
            assertThat(chinese.stringPropertyNames()).as(bundle)
                    .allSatisfy(key -> assertThat(chinese.getProperty(key)).as(key).isNotBlank());
        }
        Properties main = load("i18n/messages.properties");
        assertThat(main.getProperty("app.title")).isEqualTo("二七区招商引资管理平台");
        assertThat(main.getProperty("nav.home")).isEqualTo("工作台");
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        // The first bundle listed wins silently, so a key defined twice would hide one of the texts.
        Map<String, String> owner = new HashMap<>();
        for (String bundle : bundles()) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                String earlier = owner.putIfAbsent(key, bundle);
                assertThat(earlier).as("key %s in %s and %s", key, earlier, bundle).isNull();
            }
        }
    }

    private static List<String> bundles() throws IOException {
        String names = load("application.properties").getProperty("spring.messages.basename");
        List<String> bundles = Arrays.stream(names.split(",")).map(String::trim).toList();
        assertThat(bundles).contains("i18n/messages");
        return bundles;
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
