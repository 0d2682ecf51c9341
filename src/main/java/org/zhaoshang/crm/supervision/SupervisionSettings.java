package org.zhaoshang.crm.supervision;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param files where files of progress reports and 销号 applications are kept, how large one may be, and how many
 *              one report may carry
 */
@ConfigurationProperties("crm.supervision")
public record SupervisionSettings(Files files) {

    public record Files(Path directory, long maxBytes, int maxPerReport) {
    }
}
