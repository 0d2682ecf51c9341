package org.zhaoshang.crm.project;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param staleAfterDays days without activity after which a project in negotiation counts as stale
 * @param attachments    where files are kept and how large one may be
 */
@ConfigurationProperties("crm.project")
public record ProjectSettings(int staleAfterDays, Attachments attachments) {

    public record Attachments(Path directory, long maxBytes) {
    }
}
