package org.zhaoshang.crm.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the meeting minutes (.docx) show, in Chinese, assembled by the service; the writer only lays it
 * out.
 *
 * @param title     e.g. "二七区重点项目推进会会议纪要"
 * @param kind      已译成中文: 推进会 / 专题会 / 现场办公 / 项目服务日
 * @param chair     主持人 as written
 * @param attendees 参会人员 (people as written) and 参会单位
 * @param projects  the projects discussed, with their stage in Chinese
 * @param minutes   the minutes text, paragraphs separated by blank lines
 * @param decisions 议定事项: each becomes a supervised item (item, lead unit, deadline)
 */
public record MeetingMinutes(String title, String kind, LocalDate heldOn, String place, String chair,
        List<String> attendees, List<String> attendeeUnits, List<ProjectLine> projects, String minutes,
        List<Decision> decisions, String issuedBy, LocalDate issuedOn) {

    public record ProjectLine(String name, String stage, String leaderInCharge) {
    }

    /** 议定事项: what is to be done, by which unit (and co-operating units), by when; supervised or not. */
    public record Decision(String item, String leadUnit, List<String> coUnits, LocalDate deadline, String supervisor) {
    }
}
