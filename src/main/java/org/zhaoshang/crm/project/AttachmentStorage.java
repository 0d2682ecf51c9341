package org.zhaoshang.crm.project;

import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.base.files.FileStore;

/** Project attachments (agreement scans, photos): PDFs and images only, on the configured directory. */
@Component
class AttachmentStorage {

    private final FileStore files;

    AttachmentStorage(ProjectSettings settings) {
        this.files = new FileStore(settings.attachments().directory(), settings.attachments().maxBytes(), FileStore.PDF_AND_IMAGES,
                "project.attachment");
    }

    FileStore.Stored store(InputStream content) {
        return files.store(content, null);
    }

    InputStream open(String key) {
        return files.open(key);
    }

    void delete(String key) {
        files.delete(key);
    }
}
