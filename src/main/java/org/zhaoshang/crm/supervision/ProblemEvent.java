package org.zhaoshang.crm.supervision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What happened to a problem: raised, assigned, progress reported, close requested, sent back, closed out. */
@Entity
@Table(name = "problem_event")
class ProblemEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "problem_id", nullable = false)
    private Long problemId;
    @Column(nullable = false, length = 20)
    private String kind;
    @Column(name = "author_id")
    private Long authorId;
    @Column(name = "author_name", nullable = false, length = 50)
    private String authorName;
    @Column(length = 4000)
    private String content;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ProblemEvent() {
    }

    ProblemEvent(Long problemId, String kind, Long authorId, String authorName, String content, Instant at) {
        this.problemId = problemId;
        this.kind = kind;
        this.authorId = authorId;
        this.authorName = authorName;
        this.content = content == null || content.isBlank() ? null : content.strip();
        this.createdAt = at;
    }

    Long getId() {
        return id;
    }
}
