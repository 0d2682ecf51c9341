package org.zhaoshang.crm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** Finding projects by pinyin initials, the field-by-field history, and the attachment checks. */
@CrmIntegrationTest
class ProjectSearchAndHistoryIT {

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoProjectOf时事通IsFoundByItsPinyinInitials() {
        List<ProjectSummary> found = actors.as("leader", () -> projects.list(ProjectFilter.none().withText("sst"), 0, 20, List.of()));

        assertThat(found).extracting(ProjectSummary::name).contains("二七时事通医疗器械产业园");
    }

    @Test
    void textSearchCoversTheCompanyNameAndCombinesWithStageAndUnit() {
        List<ProjectSummary> found = actors.as("leader", () -> projects.list(
                new ProjectFilter(Set.of(Stage.SIGNED), null, null, null, null, false, false, false, false, "中交投资", null),
                0, 20, List.of()));

        assertThat(found).extracting(ProjectSummary::name).containsExactly("中交投资城市更新战略合作");
    }

    @Test
    void theHistoryShowsWhoChangedWhichFieldFromWhatToWhat() {
        Long id = data.lead("staff", ProjectTestData.unique("修改记录"));
        ProjectDetails project = data.get("staff", id);
        actors.run("unitlead", () -> projects.update(ProjectDraft.of(project).withTotalInvestment(ProjectTestData.wan(12345))));

        List<HistoryEntry> history = actors.as("staff", () -> projects.history(id));

        assertThat(history).hasSizeGreaterThanOrEqualTo(2);
        HistoryEntry latest = history.getFirst();
        assertThat(latest.username()).isEqualTo("unitlead");
        assertThat(latest.changes()).singleElement().satisfies(change -> {
            assertThat(change.field()).isEqualTo("project.field.totalInvestment");
            assertThat(change.oldValue()).isEmpty();
            assertThat(change.newValue()).isEqualTo("12,345.00");
        });
        assertThat(history.getLast().kind()).isEqualTo("revision.ADD");
        assertThat(history.getLast().changes()).extracting(HistoryEntry.FieldChange::field).contains("project.field.name");
    }

    @Test
    void aPdfIsStoredAndReadBack() throws Exception {
        Long id = data.lead("staff", ProjectTestData.unique("附件"));
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

        AttachmentRow row = actors.as("staff", () -> projects.addAttachment(id, null, "投资协议扫描件.pdf", new ByteArrayInputStream(pdf)));

        assertThat(row.contentType()).isEqualTo("application/pdf");
        assertThat(row.sizeBytes()).isEqualTo(pdf.length);
        byte[] back = actors.as("staff", () -> {
            try (var in = projects.openAttachment(row.id())) {
                return in.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(back).isEqualTo(pdf);
    }

    @Test
    void aFileThatIsNotAPdfOrImageIsRefusedAndNothingIsKept() {
        Long id = data.lead("staff", ProjectTestData.unique("坏附件"));
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        assertThatThrownBy(() -> actors.run("staff", () -> projects.addAttachment(id, null, "协议.pdf", new ByteArrayInputStream(exe))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("project.attachment.badType"));
        assertThat(actors.as("staff", () -> projects.attachments(id))).isEmpty();
    }

    @Test
    void aFileOverTheLimitIsRefused() {
        Long id = data.lead("staff", ProjectTestData.unique("大附件"));
        byte[] big = new byte[21 * 1024 * 1024];
        big[0] = '%';
        big[1] = 'P';
        big[2] = 'D';
        big[3] = 'F';
        big[4] = '-';

        assertThatThrownBy(() -> actors.run("staff", () -> projects.addAttachment(id, null, "大文件.pdf", new ByteArrayInputStream(big))))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("project.attachment.tooLarge"));
        assertThat(jdbc.queryForObject("select count(*) from project_attachment where project_id = ?", Integer.class, id)).isZero();
    }
}
