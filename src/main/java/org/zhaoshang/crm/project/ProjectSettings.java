package org.zhaoshang.crm.project;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param attachments    where files are kept and how large one may be
 */
@ConfigurationProperties("crm.project")
public record ProjectSettings(Attachments attachments) {

    public record Attachments(Path directory, long maxBytes) {
    }
}
